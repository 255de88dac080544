package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses; an office mailbox under gov.cn is not personal. Also the ways people write one so
 * that robots miss it, which a reader still reads as the address: wangxm (at) example.com,
 * wangxm[at]163.com, wangxm＃qq.com (请将#换成@), wangxm at example dot com ({@link #findWritten}).
 */
public final class EmailDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![A-Za-z0-9])");

    private static final Candidates.Start START = (c, b) -> Texts.isAsciiAlnum(c) && !(Texts.isAsciiAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-');

    private static final String OPEN = "[(\\[（【{<〔]", CLOSE = "[)\\]）】}>〕]";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?";
    /** A dot written out: example (dot) com, example[点]com, example dot com. */
    private static final String WRITTEN_DOT = "(?:\\s*" + OPEN + "\\s*(?i:dot|点)\\s*" + CLOSE + "\\s*|\\s+(?i:dot)\\s+)";
    /** A dot as a Chinese keyboard types it: 163。com (the 。 full stop, ． or ｡). */
    private static final String CJK_DOTS = "。．｡";
    private static final String CJK_DOT = "[" + CJK_DOTS + "]";
    private static final String DOT = "(?:[.]|" + CJK_DOT + "|" + WRITTEN_DOT + ")";
    private static final String TLD = "(?i:com|cn|net|org|edu|info|biz|cc|me|io|top|xyz|vip|hk|mo|tw)";
    /** The big mailbox providers: after a bare " at " only these (or a dot written out) make an address. */
    private static final String PROVIDER = "(?i:qq|163|126|139|189|yeah|foxmail|sina|sohu|aliyun|gmail|hotmail|outlook|live|yahoo|icloud)";
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<![A-Za-z0-9._%+/-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})"
                    + "(?:"
                    // (at) [at] 【at】 （艾特） # ＃ 艾特: the domain may be written plainly
                    + "(?:\\s*" + OPEN + "\\s*(?i:at|艾特)\\s*" + CLOSE + "\\s*|[#＃@＠]|\\s*艾特\\s*)"
                    + "(" + LABEL + "(?:" + DOT + LABEL + ")*" + DOT + TLD + ")"
                    // a bare " at ": a provider's domain, or one whose dots are written out too
                    + "|\\s+(?i:at)\\s+(" + PROVIDER + DOT + TLD + "|" + LABEL + "(?:" + DOT + LABEL + ")*" + WRITTEN_DOT + TLD + ")"
                    + ")(?![A-Za-z0-9])");

    /**
     * The addresses written without @ (see the class comment), anywhere in {@code text}: they hold no digit
     * or @ for the numbers' segments to start at. Not a 文号 or a page's anchor: the part after the
     * sign must end in a mail domain's ending, and a URL's fragment (/page#top.com) is not taken.
     */
    public static void findWritten(String text, List<Finding> out) {
        Matcher m = null;
        int n = text.length();
        int done = 0;
        for (int p = 0; p < n; p++) {
            if (p < done || !writtenSign(text, p)) {
                continue;
            }
            // only around a sign: prose without one costs a comparison per character
            if (m == null) {
                m = WRITTEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(Math.max(done, p - WINDOW_BEFORE), Math.min(n, p + WINDOW_AFTER));
            while (m.find() && m.start() <= p) {
                if (m.end() <= p) {
                    continue;
                }
                String domain = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT)
                        .replaceAll("\\s*[(\\[（【{<〔]\\s*(dot|点)\\s*[)\\]）】}>〕]\\s*|\\s+dot\\s+|" + CJK_DOT, ".");
                if (!(domain.endsWith(".gov.cn") || domain.equals("gov.cn"))) {
                    out.add(new Finding(PiiType.EMAIL, m.start(), m.end(), m.group()));
                }
                done = m.end();
                break;
            }
        }
    }

    private static final int DOMAIN_MAX = 64;

    /** Far enough for a mailbox's name with brackets and spaces before the sign, and its domain after. */
    private static final int WINDOW_BEFORE = 80, WINDOW_AFTER = 300;

    /** # or ＃ between letters or digits, 艾特's 特, or "at" standing as a word of its own. */
    private static boolean writtenSign(String text, int p) {
        char c = text.charAt(p);
        if (c == '#' || c == '＃') {
            // wangxm#163.com, not a Markdown heading (## 第一章) or a topic (#昆山发布#)
            return p > 0 && p + 1 < text.length() && Texts.isAsciiAlnum(text.charAt(p - 1)) && Texts.isAsciiAlnum(text.charAt(p + 1));
        }
        if (c == '@' || c == '＠') {
            // an address whose dot the Chinese keyboard typed (zhangsan@163。com): the plain ones are the other pattern's
            for (int i = p + 1; i < Math.min(text.length(), p + 1 + DOMAIN_MAX); i++) {
                char d = text.charAt(i);
                if (CJK_DOTS.indexOf(d) >= 0) {
                    return true;
                }
                if (!Texts.isAsciiAlnum(d) && d != '.' && d != '-') {
                    return false;
                }
            }
            return false;
        }
        if (c == '特') {
            return p > 0 && text.charAt(p - 1) == '艾';
        }
        return (c == 'a' || c == 'A') && p + 1 < text.length() && (text.charAt(p + 1) == 't' || text.charAt(p + 1) == 'T')
                && (p == 0 || !Texts.isAsciiLetter(text.charAt(p - 1)))
                && (p + 2 >= text.length() || !Texts.isAsciiLetter(text.charAt(p + 2)));
    }

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Candidates found = Candidates.ofRuns(CANDIDATE, text, START);
        Matcher m = found.matcher();
        while (found.find()) {
            String domain = m.group().substring(m.group().indexOf('@') + 1).toLowerCase(Locale.ROOT);
            // xxgk@ks.gov。cn: an office's, its last dot typed as 。 (anything else after a 。 is the next sentence:
            // wang@uni-bonn.de。Danke stays an address, review)
            boolean officeGoesOn = domain.endsWith(".gov") && text.startsWith("cn", m.end() + 1)
                    && CJK_DOTS.indexOf(text.charAt(m.end())) >= 0;
            if (officeGoesOn || domain.endsWith(".gov.cn") || domain.equals("gov.cn")) {
                continue;
            }
            out.add(new Finding(PiiType.EMAIL, m.start(), m.end(), m.group()));
        }
    }
}
