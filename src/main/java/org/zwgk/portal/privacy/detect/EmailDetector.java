package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses; an office mailbox under gov.cn is not personal. */
public final class EmailDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![A-Za-z0-9])");

    private static final Candidates.Start START = (c, b) -> Texts.isAsciiAlnum(c) && !(Texts.isAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-');

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Candidates found = new Candidates(CANDIDATE, text, START);
        Matcher m = found.matcher();
        while (found.find()) {
            String domain = m.group().substring(m.group().indexOf('@') + 1).toLowerCase(Locale.ROOT);
            if (domain.endsWith(".gov.cn") || domain.equals("gov.cn")) {
                continue;
            }
            out.add(new Finding(PiiType.EMAIL, m.start(), m.end(), m.group()));
        }
    }
}
