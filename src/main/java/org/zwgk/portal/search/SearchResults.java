package org.zwgk.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search, as GET /api/v1/search returns it (stable contract) and the page shows it.
 * {@code totalExact} is false when more than {@link SearchExecution#FACET_SAMPLE} documents match and
 * the count did not need to look at all of the index: the total and the facet counts are then estimated
 * from chunks of it spread evenly ({@link MatchSample}). {@code absentWords}
 * are words of the query no published title or body contains (the results rest on the others).
 */
public record SearchResults(long total, boolean totalExact, int page, int size, List<Hit> results,
                            Map<String, List<FacetValue>> facets, String didYouMean, List<String> absentWords,
                            boolean wordsAsTyped) {

    /** The same search on a page past its last: nothing listed, the pager says how many pages there are. */
    SearchResults onPage(int page) {
        return new SearchResults(total, totalExact, page, size, List.of(), facets, didYouMean, absentWords, wordsAsTyped);
    }

    SearchResults withDidYouMean(String better) {
        return new SearchResults(total, totalExact, page, size, results, facets, better, absentWords, wordsAsTyped);
    }

    /** One result; {@code snippet} is HTML-escaped text with the matched words in {@code <em>}. */
    /** One result; {@code validity}: its 有效性 when it is not 有效 (EXPIRED, REPEALED, AMENDED), else null. */
    public record Hit(long id, String title, String url, String snippet, org.zwgk.portal.catalog.DocumentType type, String organization,
                      Instant publishedAt, String externalId, String docNumber, String indexNumber,
                      org.zwgk.portal.documents.Validity validity) {
    }

    public record FacetValue(String value, String label, long count) {
    }

    /** The number of this page's first result in the whole list (page 2 of tens starts at 11). */
    public int firstNumber() {
        return (page - 1) * size + 1;
    }

    public int pageCount() {
        return (int) Math.min((total + size - 1) / size, SearchRequest.MAX_HITS / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
