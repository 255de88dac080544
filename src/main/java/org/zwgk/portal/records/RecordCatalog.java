package org.zwgk.portal.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.search.IndexEntry;
import org.zwgk.portal.search.IndexEntrySource;
import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.web.UserError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the public reads of records: only published, unexpired ones, and only through
 * {@link RecordMasking}. Pages, the JSON API, open data and the search index all come from here.
 */
@ApplicationScoped
public class RecordCatalog implements IndexEntrySource {

    /** Query parameters that are not field filters. */
    /** The longest text a list is filtered by; a longer one is refused, not silently cut. */
    static final int MAX_TEXT = 100;

    static final List<String> RESERVED = List.of("page", "size", "q", "organization");

    private final RecordTypes types;
    private final RecordMasking masking;
    private final RecordService service;
    private final org.zwgk.portal.privacy.Deidentifier gate;

    RecordCatalog(RecordTypes types, RecordMasking masking, RecordService service, org.zwgk.portal.privacy.Deidentifier gate) {
        this.types = types;
        this.gate = gate;
        this.masking = masking;
        this.service = service;
    }

    /** Filters from a query string: organization code, free text, facetable field = value. */
    public record Filter(String organization, String text, Map<String, String> fields) {
        public static Filter none() {
            return new Filter(null, null, Map.of());
        }

        public boolean has(String field, String value) {
            return value != null && value.equals(fields.get(field));
        }
    }

    public Filter parse(RecordType type, Map<String, List<String>> query) {
        String org = null;
        String text = null;
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String value = e.getValue().isEmpty() ? null : e.getValue().get(0);
            if (value == null || value.isBlank()) {
                continue;
            }
            String name = e.getKey();
            switch (name) {
                case "page", "size" -> {
                }
                case "organization" -> org = value.strip();
                case "q" -> {
                    text = value.strip();
                    if (text.length() > MAX_TEXT) {
                        throw UserError.badInput("q", m -> m.searchQueryTooLong(MAX_TEXT));
                    }
                }
                default -> {
                    FieldSpec f = type.field(name).filter(FieldSpec::facetable).filter(FieldSpec::isPublic)
                            .orElseThrow(() -> UserError.badInput(name, m -> RecordService.messages().badFilter(name)));
                    fields.put(f.name(), value.strip());
                }
            }
        }
        return new Filter(org, text, fields);
    }

    @Transactional
    public Page<PublicRecord> list(RecordType type, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("from RecordEntry r where r.typeCode = :type and " + RecordEntry.PUBLIC_NOW);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", type.code());
        params.put("publicState", RecordEntry.PublicState.PUBLISHED);
        params.put("today", service.today());
        if (filter.organization() != null) {
            where.append(" and r.organization.code = :org");
            params.put("org", filter.organization());
        }
        if (filter.text() != null) {
            where.append(" and lower(r.searchText) like :text escape '!'");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        int i = 0;
        for (Map.Entry<String, String> f : filter.fields().entrySet()) {
            where.append(" and exists (select 1 from RecordFacet f where f.recordId = r.id and f.fieldName = :fn").append(i)
                    .append(" and f.fieldValue = :fv").append(i).append(')');
            params.put("fn" + i, f.getKey());
            params.put("fv" + i, f.getValue());
            i++;
        }
        var em = RecordEntry.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(r) " + where, Long.class);
        TypedQuery<RecordEntry> rows = em.createQuery("select r " + where + " order by r.publishedAt desc, r.id desc", RecordEntry.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<PublicRecord> results = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> view(type, r)).toList();
        return new Page<>(total, page.page(), page.size(), results);
    }

    /** Every public record of a type, oldest first, in chunks (open-data downloads). */
    @Transactional
    public List<PublicRecord> chunk(RecordType type, long afterId, int size) {
        return publicEntries(type, afterId, size).stream().map(r -> view(type, r)).toList();
    }

    private List<RecordEntry> publicEntries(RecordType type, long afterId, int size) {
        return RecordEntry.publicNow(RecordEntry.getEntityManager().createQuery("select r from RecordEntry r where r.typeCode = :type and "
                        + RecordEntry.PUBLIC_NOW + " and r.id > :after order by r.id", RecordEntry.class), service.today())
                .setParameter("type", type.code()).setParameter("after", afterId)
                .setMaxResults(size).getResultList();
    }

    public PublicRecord view(RecordType type, RecordEntry r) {
        Map<String, String> pub = masking.publicValues(type, RecordJson.read(r.publishedValues));
        return new PublicRecord(r.id, type.code(), masking.title(type, pub), r.organization.code, r.organization.displayName(),
                r.publishedAt, r.version, r.dueOn, r.late, url(type.code(), r.id), pub);
    }

    public static String url(String type, long id) {
        return "/records/" + type + "/" + id;
    }

    /** A record's public page: published (or withdrawn, with its reason) and not expired. */
    public sealed interface Lookup {
        record Found(RecordEntry entry, PublicRecord record, List<VersionView> versions) implements Lookup {
        }

        record Withdrawn(RecordEntry entry) implements Lookup {
        }

        record Missing() implements Lookup {
        }
    }

    /** One published version as the public sees it. */
    public record VersionView(int version, java.time.Instant publishedAt, String changeNote, LocalDate dueOn, boolean late,
                              Map<String, String> values) {
    }

    @Transactional
    public Lookup find(RecordType type, long id) {
        RecordEntry r = RecordEntry.findById(id);
        if (r == null || !r.typeCode.equals(type.code())) {
            return new Lookup.Missing();
        }
        if (r.publicState == RecordEntry.PublicState.WITHDRAWN) {
            r.organization.code.length();
            return new Lookup.Withdrawn(r);
        }
        if (!r.isPublic(service.today())) {
            return new Lookup.Missing();
        }
        List<VersionView> versions = RecordVersion.of(r).stream().map(v -> versionView(type, v)).toList();
        return new Lookup.Found(r, view(type, r), versions);
    }

    /** One published version as the record's page lists it in its history. */
    public VersionView versionView(RecordType type, RecordVersion v) {
        return new VersionView(v.version, v.publishedAt, gate.mask(v.changeNote), v.dueOn, v.late,
                masking.publicValues(type, RecordJson.read(v.fieldValues)));
    }

    /** Why a withdrawn record was withdrawn, as its page (410) says it. */
    public String withdrawnReason(RecordEntry r) {
        return gate.mask(r.withdrawnReason);
    }

    /** Published counts per type (the index page and the catalogue). */
    @Transactional
    public Map<String, Long> counts() {
        return counts(null);
    }

    /** Published counts per type, of one organization's records where {@code organization} (a code) is given. */
    @Transactional
    public Map<String, Long> counts(String organization) {
        var query = RecordEntry.publicNow(RecordEntry.getEntityManager().createQuery("select r.typeCode, count(r) from RecordEntry r where "
                + RecordEntry.PUBLIC_NOW + (organization == null ? "" : " and r.organization.code = :org") + " group by r.typeCode",
                Object[].class), service.today());
        if (organization != null) {
            query.setParameter("org", organization);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** When a type last changed publicly (open data's dct:modified). */
    @Transactional
    public Map<String, java.time.Instant> lastModified() {
        Map<String, java.time.Instant> m = new LinkedHashMap<>();
        for (Object[] row : RecordEntry.getEntityManager().createQuery(
                "select r.typeCode, max(r.updatedAt) from RecordEntry r where r.publicState <> :s group by r.typeCode", Object[].class)
                .setParameter("s", RecordEntry.PublicState.NONE).getResultList()) {
            m.put((String) row[0], (java.time.Instant) row[1]);
        }
        // a record leaving at the end of its public period changes the dataset too: at the start of the day after
        LocalDate today = service.today();
        for (Object[] row : RecordEntry.getEntityManager().createQuery(
                "select r.typeCode, max(r.publicUntil) from RecordEntry r where r.publicState = :s and r.publicUntil < :today"
                        + " group by r.typeCode", Object[].class)
                .setParameter("s", RecordEntry.PublicState.PUBLISHED).setParameter("today", today).getResultList()) {
            java.time.Instant gone = ((LocalDate) row[1]).plusDays(1).atStartOfDay(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
            m.merge((String) row[0], gone, (a, b) -> a.isAfter(b) ? a : b);
        }
        return m;
    }

    /** The values of one facetable field among a type's public records, with counts (the list's filter choices). */
    @Transactional
    public Map<String, Long> facetValues(RecordType type, String field) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Object[] row : RecordEntry.publicNow(RecordEntry.getEntityManager().createQuery(
                "select f.fieldValue, count(f) from RecordFacet f, RecordEntry r where f.recordId = r.id and r.typeCode = :t"
                        + " and f.fieldName = :f and " + RecordEntry.PUBLIC_NOW + " group by f.fieldValue order by count(f) desc, f.fieldValue",
                Object[].class), service.today()).setParameter("t", type.code()).setParameter("f", field)
                .setMaxResults(100).getResultList()) {
            m.put((String) row[0], (Long) row[1]);
        }
        return m;
    }

    /** Organizations with public records of a type (the list's organization filter). */
    @Transactional
    public List<Organization> organizationsWith(RecordType type) {
        return RecordEntry.publicNow(RecordEntry.getEntityManager().createQuery(
                "select distinct r.organization from RecordEntry r where r.typeCode = :t and " + RecordEntry.PUBLIC_NOW, Organization.class),
                service.today()).setParameter("t", type.code()).getResultList();
    }

    /** Per type, the organizations with public records of it, by name (open data's publishers and creators). */
    @Transactional
    public Map<String, List<Organization>> publishers() {
        Map<String, List<Organization>> m = new LinkedHashMap<>();
        for (Object[] row : RecordEntry.publicNow(RecordEntry.getEntityManager().createQuery(
                "select distinct r.typeCode, o from RecordEntry r join r.organization o where " + RecordEntry.PUBLIC_NOW
                        + " order by r.typeCode, o.name", Object[].class), service.today()).getResultList()) {
            m.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Organization) row[1]);
        }
        return m;
    }

    // --- search ----------------------------------------------------------------------------

    @Override
    public String kind() {
        return RecordService.SEARCH_KIND;
    }

    @Override
    public List<IndexEntry> all() {
        List<IndexEntry> entries = new ArrayList<>();
        for (RecordType type : types.all()) {
            long after = 0;
            for (List<IndexEntry> chunk; !(chunk = chunkOf(type, after)).isEmpty(); ) {
                entries.addAll(chunk);
                after = Long.parseLong(chunk.get(chunk.size() - 1).key());
            }
        }
        return entries;
    }

    private List<IndexEntry> chunkOf(RecordType type, long after) {
        return QuarkusTransaction.requiringNew().call(() -> publicEntries(type, after, 1000).stream()
                .map(r -> entry(type, view(type, r), r.publicUntil)).toList());
    }

    @Override
    public Optional<IndexEntry> find(String key) {
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            RecordEntry r = RecordEntry.findById(id);
            if (r == null || !r.isPublic(service.today())) {
                return Optional.<IndexEntry>empty();
            }
            Optional<RecordType> type = types.find(r.typeCode);
            return type.map(t -> entry(t, view(t, r), r.publicUntil));
        });
    }

    @Override
    public List<IndexEntry> findAll(List<String> keys) {
        List<Long> ids = new ArrayList<>();
        for (String k : keys) {
            try {
                ids.add(Long.parseLong(k));
            } catch (NumberFormatException ignored) {
                // not a record's key: nothing to find
            }
        }
        List<IndexEntry> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            found.addAll(QuarkusTransaction.requiringNew().call(() -> {
                LocalDate today = service.today();
                List<IndexEntry> entries = new ArrayList<>();
                for (RecordEntry r : RecordEntry.<RecordEntry>list("id in ?1", chunk)) {
                    Optional<RecordType> type = types.find(r.typeCode);
                    if (r.isPublic(today) && type.isPresent()) {
                        entries.add(entry(type.get(), view(type.get(), r), r.publicUntil));
                    }
                }
                return entries;
            }));
        }
        return found;
    }

    IndexEntry entry(RecordType type, PublicRecord r, LocalDate publicUntil) {
        StringBuilder text = new StringBuilder();
        Map<String, String> facets = new LinkedHashMap<>();
        for (FieldSpec f : type.fields()) {
            String v = r.values().get(f.name());
            if (v == null) {
                continue;
            }
            if (f.searchable()) {
                text.append(f.label()).append('：').append(v).append('\n');
            }
            if (f.facetable()) {
                facets.put(f.label(), v);
            }
        }
        return new IndexEntry(kind(), Long.toString(r.id()), r.title(), text.toString(), r.url(), r.organization(),
                r.organizationName(), type.code(), type.name(), r.publishedAt(), facets, publicUntil);
    }
}
