package org.zwgk.portal.privacy;

/**
 * One piece of personal data in a text: its kind, where it is ({@code start} inclusive, {@code end}
 * exclusive) and the text found there.
 */
public record Finding(PiiType type, int start, int end, String value) {

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    /** A stable key of this value within its kind, for decisions about it (not the raw value). */
    public String key() {
        return type + ":" + org.zwgk.portal.common.Sha256.hex(Detectors.normalized(type, value)).substring(0, 16);
    }
}
