package org.zwgk.portal.search;

import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.web.UserError;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** A search as a citizen asked for it, checked: bad values are a 400 with the parameter named. */
public record SearchRequest(String query, String organization, String channel, String type, String topic,
                            String year, Order order, int page, int size) {

    public enum Order { RELEVANCE, DATE }

    /** Citizens paste whole questions; longer text than this is refused with a 400 that says so. */
    public static final int MAX_QUERY_LENGTH = 500;
    /** Suggestions are for a partly typed word or two. */
    public static final int MAX_SUGGEST_LENGTH = 100;
    public static final int MAX_SIZE = 50;
    /** Results a page lists when the request does not say. */
    public static final int DEFAULT_SIZE = 10;
    /** Deeper than this nobody reads; refusing it keeps every search cheap. */
    public static final int MAX_HITS = 5000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\x{FFFD}]");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** The same search for other words (pinyin initials read as the words they stand for). */
    public SearchRequest withQuery(String other) {
        return new SearchRequest(other, organization, channel, type, topic, year, order, page, size);
    }

    /** The same search in another order. */
    public SearchRequest withOrder(Order other) {
        return new SearchRequest(query, organization, channel, type, topic, year, other, page, size);
    }

    /** The value this search is filtered by in one facet's dimension (organization, channel, type, topic, year), or null. */
    public String filter(String dim) {
        return switch (dim) {
            case "organization" -> organization;
            case "channel" -> channel;
            case "type" -> type;
            case "topic" -> topic;
            case "year" -> year;
            default -> throw new IllegalArgumentException(dim);
        };
    }

    /** The same search without its filter in one dimension: what the other values of that dimension would give. */
    public SearchRequest without(String dim) {
        return new SearchRequest(query, dim.equals("organization") ? null : organization, dim.equals("channel") ? null : channel,
                dim.equals("type") ? null : type, dim.equals("topic") ? null : topic, dim.equals("year") ? null : year,
                order, page, size);
    }

    /** Whether a cleaned query is over the limit: the API answers it with problem JSON, the page with its form again. */
    static boolean tooLong(String cleaned) {
        return cleaned.length() > MAX_QUERY_LENGTH;
    }

    public static SearchRequest parse(String q, String organization, String channel, String type, String topic,
                                      String year, String sort, String page, String size) {
        String query = clean(q);
        if (tooLong(query)) {
            throw UserError.badInput("q", m -> m.searchQueryTooLong(MAX_QUERY_LENGTH));
        }
        int p = PageRequest.intParameter(page, 1, "page");
        int s = PageRequest.intParameter(size, DEFAULT_SIZE, "size");
        // the size first: the page's message divides by it
        if (s < 1 || s > MAX_SIZE) {
            throw UserError.badInput("size", m -> m.badSize(MAX_SIZE));
        }
        if (p < 1) {
            throw UserError.badInput("page", m -> m.badPage(MAX_HITS / s));
        }
        if ((long) p * s > MAX_HITS) {
            throw UserError.badInput("page", m -> m.searchTooDeep(MAX_HITS));
        }
        Order order;
        if (sort == null || sort.isBlank()) {
            // nothing typed, nothing to rank by: browsing lists the newest first
            order = query.isEmpty() ? Order.DATE : Order.RELEVANCE;
        } else if (sort.equalsIgnoreCase("relevance")) {
            order = Order.RELEVANCE;
        } else if (sort.equalsIgnoreCase("date")) {
            order = Order.DATE;
        } else {
            throw UserError.badInput("sort", m -> m.badSort());
        }
        if (year != null && !year.isBlank() && !year.strip().matches("\\d{4}")) {
            throw UserError.badInput("year", m -> m.badYear());
        }
        return new SearchRequest(query, code(organization, "organization"), code(channel, "channel"), type(type),
                code(topic, "topic"), year == null || year.isBlank() ? null : year.strip(), order, p, s);
    }

    /** What a search box should treat as the query: printable, normalized width, single spaces. */
    static String clean(String q) {
        if (q == null) {
            return "";
        }
        String s = CONTROL.matcher(q).replaceAll(" ");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The document types are a fixed list: one not on it is a mistake to say, not a filter that finds nothing. */
    private static String type(String value) {
        String code = code(value, "type");
        if (code == null) {
            return null;
        }
        return DocumentType.parse(code).map(Enum::name)
                .orElseThrow(() -> UserError.badInput("type", m -> m.unknownType(code)));
    }

    private static String code(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CODE.matcher(value.strip()).matches()) {
            throw UserError.badInput(name, m -> m.badCode(name));
        }
        return value.strip();
    }

    /** Whether a filter (organization, channel, type, topic, year) narrows the search. */
    public boolean filtered() {
        return organization != null || channel != null || type != null || topic != null || year != null;
    }

    /** The query as a page's title names it: a pasted question of 500 characters would fill a browser's tab and history. */
    public String shortQuery() {
        if (query == null || query.codePointCount(0, query.length()) <= TITLE_QUERY) {
            return query;
        }
        return query.substring(0, query.offsetByCodePoints(0, TITLE_QUERY)) + "…";
    }

    private static final int TITLE_QUERY = 30;

    public boolean browsing() {
        return query.isEmpty();
    }

    public int offset() {
        return (page - 1) * size;
    }
}
