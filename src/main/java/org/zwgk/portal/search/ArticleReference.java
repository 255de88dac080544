package org.zwgk.portal.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.zwgk.portal.documents.Articles;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article named in a search: 政府信息公开条例第十条, 劳动法 第44条. The rest of the query finds the law
 * (its bigrams 第十 and 十条 would rather find every article that cites some 第十条, and rank the law itself
 * nowhere), and a hit that has the article links to it, its snippet cut from it.
 */
record ArticleReference(int number, String rest) {

    private static final Pattern REFERENCE = Pattern.compile(
            "第\\s*([零〇一二两三四五六七八九十百千0-9]{1,6})\\s*条(?:\\s*第\\s*[零〇一二两三四五六七八九十0-9]{1,4}\\s*[款项])*");
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
        if (!m.find()) {
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

    /** The entry of this article of the document, or -1: its entries in index order are its articles in order. */
    private int entryOf(IndexSearcher searcher, long owner) throws IOException {
        BooleanQuery articles = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.OWNER, Long.toString(owner))), Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_ARTICLE)), Occur.FILTER)
                .build();
        ScoreDoc[] found = searcher.search(articles, MAX_NUMBER).scoreDocs;
        if (found.length == 0) {
            return -1;
        }
        int[] entries = Arrays.stream(found).mapToInt(d -> d.doc).sorted().toArray();
        StoredFields stored = searcher.storedFields();
        // article N is the N-th entry unless numbers were skipped or repeated (第十条之一): look there first
        int guess = Math.min(number - 1, entries.length - 1);
        if (numberOf(stored, entries[guess]) == number) {
            return entries[guess];
        }
        for (int entry : entries) {
            if (numberOf(stored, entry) == number) {
                return entry;
            }
        }
        return -1;
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
