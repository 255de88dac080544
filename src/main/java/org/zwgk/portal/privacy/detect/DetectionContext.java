package org.zwgk.portal.privacy.detect;

import java.util.Set;

/** What the detectors know to be public: the phone numbers of offices listed in the content repository. */
public record DetectionContext(Set<String> publicNumbers) {

    public static final DetectionContext NONE = new DetectionContext(Set.of());

    /** A number (digits only) that an office publishes. */
    public boolean isPublicNumber(String digits) {
        if (publicNumbers.contains(digits)) {
            return true;
        }
        // listed with its area code, written without it (or the other way round)
        for (String p : publicNumbers) {
            if (p.length() >= 7 && (p.endsWith(digits) && digits.length() >= 7 || digits.endsWith(p))) {
                return true;
            }
        }
        return false;
    }
}
