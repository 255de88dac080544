package org.zwgk.portal.records;

import java.util.Optional;

/** What a record field holds; the names in {@code content/records/*.yaml} are the lower-case, dashed forms. */
public enum FieldKind {
    TEXT, DATE, AMOUNT, CODE, ENUM, ORGANIZATION_REF, DOCUMENT_REF, PERSON_NAME;

    public String externalName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Optional<FieldKind> fromExternal(String name) {
        for (FieldKind k : values()) {
            if (k.externalName().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
