package org.zwgk.portal.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.zwgk.portal.documents.Articles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article named in a search: 政府信息公开条例第十条, 劳动法 第44条, 民法典1079条. The rest of the query finds
 * the law (its bigrams 第十 and 十条 would rather find every article that cites some 第十条, and rank the law
 * itself nowhere), the document of that name that holds the article comes first, and a hit that has the
 * article links to it, its snippet cut from it.
 */
record ArticleReference(int number, String rest) {

    private static final Pattern REFERENCE = Pattern.compile(
            "第\\s*([零〇一二两三四五六七八九十百千0-9]{1,6})\\s*条(?:\\s*第\\s*[零〇一二两三四五六七八九十0-9]{1,4}\\s*[款项])*");
    /**
     * An article typed without its 第, in digits, right after a law's name: 民法典1079条, 劳动法 44条, 《劳动法》44条.
     * Only there: a number and 条 anywhere else is a count (三条大狗, 3条建议), not an article.
     */
    private static final Pattern BARE = Pattern.compile(
            // …法 but not a way of doing things (新做法20条, 方法, 说法: review)
            "(?<=(?<![做方说看想手用写算])法|法典|条例|规定|办法|细则|规则|章程|决定|解释|》)\\s*([0-9]{1,4})\\s*条"
                    + "(?:\\s*第?\\s*[零〇一二两三四五六七八九十0-9]{1,4}\\s*[款项])*");
    /** What must be left of the query to find a law by: two letters or characters at least. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** The largest law has some 1,260 articles; a number beyond this names none. */
    private static final int MAX_NUMBER = 5_000;

    /**
     * The article the query names, with the rest of the query; null when it names none. A query that is
     * only the article (第十条) is searched as typed, and each hit that has that article points at it
     * (browser walk: the 条例 linked to its Art. 27, which cites 第十条第二款).
     */
    static ArticleReference in(String query) {
        if (query == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(query);
        Matcher bare = BARE.matcher(query);
        boolean numbered = m.find();
        if (bare.find() && (!numbered || bare.start() < m.start())) {
            m = bare;
        } else if (!numbered) {
            return null;
        }
        int number = Articles.parse(m.group(1));
        String rest = (query.substring(0, m.start()) + " " + query.substring(m.end())).replaceAll("\\s+", " ").strip();
        if (number <= 0 || number > MAX_NUMBER) {
            return null;
        }
        return new ArticleReference(number, WORD.matcher(rest).results().count() < 2 ? query.strip() : rest);
    }

    /**
     * The page with each hit that has the article pointing at its entry. A short text of articles has
     * no entries of its own (its link is found from its text, {@link #namedIn}); a hit without the
     * article stays as it was.
     */
    ArticleFusion.Ranked[] pointAt(IndexSearcher searcher, ArticleFusion.Ranked[] page) throws IOException {
        ArticleFusion.Ranked[] out = Arrays.copyOf(page, page.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < out.length; i++) {
            ArticleFusion.Ranked hit = out[i];
            if (hit.doc() < 0) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc(), leaves));
            NumericDocValues owners = leaf.reader().getNumericDocValues(SearchFields.OWNER_VALUE);
            if (owners == null || !owners.advanceExact(hit.doc() - leaf.docBase)) {
                continue;
            }
            int entry = entryOf(searcher, owners.longValue());
            if (entry >= 0) {
                out[i] = new ArticleFusion.Ranked(hit.doc(), entry, false);
            }
        }
        return out;
    }

    /** How many of the ranking's first entries {@link #holderFirst} looks at: the same for every page. */
    static final int HOLDERS_LOOKED_AT = 20;

    /**
     * The ranking with the document that holds the article before the documents of its name that do not:
     * first of all when its name is the one the query gives (the rest of the query, {@link TitleNames}),
     * else before the first document of its name. The civil code is eight documents, its parts, all named
     * 中华人民共和国民法典: 民法典第一千零七十九条 found other parts first, linked to their beginnings, and the
     * part with Art. 1079 sixth. Names are compared by the key kept beside each document; only the first
     * {@link #HOLDERS_LOOKED_AT} entries are looked at, and only documents of the name asked or of a name
     * two of them share are read.
     */
    ArticleFusion.Ranked[] holderFirst(IndexSearcher searcher, ArticleFusion.Ranked[] ranked, String headField)
            throws IOException {
        int n = Math.min(ranked.length, HOLDERS_LOOKED_AT);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Long, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (ranked[i].doc() < 0) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(ranked[i].doc(), leaves));
            NumericDocValues names = leaf.reader().getNumericDocValues(SearchFields.TITLE_NAME);
            if (names != null && names.advanceExact(ranked[i].doc() - leaf.docBase)) {
                byName.computeIfAbsent(names.longValue(), k -> new ArrayList<>()).add(i);
            }
        }
        Long asked = TitleNames.name(rest).isEmpty() ? null : TitleNames.key(rest);
        List<ArticleFusion.Ranked> out = new ArrayList<>(Arrays.asList(ranked));
        boolean moved = false;
        // the name asked first: its holder goes before everything
        List<Long> names = new ArrayList<>(byName.keySet());
        if (asked != null && names.remove(asked)) {
            names.add(0, asked);
        }
        for (Long name : names) {
            List<Integer> same = byName.get(name);
            boolean named = name.equals(asked);
            if (!named && same.size() < 2) {
                continue;
            }
            // where its holder belongs: the top, or the place of the first of its name
            ArticleFusion.Ranked place = named ? out.get(0) : ranked[same.get(0)];
            for (int p : same) {
                if (holds(searcher, ranked[p], headField)) {
                    if (ranked[p] != place) {
                        // by identity: the entries before it may have moved for another name
                        out.remove(indexOf(out, ranked[p]));
                        out.add(indexOf(out, place), ranked[p]);
                        moved = true;
                    }
                    break;
                }
            }
        }
        return moved ? out.toArray(new ArticleFusion.Ranked[0]) : ranked;
    }

    private static int indexOf(List<ArticleFusion.Ranked> list, ArticleFusion.Ranked entry) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == entry) {
                return i;
            }
        }
        throw new IllegalStateException("not in the ranking");
    }

    /** Whether the document has the article: an entry of it, or for a short text, in its stored text. */
    private boolean holds(IndexSearcher searcher, ArticleFusion.Ranked hit, String headField) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc(), leaves));
        int local = hit.doc() - leaf.docBase;
        NumericDocValues whole = leaf.reader().getNumericDocValues(SearchFields.WHOLE_ARTICLES);
        if (whole != null && whole.advanceExact(local)) {
            String text = searcher.storedFields().document(hit.doc(), Set.of(headField)).get(headField);
            return namedIn(Articles.split(text)) != null;
        }
        NumericDocValues owners = leaf.reader().getNumericDocValues(SearchFields.OWNER_VALUE);
        return owners != null && owners.advanceExact(local) && entryOf(searcher, owners.longValue()) >= 0;
    }

    /** The entry of this article of the document, or -1: its entries in index order are its articles in order. */
    private int entryOf(IndexSearcher searcher, long owner) throws IOException {
        BooleanQuery articles = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.OWNER, Long.toString(owner))), Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_ARTICLE)), Occur.FILTER)
                .build();
        int[] entries = entriesOf(searcher, articles);
        if (entries.length == 0) {
            return -1;
        }
        StoredFields stored = searcher.storedFields();
        // article N is the N-th entry after the first's number (a part of the civil code begins with its
        // Art. 1040) unless numbers were skipped or repeated (第十条之一): look there first
        int first = numberOf(stored, entries[0]);
        int guess = first <= 0 ? number - 1 : number - first;
        if (guess >= 0 && guess < entries.length && numberOf(stored, entries[guess]) == number) {
            return entries[guess];
        }
        // (no shortcut from the first and last numbers: a 第十条之一 and a repealed article cancel out, review)
        for (int entry : entries) {
            if (numberOf(stored, entry) == number) {
                return entry;
            }
        }
        return -1;
    }

    /**
     * The entries that match, in index order, unscored: a top-hits search sized for the largest law set up
     * a queue of 5,000 entries for each document looked at (eight for the civil code's parts).
     */
    private static int[] entriesOf(IndexSearcher searcher, BooleanQuery query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        IntStream.Builder out = IntStream.builder();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.add(leaf.docBase + doc);
                }
            }
        }
        return out.build().toArray();
    }

    private static int numberOf(StoredFields stored, int entry) throws IOException {
        var field = stored.document(entry, Set.of(SearchFields.ARTICLE_NUMBER)).getField(SearchFields.ARTICLE_NUMBER);
        return field == null ? -1 : field.numericValue().intValue();
    }

    /** This article among these (a short text's, read from its stored text), or null. */
    Articles.Article namedIn(List<Articles.Article> articles) {
        return articles.stream().filter(a -> a.number() == number).findFirst().orElse(null);
    }

    /** A snippet of the article: its beginning, its 第X条 marked as a match. */
    static String snippet(String article) {
        String text = article.strip();
        int end = text.indexOf('条');
        return end < 0 ? text : SnippetFormatter.START + text.substring(0, end + 1) + SnippetFormatter.END + text.substring(end + 1);
    }
}
