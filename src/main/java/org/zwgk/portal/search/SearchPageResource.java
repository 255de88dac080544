package org.zwgk.portal.search;

import org.zwgk.portal.web.Routes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search results page: works without JavaScript; facet links narrow, pager pages. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {

    /** A facet value as a link that adds (or, when active, removes) its filter. */
    public record FacetLink(String label, long count, String url, boolean active) {
    }

    public record FacetGroup(String dim, String title, List<FacetLink> links) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchRequest request, SearchResults results, List<FacetGroup> facets,
                                              String pageUrl, String sortUrl, String didYouMeanUrl, List<String> related,
                                              String typedInitials, String verbatimUrl, List<String> absentWords);

        static native TemplateInstance tooLong(String query, int length, int max, String firstPartUrl);
    }

    private final SearchService search;
    private final Suggester suggester;
    private final org.zwgk.portal.web.Messages messages;

    SearchPageResource(SearchService search, Suggester suggester, org.zwgk.portal.web.Messages messages) {
        this.search = search;
        this.suggester = suggester;
        this.messages = messages;
    }

    private String facetTitle(String dim) {
        return switch (dim) {
            case "organization" -> messages.facetOrganization();
            case "channel" -> messages.facetChannel();
            case "type" -> messages.facetType();
            case "topic" -> messages.facetTopic();
            default -> messages.facetYear();
        };
    }

    /** The most of a query too long that its page shows back in the box. */
    static final int KEPT_TYPED = 10 * SearchRequest.MAX_QUERY_LENGTH;

    @GET
    public jakarta.ws.rs.core.Response search(@QueryParam("q") String q, @QueryParam("page") String page,
                                   @QueryParam("organization") String organization, @QueryParam("channel") String channel,
                                   @QueryParam("type") String type, @QueryParam("topic") String topic,
                                   @QueryParam("year") String year, @QueryParam("sort") String sort,
                                   @QueryParam("verbatim") String verbatim) {
        String typed = SearchRequest.clean(q);
        if (SearchRequest.tooLong(typed)) {
            // a pasted question: the form again with all of it to shorten, and a search with its beginning (citizen walk)
            int cut = SearchRequest.MAX_QUERY_LENGTH;
            if (Character.isHighSurrogate(typed.charAt(cut - 1))) {
                cut--;
            }
            // the box keeps it as typed (full-width commas and all), up to ten times the limit: no pasted question is
            // longer, and a 200 KB address is not sent back twice over (security audit); the count is of what the limit counts
            String kept = q.strip();
            if (kept.length() > KEPT_TYPED) {
                kept = kept.substring(0, Character.isHighSurrogate(kept.charAt(KEPT_TYPED - 1)) ? KEPT_TYPED - 1 : KEPT_TYPED);
            }
            return org.zwgk.portal.web.ErrorResponses.page(400, Templates.tooLong(kept, typed.length(), SearchRequest.MAX_QUERY_LENGTH,
                    Routes.searchFor(typed.substring(0, cut))).render());
        }
        // a page number that is none (0, -1, abc in a shared or edited link): the search's first page, saying so,
        // rather than an error page that loses the words (browser walk), as every list page (PageAsked); the API still
        // answers 400. A deep page is this page's own concern (beyondTheListed).
        String badPage = org.zwgk.portal.web.PageAsked.notAPage(page);
        if (badPage != null) {
            page = null;
        }
        return jakarta.ws.rs.core.Response.ok(results(q, page, organization, channel, type, topic, year, sort, verbatim)
                        .data("badPage", badPage).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private TemplateInstance results(String q, String page, String organization, String channel, String type, String topic,
                                     String year, String sort, String verbatim) {
        Integer deep = beyondTheListed(page);
        SearchRequest request = SearchRequest.parse(q, organization, channel, type, topic, year, sort, deep == null ? page : "1", null);
        SearchResults results = search.search(request);
        // pinyin initials that find nothing as typed (zwgk) run the search they stand for (政务公开)
        String typedInitials = null;
        String verbatimUrl = null;
        if (!"1".equals(verbatim) && !request.browsing() && results.total() == 0) {
            String meant = suggester.fromInitials(request.query());
            if (meant != null) {
                Map<String, String> asTyped = params(request);
                asTyped.remove("page");
                asTyped.put("verbatim", "1");
                verbatimUrl = url(asTyped);
                typedInitials = request.query();
                request = request.withQuery(meant);
                results = search.search(request);
            }
        }
        if (deep != null) {
            // past the last page of a search with fewer results than any search lists (browser walk: 税&page=999 was told
            // only the first 5,000 are listed, of 774): said as for any page past the last; a deep page that exists is refused
            long pages = (results.total() + request.size() - 1) / request.size();
            if (deep <= pages) {
                throw org.zwgk.portal.web.UserError.badInput("page", m -> m.searchTooDeep(SearchRequest.MAX_HITS));
            }
            results = results.onPage(deep);
        }
        Map<String, String> params = params(request);
        List<FacetGroup> groups = new ArrayList<>();
        results.facets().forEach((dim, values) -> {
            List<FacetLink> links = values.stream().map(v -> {
                boolean active = v.value().equals(params.get(dim));
                Map<String, String> p = new LinkedHashMap<>(params);
                if (active) {
                    p.remove(dim);
                } else {
                    p.put(dim, v.value());
                }
                p.remove("page");
                return new FacetLink(v.label(), v.count(), url(p), active);
            }).toList();
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(dim, facetTitle(dim), links));
            }
        });
        Map<String, String> paging = new LinkedHashMap<>(params);
        paging.remove("page");
        Map<String, String> sorting = new LinkedHashMap<>(paging);
        sorting.remove("sort");
        String didYouMean = null;
        if (results.didYouMean() != null) {
            Map<String, String> p = new LinkedHashMap<>(paging);
            p.put("q", results.didYouMean());
            didYouMean = url(p);
        }
        List<String> related = request.browsing() || results.total() > 0 ? List.of() : suggester.suggest(request.query(), 8);
        return Templates.search(request, results, groups, url(paging) + "&", url(sorting) + "&", didYouMean, related,
                typedInitials, verbatimUrl, results.absentWords());
    }

    /** The page asked for when it lies beyond what any search lists (SearchRequest.MAX_HITS); null for any other. */
    private static Integer beyondTheListed(String page) {
        if (page == null || !page.strip().matches("\\d{1,9}")) {
            return null;
        }
        int p = Integer.parseInt(page.strip());
        return (long) p * SearchRequest.DEFAULT_SIZE > SearchRequest.MAX_HITS ? p : null;
    }

    private static Map<String, String> params(SearchRequest r) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", r.query());
        put(p, "organization", r.organization());
        put(p, "channel", r.channel());
        put(p, "type", r.type());
        put(p, "topic", r.topic());
        put(p, "year", r.year());
        if (r.order() == SearchRequest.Order.DATE) {
            p.put("sort", "date");
        }
        return p;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    static String url(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(Routes.search() + "?");
        params.forEach((k, v) -> sb.append(sb.length() > 8 ? "&" : "").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
