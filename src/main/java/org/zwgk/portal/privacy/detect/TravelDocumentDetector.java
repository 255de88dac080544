package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passports (E12345678, EA1234567, G12345678; P/S/D numbers after the word 护照) and the permits of
 * Hong Kong, Macao and Taiwan: 往来港澳通行证 (C1234567X), 港澳居民来往内地通行证 (H/M and 8 or 10
 * digits), 台湾居民来往大陆通行证 (8 digits after its name or 台胞证).
 */
public final class TravelDocumentDetector implements Detector {

    private static final Pattern PASSPORT = Pattern.compile("(?<![0-9A-Za-z])(E\\d{8}|E[A-HJ-NP-Z]\\d{7}|G\\d{8})(?![0-9A-Za-z])");
    private static final Pattern PASSPORT_AFTER_WORD = Pattern.compile("(?<![0-9A-Za-z])([PSD]\\d{7,8}|[A-Z]{1,2}\\d{7,8})(?![0-9A-Za-z])");
    private static final Pattern PERMIT = Pattern.compile("(?<![0-9A-Za-z])([HM]\\d{8}(?:\\d{2})?|C[0-9A-HJ-NP-Z]\\d{7})(?![0-9A-Za-z])");
    private static final Pattern TAIWAN = Pattern.compile("(?<![0-9A-Za-z])(\\d{8})(?![0-9A-Za-z])");
    private static final String[] PASSPORT_WORDS = {"护照", "Passport", "passport"};
    private static final String[] TAIWAN_WORDS = {"台胞证", "台湾居民来往大陆通行证", "来往大陆通行证"};

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        int before = out.size();
        add(Candidates.ofRuns(PASSPORT, text, (c, b) -> (c == 'E' || c == 'G') && !Texts.isAsciiAlnum(b)), PiiType.PASSPORT, out);
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        out.subList(before, out.size()).forEach(f -> starts.add(f.start()));
        Candidates words = Candidates.ofRuns(PASSPORT_AFTER_WORD, text, (c, b) -> c >= 'A' && c <= 'Z' && !Texts.isAsciiAlnum(b));
        Matcher m = words.matcher();
        while (words.find()) {
            if (!starts.contains(m.start(1)) && Texts.containsAny(Texts.before(text, m.start(), 12), PASSPORT_WORDS)) {
                out.add(new Finding(PiiType.PASSPORT, m.start(1), m.end(1), m.group(1)));
            }
        }
        add(Candidates.ofRuns(PERMIT, text, (c, b) -> (c == 'H' || c == 'M' || c == 'C') && !Texts.isAsciiAlnum(b)), PiiType.PERMIT, out);
        Candidates eight = Candidates.ofRuns(TAIWAN, text, Candidates.DIGIT_RUN, n -> n == 8);
        Matcher t = eight.matcher();
        while (eight.find()) {
            if (Texts.containsAny(Texts.before(text, t.start(), 16), TAIWAN_WORDS)) {
                out.add(new Finding(PiiType.PERMIT, t.start(1), t.end(1), t.group(1)));
            }
        }
    }

    private static void add(Candidates found, PiiType type, List<Finding> out) {
        Matcher m = found.matcher();
        while (found.find()) {
            out.add(new Finding(type, m.start(1), m.end(1), m.group(1)));
        }
    }
}
