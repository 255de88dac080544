package org.zwgk.portal.privacy;

import org.zwgk.portal.privacy.detect.BankCardDetector;
import org.zwgk.portal.privacy.detect.DetectionContext;
import org.zwgk.portal.privacy.detect.Detector;
import org.zwgk.portal.privacy.detect.EmailDetector;
import org.zwgk.portal.privacy.detect.LandlineDetector;
import org.zwgk.portal.privacy.detect.MobileDetector;
import org.zwgk.portal.privacy.detect.NameDetector;
import org.zwgk.portal.privacy.detect.NonPersonal;
import org.zwgk.portal.privacy.detect.PlateDetector;
import org.zwgk.portal.privacy.detect.ResidentIdDetector;
import org.zwgk.portal.privacy.detect.TravelDocumentDetector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All detectors, in order of precedence: where two find overlapping stretches (an 18-digit ID
 * number also passes the Luhn check now and then), the earlier one wins. Stretches that are
 * {@link NonPersonal} (文号, 索引号, credit codes) are dropped.
 */
public final class Detectors {

    private static final List<Detector> ALL = List.of(new ResidentIdDetector(), new BankCardDetector(), new MobileDetector(),
            new LandlineDetector(), new EmailDetector(), new TravelDocumentDetector(), new PlateDetector(), new NameDetector());

    private Detectors() {
    }

    /** What the text holds, in order of position, without overlaps. */
    public static List<Finding> find(String text, DetectionContext context) {
        if (text == null || text.isEmpty() || !worthLooking(text)) {
            return List.of();
        }
        List<Finding> kept = new ArrayList<>();
        List<int[]> publicSpans = null;
        for (Detector d : ALL) {
            List<Finding> found = new ArrayList<>();
            d.find(text, context, found);
            for (Finding f : found) {
                if (kept.stream().anyMatch(k -> k.overlaps(f.start(), f.end()))) {
                    continue;
                }
                if (publicSpans == null) {
                    publicSpans = NonPersonal.spans(text);
                }
                if (publicSpans.stream().anyMatch(s -> f.overlaps(s[0], s[1]))) {
                    continue;
                }
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /** Nothing to find in a text without a digit, an @ or a field label: most sentences are skipped cheaply. */
    private static boolean worthLooking(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@' || c == '：' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** The value without separators and case, as decisions key it. */
    static String normalized(PiiType type, String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '@' || c == '.') {
                b.append(Character.toUpperCase(c));
            }
        }
        String s = b.toString();
        // +86 / 0086 before a mobile number is the same number
        if (type == PiiType.MOBILE && s.length() > 11) {
            s = s.substring(s.length() - 11);
        }
        return s;
    }
}
