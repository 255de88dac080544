package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.calendar.WorkingDays;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deadlines watched: publications after their working-day deadline (双公示 7 working days after
 * the decision, 办事指南 1 after approval …) per organization, and which organization has not published
 * which year's required documents (预决算).
 */
@ApplicationScoped
public class RecordCompliance {

    /** Publications of one type by one organization, and how many of them were late. */
    /** {@code lateProvisional}: of the late ones, those due on a day counted over a year without its holiday notice (暂定). */
    public record Tally(String organization, String organizationName, String type, String typeName, long published, long late,
                        long lateProvisional) {
    }

    /** One late publication. */
    public record Late(long recordId, String type, String typeName, String title, String organizationName, int version,
                       LocalDate dueOn, Instant publishedAt) {
        public String url() {
            return RecordCatalog.url(type, recordId);
        }
    }

    /** Per organization and year: the required categories not published yet (empty: complete). */
    public record Completeness(String type, String typeName, List<Integer> years, List<OrgYears> rows) {
    }

    public record OrgYears(String organization, String organizationName, List<List<String>> missing) {
    }

    private final RecordTypes types;
    private final WorkingDays workingDays;

    RecordCompliance(RecordTypes types, WorkingDays workingDays) {
        this.types = types;
        this.workingDays = workingDays;
    }

    @Transactional
    public List<Tally> tallies() {
        Map<String, String> typeNames = new HashMap<>();
        types.all().forEach(t -> typeNames.put(t.code(), t.name()));
        // late against a provisional due day: counted as late, and said to be 暂定 (RecordService.Deadline)
        Map<String, Long> provisional = new HashMap<>();
        for (Object[] row : RecordEntry.getEntityManager().createQuery(
                "select r.organization.code, r.typeCode, v.dueOn from RecordVersion v join v.record r where v.late = true",
                Object[].class).getResultList()) {
            if (workingDays.provisionalYearOf((LocalDate) row[2]).isPresent()) {
                provisional.merge(row[0] + "/" + row[1], 1L, Long::sum);
            }
        }
        List<Tally> out = new ArrayList<>();
        for (Object[] row : RecordEntry.getEntityManager().createQuery(
                "select r.organization.code, r.organization.name, r.typeCode, count(v), sum(case when v.late = true then 1 else 0 end)"
                        + " from RecordVersion v join v.record r where v.dueOn is not null"
                        + " group by r.organization.code, r.organization.name, r.typeCode order by r.organization.code, r.typeCode",
                Object[].class).getResultList()) {
            String type = (String) row[2];
            out.add(new Tally((String) row[0], (String) row[1], type, typeNames.getOrDefault(type, type),
                    ((Number) row[3]).longValue(), row[4] == null ? 0 : ((Number) row[4]).longValue(),
                    provisional.getOrDefault(row[0] + "/" + type, 0L)));
        }
        return out;
    }

    @Transactional
    public List<Late> late(int max) {
        Map<String, String> typeNames = new HashMap<>();
        types.all().forEach(t -> typeNames.put(t.code(), t.name()));
        return RecordVersion.<RecordVersion>find("late = true order by publishedAt desc").page(0, max).list().stream()
                .map(v -> new Late(v.record.id, v.record.typeCode, typeNames.getOrDefault(v.record.typeCode, v.record.typeCode),
                        v.record.title, v.record.organization.displayName(), v.version, v.dueOn, v.publishedAt))
                .toList();
    }

    @Transactional
    public List<Completeness> completeness(int thisYear) {
        List<Completeness> out = new ArrayList<>();
        List<Organization> orgs = Organization.listOrdered();
        for (RecordType type : types.all()) {
            RecordType.Completeness c = type.completeness();
            if (c == null) {
                continue;
            }
            Map<Long, Map<String, String>> byRecord = new HashMap<>();
            Map<Long, String> owner = new HashMap<>();
            for (Object[] row : RecordEntry.getEntityManager().createQuery(
                    "select r.id, r.organization.code, f.fieldName, f.fieldValue from RecordFacet f, RecordEntry r"
                            + " where f.recordId = r.id and r.typeCode = :t and r.publicState = :s and f.fieldName in (:y, :c)",
                    Object[].class).setParameter("t", type.code()).setParameter("s", RecordEntry.PublicState.PUBLISHED)
                    .setParameter("y", c.yearField()).setParameter("c", c.categoryField()).getResultList()) {
                byRecord.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[2], (String) row[3]);
                owner.put((Long) row[0], (String) row[1]);
            }
            Set<Integer> years = new TreeSet<>();
            years.add(thisYear);
            if (!c.nextYear().isEmpty()) {
                years.add(thisYear - 1); // last year's 决算 is due this year
            }
            Map<String, Set<String>> published = new HashMap<>(); // org|year -> categories
            byRecord.forEach((id, values) -> {
                String y = values.get(c.yearField());
                String cat = values.get(c.categoryField());
                if (y != null && y.matches("[0-9]{4}") && cat != null) {
                    years.add(Integer.parseInt(y));
                    published.computeIfAbsent(owner.get(id) + "|" + y, k -> new TreeSet<>()).add(cat);
                }
            });
            List<Integer> yearList = new ArrayList<>(years);
            List<OrgYears> rows = new ArrayList<>();
            for (Organization o : orgs) {
                if (!RecordService.mayPublish(type, o)) {
                    continue;
                }
                List<List<String>> missing = new ArrayList<>();
                for (int y : yearList) {
                    Set<String> has = published.getOrDefault(o.code + "|" + y, Set.of());
                    missing.add(c.dueFor(y, thisYear).stream().filter(r -> !has.contains(r)).toList());
                }
                rows.add(new OrgYears(o.code, o.displayName(), missing));
            }
            out.add(new Completeness(type.code(), type.name(), yearList, rows));
        }
        return out;
    }

    static <K, V> Map<K, V> ordered() {
        return new LinkedHashMap<>();
    }
}
