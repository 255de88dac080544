package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-line numbers with their area code: 0512-57511007, (0512)5751 1007, 010-12345678-123. An
 * office's number is not personal: one listed in the content repository, or one given as a
 * hotline, fax, 咨询/监督/举报/投诉 number (the words just before it).
 */
public final class LandlineDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:[(（]\\s*)?(010|02\\d|0[3-9]\\d{2})(?:\\s*[)）]\\s*|[\\s\\-－]?)([2-9]\\d{2,3}[\\s\\-－]?\\d{4})(?:[\\-－转](\\d{1,5}))?(?![0-9A-Za-z])");
    private static final String[] OFFICE = {"咨询电话", "监督电话", "举报电话", "投诉电话", "传真", "热线", "服务电话", "值班电话",
            "办公电话", "受理电话", "查询电话", "办公室电话", "Fax", "FAX"};

    /**
     * In an office's own text, its own line: right after its 联系人 or 联系电话/联系方式 (联系人：李明，电话：0512-57332000),
     * when no party or person the text is about is named in the {@link #PARTY_BEFORE} characters before (a
     * decision's 当事人 block, 来信人, 您的 …); or where it asks the reader to call an office by name (请致电市住建局
     * 物业科0512-…, 可拨打区政务服务中心…). Browser walks: a notice's, a consultation's and a reply's own numbers were
     * published masked. Review: a party named further back, or one the list lacked, let their number out: both
     * looked for over the whole stretch before it now.
     */
    static boolean officeContact(String text, int start) {
        String near = Texts.before(text, start, LABEL_BEFORE);
        String far = Texts.before(text, start, PARTY_BEFORE);
        if (Texts.containsAny(far, PARTIES)) {
            return false;
        }
        if (Texts.containsAny(near, CONTACT_LABELS)) {
            return true;
        }
        // 致电/拨打 and an office's name between it and the number
        String call = Texts.before(text, start, CALL_BEFORE);
        int at = Math.max(call.lastIndexOf("致电"), call.lastIndexOf("拨打"));
        return at >= 0 && Texts.containsAny(call.substring(at), OFFICE_NAMES) && !Texts.containsAny(call.substring(at), ADDRESSEE);
    }

    private static final int LABEL_BEFORE = 12, CALL_BEFORE = 20, PARTY_BEFORE = 200;
    private static final String[] CONTACT_LABELS = {"联系人", "联系电话", "联系方式"};
    /** What an office's name ends in (市住建局物业科, 区政务服务中心, 街道办事处, 社区居委会). */
    private static final String[] OFFICE_NAMES = {"局", "办", "委", "中心", "科", "处", "所", "站", "队", "院", "馆", "会", "厅", "部门"};
    /** The person addressed, whose own number a reply may repeat. */
    private static final String[] ADDRESSEE = {"您的", "你的", "本人", "家"};
    /** A party of a decision, a writer, or the person addressed: their number is theirs, whoever wrote it down. */
    private static final String[] PARTIES = {"当事人", "被处罚人", "被申请人", "申请人", "举报人", "投诉人", "来信人", "反映人", "信访人",
            "经营者", "法定代表人", "个体工商户", "业主", "住址", "住所", "户籍", "身份证", "您的", "你的", "本人", "家属", "家庭"};

    /** An area code's 0 or an opening bracket, not after a letter or digit. */
    private static final Candidates.Start START = (c, b) -> (c == '0' || c == '(' || c == '（') && !Texts.isAsciiAlnum(b);

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Candidates found = new Candidates(CANDIDATE, text, START);
        Matcher m = found.matcher();
        while (found.find()) {
            String local = Texts.digits(m.group(2));
            if (local.length() < 7 || local.length() > 8) {
                continue;
            }
            String digits = m.group(1) + local;
            if (context.isPublicNumber(digits) || context.isPublicNumber(local)
                    || Texts.containsAny(Texts.before(text, m.start(), 14), OFFICE)
                    || !context.citizenWritten() && officeContact(text, m.start())) {
                continue;
            }
            out.add(new Finding(PiiType.LANDLINE, m.start(), m.end(), m.group()));
        }
    }
}
