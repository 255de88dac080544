package org.zwgk.portal.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;

/**
 * The first entries of a ranking, without the exact count of all matches that Lucene's
 * {@code IndexSearcher.search(query, n)} keeps up to 1,000: until that many were collected it may not
 * skip a document that cannot make the list, so every ranking scored its first thousand matches in
 * full. The total a page shows is {@link MatchSample}'s; a ranking only needs its first entries, which
 * are the same either way.
 */
final class TopHits {

    private TopHits() {
    }

    static TopDocs byScore(IndexSearcher searcher, Query query, int n) throws IOException {
        int wanted = capped(searcher, n);
        return searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted, searcher.getSlices().length > 1));
    }

    static TopFieldDocs bySort(IndexSearcher searcher, Query query, int n, Sort sort) throws IOException {
        int wanted = capped(searcher, n);
        // as IndexSearcher does: a sort by computed values is bound to this searcher first
        Sort bound = sort.rewrite(searcher);
        return searcher.search(query, new TopFieldCollectorManager(bound, wanted, null, wanted, searcher.getSlices().length > 1));
    }

    /** As Lucene caps it: no more than the index holds, and at least one. */
    private static int capped(IndexSearcher searcher, int n) {
        return Math.max(1, Math.min(n, searcher.getIndexReader().maxDoc()));
    }
}
