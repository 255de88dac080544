package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house number of where a person lives (住所：昆山市玉山镇震川路235号 / 家住柏庐小区5幢302室 / 我是震川路
 * 235号的住户): the number and its units after a place's name, when the clause says it is somebody's home
 * (住所, 住址, 家住, 我住, 住户, 业主 …, and beside a person's particulars 联系地址 / 通讯地址) or names a flat
 * in a residential building (…幢…室, …栋…, …单元…). The road, village or estate stays: the household is
 * no longer identifiable, the place still is. Offices' and companies' addresses are public: a clause that
 * speaks of an organization (公司, 中心, 局, 办公 …) without a person's particulars is left alone, and a
 * room alone (综合楼201室, 3楼302室) is an office's.
 */
public final class AddressDetector implements Detector {

    /**
     * A number with its units, chained (5幢2单元302室, 3-201室, 12号楼, 12组34号), and the flat's number
     * written without 室 after a building (5幢302).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[0-9]{1,5}(?:[-－][0-9]{1,5})*(?:号楼|号院|号|幢|栋|单元|室|弄|组)"
                    + "(?:[0-9]{1,5}(?:[-－][0-9]{1,5})*(?:号楼|号|幢|栋|单元|室|楼|层))*"
                    + "(?:(?<=幢|栋|单元|号楼)[0-9]{2,5}(?![0-9]))?");
    /** Building and flat without units (5-302), counted only where the clause says it is a home. */
    private static final Pattern BARE = Pattern.compile("(?<![0-9－-])[0-9]{1,3}[-－][0-9]{3,4}(?![0-9－-])");
    /** Words before the number that make the address someone's home. */
    private static final Pattern HOME = Pattern.compile(
            "住所|住址|家住|住在|我住|他住|她住|本人住|现住|暂住|居住在|居住于|现居住|租住在|租住于|户籍|家庭地址|我家|他家|她家|住户|业主"
                    // 住 opening a clause (张三，住玉山镇同丰路12号), not 住房, 住宅, 住建, 住院, 住宿; a closing bracket
                    // ends a clause too (王小明（身份证号…）住前进路1号: security audit, published unmasked)
                    + "|(?:^|[，,、：:\\s）)])住(?![房宅建院宿])");
    /** Words right after it that make it one (震川路235号的住户). */
    private static final Pattern HOME_AFTER = Pattern.compile("的?(?:住户|业主|居民|家)");
    /** Words of a contact address: a person's only beside a person's particulars (an office's guide gives its own). */
    private static final Pattern CONTACT = Pattern.compile("联系地址|通讯地址|通信地址|送达地址|邮寄地址");
    /** An organization speaking of its own premises: public, not a person's home. */
    private static final Pattern ORGANIZATION = Pattern.compile(
            "公司|有限|统一社会信用代码|经营场所|营业|厂|机关|办公|政府|委员会|局|中心|大厅|窗口|办事处|服务点|服务站|学校|医院|银行|门店|店");
    /** A person's particulars in the same clause: then its 住所 is a home even beside a company's name. */
    private static final Pattern PERSON = Pattern.compile("身份|性别|姓名|男，|女，|出生|(?<!被)申请人[：:\\t ]");
    /** Characters before a number that make it no address: 第3号, 〔2018〕12号, 2018年5号. */
    private static final String NOT_A_PLACE = "第年月日令〕】号字期届次批份个";
    /** How far back the clause is read for the words above; a person's particulars up to a form's line. */
    private static final int BACK = 40, PERSON_BACK = 200;

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; (at = nextMatch(m, text, at, false)) >= 0; at = m.end()) {
            int start = m.start();
            if (!afterAPlace(text, start)) {
                continue;
            }
            String number = m.group();
            String clause = clauseBefore(text, start);
            boolean flat = (number.contains("幢") || number.contains("栋") || number.contains("单元"))
                    && (number.endsWith("室") || Character.isDigit(number.charAt(number.length() - 1)));
            if ((flat || isHome(text, clause, start, m.end())) && !anOrganizations(clause)) {
                out.add(new Finding(PiiType.ADDRESS, start, m.end(), number));
            }
        }
        Matcher bare = BARE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; (at = nextMatch(bare, text, at, true)) >= 0; at = bare.end()) {
            String clause = clauseBefore(text, bare.start());
            if (afterAPlace(text, bare.start()) && isHome(text, clause, bare.start(), bare.end()) && !anOrganizations(clause)) {
                out.add(new Finding(PiiType.ADDRESS, bare.start(), bare.end(), bare.group()));
            }
        }
    }

    /**
     * The next match of {@code m} from {@code from}, as {@link Matcher#find(int)} would give it: tried only in
     * a run of digits and dashes that can start one (a regex's find tries every position of the text, and
     * 1 MB of prose cost 20 ms; every digit of the dense text's ID numbers, 50 ms). {@link #NUMBER} needs its
     * digits followed by a unit, so only a run ending in a digit before 号, 幢, 栋, 单, 室, 弄 or 组 can hold one;
     * {@link #BARE} starts where a run does. Where the match starts, or -1.
     */
    private static int nextMatch(Matcher m, String text, int from, boolean bare) {
        int n = text.length();
        int i = from;
        while (i < n) {
            if (!runChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && runChar(text.charAt(end))) {
                end++;
            }
            boolean possible = bare ? i == 0 || !runChar(text.charAt(i - 1))
                    : end < n && Character.isDigit(text.charAt(end - 1)) && UNITS.indexOf(text.charAt(end)) >= 0;
            for (int k = i; possible && k < (bare ? i + 1 : end); k++) {
                if (text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                    m.region(k, n);
                    if (m.lookingAt()) {
                        return k;
                    }
                }
            }
            i = end;
        }
        return -1;
    }

    /** What a number's first group ends with ({@link #NUMBER}'s units, their first character). */
    private static final String UNITS = "号幢栋单室弄组";

    private static boolean runChar(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '－';
    }

    /** A place's name ends right before it (spaces between, as text from a PDF has them); not 第, a year, a 文号's 〕. */
    private static boolean afterAPlace(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char before = text.charAt(i);
        return isHan(before) && NOT_A_PLACE.indexOf(before) < 0;
    }

    private static boolean isHome(String text, String clause, int start, int end) {
        if (HOME.matcher(clause).find()) {
            return true;
        }
        // …235号的住户 is one home, and so is 我是…12幢的业主 (the writer's building); 12组居民 or a
        // building's 业主代表 in an office's report are everyone living there
        char last = text.charAt(end - 1);
        boolean door = last == '号' || last == '室' || Character.isDigit(last);
        boolean ownBuilding = (last == '幢' || last == '栋' || last == '元') && (clause.contains("我") || clause.contains("本人"));
        if ((door || ownBuilding)
                && HOME_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).lookingAt()) {
            return true;
        }
        return CONTACT.matcher(clause).find() && PERSON.matcher(text.substring(Math.max(0, start - PERSON_BACK), start)).find();
    }

    private static boolean anOrganizations(String clause) {
        return ORGANIZATION.matcher(clause).find() && !PERSON.matcher(clause).find();
    }

    /** Up to {@link #BACK} characters before {@code at}, from the start of its sentence or line. */
    private static String clauseBefore(String text, int at) {
        int from = Math.max(0, at - BACK);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == '\n' || c == '！' || c == '？') {
                return text.substring(i + 1, at);
            }
        }
        return text.substring(from, at);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
