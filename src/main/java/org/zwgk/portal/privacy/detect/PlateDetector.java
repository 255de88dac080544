package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Motor vehicle plates: the province's character, the office letter, then five (six for new energy) characters. */
public final class PlateDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])([A-HJ-NP-Z])[·•.\\s]?([A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]|[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5}[DF])(?![0-9A-Za-z])");

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    /** A province's character (the office letter after it is the pattern's to check). */
    private static final Candidates.Start START = (c, b) -> c >= '\u4e00' && PROVINCES.indexOf(c) >= 0;

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Candidates found = new Candidates(CANDIDATE, text, START);
        Matcher m = found.matcher();
        while (found.find()) {
            String tail = m.group(3);
            // a plate has digits: 苏E ABCDE is letters of something else
            if (tail.chars().filter(c -> c >= '0' && c <= '9').count() < 2) {
                continue;
            }
            out.add(new Finding(PiiType.PLATE, m.start(), m.end(), m.group()));
        }
    }
}
