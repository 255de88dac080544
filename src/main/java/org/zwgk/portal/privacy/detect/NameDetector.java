package org.zwgk.portal.privacy.detect;

import org.zwgk.portal.privacy.Finding;
import org.zwgk.portal.privacy.PiiType;

import java.util.List;

/**
 * Private persons' names where a text marks them as such: after a field label of a decision or a
 * form (当事人, 被处罚人, 申请人, 姓名, 举报人, 投诉人, 户主, 被执行人 …), written three ways:
 * <ul>
 * <li>with a colon: 当事人：张三，… (the name ends at punctuation or a space);</li>
 * <li>as a form's cells, separated by spaces or tabs (text extracted from a PDF or Word form):
 *     姓名 王五 性别 女;</li>
 * <li>in running text, only where the next words describe a person: 当事人李四，男，1975年出生 /
 *     申请人李四，身份证号码… / 当事人张三丰（身份证… (so 当事人陈述、申辩 or 申请人于2019年 are not names).</li>
 * </ul>
 * Without a label, a name is taken only where a line or sentence begins with it and the next words
 * say it is a person's particulars, the way 处罚决定书 and 判决书 introduce a party: 张伟，男，1975年出生 /
 * 李娜（女，汉族）/ 王强，公民身份号码… (not 王府井，女装, 周末，男女老少).
 * A letter's writer introducing themself (我叫王五，… / 我的名字是李娜。) is found too. A two-character
 * name spaced out to line up with three-character ones (当事人：张　三，/ 姓名 王 五 性别 女) is one name.
 * Several names listed with 、 after one label are each found (申请人：马红梅、刘建军). Not found: a
 * company or an office after the label (a word such as 公司, 局, 商贸, 超市 in the name, or 有限/公司
 * later in the same clause: 王府井（昆山）百货有限公司), a place (a name ending in 市, 县, 镇, 村, 港, 井 …:
 * 张家港, 王府井), a name already masked (张某, 李**), and the name of a legal representative, person
 * in charge, contact or agent (法定代表人, 负责人, 联系人, 代理人): a legal person's representative is
 * published in 双公示 records (docs/privacy.md). Reads the text once.
 */
public final class NameDetector implements Detector {

    /** Longer labels first, so 被申请人 is not read as 申请人. */
    private static final String[] LABELS = {"违法行为人", "被处罚人", "被申请人", "被执行人", "当事人", "申请人", "举报人", "投诉人", "信访人",
            "受害人", "来信人", "姓名", "户主", "患者", "死者"};
    /** The last characters of the labels: only there is a label looked for. */
    private static final String LABEL_ENDS = "人名主者";
    private static final String[] NOT_BEFORE = {"法定代表", "负责", "联系", "代理", "委托代理"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final String[] NOT_A_PERSON = {"公司", "局", "委", "厂", "店", "部", "中心", "社", "行", "院", "所", "站", "会",
            "办", "队", "处", "科", "校", "馆", "场", "集团", "政府", "单位", "组织", "本人", "不详", "某", "商贸", "实业", "贸易", "物流",
            "置业", "建设", "电子", "机械", "餐饮", "服饰", "物业", "百货", "超市", "药房", "酒店", "工作室", "合作", "广场"};
    /** A place, not a person: 张家港, 王府井, 周市镇, 陆家村. */
    private static final String PLACE_ENDS = "市县区镇乡村港街路井省州";
    /** Later in the same clause, these make the "name" the start of an organization's name. */
    private static final String[] ORGANIZATION_AFTER = {"有限", "公司", "集团", "合作社", "商行", "事务所", "百货", "超市"};
    /** In running text a name is taken only before words that describe a person. */
    private static final String[] PERSON_WORDS = {"男", "女", "性别", "身份证", "公民身份", "出生", "住", "年龄", "汉族", "民族", "现住", "户籍"};
    private static final String ENDS = "，,。；;、（(：:|";

    private enum Mark { COLON, FORM, RUNNING }

    /** A post, not a person, where a hiring notice lists 司机（男）, 文员（女，2名）, 管理员（男、女不限）. */
    private static final String JOB_ENDS = "员机师工岗手长士官警兵匠厨医";
    /** After 男 or 女, one of these must follow too: a person's particulars, not a post's requirement (安保，男，45岁以下). */
    private static final String[] SECOND_PARTICULAR = {"年", "出生", "族", "身份", "住"};
    /** After a bare name, only these say "a person's particulars follow"; 男 and 女 must stand alone. */
    private static final String[] PARTICULARS = {"男，", "男,", "男、", "男）", "男)", "女，", "女,", "女、", "女）", "女)",
            "性别", "身份证", "公民身份", "出生于"};

    @Override
    public void find(String text, DetectionContext context, List<Finding> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (LABEL_ENDS.indexOf(text.charAt(i)) < 0 || labelBefore(text, i + 1) == null) {
                continue;
            }
            int j = i + 1;
            while (j < n && isSpace(text.charAt(j))) {
                j++;
            }
            Mark mark;
            if (j < n && (text.charAt(j) == '：' || text.charAt(j) == ':')) {
                mark = Mark.COLON;
                j++;
                while (j < n && isSpace(text.charAt(j))) {
                    j++;
                }
            } else {
                mark = j > i + 1 ? Mark.FORM : Mark.RUNNING;
            }
            int start = j;
            int end = nameEnd(text, start);
            if (end < 0) {
                continue;
            }
            boolean ok = switch (mark) {
                case COLON, FORM -> true;
                // 当事人李四，男 … / 当事人张三丰（身份证 …
                case RUNNING -> end < n && "，,（(".indexOf(text.charAt(end)) >= 0 && Texts.startsWithAny(text, end + 1, PERSON_WORDS);
            };
            String name = text.substring(start, end);
            if (!ok || !isPersonName(name) || organizationFollows(text, end)) {
                continue;
            }
            out.add(new Finding(PiiType.NAME, start, end, name));
            // 申请人：马红梅、刘建军
            while (end < n && text.charAt(end) == '、') {
                int next = end + 1;
                int nextEnd = nameEnd(text, next);
                if (nextEnd < 0 || !isPersonName(text.substring(next, nextEnd)) || organizationFollows(text, nextEnd)) {
                    break;
                }
                out.add(new Finding(PiiType.NAME, next, nextEnd, text.substring(next, nextEnd)));
                end = nextEnd;
            }
            i = end - 1;
        }
        contactsOfPeople(text, out, context.citizenWritten());
        bareNames(text, out);
        selfIntroductions(text, out);
        relations(text, out);
        greetings(text, out);
        beforeMobiles(text, out);
    }

    /** The labels that mark a published representative or contact in an office's text (法定代表人, 联系人 …). */
    private static final String[] REPRESENTATIVE_LABELS = java.util.Arrays.stream(NOT_BEFORE).map(w -> w + "人").toArray(String[]::new);

    /**
     * In a citizen's text a 联系人 (负责人, 代理人 …) is a private person (联系人李四 13912345678 in a
     * comment: browser walk, the number was masked and the name published): the name after the label.
     * With a colon or a space between it is taken as after any other label; written straight after the
     * label, only two or three characters followed by a number or a person's particulars (联系人李四，
     * 电话… / 联系人张伟13912345678), and never a word of grammar or a common word (希望负责人高度重视,
     * 负责人明确表示, 联系人和电话, 请代理人于本周内). In an office's text (a reply) the contact it names is
     * published, unless a person's particulars follow the name (联系人：赵强，住址：… is the citizen's, not the
     * office's: security audit).
     */
    private static void contactsOfPeople(String text, List<Finding> out, boolean citizenWritten) {
        int n = text.length();
        for (String label : REPRESENTATIVE_LABELS) {
            for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
                int start = at + label.length();
                while (start < n && (isSpace(text.charAt(start)) || text.charAt(start) == '：' || text.charAt(start) == ':')) {
                    start++;
                }
                boolean marked = start > at + label.length();
                int end = nameEndBeforeNumber(text, start);
                if (end <= start || start + 1 >= n || NOT_FIRST.indexOf(text.charAt(start)) >= 0
                        || NOT_A_NAME.contains(text.substring(start, start + 2))) {
                    continue;
                }
                String name = text.substring(start, end);
                if (!citizenWritten && !particularsAfter(text, end)
                        || !marked && (name.length() > 3 || !particularsOrNumberAfter(text, end))) {
                    continue;
                }
                if (isPersonName(name) && !organizationFollows(text, end)) {
                    out.add(new Finding(PiiType.NAME, start, end, name));
                }
            }
        }
    }

    /** A number within a few characters after a name (，电话 139…, 13912345678), or a person's particulars (，男，…). */
    private static boolean particularsOrNumberAfter(String text, int end) {
        String after = Texts.after(text, end, 6);
        for (int i = 0; i < after.length(); i++) {
            if (Texts.isDigit(after.charAt(i))) {
                return true;
            }
        }
        return particularsAfter(text, end);
    }

    /** A person's particulars right after a name (，男，… / ，住址：… / （身份证…). */
    private static boolean particularsAfter(String text, int end) {
        return end < text.length() && "，,（( ".indexOf(text.charAt(end)) >= 0 && Texts.startsWithAny(text, end + 1, PERSON_WORDS);
    }

    /** {@link #nameEnd}, where a number may follow the name directly too (联系人李四13912345678). */
    private static int nameEndBeforeNumber(String text, int start) {
        int end = nameEnd(text, start);
        if (end >= 0) {
            return end;
        }
        int e = start;
        while (e < text.length() && e - start < 4 && isHan(text.charAt(e))) {
            e++;
        }
        return e - start >= 2 && e < text.length() && Texts.isDigit(text.charAt(e)) ? e : -1;
    }

    /** Before a name that stands before a mobile number: where it starts, or a word of grammar (关于, 给, 找). */
    private static final String BEFORE_NAMED_NUMBER = "于给找叫是和与及或的、，,。；;：:（( \n　";
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])");

    /**
     * A name right before a mobile number, without a label (关于张伟13812345678的问题 / 找李娜 139 1234 5678): a
     * person and their phone (security audit). Not after 联系人, 负责人 … (a published contact), and only where
     * the name starts a word: 张伟 in 关于张伟, not 系张伟 in 联系张伟.
     */
    private static void beforeMobiles(String text, List<Finding> out) {
        if (text.length() < 13) {
            return;
        }
        java.util.regex.Matcher m = MOBILE.matcher(text).useTransparentBounds(true);
        int n = text.length();
        for (int i = 0; i + 11 <= n; i++) {
            // the pattern only where a mobile can start: 1, then 3 to 9, no digit before
            char next = text.charAt(i + 1);
            if (text.charAt(i) != '1' || next < '3' || next > '9' || i > 0 && Texts.isDigit(text.charAt(i - 1))
                    || !m.region(i, Math.min(n, i + 15)).lookingAt()) {
                continue;
            }
            int end = i;
            int skipped = 0;
            while (end > 0 && skipped < 2 && "：: 　".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
                skipped++;
            }
            for (int length = 3; length >= 2; length--) {
                int start = end - length;
                if (start < 0) {
                    continue;
                }
                String name = text.substring(start, end);
                boolean han = name.chars().allMatch(c -> isHan((char) c));
                boolean startsWord = start == 0 || BEFORE_NAMED_NUMBER.indexOf(text.charAt(start - 1)) >= 0;
                if (han && startsWord && BEFORE_NAMED_NUMBER.indexOf(name.charAt(0)) < 0 && isPersonName(name)
                        && !NOT_A_NAME.contains(name.substring(0, 2)) && JOB_ENDS.indexOf(name.charAt(name.length() - 1)) < 0
                        && !representativeBefore(text, start)) {
                    addFound(text, start, end, out);
                    break;
                }
            }
        }
    }

    /**
     * Words for a private person by their relation to the writer or the place, before a name in running
     * text (我是…的住户李明华，/ 邻居王建国在院子里加盖 / 房东张丽): a letter names people this way, with no
     * label. Unlike a label, these words also stand before ordinary words (居民安全, 业主方面), so the name
     * must stand alone: a surname, one or two more characters, then punctuation or a word that goes on
     * about a person ({@link #AFTER_RELATION}); never one of {@link #NOT_A_NAME}.
     */
    private static final String[] RELATIONS = {"邻居", "住户", "租户", "房东", "业主", "村民", "居民", "市民", "员工", "工人", "家属",
            "妻子", "丈夫", "儿子", "父亲", "母亲", "老伴", "爱人", "同事", "朋友", "亲戚", "楼上", "楼下", "隔壁",
            "楼上邻居", "楼下邻居", "隔壁邻居", "对门邻居", "对门"};
    private static final String[] AFTER_RELATION = {"在", "家", "说", "称", "也", "却", "又", "还", "不", "已经", "一直", "私自", "擅自", "一家", "夫妇", "多次",
            "经常", "长期", "违建", "违章", "私搭", "乱搭", "搭建", "加盖", "占用", "侵占", "（", "(",
            // when and how it goes on (security audit: 邻居张伟华每天晚上装修 went public): a letter's next words
            "每天", "每晚", "每日", "天天", "晚上", "夜里", "夜间", "半夜", "深夜", "凌晨", "白天", "早上", "中午", "总是", "常常",
            "时常", "至今", "最近", "近期", "近日", "今年", "去年", "上周", "上月", "屡次", "多年", "把", "将", "对", "跟", "与",
            "给", "让", "养", "装修", "施工", "堆放", "停放", "饲养", "殴打", "威胁", "辱骂", "拒绝", "拒不", "强行", "故意",
            "无故", "恶意", "偷偷", "不顾"};
    /** Before a relation word, only these: the word starts there (我的邻居, 是住户, 一位房东), not inside another (企业主, 专业主管). */
    private static final String BEFORE_RELATION = "的我是位名户家个们其有，,。；;、：:！!？?（( \n　";
    /** Far more often a word of grammar than a surname after a relation word: 居民和游客, 业主应当, 村民向镇人民政府. */
    private static final String NOT_FIRST = "和于向应从对将把被与及并或在查申成管";
    private static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("方面", "安全", "全体", "关系", "管理", "陈述", "申辩",
            "于是", "常年", "和睦", "明确", "时间", "成员", "权益", "安置", "文明", "房屋", "车辆", "车位", "周边", "周围", "卫生",
            "包括", "全部", "满意", "代表", "孔雀", "高度", "宁静", "和谐", "平安", "康复", "齐心", "任何", "许多", "程序", "温度",
            "路面", "施工", "汤圆", "金额", "夏天", "冬天", "白天", "晚上", "华侨", "单位", "文化", "童工", "雷电", "万元",
            "金融", "信用", "车间", "宿舍", "食堂", "安装", "安排", "程度", "成本", "时期", "应急", "明天", "明年", "房租", "单元",
            "游客", "师傅", "方便");
    /** The end of a name-like group and where a name ends before it: see {@link #relations}. */
    private static final String RELATION_ENDS = "，,。；;、：:！!？?）)\n 　";

    /** The first characters of {@link #RELATIONS}: one pass over the text looks for them all. */
    private static final boolean[] RELATION_START = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String r : RELATIONS) {
            RELATION_START[r.charAt(0)] = true;
        }
    }

    private static void relations(String text, List<Finding> out) {
        int n = text.length();
        for (int at = 0; at + 2 < n; at++) {
            if (!RELATION_START[text.charAt(at)]) {
                continue;
            }
            for (String relation : RELATIONS) {
                if (!text.startsWith(relation, at)) {
                    continue;
                }
                int start = at + relation.length();
                if (labelBefore(text, start) != null || at > 0 && BEFORE_RELATION.indexOf(text.charAt(at - 1)) < 0
                        || start < text.length() && NOT_FIRST.indexOf(text.charAt(start)) >= 0) {
                    continue;
                }
                int end = standingName(text, start, AFTER_RELATION);
                if (end > 0) {
                    addFound(text, start, end, out);
                }
            }
        }
    }

    /**
     * A reply's greeting (李明华您好：/ 尊敬的王小明先生：/ 张女士，您好 / 答复：张三您好): the name at a line's
     * start, after 尊敬的 or after a reply's label, before a form of address.
     */
    private static final String[] ADDRESS_FORMS = {"您好", "你好", "先生", "女士", "同志", "老师", "阿姨", "大爷", "大妈"};
    /**
     * Labels a reply opens with, the greeting right after them on the same line (答复：张三您好，…): the
     * greeting starts the reply as much as one at a line's start (security audit: published unmasked).
     */
    private static final String[] REPLY_LABELS = {"答复：", "回复：", "答：", "答复:", "回复:", "答:"};

    private static void greetings(String text, List<Finding> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            if (before != '\n' && !(before == '的' && i >= 3 && text.startsWith("尊敬的", i - 3)) && !afterReplyLabel(text, i)) {
                continue;
            }
            int start = i;
            while (start < n && isSpace(text.charAt(start))) {
                start++;
            }
            // a form of address two or three characters on, before anything else is read (every line starts here)
            if (!Texts.startsWithAny(text, start + 2, ADDRESS_FORMS) && !Texts.startsWithAny(text, start + 3, ADDRESS_FORMS)) {
                continue;
            }
            int end = standingName(text, start, ADDRESS_FORMS);
            // 李明华您好： / 王小明先生， but not 殷勇同志作报告 (an official in a report)
            if (end > 0 && Texts.startsWithAny(text, end, ADDRESS_FORMS) && greetingEnds(text, end)) {
                addFound(text, start, end, out);
            }
        }
    }

    /** Whether one of {@link #REPLY_LABELS} ends right before {@code i}. */
    private static boolean afterReplyLabel(String text, int i) {
        char before = text.charAt(i - 1);
        if (before != '：' && before != ':') {
            return false;
        }
        for (String label : REPLY_LABELS) {
            if (i >= label.length() && text.startsWith(label, i - label.length())) {
                return true;
            }
        }
        return false;
    }

    /** After the name, its forms of address (先生您好) and then punctuation or the end. */
    private static boolean greetingEnds(String text, int from) {
        int i = from;
        boolean more = true;
        while (more) {
            more = false;
            for (String f : ADDRESS_FORMS) {
                if (text.startsWith(f, i)) {
                    i += f.length();
                    more = true;
                }
            }
        }
        return i >= text.length() || RELATION_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The end of a name of two or three Han characters from {@code start} that a surname begins and
     * punctuation, a space or one of {@code after} follows (three tried first: 王建国在, then 王建在); -1 if none.
     */
    private static int standingName(String text, int start, String[] after) {
        for (int length = 3; length >= 2; length--) {
            int end = start + length;
            if (end > text.length()) {
                continue;
            }
            boolean han = true;
            for (int k = start; k < end; k++) {
                han &= isHan(text.charAt(k));
            }
            if (!han) {
                continue;
            }
            String name = text.substring(start, end);
            boolean standing = end == text.length() || RELATION_ENDS.indexOf(text.charAt(end)) >= 0 || Texts.startsWithAny(text, end, after);
            if (standing && isPersonName(name) && !NOT_A_NAME.contains(name.substring(0, 2))
                    && JOB_ENDS.indexOf(name.charAt(name.length() - 1)) < 0 && !Texts.startsWithAny(text, end, ORGANIZATION_AFTER)) {
                return end;
            }
        }
        return -1;
    }

    private static void addFound(String text, int start, int end, List<Finding> out) {
        if (out.stream().noneMatch(f -> f.start() < end && start < f.end())) {
            out.add(new Finding(PiiType.NAME, start, end, text.substring(start, end)));
        }
    }

    /** A letter's writer naming themself: 我叫王五，… / 我的名字是李娜。 */
    private static final String[] SELF = {"我的名字叫", "我的名字是", "我的姓名是", "我的姓名叫", "本人姓名是", "本人名叫", "我名叫", "本人叫", "我叫"};
    /**
     * Shorter ways of the same (我是李四，/ 本人张伟，/ 落款：陈静), and a letter's signature after its
     * closing (此致 赵丽华 / 敬礼！↵赵丽华): a name of two or three characters standing alone, so that
     * 我是市民， or 本人常年在外， are not taken (no surname, or a clause, not a name).
     */
    private static final String[] SHORT_SELF = {"我是", "本人", "落款：", "落款:", "署名：", "署名:"};
    private static final String[] CLOSINGS = {"此致", "敬礼"};
    /** After 我是 / 本人, a person's role or origin, not a name: 我是申请人， / 我是江苏人， / 我是党员， . */
    private static final String NOT_SELF_ENDS = "人员生户主者方民家长工师的";
    private static final java.util.Set<String> NOT_SELF = java.util.Set.of("申请", "党员", "常年", "常住", "全体", "单位", "高龄",
            "包括", "明确", "同意", "承诺", "成员", "房东", "业主", "车主", "房主", "户主",
            "陈述", "申辩", "签字", "签名", "和配偶", "和家人", "家属", "自愿", "声明", "确认");

    private static void selfIntroductions(String text, List<Finding> out) {
        for (String intro : SELF) {
            for (int at = text.indexOf(intro); at >= 0; at = text.indexOf(intro, at + 1)) {
                addName(text, at + intro.length(), 4, out);
            }
        }
        for (String intro : SHORT_SELF) {
            for (int at = text.indexOf(intro); at >= 0; at = text.indexOf(intro, at + 1)) {
                int start = at + intro.length();
                int end = nameEnd(text, start);
                if (end > start && (NOT_SELF.contains(text.substring(start, end)) || NOT_SELF_ENDS.indexOf(text.charAt(end - 1)) >= 0)) {
                    continue;
                }
                addName(text, start, 3, out);
            }
        }
        for (String closing : CLOSINGS) {
            for (int at = text.indexOf(closing); at >= 0; at = text.indexOf(closing, at + 1)) {
                int start = at + closing.length();
                while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || "！!，,：:\u3000".indexOf(text.charAt(start)) >= 0)) {
                    start++;
                }
                addName(text, start, 3, out);
            }
        }
    }

    /** The name starting at {@code start}, if one of two to {@code longest} characters stands there alone. */
    private static void addName(String text, int start, int longest, List<Finding> out) {
        int end = nameEnd(text, start);
        if (end < 0 || end - start > longest || !isPersonName(text.substring(start, end))
                || out.stream().anyMatch(f -> f.start() <= start && start < f.end())) {
            return;
        }
        out.add(new Finding(PiiType.NAME, start, end, text.substring(start, end)));
    }

    /** 张伟，男，1975年出生 at the start of a line or sentence: see the class comment. */
    private static void bareNames(String text, List<Finding> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && "\n。；;".indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            int start = i;
            while (start < n && isSpace(text.charAt(start))) {
                start++;
            }
            int end = nameEnd(text, start);
            if (end < 0 || end - start > 4 || end >= n || "，,（(".indexOf(text.charAt(end)) < 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (!isPersonName(name) || JOB_ENDS.indexOf(name.charAt(name.length() - 1)) >= 0
                    || !Texts.startsWithAny(text, end + 1, PARTICULARS) || representativeBefore(text, i)) {
                continue;
            }
            String next = Texts.after(text, end + 1, 16);
            if ((next.startsWith("男") || next.startsWith("女")) && !Texts.containsAny(next.substring(1), SECOND_PARTICULAR)) {
                continue;
            }
            out.add(new Finding(PiiType.NAME, start, end, name));
        }
    }

    /**
     * A 法定代表人 / 负责人 / 联系人 label just before {@code lineStart} (a form's cell on the line before, or
     * 联系人：王科长 before a number): a published representative or contact, not a private person.
     */
    private static boolean representativeBefore(String text, int lineStart) {
        String before = text.substring(Math.max(0, lineStart - 10), lineStart).strip();
        for (String nb : NOT_BEFORE) {
            if (before.endsWith(nb + "人") || before.endsWith(nb + "人：") || before.endsWith(nb + "人:") || before.endsWith(nb)) {
                return true;
            }
        }
        return false;
    }

    /** The end of 2–5 Han characters (or ·) from {@code start} that end at punctuation, a space or the text's end; -1 otherwise. */
    private static int nameEnd(String text, int start) {
        int n = text.length();
        int end = start;
        while (end < n && end - start <= 5 && (isHan(text.charAt(end)) || text.charAt(end) == '·')) {
            end++;
        }
        // a two-character name spaced to line up with three-character ones in a list or a form: one full-width
        // space, or one or two ordinary or no-break spaces (张　三, 王 五, 张  三: Word's width of a character)
        if (end == start + 1) {
            int gap = alignmentGap(text, end);
            int second = end + gap;
            if (gap > 0 && second < n && isHan(text.charAt(second)) && (second + 1 == n || delimits(text.charAt(second + 1)))
                    && !NOT_A_NAME.contains(String.valueOf(text.charAt(start)) + text.charAt(second))) {
                return second + 1;
            }
        }
        boolean delimited = end == n || delimits(text.charAt(end));
        return delimited && end - start <= 5 && end > start ? end : -1;
    }

    /** The spaces that line a two-character name up with three-character ones at {@code at}: their count, 0 for none. */
    private static int alignmentGap(String text, int at) {
        int n = text.length();
        if (at < n && text.charAt(at) == '\u3000') {
            return 1;
        }
        int k = at;
        while (k < n && k - at < 3 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
            k++;
        }
        return k - at <= 2 ? k - at : 0;
    }

    private static boolean delimits(char c) {
        return ENDS.indexOf(c) >= 0 || Character.isWhitespace(c) || c == '\u3000';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    private static boolean organizationFollows(String text, int from) {
        int n = text.length();
        int to = from;
        while (to < n && to - from < 16 && "，,。；;\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String rest = text.substring(from, to);
        for (String w : ORGANIZATION_AFTER) {
            if (rest.contains(w)) {
                return true;
            }
        }
        return false;
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
    public static boolean isPersonName(String typed) {
        // 张　三 is 张三 spaced out
        String name = typed;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00A0') {
                name = typed.replace(" ", "").replace("\u3000", "").replace("\u00A0", "");
                break;
            }
        }
        if (name.length() < 2 || name.length() > 5 || SURNAMES.indexOf(name.charAt(0)) < 0 && !name.startsWith("欧阳")
                && !name.startsWith("司马") && !name.startsWith("诸葛") && !name.startsWith("上官")) {
            return false;
        }
        for (String w : NOT_A_PERSON) {
            if (name.contains(w)) {
                return false;
            }
        }
        return PLACE_ENDS.indexOf(name.charAt(name.length() - 1)) < 0;
    }
}
