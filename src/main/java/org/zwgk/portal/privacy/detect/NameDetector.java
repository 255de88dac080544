package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private persons' names where a text marks them as such: after a field label of a decision or a
 * form (当事人：, 被处罚人：, 申请人：, 姓名：, 举报人：, 投诉人：, 户主：, 被执行人：…). A company or an office
 * after the label, a name already masked (张某, 李**) and a legal representative's name (法定代表人,
 * public in 双公示) are not found.
 */
public final class NameDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!法定代表|负责|联系|代理|委托代理)(当事人|被处罚人|违法行为人|被申请人|申请人|被执行人|姓名|举报人|投诉人|信访人|受害人|户主|患者|死者|来信人)\\s*[:：]\\s*([\\u4e00-\\u9fa5·]{2,5})(?=[，,。；;、（(\\s：:|]|$)");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final String[] NOT_A_PERSON = {"公司", "局", "委", "厂", "店", "部", "中心", "社", "行", "院", "所", "站", "会",
            "办", "队", "处", "科", "校", "馆", "场", "集团", "政府", "单位", "组织", "本人", "不详", "某"};

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            if (isPersonName(name)) {
                out.add(new Finding(PiiType.NAME, m.start(2), m.end(2), name));
            }
        }
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
