package org.zwgk.portal.privacy.detect;

import java.util.Set;

/**
 * What the detectors know about a text: the phone numbers of offices listed in the content repository
 * (public), and whether a citizen wrote it ({@code citizenWritten}: a letter, a comment, a question, an
 * answer, a request). In a citizen's text a 联系人 or 负责人 is a private person, not an office's
 * published contact, and is masked as any other name.
 */
public record DetectionContext(Set<String> publicNumbers, boolean citizenWritten) {

    public static final DetectionContext NONE = new DetectionContext(Set.of());

    public DetectionContext(Set<String> publicNumbers) {
        this(publicNumbers, false);
    }

    /** The same knowledge, for a text a citizen wrote. */
    public DetectionContext writtenByCitizen() {
        return citizenWritten ? this : new DetectionContext(publicNumbers, true);
    }

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
