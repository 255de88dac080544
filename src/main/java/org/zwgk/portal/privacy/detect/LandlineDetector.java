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
     * In an office's own text, the desk phone after its 联系人 (联系人：李明，电话：0512-57332000) is the office's line,
     * as the 联系人 is its staff (browser walk: a notice's contact number was masked, citizens could not call);
     * not when a party of a decision is named there (当事人 …), whose number is theirs.
     */
    static boolean officeContact(String before) {
        return Texts.containsAny(before, OFFICE_CONTACT) && !Texts.containsAny(before, PARTIES);
    }

    private static final int CONTACT_BEFORE = 20;
    /**
     * How an office's own text gives its line: its 联系人 and 联系电话, 联系方式, or asks the reader to call (请致电
     * 市财政局预算科…, 可拨打…); browser walk: a consultation's 联系电话 and a reply's 请致电 were published masked.
     */
    private static final String[] OFFICE_CONTACT = {"联系人", "联系电话", "联系方式", "致电", "拨打"};
    /** A party of a decision or the person addressed: their number is theirs, whoever wrote it down. */
    private static final String[] PARTIES = {"当事人", "申请人", "被申请人", "举报人", "投诉人", "住址", "住所", "身份证",
            "您", "你的", "本人", "家属", "家庭"};

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
                    || !context.citizenWritten() && officeContact(Texts.before(text, m.start(), CONTACT_BEFORE))) {
                continue;
            }
            out.add(new Finding(PiiType.LANDLINE, m.start(), m.end(), m.group()));
        }
    }
}
