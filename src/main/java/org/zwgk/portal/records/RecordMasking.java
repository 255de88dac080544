package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.privacy.Deidentifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record values on their way to the public, through the one gate ({@link Deidentifier}): hidden
 * fields dropped, private persons' names masked (also where the same name appears in the record's
 * other texts, e.g. a 违法事实 naming the party), every other text through {@link Deidentifier#mask}.
 */
@ApplicationScoped
public class RecordMasking {

    private final Deidentifier gate;

    RecordMasking(Deidentifier gate) {
        this.gate = gate;
    }

    /** The public values in the type's field order. */
    public Map<String, String> publicValues(RecordType type, Map<String, String> values) {
        List<String[]> names = new ArrayList<>();
        for (FieldSpec f : type.fields()) {
            String v = values.get(f.name());
            if (v != null && f.personalIn(values) == Personal.NAME && v.strip().length() > 1) {
                names.add(new String[]{v.strip(), gate.maskName(v)});
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldSpec f : type.fields()) {
            String v = values.get(f.name());
            if (v == null || !f.isPublic()) {
                continue;
            }
            Personal p = f.personalIn(values);
            if (p == Personal.HIDE) {
                continue;
            }
            String masked;
            if (p == Personal.NAME) {
                masked = gate.maskName(v);
            } else {
                masked = v;
                for (String[] n : names) {
                    masked = masked.replace(n[0], n[1]);
                }
                masked = gate.mask(masked);
            }
            out.put(f.name(), masked);
        }
        return out;
    }

    /** The title a record is listed by, masked as its field is. */
    public String title(RecordType type, Map<String, String> publicValues) {
        String t = publicValues.get(type.titleField());
        return t == null || t.isBlank() ? type.name() : t;
    }

    /** Free text for the search and the list's text filter: the public values of searchable fields. */
    public String searchText(RecordType type, Map<String, String> publicValues) {
        StringBuilder sb = new StringBuilder();
        for (FieldSpec f : type.fields()) {
            String v = publicValues.get(f.name());
            if (f.searchable() && v != null) {
                sb.append(v).append('\n');
            }
        }
        return sb.toString().strip();
    }
}
