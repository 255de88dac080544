package org.zwgk.portal.privacy;

import org.zwgk.portal.privacy.detect.AddressDetector;
import org.zwgk.portal.privacy.detect.BankCardDetector;
import org.zwgk.portal.privacy.detect.DetectionContext;
import org.zwgk.portal.privacy.detect.Detector;
import org.zwgk.portal.privacy.detect.EmailDetector;
import org.zwgk.portal.privacy.detect.ImAccountDetector;
import org.zwgk.portal.privacy.detect.LandlineDetector;
import org.zwgk.portal.privacy.detect.LooseNumberDetector;
import org.zwgk.portal.privacy.detect.MobileDetector;
import org.zwgk.portal.privacy.detect.NameDetector;
import org.zwgk.portal.privacy.detect.NonPersonal;
import org.zwgk.portal.privacy.detect.PlateDetector;
import org.zwgk.portal.privacy.detect.Texts;
import org.zwgk.portal.privacy.detect.ResidentIdDetector;
import org.zwgk.portal.privacy.detect.TravelDocumentDetector;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * All detectors, in order of precedence: where two find overlapping stretches (an 18-digit ID
 * number also passes the Luhn check now and then), the earlier one wins. Stretches that are
 * {@link NonPersonal} (文号, 索引号, credit codes) are dropped. Names and home addresses come after the numbers.
 */
public final class Detectors {

    /** Detectors of numbers and codes: they look only at the stretches around digits and @ ({@link #segments}). */
    private static final List<Detector> NUMBERS = List.of(new ResidentIdDetector(), new BankCardDetector(), new MobileDetector(),
            new LandlineDetector(), new EmailDetector(), new TravelDocumentDetector(), new PlateDetector(), new LooseNumberDetector());
    private static final Detector NAMES = new NameDetector();
    private static final Detector ADDRESSES = new AddressDetector();
    /** QQ numbers and WeChat IDs: a WeChat ID may hold no digit, so the whole text is read (only where QQ or 微信 is). */
    private static final Detector IM_ACCOUNTS = new ImAccountDetector();
    /** Where the accounts', names' and addresses' findings go, after the numbers' (the earlier wins an overlap). */
    private static final int IM_ACCOUNTS_FOUND = NUMBERS.size(), NAMES_FOUND = NUMBERS.size() + 1, ADDRESSES_FOUND = NUMBERS.size() + 2;
    /** Where the e-mail detector's findings go (its place in {@link #NUMBERS}). */
    private static final int EMAIL_FOUND = java.util.stream.IntStream.range(0, NUMBERS.size())
            .filter(i -> NUMBERS.get(i) instanceof org.zwgk.portal.privacy.detect.EmailDetector).findFirst().orElseThrow();
    /** Context a detector reads before a number (卡号, 护照, 监督电话, a 文号's issuer), and after it (元). */
    private static final int BEFORE = 24, AFTER = 6;

    private Detectors() {
    }

    /**
     * What the text holds, in order of position, without overlaps: found in the text as a reader sees it
     * ({@link VisibleText}: without the tags, comments and invisible characters that would split a number),
     * at its places in the text as typed.
     */
    public static List<Finding> find(String typed, DetectionContext context) {
        if (typed == null || typed.isEmpty()) {
            return List.of();
        }
        VisibleText visible = VisibleText.of(typed);
        List<Finding> seen = visible.inTyped(findVisible(visible.text(), context));
        if (!visible.differs()) {
            return seen;
        }
        // what the page hides (a comment, a tel: link, an attribute) is still in the text the API serves and
        // the index reads: the typed text's own findings count too, where they do not overlap the seen ones
        List<Finding> typedFindings = findVisible(typed, context);
        if (typedFindings.isEmpty()) {
            return seen;
        }
        BitSet taken = new BitSet(typed.length());
        seen.forEach(f -> taken.set(f.start(), f.end()));
        List<Finding> all = new ArrayList<>(seen);
        for (Finding f : typedFindings) {
            if (!within(taken, f)) {
                taken.set(f.start(), f.end());
                all.add(f);
            }
        }
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }

    private static List<Finding> findVisible(String seen, DetectionContext context) {
        // full-width digits and letters (１３８…, a Chinese keyboard's full-width mode) are found as the
        // numbers they are: read as their ASCII forms, one character for one, so positions stay the same
        String text = readableForPatterns(seen);
        if (!worthLooking(text)) {
            return List.of();
        }
        // found[i]: what detector i found, over all segments, at positions in the whole text
        List<List<Finding>> found = new ArrayList<>();
        for (int i = 0; i <= ADDRESSES_FOUND; i++) {
            found.add(new ArrayList<>());
        }
        BitSet notPersonal = new BitSet(text.length());
        List<Finding> part = new ArrayList<>();
        for (int[] seg : segments(text)) {
            String piece = text.substring(seg[0], seg[1]);
            boolean any = false;
            int digits = 0, run = 0, longestRun = 0;
            boolean at = false;
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                if (c >= '0' && c <= '9') {
                    digits++;
                    longestRun = Math.max(longestRun, ++run);
                } else {
                    run = 0;
                    at |= c == '@';
                }
            }
            for (int i = 0; i < NUMBERS.size(); i++) {
                if (!worthTrying(i, digits, longestRun, at)) {
                    continue;
                }
                part.clear();
                NUMBERS.get(i).find(piece, context, part);
                for (Finding f : part) {
                    found.get(i).add(new Finding(f.type(), f.start() + seg[0], f.end() + seg[0], f.value()));
                    any = true;
                }
            }
            // the stretches that are not personal only ever drop findings of their own segment
            if (any) {
                for (int[] span : NonPersonal.spans(piece)) {
                    notPersonal.set(span[0] + seg[0], span[1] + seg[0]);
                }
            }
        }
        // an address written without @ has no digit or @ to start a segment at
        org.zwgk.portal.privacy.detect.EmailDetector.findWritten(text, found.get(EMAIL_FOUND));
        IM_ACCOUNTS.find(text, context, found.get(IM_ACCOUNTS_FOUND));
        NAMES.find(text, context, found.get(NAMES_FOUND));
        ADDRESSES.find(text, context, found.get(ADDRESSES_FOUND));
        List<Finding> kept = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (List<Finding> byDetector : found) {
            for (Finding f : byDetector) {
                if (within(taken, f) || within(notPersonal, f)) {
                    continue;
                }
                taken.set(f.start(), f.end());
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /**
     * The stretches worth a detector's time: each run of ASCII letters, digits and the characters of
     * numbers and addresses that holds a digit or an @, with {@link #BEFORE} characters of context
     * before and {@link #AFTER} after; overlapping stretches are merged. Plain prose is skipped.
     */
    static List<int[]> segments(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '@') {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && runChar(text.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < n && runChar(text.charAt(end))) {
                end++;
            }
            int from = Math.max(0, start - BEFORE);
            int to = Math.min(n, end + AFTER);
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
                out.get(out.size() - 1)[1] = to;
            } else {
                out.add(new int[]{from, to});
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * Whether detector {@code i} of {@link #NUMBERS} can find anything in a segment with these many
     * digits, this longest run of digits and an @ or not (what each pattern needs at least): an
     * ID number 15 digits in a row (or its birth date's 8 when split into its parts), a card 16 digits, a mobile 11, a landline 10 (area code and 7),
     * a passport or permit 7 in a row, an e-mail its @, a plate 2 digits, a number in loose groups a mobile's 11.
     */
    private static boolean worthTrying(int i, int digits, int longestRun, boolean at) {
        return switch (i) {
            case 0 -> longestRun >= 15 || longestRun >= 8 && digits >= 17;
            case 1 -> digits >= 16;
            case 2 -> digits >= 11;
            case 3 -> digits >= 10;
            case 4 -> at;
            case 5 -> longestRun >= 7;
            case 6 -> digits >= 2;
            default -> digits >= 11;
        };
    }

    private static boolean runChar(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '@' || c == '.' || c == '_' || c == '%'
                || c == '+' || c == '-' || c == '－';
    }

    private static boolean within(BitSet set, Finding f) {
        int next = set.nextSetBit(f.start());
        return next >= 0 && next < f.end();
    }

    /** Nothing to find in a text without a digit, an @, a colon or a label's last character: such sentences are skipped cheaply. */
    static String readableForPatterns(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = (char) (c - 0xFEE0);
            }
        }
        char[] read = out == null ? text.toCharArray() : out;
        // a full-width ＠ and a full-width dot inside an address (wang＠example．com) as the e-mail they are
        for (int i = 0; i < read.length; i++) {
            if (read[i] == '\uFF20' || read[i] == '\uFF0E' && i > 0 && i + 1 < read.length
                    && Texts.isAsciiAlnum(read[i - 1]) && Texts.isAsciiAlnum(read[i + 1])) {
                read[i] = read[i] == '\uFF20' ? '@' : '.';
                out = read;
            }
        }
        if (numeralsAsDigits(read)) {
            out = read;
        }
        // between two digits, any space (an ideographic or no-break one, a line break) reads as a space and any
        // dash as a hyphen (139　2222　7777, 139–1111–0012); dots do too where a number has two or more of them
        // between its groups (139.1111.0012), not a decimal point (12.5)
        for (int i = 1; i + 1 < read.length; i++) {
            char c = read[i];
            if (c < 0x80 && c != '\n' && c != '\r' && c != '\t' && c != '.' || !Texts.isDigit(read[i - 1]) || !Texts.isDigit(read[i + 1])) {
                continue;
            }
            char as = spaceLike(c) ? ' ' : dashLike(c) ? '-' : dotLike(c) && groupedByDots(text, i) ? '-' : 0;
            if (as != 0) {
                if (out == null) {
                    out = read;
                }
                out[i] = as;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Chinese numerals, ordinary and financial, as the digits they stand for in a number written out (一三八…, 壹叁捌…). */
    private static final String NUMERALS = "〇零一二三四五六七八九", FINANCIAL = "零壹贰叁肆伍陆柒捌玖";
    /** So many digits at least (a mobile number's) before a run of numerals is read as a number: 一二三 stays words. */
    private static final int NUMERAL_RUN = 11;

    /** The digit each character of the basic plane stands for as a numeral, or -1: asked of every character of a text. */
    private static final byte[] NUMERAL = new byte[0x10000];

    static {
        java.util.Arrays.fill(NUMERAL, (byte) -1);
        for (int i = 0; i < NUMERALS.length(); i++) {
            NUMERAL[NUMERALS.charAt(i)] = (byte) (i <= 1 ? 0 : i - 1);
        }
        for (int i = 1; i < FINANCIAL.length(); i++) {
            NUMERAL[FINANCIAL.charAt(i)] = (byte) i;
        }
    }

    private static int numeral(char c) {
        return NUMERAL[c];
    }

    /**
     * A run of at least {@link #NUMERAL_RUN} digits and Chinese numerals, with at most a space or a dash between
     * them (一三八一二三四五六七八, 一八六 一二三四 五六七八, 13８一二三四5678), read as digits, one character for one.
     * Whether anything was changed.
     */
    private static boolean numeralsAsDigits(char[] read) {
        boolean changed = false;
        int i = 0;
        while (i < read.length) {
            if (numeral(read[i]) < 0) {
                i++;
                continue;
            }
            // the run around this numeral: back to its first digit-like character, then forward
            int start = i;
            while (start > 0 && (digitLike(read[start - 1]) || start > 1 && gap(read[start - 1]) && digitLike(read[start - 2]))) {
                start--;
            }
            int end = i;
            while (end < read.length && (digitLike(read[end]) || gap(read[end]) && end + 1 < read.length && digitLike(read[end + 1]))) {
                end++;
            }
            if (digits(read, start, end) >= NUMERAL_RUN) {
                // numerals before or after digits that are a number's length by themselves are words
                // (张三13912345678, 周一13800138000): read as digits they would make the number too long to be found
                int first = start, last = end - 1;
                while (first < end && !Texts.isDigit(read[first])) {
                    first++;
                }
                while (last > first && !Texts.isDigit(read[last])) {
                    last--;
                }
                int from = start, to = end;
                if (first < end && digits(read, first, last + 1) >= NUMERAL_RUN) {
                    from = first;
                    to = last + 1;
                }
                for (int k = from; k < to; k++) {
                    int d = numeral(read[k]);
                    if (d >= 0) {
                        read[k] = (char) ('0' + d);
                        changed = true;
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return changed;
    }

    private static int digits(char[] read, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += digitLike(read[k]) ? 1 : 0;
        }
        return n;
    }

    private static boolean digitLike(char c) {
        return Texts.isDigit(c) || numeral(c) >= 0;
    }

    private static boolean gap(char c) {
        return c == ' ' || c == '-' || spaceLike(c) || dashLike(c);
    }

    private static boolean spaceLike(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F';
    }

    private static boolean dashLike(char c) {
        return c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\u2043' || c == '\u30FC';
    }

    private static boolean dotLike(char c) {
        return c == '.' || c == '\uFF0E' || c == '\u00B7' || c == '\u30FB' || c == '\u2027' || c == '\u2024';
    }

    /** Whether the run of digits and dots around {@code i} has at least two dots. */
    private static boolean groupedByDots(String t, int i) {
        int dots = 0;
        for (int j = i; j >= 0 && (Texts.isDigit(t.charAt(j)) || dotLike(t.charAt(j))); j--) {
            dots += dotLike(t.charAt(j)) ? 1 : 0;
        }
        for (int j = i + 1; j < t.length() && (Texts.isDigit(t.charAt(j)) || dotLike(t.charAt(j))); j++) {
            dots += dotLike(t.charAt(j)) ? 1 : 0;
        }
        return dots >= 2;
    }

    private static boolean worthLooking(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a digit or @ for the numbers; a colon or the last character of a field label (当事人, 姓名, 户主, 患者) for names,
            // or a person's particulars after a bare name (男, 女, 性别, 身份证, 出生于), or a writer naming themself (我叫,
            // 我是) or signing after the closing (此致, 敬礼)
            if ((c >= '0' && c <= '9') || c == '@' || c == '：' || c == ':' || c == '人' || c == '名' || c == '主' || c == '者'
                    || c == '男' || c == '女' || c == '别' || c == '份' || c == '生' || c == '叫' || c == '是' || c == '致' || c == '礼'
                    // an e-mail address written without @ (wangxm (at) example.com, wangxm#163.com)
                    || c == '#' || c == '＃' || c == '特' || c == 't' || c == 'T'
                    // a WeChat ID with no digit (微信号 zhangsan)
                    || c == '信'
                    // a person named by relation (邻居, 住户, 房东, 家属, 妻子, 父亲, 同事, 朋友 …) or greeted (您好, 女士, 同志)
                    || "居户东民工属子夫亲伴事友戚隔好士志".indexOf(c) >= 0) {
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
