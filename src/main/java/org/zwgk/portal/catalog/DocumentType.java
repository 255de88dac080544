package org.zwgk.portal.catalog;

/** What a published document is; labels live in the message bundle. */
public enum DocumentType {
    POLICY, INTERPRETATION, RESPONSE, NOTICE, NEWS, TASK_RESULT, REPORT,
    /** 惩戒公示: names people where the law requires it (see content/privacy.yaml, exceptions). */
    PUNISHMENT;

    /** The type a filter or a form names, in any case, with - for _; empty when there is none such. */
    public static java.util.Optional<DocumentType> parse(String code) {
        String name = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
