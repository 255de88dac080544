package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.organizations.Organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Public values laid out for pages: references shown by name or as links, sections as the type declares them. */
@ApplicationScoped
public class RecordViews {

    /** A value as a page shows it; {@code href} for references to documents. */
    public record Cell(String text, String href) {
    }

    public record Item(String label, Cell cell) {
    }

    public record SectionView(String title, List<Item> items) {
    }

    public record Row(PublicRecord record, List<Cell> cells) {
    }

    @Transactional
    public Map<String, String> organizationNames() {
        Map<String, String> names = new HashMap<>();
        for (Organization o : Organization.<Organization>listAll()) {
            names.put(o.code, o.displayName());
        }
        return names;
    }

    public static Cell cell(FieldSpec f, String value, Map<String, String> orgNames) {
        if (value == null) {
            return new Cell("", null);
        }
        return switch (f.kind()) {
            case ORGANIZATION_REF -> new Cell(orgNames.getOrDefault(value, value), null);
            case DOCUMENT_REF -> new Cell("/documents/" + value, "/documents/" + value);
            default -> new Cell(value, null);
        };
    }

    public List<Row> rows(RecordType type, List<PublicRecord> records, Map<String, String> orgNames) {
        List<Row> rows = new ArrayList<>();
        for (PublicRecord r : records) {
            rows.add(new Row(r, type.listColumns().stream().map(f -> cell(f, r.values().get(f.name()), orgNames)).toList()));
        }
        return rows;
    }

    public List<SectionView> sections(RecordType type, Map<String, String> values, Map<String, String> orgNames) {
        List<SectionView> sections = new ArrayList<>();
        for (RecordType.Section s : type.sections()) {
            List<Item> items = s.fields().stream().filter(FieldSpec::isPublic).filter(f -> values.get(f.name()) != null)
                    .map(f -> new Item(f.label(), cell(f, values.get(f.name()), orgNames))).toList();
            if (!items.isEmpty()) {
                sections.add(new SectionView(s.title(), items));
            }
        }
        return sections;
    }
}
