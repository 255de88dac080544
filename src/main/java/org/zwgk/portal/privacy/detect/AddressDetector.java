package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house number of where a person lives (住所：昆山市玉山镇震川路235号 / 家住柏庐小区5幢302室): the
 * number and its units after a place's name, when the clause says it is somebody's home (住所, 住址, 家住,
 * and, beside a person's particulars, 联系地址 / 通讯地址) or names a flat (…室, …单元). The road, village or estate stays: the household is no longer
 * identifiable, the place still is. Offices' and companies' addresses are public: a clause that speaks
 * of an organization (公司, 中心, 局, 办公 …) without a person's particulars is left alone.
 */
public final class AddressDetector implements Detector {

    /** A number with its units, chained (5幢2单元302室, 3-201室, 12号楼). */
    private static final Pattern NUMBER = Pattern.compile(
            "[0-9]{1,5}(?:[-－][0-9]{1,5})*(?:号楼|号院|号|幢|栋|单元|室|弄|组)(?:[0-9]{1,5}(?:[-－][0-9]{1,5})*(?:号楼|号|幢|栋|单元|室|楼|层))*");
    /** Words that make the address someone's home. */
    private static final Pattern HOME = Pattern.compile("住所|住址|家住|住在|居住|现住|暂住|租住|户籍|家庭地址|我家|他家|她家|本人住");
    /** Words of a contact address: a person's only beside a person's particulars (an office's guide gives its own). */
    private static final Pattern CONTACT = Pattern.compile("联系地址|通讯地址|通信地址|送达地址|邮寄地址");
    /** An organization speaking of its own premises: public, not a person's home. */
    private static final Pattern ORGANIZATION = Pattern.compile(
            "公司|有限|统一社会信用代码|经营场所|营业|厂|机关|办公|政府|委员会|局|中心|大厅|窗口|办事处|学校|医院|银行|门店|店");
    /** A person's particulars in the same record: then its 住所 is a home even beside a company's name. */
    private static final Pattern PERSON = Pattern.compile("身份|性别|姓名|男，|女，|出生|申请人[：:\\t ]");
    /** Characters before a number that make it no address: 第3号, 〔2018〕12号, 2018年5号. */
    private static final String NOT_A_PLACE = "第年月日令〕】号字期届次批份个";
    /** How far back the clause is read for the words above. */
    private static final int BACK = 40;

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start == 0) {
                continue;
            }
            char before = text.charAt(start - 1);
            if (!isHan(before) || NOT_A_PLACE.indexOf(before) >= 0 || start >= 2 && text.charAt(start - 2) == '第') {
                continue;
            }
            String clause = clauseBefore(text, start);
            boolean flat = m.group().endsWith("室") || m.group().contains("单元");
            boolean home = HOME.matcher(clause).find()
                    || CONTACT.matcher(clause).find() && PERSON.matcher(text.substring(Math.max(0, start - 200), start)).find();
            if (!home && !flat) {
                continue;
            }
            if (ORGANIZATION.matcher(clause).find() && !PERSON.matcher(record(text, start)).find()) {
                continue;
            }
            out.add(new Finding(PiiType.ADDRESS, start, m.end(), m.group()));
        }
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

    /** The line (a record of a decision or a form) up to {@code at}, at most 200 characters back. */
    private static String record(String text, int at) {
        int from = Math.max(0, at - 200);
        int nl = text.lastIndexOf('\n', at - 1);
        return text.substring(Math.max(from, nl + 1), at);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
