package org.zwgk.portal.answers;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * {@code GET /api/v1/answers?q=…} → {@code {"results": [{"question", "answer", "organization",
 * "source", "url"}]}}: the best 一号答 pairs for a question (at most five), what the message form
 * and the 一号答 box show while the citizen types. With {@code documents=N} (at most 5) also the best N
 * published documents of the portal search beside them ({@code "documents": [{"title", "url",
 * "organization"}]}, never the 一号答 pairs themselves); without it that list is empty.
 */
@Path("/api/v1/answers")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerApiResource {

    static final int MAX_QUERY = 200;

    public record Result(String question, String answer, String organization, String source, String url) {
    }

    public record Results(List<Result> results, List<RelatedDocuments.Doc> documents) {
    }

    static final int MAX_DOCUMENTS = 5;

    private final KnowledgeBase knowledgeBase;
    private final RelatedDocuments related;

    AnswerApiResource(KnowledgeBase knowledgeBase, RelatedDocuments related) {
        this.knowledgeBase = knowledgeBase;
        this.related = related;
    }

    @GET
    public Results answers(@RestQuery String q, @RestQuery Integer size, @RestQuery Integer documents) {
        int docs = documents == null ? 0 : documents;
        if (docs < 0 || docs > MAX_DOCUMENTS) {
            throw UserError.badInput("documents", m -> m.badSize(MAX_DOCUMENTS));
        }
        List<Result> results = find(knowledgeBase, q, size == null ? 5 : size);
        return new Results(results, related.find(q, docs));
    }

    static List<Result> find(KnowledgeBase kb, String q, int size) {
        if (q != null && q.length() > MAX_QUERY) {
            throw UserError.badInput("q", m -> m.searchQueryTooLong(MAX_QUERY));
        }
        if (size < 1 || size > 10) {
            throw UserError.badInput("size", m -> m.badSize(10));
        }
        return kb.ranker().rank(q, size).stream().map(s -> s.entry())
                .map(e -> new Result(e.question(), e.answer(), e.organization(), e.source(), e.url())).toList();
    }
}
