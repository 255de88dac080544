package org.zwgk.portal.privacy;

import org.junit.jupiter.api.Test;
import org.zwgk.portal.privacy.detect.BankCardDetector;
import org.zwgk.portal.privacy.detect.NonPersonal;
import org.zwgk.portal.privacy.detect.ResidentIdDetector;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each detector with numbers it must find and look-alikes it must leave (no Quarkus: plain rules). */
class DetectorsTest {

    static final Deidentifier gate = new Deidentifier(MaskingRules.defaults(), () -> List.of("0512-57511007（示例）", "12345（政务服务便民热线）"));

    static List<PiiType> types(String text) {
        return gate.find(text).stream().map(Finding::type).toList();
    }

    @Test
    void residentIdWithCheckDigitBirthDateAndRegion() {
        assertThat(ResidentIdDetector.valid18("320583198001011238")).isTrue();
        assertThat(ResidentIdDetector.valid18("11010519491231002X")).isTrue();
        assertThat(ResidentIdDetector.valid18("11010519491231002x")).isTrue();
        assertThat(ResidentIdDetector.valid18("440304200002291017")).as("29 February 2000 exists").isTrue();
        assertThat(ResidentIdDetector.valid18("320583198001011237")).as("wrong check digit").isFalse();
        assertThat(ResidentIdDetector.valid18("320583198002301234")).as("30 February").isFalse();
        assertThat(ResidentIdDetector.valid18("320583180001011234")).as("born 1800").isFalse();
        assertThat(ResidentIdDetector.valid18("990583198001011238")).as("no province 99").isFalse();
        assertThat(types("当事人王某，身份证号码320583198001011238，住昆山市玉山镇。")).containsExactly(PiiType.RESIDENT_ID);
        assertThat(types("身份证号11010519491231002X。")).containsExactly(PiiType.RESIDENT_ID);
        assertThat(types("编号320583198001011237。")).isEmpty();
        // browser walk: a citizen's mistyped ID after 身份证 went public whole
        assertThat(gate.mask("我的身份证320583199001011234，请核实。")).isEqualTo("我的身份证320583********1234，请核实。");
        assertThat(types("证件号码：320583199002301234")).as("no 30 February, label or not").isEmpty();
        assertThat(types("编号320583199913321230。")).isEmpty();
    }

    @Test
    void residentIdSplitIntoItsThreePartsAsFormsPrintIt() {
        assertThat(gate.mask("身份证号：110105 19491231 002X。")).isEqualTo("身份证号：110105********002X。");
        assertThat(gate.mask("身份证号：320583-19800101-1238")).isEqualTo("身份证号：320583********1238");
        assertThat(gate.mask("公民身份号码 320583　19800101　1238 住址")).isEqualTo("公民身份号码 320583********1238 住址");
        // as PDF and Word text gives it: no-break spaces, two spaces, a tab, an en dash
        for (String typed : List.of("320583\u00A019800101\u00A01238", "320583  19800101  1238", "320583\t19800101\t1238",
                "320583–19800101–1238", "320583 19800101-1238")) {
            assertThat(types("证件号码：" + typed)).as(typed).containsExactly(PiiType.RESIDENT_ID);
        }
        // the joined number must pass every check, and a split one needs a label before it
        assertThat(gate.mask("身份证号：320583 19800101 1237。")).as("labelled, failing only its check character")
                .isEqualTo("身份证号：320583********1237。");
        assertThat(types("统计：320583 19800101 1237。")).as("unlabelled").isEmpty();
        assertThat(types("区划 320583 19800101 1238 户")).as("a table row of a code, a date and a count").isEmpty();
        // security audit: after a label, any grouping is the number (it went public whole)
        assertThat(types("身份证号：3205 8319 8001 0112 38")).as("4-4-4-4-2 after a label").containsExactly(PiiType.RESIDENT_ID);
    }

    @Test
    void numbersInLooseGroupsAfterAWordThatNamesThem() {
        // security audit: each of these was published whole on a letter's page, in the API and in the index
        for (String typed : List.of("电话:138 12 34 56 78", "手机 1 38 1234 5678", "电话1 3 8 1 2 3 4 5 6 7 8", "联系我138，1234，5678",
                "我的手机号138、1234、5678", "138 - 1234 - 5678", "(138) 1234-5678", "1381 234 5678")) {
            assertThat(types(typed)).as(typed).containsExactly(PiiType.MOBILE);
        }
        for (String typed : List.of("身份证3205831990 0101 1234", "身份证 320583 1990 0101 1234", "身份证320583/19900101/1234",
                "身份证号320583，19900101，1234", "身份证号码：32058319900101123x")) {
            assertThat(types(typed)).as(typed).containsExactly(PiiType.RESIDENT_ID);
        }
        assertThat(gate.mask("电话:138 12 34 56 78。")).doesNotContain("56 78").doesNotContain("12 34");
        // security audit: without a word naming them, these went out whole on a published letter's page
        for (String typed : List.of("第二种3205 8319 9003 1543 17；", "第三种320583.19900315.4317；", "第四种 320583/19900315/4317；", "320583-19900315-4317")) {
            assertThat(types(typed)).as(typed).containsExactly(PiiType.RESIDENT_ID);
        }
        assertThat(types("或 1 3 9 1 2 3 4 5 6 7 8。")).as("a mobile spelled digit by digit").containsExactly(PiiType.MOBILE);
        // review: a count never ends in X, so a spaced number ending in its check character X is an ID, not a row
        assertThat(types("我是 320583 19900315 005X 的持有人")).containsExactly(PiiType.RESIDENT_ID);
        assertThat(gate.mask("第三种320583.19900315.4317；")).doesNotContain("19900315");
        // lists and table rows have the shape: without a word that names a phone or an ID they stay
        for (String typed : List.of("投资150、2000、3000万元", "分别为150，2000，3000", "2018年 15 20 30 45 12 8 个",
                "区划 3205 8319 9001 0112 34 户", "第1、3、8条",
                // a division code, a date and a count in a table row pass an ID's check one time in eleven
                "320583 19900315 4317", "320583\t19900315\t4317",
                // review: rows written with commas or 、, or with the date in its parts, are rows too (these pass the check)
                "320583,20190315,3002", "320583、20190315、3002", "320583、2019-03-15、3002")) {
            assertThat(types(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void numbersWrittenInChineseNumeralsOrDressedDigits() {
        for (String typed : List.of("一三八一二三四五六七八", "一八六 一二三四 五六七八", "壹叁捌壹贰叁肆伍陆柒捌", "138〇〇〇〇1234",
                "13８一二三四5678", "①③⑧①②③④⑤⑥⑦⑧", "¹³⁸¹²³⁴⁵⁶⁷⁸", "➊➌➑➊➋➌➍➎➏➐➑")) {
            assertThat(types("我的电话" + typed)).as(typed).containsExactly(PiiType.MOBILE);
        }
        assertThat(gate.mask("电话一三八一二三四五六七八。")).doesNotContain("四五六七");
        // a name or a weekday ending in a numeral right before a number's digits is a word (browser walk:
        // 我是张三13912345678 was published whole, read as a twelve-digit run)
        for (String typed : List.of("我是张三13912345678", "王五13800138000", "周一13800138000", "电话是三13800138000",
                "13912345678三号楼")) {
            assertThat(gate.mask(typed)).as(typed).doesNotContain("12345678").doesNotContain("00138000")
                    .doesNotContain("13912345678").doesNotContain("13800138000");
        }
        assertThat(gate.mask("请问2027年重点是什么？我是张三13912345678")).doesNotContain("张三");
        assertThat(gate.mask("身份证三320583199001011234")).doesNotContain("199001011234");
        // numerals in prose are words, and ① to ⑤ number a list
        assertThat(types("一二三四五六七个阶段，①②③④⑤项，面积120m²。")).isEmpty();
    }

    @Test
    void fullWidthEmailAndTheWriterNamingThemself() {
        assertThat(types("邮箱wangxm＠example．com")).containsExactly(PiiType.EMAIL);
        assertThat(types("我的姓名是欧阳娜娜，住在花桥。")).containsExactly(PiiType.NAME);
    }

    @Test
    void oldFifteenDigitIds() {
        assertThat(ResidentIdDetector.valid15("320583800101123")).isTrue();
        assertThat(ResidentIdDetector.valid15("320583801301123")).as("13th month").isFalse();
        assertThat(types("原身份证号320583800101123。")).containsExactly(PiiType.RESIDENT_ID_15);
        assertThat(gate.mask("原身份证号320583800101123。")).isEqualTo("原身份证号320583******123。");
    }

    @Test
    void mobilesWithCountryCodeSpacesAndDashes() {
        assertThat(types("联系电话13812345678")).containsExactly(PiiType.MOBILE);
        assertThat(types("手机：+86 138 1234 5678")).containsExactly(PiiType.MOBILE);
        assertThat(types("手机：138-1234-5678；")).containsExactly(PiiType.MOBILE);
        assertThat(types("手机：0086-13812345678")).containsExactly(PiiType.MOBILE);
        assertThat(gate.mask("手机：+86 138 1234 5678。")).isEqualTo("手机：138****5678。");
        assertThat(types("手机：138——1234——5678")).containsExactly(PiiType.MOBILE);
        assertThat(types("电话138—1234—5678")).containsExactly(PiiType.MOBILE);
        assertThat(types("罚款13500000000元")).as("an amount").isEmpty();
        assertThat(types("编号113812345678")).as("12 digits").isEmpty();
        assertThat(types("请拨打12345政务服务便民热线")).isEmpty();
    }

    @Test
    void landlinesButNotOfficeNumbers() {
        assertThat(types("家庭电话0512-57654321")).containsExactly(PiiType.LANDLINE);
        assertThat(types("住宅电话（0512）5765 4321")).containsExactly(PiiType.LANDLINE);
        assertThat(types("联系电话：0512-57511007")).as("listed in content/organizations.yaml").isEmpty();
        assertThat(types("监督电话：0512-57320000")).as("a hotline by its label").isEmpty();
        assertThat(types("时间为2018-01-01")).isEmpty();
    }

    @Test
    void bankCardsByLuhnOrByName() {
        assertThat(BankCardDetector.luhn("6222021100001234563")).isTrue();
        assertThat(BankCardDetector.luhn("6222021100001234564")).isFalse();
        assertThat(types("收款账号6222021100001234563")).containsExactly(PiiType.BANK_CARD);
        assertThat(types("卡号 6217 0012 3456 7890 122")).containsExactly(PiiType.BANK_CARD);
        assertThat(types("编号6222021100001234564")).as("Luhn fails, and nothing says it is a card").isEmpty();
        // named as a card or an account, it is one whatever Luhn says: mistyped cards, passbooks and company
        // accounts fail it (security review: 银行卡6222021234567890123 was published whole)
        assertThat(types("卡号6222021100001234564")).containsExactly(PiiType.BANK_CARD);
        assertThat(gate.mask("我的银行卡6222021234567890123被盗刷")).isEqualTo("我的银行卡6222***********0123被盗刷");
        assertThat(types("银行账号 320583000123456789012")).as("21 digits").containsExactly(PiiType.BANK_CARD);
        assertThat(types("账户 12345678901")).as("11 digits are no account").doesNotContain(PiiType.BANK_CARD);
        // an account a notice publishes for fees or donations is the organization's
        assertThat(types("缴款账号：10528101040012345")).doesNotContain(PiiType.BANK_CARD);
        assertThat(types("财政专户账号 3205011000001234567")).doesNotContain(PiiType.BANK_CARD);
        assertThat(gate.mask("账号6222021100001234563。")).isEqualTo("账号6222***********4563。");
        assertThat(types("合计6222021100001234563元")).as("an amount").isEmpty();
    }

    @Test
    void emailsButNotOfficeMailboxes() {
        assertThat(types("邮箱：zhangsan@163.com")).containsExactly(PiiType.EMAIL);
        assertThat(gate.mask("邮箱：zhangsan@163.com")).isEqualTo("邮箱：z***@163.com");
        assertThat(types("来信请寄 xxgk@ks.gov.cn")).isEmpty();
    }

    @Test
    void emailsWrittenWithoutTheAtSign() {
        for (String written : List.of("wangxm (at) example.com", "wangxm[at]example.com", "wangxm【AT】example.com.cn",
                "wangxm（艾特）163.com", "wangxm#163.com", "wangxm＃qq.com", "wang.xm at gmail.com", "wangxm at example dot com",
                "wangxm (at) example (dot) com", "wangxm 艾特 sina.cn")) {
            assertThat(types("联系我：" + written + "，谢谢")).as(written).containsExactly(PiiType.EMAIL);
            assertThat(gate.mask("联系我：" + written + "，谢谢")).as(written).doesNotContain("wangxm", "wang.xm").startsWith("联系我：w***");
        }
        // an office mailbox, a page's anchor, an English sentence with "at", a 文号 and a hashtag stay
        assertThat(types("来信请寄 xxgk (at) ks.gov.cn 或 xxgk#ks.gov.cn")).isEmpty();
        assertThat(types("见 https://www.ks.gov.cn/zwgk/index.html#top.com 一节")).isEmpty();
        assertThat(types("Meet us at the gate at 9, see kunshan.com for details.")).isEmpty();
        assertThat(types("昆政发〔2018〕12号，话题#昆山发布#，C#编程")).isEmpty();
    }

    @Test
    void passportsPermitsAndPlates() {
        assertThat(types("护照号码E12345678")).containsExactly(PiiType.PASSPORT);
        assertThat(types("护照号P1234567")).containsExactly(PiiType.PASSPORT);
        assertThat(types("港澳通行证C12345678")).containsExactly(PiiType.PERMIT);
        assertThat(types("往来港澳通行证CA1234567")).containsExactly(PiiType.PERMIT);
        assertThat(types("回乡证H12345678")).containsExactly(PiiType.PERMIT);
        assertThat(types("台胞证号码12345678")).containsExactly(PiiType.PERMIT);
        assertThat(types("编号12345678")).isEmpty();
        assertThat(types("车牌号苏E12345的小型轿车")).containsExactly(PiiType.PLATE);
        assertThat(types("号牌苏EAB123")).containsExactly(PiiType.PLATE);
        assertThat(types("苏E·D12345")).containsExactly(PiiType.PLATE);
        assertThat(gate.mask("车牌号苏E12345。")).isEqualTo("车牌号苏E*****。");
    }

    /** Security review: a citizen's QQ number and WeChat ID were published whole in a letter's text. */
    @Test
    void qqNumbersAndWeChatIdsWhereAWordNamesThemButNotOfficialAccountsOrGroups() {
        assertThat(gate.mask("我的QQ：12345678，请联系我。")).isEqualTo("我的QQ：1******8，请联系我。");
        assertThat(gate.mask("qq号 987654321")).isEqualTo("qq号 9*******1");
        assertThat(gate.mask("QQ 10001")).as("five digits: one kept at each end").isEqualTo("QQ 1***1");
        assertThat(types("ＱＱ号码为２７１８２８１８")).containsExactly(PiiType.IM_ACCOUNT);
        // as written: upper case and no _ would be another account
        assertThat(gate.mask("微信号：zhang_san88，谢谢。")).isEqualTo("微信号：z*********8，谢谢。");
        assertThat(gate.mask("加我微信：wxid_abc123")).isEqualTo("加我微信：w*********3");
        assertThat(types("我的微信号zhangsan")).containsExactly(PiiType.IM_ACCOUNT);
        // review of the first version: a full stop ending the sentence, a space before 号码, an official-sounding
        // word earlier in the sentence
        assertThat(types("我的QQ：12345678.")).containsExactly(PiiType.IM_ACCOUNT);
        assertThat(types("微信号：zhangsan88.")).containsExactly(PiiType.IM_ACCOUNT);
        assertThat(types("QQ 号码为 12345678")).containsExactly(PiiType.IM_ACCOUNT);
        assertThat(types("我是附近群众，我的QQ：12345678")).containsExactly(PiiType.IM_ACCOUNT);
        assertThat(types("投诉物业服务，我的微信：abc123x")).containsExactly(PiiType.IM_ACCOUNT);
        // a mobile number given as a WeChat account is a mobile number
        assertThat(types("微信：13912345678")).containsExactly(PiiType.MOBILE);
        // published on purpose: groups, official and consultation accounts; the e-mail at qq.com is an e-mail
        assertThat(types("政务公开QQ群：123456789")).isEmpty();
        assertThat(types("关注“昆山发布”微信公众号：ksfb2018")).isEmpty();
        assertThat(types("官方微信号：kunshanfabu")).isEmpty();
        assertThat(types("咨询QQ：800012345")).isEmpty();
        assertThat(types("联系邮箱12345678@qq.com")).containsExactly(PiiType.EMAIL);
        assertThat(types("QQ音乐、微信支付和支付宝均可缴费。")).isEmpty();
    }

    /** Browser walk: 联系人李四 13912345678 in a citizen's comment published the name. */
    @Test
    void aContactNamedInACitizensTextIsAPrivatePersonButAnOfficesContactIsPublished() {
        assertThat(gate.maskCitizenText("请尽快处理。联系人李四 13912345678")).isEqualTo("请尽快处理。联系人李* 139****5678");
        assertThat(gate.maskCitizenText("联系人：王建国，电话13912345678。")).startsWith("联系人：王**，");
        assertThat(gate.maskCitizenText("联系人张伟13912345678")).isEqualTo("联系人张*139****5678");
        assertThat(gate.maskCitizenText("我公司负责人：刘强。")).isEqualTo("我公司负责人：刘*。");
        assertThat(gate.maskCitizenText("联系人电话13912345678")).isEqualTo("联系人电话139****5678");
        // review of the first version: ordinary words after the label are no names
        for (String plain : new String[]{"希望负责人高度重视，尽快处理。", "负责人明确表示，下周答复。", "联系人和电话如下：",
                "请代理人于本周内答复。", "请负责人尽快处理噪音问题。", "联系人员已经到场。"}) {
            assertThat(gate.maskCitizenText(plain)).as(plain).isEqualTo(plain);
        }
        // an office's notice publishes its contact, their desk phone too (browser walk: 0512******00 on a notice)
        assertThat(gate.mask("联系人：王建国，联系电话：0512-57511007（示例）。")).contains("王建国");
        assertThat(gate.mask("联系人：李明，电话：0512-57332000。")).isEqualTo("联系人：李明，电话：0512-57332000。");
        assertThat(gate.maskCitizenText("联系人：李明，电话：0512-57332000。")).doesNotContain("57332000");
        assertThat(gate.mask("当事人：李明，联系人同上，电话：0512-57332000。")).doesNotContain("57332000");
        // a consultation's 联系电话 and a reply asking to call the office (browser walk: both published masked)
        assertThat(gate.mask("意见可反馈至市财政局，联系电话：0512-57000000。")).contains("0512-57000000");
        assertThat(gate.mask("如有疑问，请致电市财政局预算科0512-57000000。")).contains("0512-57000000");
        assertThat(gate.mask("我们已记录您的联系电话0512-57000000。")).doesNotContain("57000000");
        assertThat(gate.maskCitizenText("我的联系电话：0512-57000000")).doesNotContain("57000000");
        assertThat(gate.mask("您反映的问题，请致电市住建局物业科0512-57321234。")).contains("0512-57321234");
        // review: a party named further back, or in words the first list lacked, keeps their number masked
        for (String party : List.of("当事人：张某某，男，1980年出生，住址：昆山市玉山镇人民路188号。联系电话：0512-57651234。",
                "被处罚人：王某（个体工商户业主），经营场所：昆山市石浦路8号，联系电话：0512-57461234。",
                "经核实，来信人李某（联系电话：0512-57881234）反映的情况属实。",
                "法定代表人：赵某某，联系电话：0512-57001234。",
                "请致电您的工作单位0512-57001234核实。")) {
            assertThat(gate.mask(party)).as(party).doesNotContain("1234。").doesNotContain("1234）").doesNotContain("1234核");
        }
        assertThat(gate.letter("路灯不亮", "联系人李四 13912345678").body()).isEqualTo("联系人李* 139****5678");
    }

    @Test
    void namesInFieldsButNotCompaniesOrMaskedNames() {
        assertThat(types("当事人：张三，男，1980年1月出生")).containsExactly(PiiType.NAME);
        assertThat(gate.mask("当事人：张三丰，男")).isEqualTo("当事人：张**，男");
        assertThat(types("当事人：昆山市某某贸易有限公司")).isEmpty();
        assertThat(types("法定代表人：王五，")).isEmpty();
        assertThat(types("当事人：张某，男")).isEmpty();
        assertThat(gate.maskName("张某某")).isEqualTo("张某某");
        assertThat(gate.maskName("李四")).isEqualTo("李*");
    }

    @Test
    void namesMarkedByAFormOrALabelInRunningTextButNotPlacesBrandsOrVerbs() {
        assertThat(gate.mask("当事人李建华，男，1975年出生")).isEqualTo("当事人李**，男，1975年出生");
        assertThat(gate.mask("姓名 王秀英  性别 女")).isEqualTo("姓名 王**  性别 女");
        assertThat(gate.mask("申请人\t陈志强\t联系地址")).isEqualTo("申请人\t陈**\t联系地址");
        assertThat(gate.mask("申请人：马红梅、刘建军（共同申请）")).isEqualTo("申请人：马**、刘**（共同申请）");
        // security review: a two-character name spaced out to line up with three-character ones went public whole
        assertThat(gate.mask("当事人：张　三，男，1980年1月出生")).isEqualTo("当事人：张**，男，1980年1月出生");
        assertThat(gate.mask("申请人：王 五、刘建军")).isEqualTo("申请人：王**、刘**");
        assertThat(gate.mask("姓名 李 娜  性别 女")).isEqualTo("姓名 李**  性别 女");
        // Word lines 张三 up with three-character names by two spaces, or a no-break space
        assertThat(gate.mask("当事人：张  三，男，1980年1月出生")).doesNotContain("三").startsWith("当事人：张");
        assertThat(gate.mask("申请人：王\u00A0五、刘建军")).doesNotContain("五");
        assertThat(types("当事人：张   三，男")).as("three spaces are a gap, not an alignment").isEmpty();
        assertThat(gate.mask("我叫赵 丽，电话13912345678。")).doesNotContain("丽");
        assertThat(types("申请人 单 位 金 额")).isEmpty();
        assertThat(types("当事人：张家辉，男")).containsExactly(PiiType.NAME);
        assertThat(types("当事人：王府井（昆山）百货有限公司")).isEmpty();
        assertThat(types("当事人：王府井，经营范围：日用百货零售。")).isEmpty();
        assertThat(types("申请人：陆家镇，申请事项：河道整治资金。")).isEmpty();
        assertThat(types("当事人：金鹰商贸，经营场所：昆山市前进中路。")).isEmpty();
        assertThat(types("当事人陈述、申辩的事实、理由和证据成立的")).isEmpty();
        assertThat(types("申请人于2019年3月5日提出申请。")).isEmpty();
        assertThat(types("当事人：昆山市某某建材有限公司，法定代表人：李强，负责人：王磊。")).isEmpty();
    }

    @Test
    void aPartyIntroducedWithoutALabelAtTheStartOfALineIsFoundButNotPlacesOrWordsBeforeMaleOrFemale() {
        assertThat(gate.mask("行政处罚决定书\n张伟，男，1975年1月出生，住昆山市玉山镇。"))
                .isEqualTo("行政处罚决定书\n张*，男，1975年1月出生，住昆山市玉山镇。");
        assertThat(gate.mask("经查。李秀兰（女，汉族）于2018年在其住所违法搭建。")).isEqualTo("经查。李**（女，汉族）于2018年在其住所违法搭建。");
        assertThat(gate.mask("王强，公民身份号码已核实。")).isEqualTo("王*，公民身份号码已核实。");
        assertThat(types("王府井，女装专柜开业。")).isEmpty();
        assertThat(types("周末，男女老少齐参与。")).isEmpty();
        assertThat(types("高新区，男子篮球赛决赛举行。")).isEmpty();
        assertThat(types("张某某，男，1980年出生。")).as("already masked").isEmpty();
        assertThat(types("会上，张伟，男，发言。")).as("not at the start of a sentence").isEmpty();
        assertThat(types("招聘岗位：\n司机（男）2名\n文员（女，2名）\n管理员（男、女不限）\n安保，男，45岁以下")).as("posts, not persons").isEmpty();
        assertThat(types("法定代表人\n张三，男，1970年出生")).as("a representative in the cell above").isEmpty();
        assertThat(types("李娜（女）参加了会议。")).as("the bracket needs a second particular").isEmpty();
        assertThat(types("当事人：张伟，男，1975年出生")).as("found once, by its label").containsExactly(PiiType.NAME);
    }

    @Test
    void fullWidthDigitsAreFoundAsTheNumbersTheyAre() {
        // typed in a Chinese keyboard's full-width mode
        assertThat(gate.mask("我的电话１３８１２３４５６７８，身份证１１０１０５１９４９１２３１００２Ｘ。"))
                .isEqualTo("我的电话138****5678，身份证110105********002X。");
        assertThat(gate.mask("２０１８年第３号")).as("numbers that are not personal stay as typed").isEqualTo("２０１８年第３号");
    }

    @Test
    void numbersSplitByMarkupOrInvisibleCharactersAreFoundAsTheRenderedPageShowsThem() {
        // security audit: these rendered whole on a published page, unmasked and not in the reviewer's list
        assertThat(gate.mask("J: <span>320583199</span>001011232")).doesNotContain("199001011").contains("320583", "1232");
        assertThat(gate.mask("K: 138<!-- -->00001111")).isEqualTo("K: 138****1111");
        assertThat(gate.mask("G: 137\u200b12345678")).isEqualTo("G: 137****5678");
        assertThat(gate.mask("M: 138**0000**1111")).isEqualTo("M: 138****1111");
        assertThat(gate.mask("E: 138\\-0000\\-1111")).isEqualTo("E: 138****1111");
        assertThat(gate.mask("R: &#49;3800001111")).isEqualTo("R: 138****1111");
        assertThat(types("S: 13<b>8</b>0000\u00AD1111")).containsExactly(PiiType.MOBILE);
        assertThat(gate.find("前言 <b>联系电话13800001111</b> 后文").get(0).value()).isEqualTo("13800001111");
        for (String notHidden : List.of("面积<5000平方米，共3*4=12间", "a_b_c@", "<张三>", "2018_01_02")) {
            assertThat(types(notHidden)).as(notHidden).isEmpty();
        }
        assertThat(gate.mask("<p>正文没有个人信息。</p>")).isEqualTo("<p>正文没有个人信息。</p>");
    }

    @Test
    void numbersWrittenWithOtherSpacesDashesDotsReferencesOrDigitsAreFound() {
        // security audit (second): each of these went public whole, in a letter, a comment or a document
        for (String written : List.of("139\u30002222\u30007777", "139\u00A02222\u00A07777", "139&nbsp;1111&nbsp;0012",
                "139&shy;1111&shy;0029", "139&#8203;1111&#8203;0001", "139&#x2060;1111&#x2060;0001", "139.1111.0012",
                "139\u20131111\u20130012", "139\u20101111\u20100012", "139\u20111111\u20110012", "139&#45;1111&#45;0012",
                "139&ndash;1111&ndash;0012", "139[1111](#)0002", "139\\\n1111\\\n0002", "&#65297;&#65299;&#65305;11110012",
                "\uD835\uDFCF\uD835\uDFD1\uD835\uDFD7" + "11110012", "\u0661\u0663\u0669\u0661\u0661\u0661\u0661\u0660\u0660\u0661\u0662")) {
            String text = "联系电话" + written + "。";
            assertThat(types(text)).as(written).containsExactly(PiiType.MOBILE);
            assertThat(gate.mask(text)).as(written).doesNotContain("1111").doesNotContain("\u0661\u0661\u0661\u0661");
        }
        assertThat(types("当事人身份证320583\u3000198503121234")).contains(PiiType.RESIDENT_ID);
        // security audit: a record's 违法事实 named the party in running text, its particulars in brackets
        assertThat(gate.mask("当事人张三丰（身份证320583\u3000198503121234，手机139 2222 9999）于2026年")).startsWith("当事人张**（身份证320583")
                .doesNotContain("张三丰", "198503121234", "2222 9999");
        assertThat(types("当事人（以下简称甲方）同意")).isEmpty();
        // what the page hides is still served by the API and read by the index: found in the text as typed
        for (String hidden : List.of("<!-- 13911110022 -->", "<a href=\"tel:13911110019\">电话</a>", "<abbr title=\"13911110020\">电话</abbr>",
                "<img alt=\"13911110021\" src=\"x.png\">")) {
            assertThat(gate.mask("正文" + hidden + "。")).as(hidden).doesNotContain("1111002").doesNotContain("1111001");
        }
        // decimals, dates, versions and sums stay
        for (String notPersonal : List.of("增长13.5%，达1391.11亿元", "2018.12.01", "第1.2.3条", "面积139\u3000平方米")) {
            assertThat(types(notPersonal)).as(notPersonal).isEmpty();
        }
    }

    @Test
    void numbersTouchingLettersAsCitizensWriteThemAreFound() {
        // security audit (session 33): 微信wx13812345678 and 身份证号11010519491231002Xabc went public whole in a
        // published letter, tel13812345678 in a document: the letters hid the number from every detector
        for (String written : List.of("微信wx13812345678，", "tel13812345678", "手机13812345678Tel", "QQ邮箱或wx:13812345678a")) {
            assertThat(types(written)).as(written).contains(PiiType.MOBILE);
            assertThat(gate.mask(written)).as(written).doesNotContain("1234");
        }
        assertThat(types("身份证号11010519491231002Xabc")).containsExactly(PiiType.RESIDENT_ID);
        assertThat(types("编号x11010519491231002X")).containsExactly(PiiType.RESIDENT_ID);
        assertThat(gate.mask("身份证号11010519491231002Xabc")).doesNotContain("19491231").endsWith("abc");
        // digits still bound a number: more digits are another number, and a credit code's letters are its own
        assertThat(types("编号a113812345678b")).as("12 digits").isEmpty();
        assertThat(types("统一社会信用代码：91320583628393717U")).isEmpty();
    }

    @Test
    void aMistypedIdNumberAfterItsLabelIsFoundEvenWhereItPassesACreditCodesCheck() {
        // browser walk (session 33): 320583198805061234 fails the ID's check character but passes the 统一社会信用代码's;
        // after 身份证号 it is a citizen's mistyped ID number, and it went public whole
        assertThat(NonPersonal.creditCodeValid("320583198805061234")).isTrue();
        for (String written : List.of("身份证号320583198805061234", "我的身份证号320583198805061234，", "身份证号码：320583198805061234")) {
            assertThat(types(written)).as(written).containsExactly(PiiType.RESIDENT_ID);
            assertThat(gate.mask(written)).as(written).doesNotContain("19880506");
        }
        // without the label it is the code it checks as
        assertThat(types("统一社会信用代码：320583198805061234")).isEmpty();
    }

    @Test
    void anAddressWhoseDotAChineseKeyboardTypedIsFound() {
        // security audit (session 33): zhangsan@example。com went public whole
        for (String written : List.of("邮箱zhangsan@example。com，", "邮箱 wang.xm@163。com", "zhangsan@mail．example。cn")) {
            assertThat(types(written)).as(written).containsExactly(PiiType.EMAIL);
            assertThat(gate.mask(written)).as(written).doesNotContain("zhangsan", "wang.xm");
        }
        // an office's mailbox stays, and a sentence's full stop after a plain address is not its dot
        assertThat(types("来信请寄xxgk@ks.gov。cn")).isEmpty();
        assertThat(types("请发送至zhangsan@example.com。谢谢")).containsExactly(PiiType.EMAIL);
        // review: a plain address before a 。 and a word is still an address
        assertThat(types("邮箱wang@uni-bonn.de。Danke")).containsExactly(PiiType.EMAIL);
        assertThat(gate.mask("电话13812345678/zhangsan@163.com。QQ同号")).doesNotContain("zhangsan");
    }

    @Test
    void numbersBrokenOverLinesAsABrowserSendsThemAreFound() {
        // security audit (session 32): a textarea sends a line break as CR LF; a number broken there, or after a
        // trailing space, rendered as one number with a break and went public whole, missed by the scan too
        for (String written : List.of("1391234\r\n0041", "139\r\n1234\r\n0054", "139 \n1234 \n0052", "139\r1234\r0053",
                "139\t1234\t0051", "139  1234  0050")) {
            String text = "电话" + written + "，请回电。";
            assertThat(types(text)).as(written).containsExactly(PiiType.MOBILE);
            assertThat(gate.mask(text)).as(written).doesNotContain("1234").startsWith("电话139").endsWith("，请回电。");
        }
        assertThat(types("身份证320583199001\r\n011234")).containsExactly(PiiType.RESIDENT_ID);
        assertThat(types("电话0512-\r\n57512345")).containsExactly(PiiType.LANDLINE);
        assertThat(types("卡号6222 0212 3456\r\n7890 123")).containsExactly(PiiType.BANK_CARD);
        // columns of a table typed with spaces are not one number
        assertThat(types("2018年     2019年\r\n1391     1234")).isEmpty();
        assertThat(gate.mask("第一行\r\n第二行 13\r\n条")).isEqualTo("第一行\r\n第二行 13\r\n条");
    }

    @Test
    void aLettersWriterNamingThemselfIsFoundAndTheNameMaskedInTheReplyToo() {
        String letter = "我叫王五，家住玉山镇。我的名字是李娜。";
        assertThat(gate.mask(letter)).isEqualTo("我叫王*，家住玉山镇。我的名字是李*。");
        Deidentifier.Letter masked = gate.letter("王五反映路灯不亮", letter);
        assertThat(masked.body()).isEqualTo("我叫王*，家住玉山镇。我的名字是李*。");
        assertThat(masked.subject()).as("the name the body gave, in a subject without a label").isEqualTo("王*反映路灯不亮");
        assertThat(masked.apply("王五您好，您反映的问题已处理。")).isEqualTo("王*您好，您反映的问题已处理。");
        assertThat(masked.apply(null)).isNull();
        // browser walk: the reply repeated the writer's address without the words that marked it in the letter
        Deidentifier.Letter complaint = gate.letter("邻居加建挡光", "我家住前进西路88号，南面邻居加建三层。我叫王小明，电话13912345678。");
        assertThat(complaint.body()).doesNotContain("88").doesNotContain("王小明").doesNotContain("12345678");
        String reply = complaint.apply("王小明您好，您反映的前进西路88号南侧加建问题已转城管局查处。");
        assertThat(reply).doesNotContain("88号").doesNotContain("王小明").contains("已转城管局查处");
        // browser walk: the office number a reply refers the writer to was published as 0512******34
        Deidentifier.Letter unpaid = gate.letter("公司不交社保", "公司一直不交社保。我的电话0512-57009876，手机13912345678。");
        assertThat(unpaid.body()).doesNotContain("57009876").doesNotContain("12345678");
        assertThat(unpaid.apply("您好，可向劳动保障监察大队投诉（电话0512-57311234），手机13800001111联系专人。"))
                .contains("0512-57311234").doesNotContain("00001111");
        assertThat(unpaid.apply("我们已按您留的0512-57009876回电。")).as("a line the letter gave stays masked").doesNotContain("57009876");
        assertThat(types("我叫车去医院。")).as("not a name: no delimiter after two or three characters").isEmpty();
        // shorter introductions and a letter's signature (security audit: these were published unmasked)
        assertThat(gate.mask("我是李四，住在附近。")).isEqualTo("我是李*，住在附近。");
        assertThat(gate.mask("本人张伟，反映噪音问题。")).isEqualTo("本人张*，反映噪音问题。");
        assertThat(gate.mask("请尽快处理。落款：陈静")).isEqualTo("请尽快处理。落款：陈*");
        assertThat(gate.mask("谢谢！\n此致\n敬礼！\n赵丽华\n2026年12月1日")).isEqualTo("谢谢！\n此致\n敬礼！\n赵**\n2026年12月1日");
        assertThat(gate.mask("此致 赵丽华")).isEqualTo("此致 赵**");
        for (String notAName : List.of("我是申请人，请答复。", "我是江苏人，在昆山工作。", "我是党员，", "本人申请，", "本人常年在外，",
                "我是市民，", "本人于2019年购房。", "我是高新区的居民，", "此致敬礼！",
                "本人陈述，", "本人和配偶，", "我是江西的，", "本人签字，")) {
            assertThat(types(notAName)).as(notAName).isEmpty();
        }
        assertThat(types("我叫他明天再来。")).as("他 is not a surname").isEmpty();
        assertThat(types("我是昆山人。")).isEmpty();
    }

    @Test
    void aNameRightBeforeAMobileIsAPersonWithTheirPhone() {
        // security audit: 关于张伟 138… kept the name
        assertThat(gate.mask("关于张伟13812345678的问题")).isEqualTo("关于张*138****5678的问题");
        assertThat(gate.mask("找李娜 139 1234 5678")).startsWith("找李* ");
        // a published contact keeps its name; a name inside a word is not one
        assertThat(gate.mask("联系人：王科长 13800001234")).startsWith("联系人：王科长 ");
        assertThat(gate.mask("负责人张伟，13812345678")).startsWith("负责人张伟，");
        assertThat(types("请与市民服务中心13812345678联系")).containsExactly(PiiType.MOBILE);
    }

    @Test
    void peopleALetterNamesByRelationAndTheReplyGreetsAreMaskedAndSoIsTheHouseNumberAlone() {
        // browser walk and security audit: these went public in a letter and its reply
        Deidentifier.Letter letter = gate.letter("邻居加建挡光",
                "我是周市镇青阳路88号的住户李明华，电话13862201234。邻居王建国在院子里加盖了三层楼，房东张丽也不管。"
                        + "我的地址是人民路66号3幢201室。");
        assertThat(letter.body()).doesNotContain("李明华", "王建国", "张丽", "88号", "66号").contains("住户李**", "邻居王**", "房东张*");
        String reply = letter.apply("李明华您好：您反映的邻居王建国加建问题已转城管局，请携带材料到人民路66号办理。\n尊敬的王小明先生：另复。");
        assertThat(reply).doesNotContain("李明华", "王建国", "66号", "王小明").contains("李**您好", "人民路**号", "尊敬的王**先生");
        // security audit: a greeting after the reply's label was not one (答复：张三您好 went public)
        assertThat(gate.mask("答复：李明华您好，您反映的问题已处理。")).isEqualTo("答复：李**您好，您反映的问题已处理。");
        assertThat(gate.mask("回复:王小明先生，已转城管局。")).isEqualTo("回复:王**先生，已转城管局。");
        assertThat(gate.mask("问：办理时限多久？答：张伟您好，二十个工作日。")).isEqualTo("问：办理时限多久？答：张*您好，二十个工作日。");
        Deidentifier.Letter greeted = gate.letter("郑文杰反映噪音", "夜里施工。", List.of(), "答复：郑文杰您好：已转城管局。");
        assertThat(greeted.subject()).as("and masked in the letter too").isEqualTo("郑**反映噪音");
        assertThat(types("答复：殷勇同志作报告。")).as("an official, not greeted").isEmpty();
        // words after a relation that are not names, in ordinary government text
        for (String notAName : List.of("保障居民安全，", "维护业主方面的权益，", "市民高度关注，", "村民委员会，", "邻居之间，", "业主大会，",
                "住户王某，", "居民李某某说，", "市民服务中心，", "工人文化宫，", "员工高温补贴，", "楼下商铺，", "居民和谐相处。")) {
            assertThat(types(notAName)).as(notAName).isEmpty();
        }
    }

    @Test
    void aNeighbourNamedBeforeWhatTheyDidOrBracketsIsMaskedAndWhatTheReplyGivesAwayIsMaskedInTheLetter() {
        // citizen walk: 王建国 went public in the letter's subject and body, masked only in the reply
        assertThat(gate.mask("邻居王建国违建挡住采光，请城管处理")).isEqualTo("邻居王**违建挡住采光，请城管处理");
        assertThat(gate.mask("邻居王建国（电话0512-57301234）在院子里")).startsWith("邻居王**（");
        assertThat(gate.mask("房东李丽私搭乱建")).isEqualTo("房东李*私搭乱建");
        // security audit: a neighbour named before when and how it goes on went public
        assertThat(gate.mask("邻居张伟华每天晚上装修。")).isEqualTo("邻居张**每天晚上装修。");
        assertThat(gate.mask("楼上邻居王五把垃圾堆在楼道。")).isEqualTo("楼上邻居王*把垃圾堆在楼道。");
        assertThat(gate.mask("房东赵丽华拒不退还押金。")).isEqualTo("房东赵**拒不退还押金。");
        for (String notAName : List.of("欢迎广大市民游客与家人同游。", "工人师傅将尽快修复。", "为居民方便与否着想。", "居民群众对此满意。")) {
            assertThat(types(notAName)).as(notAName).isEmpty();
        }
        // a reply's contact is the office's, unless the person's particulars follow the name
        assertThat(gate.mask("联系人：张伟，电话：0512-57301234。")).as("the office's contact").contains("联系人：张伟，");
        assertThat(gate.mask("联系人：赵强，住址：昆山市玉山镇人民路100号。")).contains("联系人：赵*，").doesNotContain("赵强");
        assertThat(types("住户单元（室）")).isEmpty();
        // a name only the reply's greeting tells: masked in the letter above it as well
        Deidentifier.Letter letter = gate.letter("关于孙小美反映的噪音问题", "孙小美在楼道里堆放杂物。", List.of(), "孙小美您好：已转物业处理。");
        assertThat(letter.subject()).isEqualTo("关于孙**反映的噪音问题");
        assertThat(letter.body()).isEqualTo("孙**在楼道里堆放杂物。");
    }

    @Test
    void aHomesHouseNumberIsMaskedButNotAnOfficesAddress() {
        // security audit: a citizen's letter published its writer's flat; the units stay, the digits go
        assertThat(gate.mask("我家住在柏庐小区5幢302室，楼下油烟很大。")).isEqualTo("我家住在柏庐小区*幢***室，楼下油烟很大。");
        assertThat(gate.mask("当事人：李四，性别：男，住所：昆山市玉山镇震川路235号。"))
                .isEqualTo("当事人：李*，性别：男，住所：昆山市玉山镇震川路***号。");
        assertThat(gate.mask("邻居在世茂蝶湖湾3栋1201室装修。")).as("a flat in a residential building, without a word for home")
                .isEqualTo("邻居在世茂蝶湖湾*栋****室装修。");
        assertThat(gate.mask("我住小区12幢3单元。")).isEqualTo("我住小区**幢*单元。");
        // review of the first version: these were published as written
        assertThat(gate.mask("我住玉山镇震川路235号。")).isEqualTo("我住玉山镇震川路***号。");
        assertThat(gate.mask("我是震川路235号的住户。")).isEqualTo("我是震川路***号的住户。");
        assertThat(gate.mask("我家在柏庐小区5幢302，漏水。")).isEqualTo("我家在柏庐小区*幢***，漏水。");
        assertThat(gate.mask("我住柏庐小区5-302。")).isEqualTo("我住柏庐小区****。");
        assertThat(gate.mask("住址：昆山市震川路 235号")).isEqualTo("住址：昆山市震川路 ***号");
        assertThat(gate.mask("张先生，住玉山镇同丰路12号，反映噪音。")).as("security audit: 住 opening a clause")
                .isEqualTo("张先生，住玉山镇同丰路**号，反映噪音。");
        assertThat(types("昆山市住房和城乡建设局，前进西路1801号。")).doesNotContain(PiiType.ADDRESS);
        assertThat(gate.mask("当事人王小明（身份证号320583198001011238）住昆山市前进路1号。")).as("security audit: 住 after a bracket")
                .contains("住昆山市前进路*号").doesNotContain("前进路1号", "320583198001011238");
        assertThat(gate.mask("张先生(个体户)住玉山镇同丰路12号。")).isEqualTo("张先生(个体户)住玉山镇同丰路**号。");
        assertThat(types("（详见附件）住房保障中心，前进西路1801号。")).doesNotContain(PiiType.ADDRESS);

        String once = gate.mask("申请人\t王芳\t通讯地址\t萧林中路36-2号");
        assertThat(once).isEqualTo("申请人\t王*\t通讯地址\t萧林中路***号");
        assertThat(gate.find(once)).isEmpty();
        for (String publicAddress : List.of("办公地址：昆山市前进西路1801号市民服务中心3楼302室。",
                "联系地址：昆山市政务服务中心3号楼2楼201室（受理窗口）。", "当事人：昆山市华盛贸易有限公司，住所：昆山市前进东路8号。",
                "受理机构：市政府办公室\n- 通讯地址：江苏省昆山市前进西路1801号",
                "居住证办理地点：昆山市前进西路1801号。", "居住在本市的老年人可到社区服务点（玉山镇朝阳路12号）办理。",
                "规划新建住宅12幢。", "可租住城北公寓12幢。", "请到市档案馆302室查阅。", "考试地点：昆山中学综合楼201室。",
                "会议地点：市民大楼3楼302室。", "申请人：张三，男。被申请人：昆山市住房和城乡建设局，住所地：昆山市前进西路1801号。",
                "昆政办发〔2018〕12号", "2018年第5号公告", "第3组12号", "国道312沿线12组居民的安置房开工。", "柏庐小区5幢的业主代表参加座谈。")) {
            assertThat(types(publicAddress)).as(publicAddress).doesNotContain(PiiType.ADDRESS);
        }
    }

    @Test
    void documentNumbersIndexNumbersCreditCodesAndArticlesAreNotPersonal() {
        assertThat(NonPersonal.creditCodeValid("91320583MA1MXXXX00")).isFalse();
        assertThat(types("统一社会信用代码：91320583628393717U")).isEmpty();
        assertThat(types("昆政发〔2018〕15号")).isEmpty();
        assertThat(types("索引号：014160350/2018-00123")).isEmpty();
        assertThat(types("依据《中华人民共和国行政处罚法》第二十三条")).isEmpty();
        assertThat(types("2018年1月1日起施行")).isEmpty();
    }

    @Test
    void maskingIsIdempotentAndConfigurable() {
        String text = "当事人：李四，身份证号320583198001011238，手机13812345678，账号6222021100001234563。";
        String once = gate.mask(text);
        assertThat(once).isEqualTo("当事人：李*，身份证号320583********1238，手机138****5678，账号6222***********4563。");
        assertThat(gate.mask(once)).isEqualTo(once);
        assertThat(gate.find(once)).isEmpty();
    }

    @Test
    void policyKeepsReviewedValuesAndTheLawsException() throws Exception {
        java.nio.file.Path yaml = java.nio.file.Files.createTempFile("privacy", ".yaml");
        java.nio.file.Files.writeString(yaml, "masks:\n  NAME: {fill: 某某, fixed: true}\nexceptions:\n  - documentType: PUNISHMENT\n    keeps: [NAME]\n");
        Deidentifier g = new Deidentifier(MaskingRules.load(yaml), List::of);
        String text = "被执行人：赵六，身份证号320583198001011238";
        assertThat(g.mask(text)).isEqualTo("被执行人：赵某某，身份证号320583********1238");
        assertThat(g.mask(text, Deidentifier.Policy.of("PUNISHMENT", List.of()))).isEqualTo("被执行人：赵六，身份证号320583********1238");
        Finding id = g.find(text).stream().filter(f -> f.type() == PiiType.RESIDENT_ID).findFirst().orElseThrow();
        assertThat(g.mask(text, Deidentifier.Policy.of("NOTICE", List.of(id.key())))).isEqualTo("被执行人：赵某某，身份证号320583198001011238");
    }
}
