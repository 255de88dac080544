package org.zwgk.portal.records;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One field of a record type as its YAML declares it.
 *
 * @param personalWhenField with {@code personalWhenValue}: the field is personal only when that other
 *                          field has that value (a party's name when the party is a 自然人); null: always
 */
public record FieldSpec(String name, String label, FieldKind kind, boolean required, int max, Pattern pattern,
                        List<String> options, Personal personal, String personalWhenField, String personalWhenValue,
                        boolean searchable, boolean facetable) {

    /** Whether the value must be masked in this record (its other values decide a conditional rule). */
    public Personal personalIn(java.util.Map<String, String> values) {
        if (personal == Personal.NONE || personalWhenField == null) {
            return personal;
        }
        return personalWhenValue.equals(values.get(personalWhenField)) ? personal : Personal.NONE;
    }

    /** Shown to the public at all: hidden fields never are. */
    public boolean isPublic() {
        return personal != Personal.HIDE;
    }

    /** The allowed values in one line for the upload page's column list; empty when any value goes. */
    public String optionList() {
        return options == null ? "" : String.join("、", options);
    }

    public String kindName() {
        return kind.externalName();
    }
}
