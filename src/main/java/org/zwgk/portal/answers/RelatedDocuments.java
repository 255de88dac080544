package org.zwgk.portal.answers;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.search.SearchRequest;
import org.zwgk.portal.search.SearchResults;
import org.zwgk.portal.search.SearchService;
import org.zwgk.portal.web.UserError;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published documents that best match what a citizen is asking, beside the 一号答 answers: the
 * portal's one search ({@link SearchService}), without the 一号答 pairs themselves (they are shown as
 * answers). Optional help, so a refused or busy search gives none rather than an error.
 */
@ApplicationScoped
public class RelatedDocuments {

    /** Fewer typed characters than this ask for nothing. */
    public static final int MIN_QUERY = 2;
    /** Hits read to fill the list after the 一号答 pairs are left out. */
    private static final int READ = 12;

    /** One document: its title, address and organization. */
    public record Doc(String title, String url, String organization) {
    }

    private final SearchService search;
    private final KnowledgeBase knowledgeBase;

    RelatedDocuments(SearchService search, KnowledgeBase knowledgeBase) {
        this.search = search;
        this.knowledgeBase = knowledgeBase;
    }

    /** At most {@code max} published documents for {@code q}, best first; none for a blank or too short query. */
    public List<Doc> find(String q, int max) {
        String query = q == null ? "" : q.strip();
        if (query.length() < MIN_QUERY || max < 1) {
            return List.of();
        }
        SearchResults results;
        try {
            results = search.search(SearchRequest.parse(query, null, null, null, null, null, null, "1", String.valueOf(READ)));
        } catch (UserError e) {
            return List.of();
        }
        Set<Long> pairs = knowledgeBase.all().stream().map(AnswerRanker.Entry::id).collect(Collectors.toSet());
        return results.results().stream().filter(h -> !pairs.contains(h.id()))
                .map(h -> new Doc(h.title(), h.url(), h.organization())).limit(max).toList();
    }
}
