package org.zwgk.portal.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The search API (stable: other tools rely on its shape). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApiResource {

    private final SearchService search;
    private final Suggester suggester;

    SearchApiResource(SearchService search, Suggester suggester) {
        this.search = search;
        this.suggester = suggester;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search public documents",
            description = "Plain text, a 文号 or 索引号 (any brackets), or a question. Returns total, results with"
                    + " highlighted snippets (HTML-escaped, matches in <em>), facet counts and an optional didYouMean.")
    public SearchResults search(
            @Parameter(description = "what to look for; empty lists everything") @QueryParam("q") String q,
            @Parameter(description = "1-based page") @QueryParam("page") String page,
            @Parameter(description = "results per page, at most 50") @QueryParam("size") String size,
            @Parameter(description = "organization code") @QueryParam("organization") String organization,
            @Parameter(description = "channel code") @QueryParam("channel") String channel,
            @Parameter(description = "document type, e.g. POLICY") @QueryParam("type") String type,
            @Parameter(description = "topic code") @QueryParam("topic") String topic,
            @Parameter(description = "year, e.g. 2018") @QueryParam("year") String year,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort) {
        return search.search(SearchRequest.parse(q, organization, channel, type, topic, year, sort, page, size));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Suggestions for a partly typed query (Chinese prefix, or pinyin initials such as zwgk)")
    public List<String> suggest(@QueryParam("q") String q) {
        String cleaned = SearchRequest.clean(q);
        if (cleaned.length() > SearchRequest.MAX_SUGGEST_LENGTH) {
            return List.of();
        }
        return suggester.suggest(cleaned, 10);
    }
}
