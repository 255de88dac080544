package org.zwgk.portal.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.zwgk.portal.web.PageRequest;

/** Search over the non-document entries (structured records) as their own result type, with their facets. */
@Path("/api/v1/search/records")
@Produces(MediaType.APPLICATION_JSON)
public class EntrySearchResource {

    private final EntryIndex entries;

    EntrySearchResource(EntryIndex entries) {
        this.entries = entries;
    }

    @GET
    @Operation(summary = "Search structured records (双公示, 办事指南 …): results of type 'record' with facets per record type, organization and field")
    public EntryIndex.Results search(@QueryParam("q") String q, @QueryParam("type") String type,
                                     @QueryParam("organization") String organization,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = PageRequest.parse(page, size);
        if (p.offset() + p.size() > 10_000) {
            throw org.zwgk.portal.web.UserError.badInput("page", m -> m.badPage(10_000 / p.size()));
        }
        // as long as the documents' search answers, and refused beyond it in the same words
        if (q != null && q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw org.zwgk.portal.web.UserError.badInput("q", m -> m.searchQueryTooLong(SearchRequest.MAX_QUERY_LENGTH));
        }
        return entries.search(q, type, organization, p.page(), p.size());
    }
}
