package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;

/**
 * Private persons' names where a text marks them as such: after a field label of a decision or a
 * form (当事人：, 被处罚人：, 申请人：, 姓名：, 举报人：, 投诉人：, 户主：, 被执行人：…). A company or an office
 * after the label, a name already masked (张某, 李**) and a legal representative's name (法定代表人,
 * public in 双公示) are not found. Reads the text once, from each colon.
 */
public final class NameDetector implements Detector {

    /** Longer labels first, so 被申请人 is not read as 申请人. */
    private static final String[] LABELS = {"违法行为人", "被处罚人", "被申请人", "被执行人", "当事人", "申请人", "举报人", "投诉人", "信访人",
            "受害人", "来信人", "姓名", "户主", "患者", "死者"};
    private static final String[] NOT_BEFORE = {"法定代表", "负责", "联系", "代理", "委托代理"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final String[] NOT_A_PERSON = {"公司", "局", "委", "厂", "店", "部", "中心", "社", "行", "院", "所", "站", "会",
            "办", "队", "处", "科", "校", "馆", "场", "集团", "政府", "单位", "组织", "本人", "不详", "某"};
    private static final String ENDS = "，,。；;、（(：:|";

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '：' && c != ':') {
                continue;
            }
            int labelEnd = i;
            while (labelEnd > 0 && Character.isWhitespace(text.charAt(labelEnd - 1))) {
                labelEnd--;
            }
            String label = labelBefore(text, labelEnd);
            if (label == null) {
                continue;
            }
            int start = i + 1;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\u3000')) {
                start++;
            }
            int end = start;
            while (end < text.length() && end - start <= 5 && (isHan(text.charAt(end)) || text.charAt(end) == '·')) {
                end++;
            }
            boolean delimited = end == text.length() || ENDS.indexOf(text.charAt(end)) >= 0 || Character.isWhitespace(text.charAt(end));
            if (!delimited || end - start > 5) {
                continue;
            }
            String name = text.substring(start, end);
            if (isPersonName(name)) {
                out.add(new Finding(PiiType.NAME, start, end, name));
            }
        }
    }

    private static String labelBefore(String text, int end) {
        for (String l : LABELS) {
            int s = end - l.length();
            if (s >= 0 && text.startsWith(l, s)) {
                for (String nb : NOT_BEFORE) {
                    if (s - nb.length() >= 0 && text.startsWith(nb, s - nb.length())) {
                        return null;
                    }
                }
                return l;
            }
        }
        return null;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /** Whether a short string reads as a person's name: a common surname first, no organization word, not masked. */
    public static boolean isPersonName(String name) {
        if (name.length() < 2 || name.length() > 5 || SURNAMES.indexOf(name.charAt(0)) < 0 && !name.startsWith("欧阳")
                && !name.startsWith("司马") && !name.startsWith("诸葛") && !name.startsWith("上官")) {
            return false;
        }
        for (String w : NOT_A_PERSON) {
            if (name.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
