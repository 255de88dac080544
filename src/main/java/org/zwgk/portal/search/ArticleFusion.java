package org.zwgk.portal.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks documents by two lists at once: the documents as a whole, and their best-scoring articles
 * (第X条). Reciprocal rank fusion: each document gets weight / (k + rank) from each list it is in, so a
 * 40-page law whose one article answers the question is found, although the law as a whole matches
 * the question's words no better than a short regulation that merely uses them.
 */
final class ArticleFusion {

    /**
     * One ranked document: its index entry, and the entry of the article that answers it (or -1); a
     * short text of articles ({@code wholeText}), which has no article entries, finds its article by the snippet.
     */
    record Ranked(int doc, int articleDoc, boolean wholeText) {
    }

    private final IndexSearcher searcher;
    private final QueryPlanner.Tuning tuning;
    private final SearchVocabulary vocabulary;

    ArticleFusion(IndexSearcher searcher, QueryPlanner.Tuning tuning, SearchVocabulary vocabulary) {
        this.searcher = searcher;
        this.tuning = tuning;
        this.vocabulary = vocabulary;
    }

    static Ranked[] documentsOnly(ScoreDoc[] docs) {
        Ranked[] out = new Ranked[docs.length];
        for (int i = 0; i < docs.length; i++) {
            out[i] = new Ranked(docs[i].doc, -1, false);
        }
        return out;
    }

    /**
     * The documents, their articles and the documents ranked by their titles alone (weighted so) as one
     * ranking. A document among the title ranking's first whose name the query is ({@link TitleNames},
     * {@code askedName} the key of the query's name) stays first, as one whose typed 文号 does.
     * {@code everyDocument}: every entry carries its document, beyond the page too (looked up at once), so
     * that the facets can count the documents found by their articles alone.
     */
    Ranked[] fuse(ScoreDoc[] docs, ScoreDoc[] articles, ScoreDoc[] titles, float titleWeight, TitleNames.Asked askedName,
                  int wanted, boolean everyDocument) throws IOException {
        Lookup lookup = new Lookup(askedName.any() ? Math.min(TitleNames.LOOKED_AT, titles.length) : 0,
                titles, docs, articles);
        if (articles.length == 0 && !lookup.anyWholeText()) {
            return documentsOnly(docs);
        }
        Set<Integer> named = lookup.named(titles, askedName);
        record Entry(long owner, int doc, int articleDoc, double score) {
        }
        Map<Long, Integer> docByOwner = new HashMap<>();
        Map<Long, Double> fused = new HashMap<>();
        int k = tuning.fusionK();
        Set<Long> pinned = new HashSet<>();
        for (int i = 0; i < docs.length; i++) {
            long owner = lookup.owner(docs[i].doc);
            docByOwner.put(owner, docs[i].doc);
            if (docs[i].score >= QueryPlanner.EXACT_NUMBER_BOOST / 4) {
                pinned.add(owner); // its 文号 or 索引号 was typed: it stays first, as without articles
            }
            fused.merge(owner, (double) tuning.documentWeight() / (k + i + 1), Double::sum);
        }
        for (int i = 0; i < titles.length; i++) {
            long owner = lookup.owner(titles[i].doc);
            docByOwner.putIfAbsent(owner, titles[i].doc);
            if (named.contains(titles[i].doc)) {
                pinned.add(owner);
            }
            fused.merge(owner, (double) titleWeight / (k + i + 1), Double::sum);
        }
        // the best article of each document, in the order of the articles' scores
        Map<Long, Integer> bestArticle = new LinkedHashMap<>();
        for (ScoreDoc a : articles) {
            bestArticle.putIfAbsent(lookup.owner(a.doc), a.doc);
        }
        int rank = 0;
        for (Map.Entry<Long, Integer> e : bestArticle.entrySet()) {
            fused.merge(e.getKey(), (double) tuning.articleWeight() / (k + ++rank), Double::sum);
        }
        // A short text of articles is its own one article, and its document rank stands for its article
        // rank: the index then holds no second copy of a million short texts to search again. Placed
        // behind the first ranks instead (k + 15 or k + 60), it gave the development half of the legal
        // questions 0.01 to 0.03 more MRR but cost the judged set one query (docs/search.md).
        Set<Long> spoken = new HashSet<>(bestArticle.keySet());
        for (int i = 0; i < docs.length; i++) {
            long owner = lookup.owner(docs[i].doc);
            if (lookup.wholeText(docs[i].doc) && spoken.add(owner)) {
                fused.merge(owner, (double) tuning.articleWeight() / (k + i + 1), Double::sum);
            }
        }
        // For a few words, a document that no article of the top ranks speaks for (a notice, a plan: no
        // 第X条) takes the article share at its title rank, so that laws whose articles merely share the
        // words do not push it down for having a third list to be in. Only while the title ranking weighs in full.
        double share = tuning.titleWeight() <= 0 ? 0 : titleWeight / tuning.titleWeight();
        if (share >= 1) {
            for (int i = 0; i < titles.length; i++) {
                long owner = lookup.owner(titles[i].doc);
                if (!spoken.contains(owner)) {
                    fused.merge(owner, (double) tuning.articleWeight() / (k + i + 1), Double::sum);
                }
            }
        }
        List<Entry> all = new ArrayList<>();
        for (Map.Entry<Long, Double> e : fused.entrySet()) {
            int doc = docByOwner.getOrDefault(e.getKey(), -1);
            int article = bestArticle.getOrDefault(e.getKey(), -1);
            double prior = vocabulary.hasGenrePrior() ? vocabulary.genrePrior(lookup.genre(doc >= 0 ? doc : article)) : 1;
            all.add(new Entry(e.getKey(), doc, article, e.getValue() * prior));
        }
        all.sort((x, y) -> {
            boolean px = pinned.contains(x.owner());
            boolean py = pinned.contains(y.owner());
            if (px != py) {
                return px ? -1 : 1;
            }
            return y.score() != x.score() ? Double.compare(y.score(), x.score()) : Long.compare(x.owner(), y.owner());
        });
        Map<Long, Integer> resolved = everyDocument
                ? documentsOf(all.stream().filter(e -> e.doc() < 0).map(Entry::owner).toList()) : Map.of();
        List<Ranked> out = new ArrayList<>();
        for (Entry e : all) {
            int doc = e.doc() >= 0 ? e.doc() : resolved.getOrDefault(e.owner(), -1);
            if (doc < 0 && out.size() < wanted) {
                doc = documentOf(e.owner());
            }
            if (doc < 0) {
                if (out.size() >= wanted) {
                    // beyond the page only the count matters; the entry is not shown
                    out.add(new Ranked(-1, -1, false));
                }
                continue;
            }
            if (named.contains(doc)) {
                // the query is its name: the reader wants the law, not its article that best shares the words
                out.add(new Ranked(doc, -1, false));
                continue;
            }
            out.add(new Ranked(doc, e.articleDoc(), e.articleDoc() < 0 && lookup.wholeText(doc)));
        }
        return out.toArray(new Ranked[0]);
    }

    /**
     * The owner and genre of every document and article the lists name, and the title's name key of the
     * title ranking's first, read in index order with one doc-values iterator per segment: a fresh
     * iterator per lookup (several hundred per search) cost more than the fusion itself.
     */
    private final class Lookup {
        private final Map<Integer, Long> owners = new HashMap<>();
        private final Map<Integer, String> genres = new HashMap<>();
        private final Set<Integer> wholeTexts = new HashSet<>();
        private final Map<Integer, Long> titleKeys = new HashMap<>();

        /** The lists' entries; the name keys of the first {@code keyed} entries of {@code titles}. */
        Lookup(int keyed, ScoreDoc[] titles, ScoreDoc[]... lists) throws IOException {
            Set<Integer> withKey = new HashSet<>();
            for (int i = 0; i < keyed; i++) {
                withKey.add(titles[i].doc);
            }
            int[] ids = java.util.stream.Stream.concat(Arrays.stream(titles), Arrays.stream(lists).flatMap(Arrays::stream))
                    .mapToInt(d -> d.doc).sorted().distinct().toArray();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            NumericDocValues ownerValues = null;
            SortedDocValues genreValues = null;
            NumericDocValues wholeValues = null;
            NumericDocValues keyValues = null;
            int leafIndex = -1;
            LeafReaderContext leaf = null;
            for (int id : ids) {
                int sub = ReaderUtil.subIndex(id, leaves);
                if (sub != leafIndex) {
                    leafIndex = sub;
                    leaf = leaves.get(sub);
                    ownerValues = leaf.reader().getNumericDocValues(SearchFields.OWNER_VALUE);
                    genreValues = leaf.reader().getSortedDocValues(SearchFields.GENRE);
                    wholeValues = leaf.reader().getNumericDocValues(SearchFields.WHOLE_ARTICLES);
                    keyValues = withKey.isEmpty() ? null : leaf.reader().getNumericDocValues(SearchFields.TITLE_NAME);
                }
                int local = id - leaf.docBase;
                if (ownerValues != null && ownerValues.advanceExact(local)) {
                    owners.put(id, ownerValues.longValue());
                }
                if (genreValues != null && genreValues.advanceExact(local)) {
                    genres.put(id, genreValues.lookupOrd(genreValues.ordValue()).utf8ToString());
                }
                if (wholeValues != null && wholeValues.advanceExact(local)) {
                    wholeTexts.add(id);
                }
                if (keyValues != null && withKey.contains(id) && keyValues.advanceExact(local)) {
                    titleKeys.put(id, keyValues.longValue());
                }
            }
        }

        /** The entries among the title ranking's first whose title's name is the one asked for. */
        Set<Integer> named(ScoreDoc[] titles, TitleNames.Asked askedName) throws IOException {
            Set<Integer> out = new HashSet<>();
            // a tail typed alone is compared with the titles themselves: only then are the first few read
            var stored = askedName.tails().isEmpty() ? null : searcher.storedFields();
            for (ScoreDoc t : titles) {
                if (!titleKeys.containsKey(t.doc)) {
                    continue; // not among the first LOOKED_AT
                }
                String name = stored == null ? null : TitleNames.name(DocumentIndexer.searchedTitle(
                        stored.document(t.doc, Set.of(SearchFields.STORED_TITLE)).get(SearchFields.STORED_TITLE)));
                if (askedName.names(titleKeys.get(t.doc), name)) {
                    out.add(t.doc);
                }
            }
            return out;
        }

        long owner(int doc) {
            return owners.getOrDefault(doc, -1L);
        }

        String genre(int doc) {
            return genres.get(doc);
        }

        boolean wholeText(int doc) {
            return wholeTexts.contains(doc);
        }

        boolean anyWholeText() {
            return !wholeTexts.isEmpty();
        }
    }

    /** The document entries of these owners, in one pass over the index's id terms. */
    private Map<Long, Integer> documentsOf(List<Long> owners) throws IOException {
        Map<Long, Integer> out = new HashMap<>();
        if (owners.isEmpty()) {
            return out;
        }
        Query ids = new TermInSetQuery(SearchFields.ID, owners.stream().map(o -> new BytesRef(Long.toString(o))).toList());
        Weight weight = searcher.createWeight(searcher.rewrite(ids), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            NumericDocValues ownerValues = leaf.reader().getNumericDocValues(SearchFields.OWNER_VALUE);
            if (scorer == null || ownerValues == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if ((live == null || live.get(d)) && ownerValues.advanceExact(d)) {
                    out.put(ownerValues.longValue(), leaf.docBase + d);
                }
            }
        }
        return out;
    }

    private int documentOf(long owner) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, Long.toString(owner))), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }
}
