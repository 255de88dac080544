package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every field of the request form: 400, the field named next to itself (and marked
 * aria-invalid), everything else typed still in the form, and no request stored.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class RequestFormTest {

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> InfoRequest.count());
    }

    @ParameterizedTest(name = "{0} = \"{1}\" ({2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            "organization | '' | | 请选择“受理机关”",
            "organization | nosuch | | “受理机关”的取值无效",
            "organization | rdb | | “受理机关”的取值无效",
            "applicantType | '' | | 请选择“申请人类型”",
            "applicantType | ALIEN | | “申请人类型”的取值无效",
            "name | '' | | 请填写“姓名或名称”",
            "name | LONG101 | | “姓名或名称”不能超过 100 个字符",
            "name | CONTROL | | “姓名或名称”含有无法显示的字符",
            "idType | '' | | 请选择“证件类型”",
            "idType | DRIVING | | “证件类型”的取值无效",
            "idNumber | '' | | 请填写“证件号码”",
            "idNumber | 110105194912310021 | | “证件号码”格式不正确",
            "idNumber | 12 | idType=PASSPORT | “证件号码”格式不正确",
            "idNumber | LONG31 | | “证件号码”不能超过 30 个字符",
            "creditCode | '' | applicantType=COMMERCIAL | 请填写“统一社会信用代码”",
            "creditCode | 91350100M000100Y44 | applicantType=COMMERCIAL | “统一社会信用代码”不正确",
            "contactPerson | '' | applicantType=LEGAL_SERVICE | 请填写“联系人”",
            "phone | '' | | 请填写“联系电话”",
            "phone | abc | | “联系电话”格式不正确",
            "email | x@ | | “电子邮箱”格式不正确",
            "email | '' | infoFormat=EMAIL | 请填写“电子邮箱”",
            "address | '' | delivery=POST | 请填写“通信地址”",
            "postcode | 2153 | | “邮政编码”应为6位数字",
            "description | '' | | 请填写“所需政府信息的名称、文号或者便于查询的其他特征性描述”",
            "description | LONG4001 | | 不能超过 4000 个字符",
            "purpose | LONG1001 | | “用途”不能超过 1000 个字符",
            "infoFormat | FAX | | “信息的指定提供载体形式”的取值无效",
            "delivery | PIGEON | | “获取信息的方式”的取值无效",
            "delivery | ONLINE | infoFormat=PAPER | 纸质信息只能邮寄或当面领取",
            "delivery | EMAIL | infoFormat=PAPER | 纸质信息只能邮寄或当面领取",
            "delivery | PICKUP | infoFormat=EMAIL | 以电子邮件提供的信息只能发送到电子邮箱或网上查看",
    })
    void badField(String field, String value, String also, String message) {
        String v = switch (value) {
            case "LONG101" -> "张".repeat(101);
            case "LONG31" -> "1".repeat(31);
            case "LONG4001" -> "描".repeat(4001);
            case "LONG1001" -> "用".repeat(1001);
            case "CONTROL" -> "张\u0007三";
            default -> value;
        };
        Map<String, Object> form = RequestFixtures.form("szfb", field, v);
        if (also != null) {
            String[] kv = also.split("=");
            form.put(kv[0], kv[1]);
        }
        if (!field.equals("description")) {
            form.put("description", "我要的信息：第" + field + "号");
        }
        long before = count();
        Response r = Staff.anonymous().post("/ysqgk", form);
        assertThat(r.statusCode()).isEqualTo(400);
        String html = r.asString();
        assertThat(html).contains(message, "id=\"" + field + "\"", "aria-describedby=\"" + field + "-error\"");
        if (!field.equals("description")) {
            assertThat(html).as("what was typed stays").contains("我要的信息：第" + field + "号");
        }
        if (!field.equals("phone")) {
            assertThat(html).contains("value=\"" + RequestFixtures.PHONE + "\"");
        }
        assertThat(count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aPaperApplicationToPrintAsksWhatTheOnlineFormAsksOfTheSameOrgans() {
        // browser walk: the 一号答 answer promised an application form to download that did not exist
        org.jsoup.nodes.Document online = org.jsoup.Jsoup.parse(io.restassured.RestAssured.get("/ysqgk").asString());
        assertThat(online.select("#paper-link").attr("href")).isEqualTo("/ysqgk/paper");
        org.jsoup.nodes.Document paper = org.jsoup.Jsoup.parse(io.restassured.RestAssured.get("/ysqgk/paper").asString());
        String form = paper.select("#paper-form").text();
        assertThat(paper.select("#paper-organizations").text()).contains("市财政局").doesNotContain("政协");
        assertThat(form).contains("受理机关", "姓名或名称", "证件号码", "所需政府信息的名称、文号或者便于查询的其他特征性描述",
                "纸质", "邮寄", "申请人签名或盖章");
        assertThat(paper.text()).contains("20 个工作日");
        String answer = io.restassured.RestAssured.given().queryParam("q", "怎样申请政府信息公开").get("/search").asString();
        assertThat(answer).doesNotContain("申请表下载");
    }

    @Test
    void onlyAdministrativeOrgansAreOfferedAsReceivers() {
        // the 条例 binds 行政机关: the offices of the 人大常委会, the 政协 and the 党委 receive no requests
        List<String> offered = org.jsoup.Jsoup.parse(io.restassured.RestAssured.get("/ysqgk").asString())
                .select("select#organization option").eachAttr("value");
        assertThat(offered).contains("szfb", "czj").doesNotContain("rdb", "zxb", "wnb", "bb");
    }

    @Test
    void theFieldsOneKindOfApplicantMustFillSaySo() {
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(io.restassured.RestAssured.get("/ysqgk").asString());
        assertThat(form.select("label[for=idNumber]").text()).contains("自然人必填");
        assertThat(form.select("label[for=idType]").text()).contains("自然人必填");
        assertThat(form.select("label[for=creditCode]").text()).contains("法人或其他组织必填");
        // review: an empty first option, read as a blank by a screen reader
        assertThat(form.select("#idType option").first().text()).isEqualTo("请选择证件类型");
        assertThat(form.select("#idType option").first().val()).isEmpty();
    }

    @Test
    void everyWrongFieldAtOnce() {
        Response r = Staff.anonymous().post("/ysqgk", Map.of("applicantType", "NATURAL_PERSON", "infoFormat", "PAPER",
                "delivery", "POST", "postcode", "12"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.asString()).contains("请选择“受理机关”", "请填写“姓名或名称”", "请选择“证件类型”", "请填写“证件号码”",
                "请填写“联系电话”", "请填写“通信地址”", "“邮政编码”应为6位数字", "请填写“所需政府信息的名称");
        // the summary is worded as the letter form's is: what was not sent, and how many places to change
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.asString());
        assertThat(page.select("#form-error p").first().text()).matches("申请未提交，有 \\d+ 处需要修改：");
    }

    @Test
    void fieldsOfInvisibleCharactersAreEmptyAndBidiControlsAreNotKept() {
        // security audit: required fields of zero-width spaces were taken, and a right-to-left override was kept
        long before = count();
        Response empty = Staff.anonymous().post("/ysqgk", RequestFixtures.form("szfb", "name", "\u200b\u202e",
                "phone", "\u2060", "description", "\u200b\r\n\u200d"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("请填写“姓名或名称”", "请填写“联系电话”", "请填写“所需政府信息的名称");
        assertThat(count()).as("nothing stored").isEqualTo(before);

        Staff visitor = Staff.anonymous();
        Response taken = visitor.post("/ysqgk", RequestFixtures.form("szfb", "name", "\u202e欧阳\u200b可见",
                "address", "昆山市\u2067前进西路\u2069可见小区1号", "description", "2018年\u202e预算\u200b执行情况\n及附表"));
        assertThat(taken.statusCode()).as(taken.asString()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(taken.asString()).select("#asked").text()).isEqualTo("2018年预算执行情况 及附表");
        String code = org.jsoup.Jsoup.parse(taken.asString()).text().replaceAll("(?s).*(YSQ\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
        InfoRequest stored = QuarkusTransaction.requiringNew().call(() -> InfoRequest.byCode(code).orElseThrow());
        assertThat(stored.description).isEqualTo("2018年预算执行情况\n及附表");
        String page = Staff.login("szfb-editor").get("/workbench/requests/" + stored.id).asString();
        assertThat(page).contains("欧阳可见", "昆山市前进西路可见小区1号", "2018年预算执行情况")
                .doesNotContain("\u202e", "\u200b", "\u2067", "\u2069");
    }

    @Test
    void aPersonWithoutAnIdTypeIsAskedForItAndAPassportIsToldItsOwnRule() {
        // browser walk: 证件类型 left on 请选择 was not asked for, and a passport number was told the resident ID's rule
        org.jsoup.nodes.Document none = org.jsoup.Jsoup.parse(Staff.anonymous().post("/ysqgk",
                RequestFixtures.form("czj", "idType", "")).asString());
        assertThat(none.select("#idType-error").text()).contains("证件类型");
        assertThat(none.select("#idType").attr("aria-invalid")).isEqualTo("true");
        String passport = org.jsoup.Jsoup.parse(Staff.anonymous().post("/ysqgk",
                RequestFixtures.form("czj", "idType", "PASSPORT", "idNumber", "E1")).asString()).select("#idNumber-error").text();
        assertThat(passport).contains("格式不正确").doesNotContain("居民身份证");
    }

    @Test
    void anOrganizationNeedsNoIdentityDocument() {
        Response r = Staff.anonymous().post("/ysqgk", RequestFixtures.form("czj", "applicantType", "RESEARCH", "name", "昆山某研究院",
                "idType", "", "idNumber", "", "creditCode", "91350100M000100Y43", "contactPerson", "李联系"));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        assertThat(r.asString()).contains("申请已提交");
    }

    @Test
    void oneFilledInFormIsOneApplicationHoweverOftenItIsSent() {
        Staff visitor = Staff.anonymous();
        String key = org.jsoup.Jsoup.parse(visitor.get("/ysqgk").asString()).select("input[name=submission]").attr("value");
        assertThat(key).hasSizeGreaterThan(16);
        long before = count();
        // refused for a field: nothing written, and the mended form goes through with the same key
        Map<String, Object> wrong = new java.util.HashMap<>(RequestFixtures.form("czj", "phone", ""));
        wrong.put("submission", key);
        assertThat(visitor.post("/ysqgk", wrong).statusCode()).isEqualTo(400);
        Map<String, Object> form = new java.util.HashMap<>(RequestFixtures.form("czj"));
        form.put("submission", key);
        Response first = visitor.post("/ysqgk", form);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        String code = org.jsoup.Jsoup.parse(first.asString()).text().replaceAll("(?s).*(YSQ\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
        String secret = secretOn(first.asString());
        // the receipt refreshed, or a double click: the same application, not a second one with its own deadline,
        // and its receipt again with the secret it shows only once (browser walk: a refresh lost it for good)
        Response again = visitor.post("/ysqgk", form);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asString()).contains(code);
        assertThat(secretOn(again.asString())).isEqualTo(secret).isNotBlank();
        assertThat(count()).isEqualTo(before + 1);
        // another key (another browser's form) gets nothing of it
        Map<String, Object> other = new java.util.HashMap<>(form);
        other.put("submission", "0".repeat(32));
        Response stranger = visitor.post("/ysqgk", other);
        assertThat(stranger.asString()).doesNotContain(secret);
    }

    /** The query secret as the receipt shows it. */
    private static String secretOn(String receipt) {
        return org.jsoup.Jsoup.parse(receipt).select("#secret, .secret, code.secret").text();
    }

    @Test
    void withoutTheCsrfTokenNothingIsStored() {
        long before = count();
        Response r = io.restassured.RestAssured.given().redirects().follow(false).contentType(Staff.FORM)
                .formParams(RequestFixtures.form("szfb")).post("/ysqgk");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }
}
