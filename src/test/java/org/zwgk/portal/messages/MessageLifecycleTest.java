package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentVersion;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's message through the pages, as a browser without JavaScript sends them: the form
 * refused and kept, the receipt, 受理 and 转办 to two organizations, 办理 by both, the lead unit's
 * reply reviewed by another member, the citizen unsatisfied, the 重办, the second reply and the
 * rating; the published copy de-identified and searchable; who may not read or answer; the JSON
 * contract; the site-health dashboard.
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageLifecycleTest {

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([A-Z0-9-]+)<");
    static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z0-9]+)<");

    @jakarta.inject.Inject
    MessageRules rules;

    /** A visitor's browser: the CSRF cookie it was given and the page's tokens. */
    static final class Visitor {
        String csrf;

        Response get(String path) {
            Response r = given().cookie("csrf-token", csrf == null ? "" : csrf).get(path);
            if (r.getCookie("csrf-token") != null) {
                csrf = r.getCookie("csrf-token");
            }
            return r;
        }

        Response post(String path, Map<String, ?> form) {
            return given().redirects().follow(false).cookie("csrf-token", csrf).contentType(Staff.FORM)
                    .formParam("csrf-token", csrf).formParams(form).post(path);
        }
    }

    static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as(p + " in\n" + html).isTrue();
        return m.group(1);
    }

    static String text(Response r) {
        return r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    long id(String code) {
        return QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(code).orElseThrow().id);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLetterOfInvisibleCharactersIsRefusedAsEmptyAndBidiControlsAreNotKept() {
        // security audit: a subject and text of zero-width spaces were taken (201), and a right-to-left override
        // was stored and shown raw to the operator
        long before = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count());
        Response empty = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"咨询\",\"subject\":\"\\u200b\\u200b\",\"text\":\"\\u200b \\u2060\\n\",\"contact\":\"13900000000\"}")
                .post("/api/v1/messages");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("请填写“标题”", "请填写“来信内容”");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count())).as("nothing written").isEqualTo(before);

        // the form answers the same, with the field named next to itself
        Visitor citizen = new Visitor();
        String token = group(FORM_TOKEN, citizen.get("/hudong/write").asString());
        Response refused = citizen.post("/hudong/write", Map.of("formToken", token, "type", "咨询", "subject", "\u202e\u200b",
                "text", "请问社保卡在哪里补办？", "contact", "13900000000"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("请填写“标题”", "id=\"subject-error\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count())).as("nothing written").isEqualTo(before);

        Response created = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"咨询\",\"subject\":\"\\u202e 社保卡补办\",\"text\":\"社保卡\\u200b丢了\\u2067怎么补办\\u2069？\\n谢谢。\","
                        + "\"contact\":\"\\u200e13900000000\"}")
                .post("/api/v1/messages");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long id = id(created.path("trackingCode"));
        CitizenMessage stored = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id));
        assertThat(stored.subject).isEqualTo("社保卡补办");
        assertThat(stored.body).isEqualTo("社保卡丢了怎么补办？\n谢谢。");
        assertThat(stored.contact).isEqualTo("13900000000");
        String page = Staff.login("site-admin").get("/workbench/messages/" + id).asString();
        assertThat(page).contains("社保卡补办", "社保卡丢了怎么补办？").doesNotContain("\u202e", "\u200b", "\u2067");
    }

    @Test
    void aNameGreetedAfterTheRepliesLabelIsMaskedWhenTheLetterIsPublished() {
        // security audit: 答复：郑文杰您好，… published the name, which a greeting at a line's start would have masked
        Response created = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"咨询\",\"subject\":\"郑文杰反映夜间施工噪音\",\"text\":\"楼下工地夜里十一点还在施工，请处理。\","
                        + "\"contact\":\"13900003333\",\"publish\":true,\"organization\":\"czj\"}")
                .post("/api/v1/messages");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = id(created.path("trackingCode"));
        Staff operator = Staff.login("site-admin");
        assertThat(operator.post("/workbench/messages/" + id + "/accept").statusCode()).isEqualTo(303);
        assertThat(operator.post("/workbench/messages/" + id + "/assign", Map.of("lead", "czj")).statusCode()).isEqualTo(303);
        assertThat(Staff.login("czj-editor").post("/workbench/messages/" + id + "/reply", Map.of("reply",
                "答复：郑文杰您好，您反映的夜间施工问题已转城管局查处。")).statusCode()).isEqualTo(303);
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(org.jsoup.Jsoup.parse(reviewer.get("/workbench/messages/" + id).asString()).select("#public-preview").text())
                .contains("答复：郑**您好", "郑**反映夜间施工噪音").doesNotContain("郑文杰");
        assertThat(reviewer.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(303);
        long docId = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).publishedDocument.id);
        assertThat(text(given().get("/documents/" + docId))).contains("答复：郑**您好", "已转城管局查处").doesNotContain("郑文杰");
    }

    @Test
    void aCitizenWhoMendsARefusedFieldSendsAtOnce() {
        Visitor citizen = new Visitor();
        String token = group(FORM_TOKEN, citizen.get("/hudong/write").asString());
        sleep(3100); // a person reading and typing
        Map<String, String> typed = new java.util.HashMap<>(Map.of("formToken", token, "type", "咨询", "organization", "czj",
                "subject", "路灯报修电话", "text", "请问小区路灯坏了该找哪个部门报修？", "contact", "abc"));
        Response refused = citizen.post("/hudong/write", typed);
        assertThat(refused.statusCode()).isEqualTo(400);
        typed.put("formToken", group(FORM_TOKEN, refused.asString()));
        typed.put("contact", "13912345678");
        Response receipt = citizen.post("/hudong/write", typed);
        assertThat(receipt.statusCode()).as("not 提交过快: the form was opened long enough ago; " + text(receipt)).isEqualTo(200);
        // the receipt says which letter it was (browser walk)
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(receipt.asString());
        assertThat(page.select("#letter-subject").text()).isEqualTo("路灯报修电话");
        assertThat(page.select("#letter-text").text()).isEqualTo("请问小区路灯坏了该找哪个部门报修？");
    }

    @Test
    void aMessageFromFormToRatingWithTwoOrganizationsAndARedo() {
        Visitor citizen = new Visitor();
        Response form = citizen.get("/hudong/write");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.getHeader("Cache-Control")).contains("no-store");
        String token = group(FORM_TOKEN, form.asString());

        // refused: no subject, no contact; everything typed comes back and each wrong field is named
        Response refused = citizen.post("/hudong/write", Map.of("formToken", token, "type", "投诉", "organization", "czj",
                "text", "小区门口的路灯坏了三个月，夜里出行不便。我的电话是13912345678。", "publish", "true"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("小区门口的路灯坏了三个月", "value=\"投诉\" checked", "<option value=\"czj\" selected",
                "name=\"publish\" value=\"true\" checked", "id=\"subject-error\"", "id=\"contact-error\"")
                .contains("请填写“标题”", "请填写“联系方式（电话或电子邮箱）”");
        token = group(FORM_TOKEN, refused.asString());

        Map<String, String> good = Map.of("type", "投诉", "organization", "czj", "subject", "路灯长期不亮",
                "text", "我叫王五，小区门口的路灯坏了三个月，夜里出行不便。我的电话是13912345678。", "contact", "13912345678", "publish", "true");
        // at once after the page came: a script, not a person; still nothing lost
        Map<String, String> withToken = new java.util.HashMap<>(good);
        withToken.put("formToken", token);
        Response tooFast = citizen.post("/hudong/write", withToken);
        assertThat(tooFast.statusCode()).isEqualTo(429);
        assertThat(text(tooFast)).contains("提交过快");
        assertThat(tooFast.asString()).contains("路灯长期不亮", "小区门口的路灯坏了三个月");
        sleep(3100);
        Response receipt = citizen.post("/hudong/write", withToken);
        assertThat(receipt.statusCode()).as(text(receipt)).isEqualTo(200);
        assertThat(receipt.getHeader("Cache-Control")).contains("no-store");
        String code = group(CODE, receipt.asString());
        String secret = group(SECRET, receipt.asString());
        // review: the letter's code had no separators and its receipt no 打印本页 (the request receipt has both)
        assertThat(code).matches("HD\\d{6}-[A-Z0-9]{3}-[A-Z0-9]{3}");
        org.jsoup.nodes.Document receiptPage = org.jsoup.Jsoup.parse(receipt.asString());
        assertThat(receiptPage.select(".no-print button.print-button").text()).isEqualTo("打印本页");
        assertThat(receiptPage.select("script[src=/js/print.js]")).hasSize(1);
        assertThat(receiptPage.select("dt").eachText()).contains("查询码", "查询密码");
        assertThat(citizen.post("/hudong/write", withToken).statusCode()).as("one form, one message").isEqualTo(409);
        long id = id(code);
        QuarkusTransaction.requiringNew().run(() -> {
            CitizenMessage m = CitizenMessage.findById(id);
            assertThat(m.secretHash).isNotEqualTo(secret).hasSize(64);
            assertThat(m.body).contains("13912345678");
        });

        // the citizen follows it: received, with its deadline
        citizen.get("/hudong/follow");
        Response status = citizen.post("/hudong/follow", Map.of("code", code, "secret", secret));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(text(status)).contains("待受理", "答复期限");
        // the code as shown, without its hyphens, or typed in small letters with spaces: the same letter
        for (String typed : new String[]{code.replace("-", ""), " " + code.toLowerCase().replace("-", " ") + " ", code.replace("-", "－")}) {
            assertThat(citizen.post("/hudong/follow", Map.of("code", typed, "secret", secret)).statusCode()).as(typed).isEqualTo(200);
        }
        Response wrong = citizen.post("/hudong/follow", Map.of("code", code, "secret", "WRONGSECRET"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(text(wrong)).contains("查询码或查询密码不正确");

        // not public before its reply is
        assertThat(text(given().get("/hudong"))).doesNotContain("路灯长期不亮");

        Staff operator = Staff.login("site-admin");
        Staff szfbEditor = Staff.login("szfb-editor");
        Staff czjEditor = Staff.login("czj-editor");
        Staff reviewer1 = Staff.login("szfb-reviewer1");
        Staff reviewer2 = Staff.login("szfb-reviewer2");
        Staff czjReviewer = Staff.login("czj-reviewer");

        // before 转办 no organization sees it; the operator does
        assertThat(szfbEditor.get("/workbench/messages/" + id).statusCode()).isEqualTo(404);
        assertThat(operator.get("/workbench/messages").asString()).contains(code);
        // browser walk: nothing on the workbench home said a letter was waiting
        assertThat(attention(operator)).as("the operator's home").containsPattern("待受理：\\d+ 件");
        assertThat(operator.post("/workbench/messages/" + id + "/reject", Map.of()).statusCode()).as("a refusal needs its reason").isEqualTo(400);
        assertThat(operator.post("/workbench/messages/" + id + "/accept").statusCode()).isEqualTo(303);
        assertThat(text(operator.get("/workbench/messages/" + id))).contains("已受理，待转办");
        // the unit the citizen asked for is named as their wish and offered first (browser walk: the form's own
        // question on the staff page, and the lead list not preselected)
        org.jsoup.nodes.Document toAssign = org.jsoup.Jsoup.parse(operator.get("/workbench/messages/" + id).asString());
        assertThat(toAssign.select("dt:containsOwn(来信人希望的办理单位) + dd").text()).isEqualTo("昆山市财政局");
        assertThat(toAssign.select("select#lead option[selected]").val()).isEqualTo("czj");
        Response assigned = operator.post("/workbench/messages/" + id + "/assign", Map.of("lead", "szfb", "organizations", "czj"));
        assertThat(assigned.statusCode()).isEqualTo(303);
        assertThat(attention(szfbEditor)).as("the lead unit's editor").containsPattern("待办理：\\d+ 件");
        org.jsoup.nodes.Document czjHome = org.jsoup.Jsoup.parse(czjEditor.get("/workbench").asString());
        assertThat(czjHome.select("#message-attention a").attr("href")).isEqualTo("/workbench/messages");
        assertThat(org.jsoup.Jsoup.parse(czjReviewer.get("/workbench").asString()).select("#review-queue ~ #published"))
                .as("待我审核 above the published list").isNotEmpty();

        // 办理 by both; the co-organization may not answer, the operator may not answer for anyone
        assertThat(czjEditor.post("/workbench/messages/" + id + "/handle", Map.of("organization", "czj",
                "note", "已派人检修，更换了三盏路灯。")).statusCode()).isEqualTo(303);
        assertThat(szfbEditor.post("/workbench/messages/" + id + "/handle", Map.of("organization", "szfb",
                "note", "已督促市财政局落实维修经费。")).statusCode()).isEqualTo(303);
        assertThat(czjEditor.post("/workbench/messages/" + id + "/reply", Map.of("reply", "协办单位代答")).statusCode()).isEqualTo(403);
        assertThat(operator.post("/workbench/messages/" + id + "/reply", Map.of("reply", "平台代答")).statusCode()).isEqualTo(403);
        assertThat(szfbEditor.post("/workbench/messages/" + id + "/reply", Map.of("reply",
                "王五您好，您反映的路灯问题已由市财政局安排检修，三盏路灯已于本周恢复照明。联系人电话13812345678。")).statusCode()).isEqualTo(303);
        // the reviewer sees the letter and reply as the public will (security audit: the raw letter only)
        org.jsoup.nodes.Document forReview = org.jsoup.Jsoup.parse(reviewer1.get("/workbench/messages/" + id).asString());
        assertThat(forReview.select("#public-preview").text()).contains("王*您好", "138****5678", "恢复照明")
                .doesNotContain("13812345678").doesNotContain("王五");
        long firstReply = (Long) reviewed(id).get("reply");
        assertThat(forReview.select("#approve").parents().select("form input[name=reply]").val()).as("the form names the reply shown")
                .isEqualTo(String.valueOf(firstReply));
        // four eyes: another organization's reviewer cannot, the reviewer of the lead unit does
        assertThat(czjReviewer.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(403);
        assertThat(text(citizen.post("/hudong/follow", Map.of("code", code, "secret", secret)))).contains("答复审核中").doesNotContain("恢复照明");
        // the lead unit reviews at its levels (szfb: 三审), a different reviewer at each, as for its documents
        assertThat(reviewer1.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(303);
        assertThat(text(citizen.post("/hudong/follow", Map.of("code", code, "secret", secret)))).as("not sent after 一审")
                .contains("答复审核中").doesNotContain("恢复照明");
        org.jsoup.nodes.Document afterFirst = org.jsoup.Jsoup.parse(reviewer2.get("/workbench/messages/" + id).asString());
        assertThat(afterFirst.select(".review-levels").text()).contains("1/3", "szfb-reviewer1");
        assertThat(afterFirst.select("#review-level").text()).contains("第 2 级");
        assertThat(afterFirst.select("#approve").text()).as("not the last level: it does not send").isEqualTo("通过本级审核，转下一级");
        org.jsoup.nodes.Document forFirst = org.jsoup.Jsoup.parse(reviewer1.get("/workbench/messages/" + id).asString());
        assertThat(forFirst.select("#approve")).isEmpty();
        assertThat(forFirst.select("#awaiting-others").text()).contains("待其他审核人");
        assertThat(reviewer1.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).as("one person, one level").isEqualTo(409);
        // the workbench home's 待我审核 lists the reply for whoever may approve its next level, and only for them
        assertThat(otherReviews(reviewer2)).as("the next level's reviewer").contains("/workbench/messages/" + id);
        assertThat(otherReviews(reviewer1)).as("who approved the first level").doesNotContain("/workbench/messages/" + id);
        assertThat(otherReviews(czjReviewer)).as("another organization's reviewer").doesNotContain("/workbench/messages/" + id);
        assertThat(otherReviews(szfbEditor)).as("its author").doesNotContain("/workbench/messages/" + id);
        assertThat(reviewer2.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(303);
        assertThat(text(citizen.post("/hudong/follow", Map.of("code", code, "secret", secret)))).doesNotContain("恢复照明");
        Staff reviewer3 = Staff.login("szfb-reviewer3");
        assertThat(org.jsoup.Jsoup.parse(reviewer3.get("/workbench/messages/" + id).asString()).select("#approve").text())
                .isEqualTo("审核通过并发出");
        // browser walk: the step that sends asks first (the levels before it do not)
        assertThat(org.jsoup.Jsoup.parse(reviewer3.get("/workbench/messages/" + id).asString()).select("#approve").attr("data-confirm-submit"))
                .contains("发给来信人");
        assertThat(reviewer3.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(303);
        assertThat(otherReviews(reviewer3)).as("sent: nothing left to review").doesNotContain("/workbench/messages/" + id);
        assertThat(org.jsoup.Jsoup.parse(reviewer3.get("/workbench/messages/" + id).asString()).select(".review-levels").text())
                .as("every level's reviewer stays named").contains("3/3", "szfb-reviewer1", "szfb-reviewer2", "szfb-reviewer3");

        Response replied = citizen.post("/hudong/follow", Map.of("code", code, "secret", secret));
        assertThat(text(replied)).as("the letter masked as on its receipt").contains("139****5678").doesNotContain("13912345678");
        assertThat(text(replied)).contains("已答复", "三盏路灯已于本周恢复照明", "对答复的评价");
        // browser walk: the reply stood without its date
        assertThat(org.jsoup.Jsoup.parse(replied.asString()).select("#replied-at").text()).matches("答复时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");

        // published with consent: de-identified, with organization, dates and days taken
        long docId = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).publishedDocument.id);
        String doc = text(given().get("/documents/" + docId));
        // its staff page links there in words (browser walk: the bare path /documents/42)
        assertThat(org.jsoup.Jsoup.parse(operator.get("/workbench/messages/" + id).asString())
                .select("a[href=/documents/" + docId + "]").text()).isEqualTo("查看公开页面");
        assertThat(doc).contains("路灯长期不亮", "139****5678", "138****5678", "办理用时", "我叫王*", "王*您好")
                .doesNotContain("13912345678", "13812345678", "王五");
        String list = text(given().get("/hudong"));
        assertThat(list).contains("路灯长期不亮", "昆山市人民政府办公室", "个工作日");
        // browser walk: it headed the home page's 最新信息 as if the government had published it
        assertThat(org.jsoup.Jsoup.parse(given().get("/").asString()).select("a[href=/documents/" + docId + "]"))
                .as("a letter is 互动交流, not the government's latest information").isEmpty();
        assertThat(given().get("/kiosk").asString()).doesNotContain("/documents/" + docId + "\"");
        // …and its page reads as a letter and its answer under 互动交流, not a 政府信息 with 索引号 and 文号 无
        org.jsoup.nodes.Document letterPage = org.jsoup.Jsoup.parse(given().get("/documents/" + docId).asString());
        assertThat(letterPage.select("table.meta")).isEmpty();
        assertThat(letterPage.select(".letter-meta").text()).contains("答复单位：昆山市人民政府办公室");
        assertThat(letterPage.select("nav.breadcrumb a").eachAttr("href")).contains("/hudong").doesNotContain("/xxgk");

        // searchable on the public search
        boolean found = false;
        for (int i = 0; i < 50 && !found; i++) {
            JsonPath search = given().queryParam("q", "路灯长期不亮").get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            found = search.getList("results.url").stream().anyMatch(u -> String.valueOf(u).contains("/documents/" + docId));
            if (!found) {
                sleep(100);
            }
        }
        assertThat(found).as("the published message is found by the public search").isTrue();
        // its snippet reads as the page does: the masked number, not the Markdown that keeps it literal
        String snippet = given().queryParam("q", "夜里出行不便").get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                .getList("results.snippet", String.class).stream().filter(t -> t.contains("出行")).findFirst().orElse("");
        assertThat(snippet).contains("139****5678").doesNotContain("\\", "王五");

        // unsatisfied: one 重办, with a new deadline
        Response redo = citizen.post("/hudong/follow/rate", Map.of("code", code, "secret", secret, "satisfaction", "UNSATISFIED",
                "reason", "路灯仍然不亮"));
        assertThat(redo.statusCode()).isEqualTo(200);
        assertThat(text(redo)).contains("办理中", "答复期限");
        assertThat(szfbEditor.post("/workbench/messages/" + id + "/reply", Map.of("reply",
                "经复查，小区门口另有一盏路灯线路老化，已于今日更换线路。")).statusCode()).isEqualTo(303);
        assertThat(reviewer2.post("/workbench/messages/" + id + "/return", reviewed(id)).statusCode()).as("a return needs its reason").isEqualTo(400);
        // security review: a page kept open since the first reply approved the second one unread
        assertThat(reviewer2.post("/workbench/messages/" + id + "/approve", Map.of("reply", firstReply)).statusCode())
                .as("the page showed another reply").isEqualTo(409);
        assertThat(reviewer2.post("/workbench/messages/" + id + "/approve").statusCode()).as("a form naming no reply").isEqualTo(400);
        for (Staff r : List.of(reviewer2, Staff.login("szfb-reviewer3"), reviewer1)) {
            assertThat(r.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(303);
        }
        assertThat(text(citizen.post("/hudong/follow", Map.of("code", code, "secret", secret)))).contains("更换线路");
        assertThat(QuarkusTransaction.requiringNew().call(() -> DocumentVersion.history(Document.findById(docId)).size())).isEqualTo(2);
        Response closed = citizen.post("/hudong/follow/rate", Map.of("code", code, "secret", secret, "satisfaction", "SATISFIED"));
        assertThat(text(closed)).contains("已办结", "满意");
        // code review: the handling list held every message ever given to the organization, unpaged; the
        // work in hand stays on top, what is done goes below it, a page at a time
        org.jsoup.nodes.Document handling = org.jsoup.Jsoup.parse(szfbEditor.get("/workbench/messages").asString());
        assertThat(handling.select("#in-hand").text()).doesNotContain(code);
        assertThat(handling.select("#done").text()).contains(code).contains("已办结和不予受理的来信");
        assertThat(szfbEditor.get("/workbench/messages?page=x").statusCode()).isEqualTo(400);
        assertThat(citizen.post("/hudong/follow/rate", Map.of("code", code, "secret", secret, "satisfaction", "UNSATISFIED",
                "reason", "还是不亮")).statusCode())
                .as("rated once, no second 重办").isEqualTo(409);

        // the dashboard: operator and auditors, not an organization's editor
        Staff auditor = Staff.login("auditor");
        Response health = auditor.get("/workbench/messages/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(text(health)).contains("昆山市人民政府办公室", "100%（1/1）");
        assertThat(szfbEditor.get("/workbench/messages/health").statusCode()).isEqualTo(403);
    }

    @Test
    void anAuditorOverseesAMessageWithoutTheCitizensPersonalData() {
        String code = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"投诉\",\"subject\":\"320583198001011238社保未缴\",\"text\":\"我叫赵六，我的身份证号码320583198001011238，公司一直不给交社保。\","
                        + "\"contact\":\"13912345678\",\"publish\":false}")
                .post("/api/v1/messages").then().statusCode(201).extract().path("trackingCode");
        long id = id(code);
        Staff operator = Staff.login("site-admin");
        operator.post("/workbench/messages/" + id + "/accept");
        assertThat(operator.post("/workbench/messages/" + id + "/assign", Map.of("lead", "czj")).statusCode()).isEqualTo(303);
        // who handles it reads what is needed to answer: the contact and the text as written
        assertThat(Staff.login("czj-editor").get("/workbench/messages/" + id).asString())
                .contains("13912345678", "320583198001011238");
        assertThat(operator.get("/workbench/messages/" + id).asString()).contains("13912345678");
        // who oversees it sees the deadline and the text, masked as a public page would be
        String overseen = Staff.login("auditor").get("/workbench/messages/" + id).then().statusCode(200).extract().asString();
        assertThat(overseen).contains(code, "公司一直不给交社保", "仅办理单位可见", "我叫赵*")
                .doesNotContain("13912345678").doesNotContain("320583198001011238").doesNotContain("赵六");
        assertThat(Staff.login("auditor").get("/workbench/messages").asString()).contains(code).doesNotContain("320583198001011238");
        assertThat(Staff.login("auditor").get("/workbench/messages/health").asString()).contains(code).doesNotContain("320583198001011238");
        assertThat(operator.get("/workbench/messages/health").asString()).contains("320583198001011238社保未缴");
    }

    @Test
    void theOperatorAcceptsAComplaintSentAsAQuestionWithAComplaintsTimeLimit() {
        // browser walk: a complaint typed under the preselected 咨询 could only be accepted or refused as typed
        String code = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"咨询\",\"subject\":\"投诉物业乱收费\",\"text\":\"小区物业多收停车费，投诉无人处理。\",\"contact\":\"someone@example.com\",\"publish\":false}")
                .post("/api/v1/messages").then().statusCode(201).extract().path("trackingCode");
        long id = id(code);
        java.time.LocalDate asQuestion = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).dueOn);
        Staff operator = Staff.login("site-admin");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(operator.get("/workbench/messages/" + id).asString());
        assertThat(page.select("#accept-type option[selected]").text()).isEqualTo("咨询");
        assertThat(operator.post("/workbench/messages/" + id + "/accept", Map.of("type", "不存在")).statusCode()).isEqualTo(400);
        assertThat(operator.post("/workbench/messages/" + id + "/accept", Map.of("type", "COMPLAINT")).statusCode()).isEqualTo(303);
        CitizenMessage accepted = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id));
        assertThat(accepted.type).isEqualTo(MessageType.COMPLAINT);
        assertThat(accepted.status).isEqualTo(MessageStatus.ACCEPTED);
        // 咨询 5 and 投诉 10 working days from the same receipt (content/interaction/messages.yaml)
        assertThat(accepted.dueOn).isAfter(asQuestion);
        assertThat(rules.workingDaysBetween(accepted.receivedOn, accepted.dueOn)).isEqualTo(10);
    }

    @Test
    void anotherOrganizationCannotReadOrAnswer() {
        String code = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"咨询\",\"subject\":\"办事指南在哪里查\",\"text\":\"想查询不动产登记的办事指南。\",\"contact\":\"someone@example.com\",\"publish\":false}")
                .post("/api/v1/messages").then().statusCode(201).extract().path("trackingCode");
        long id = id(code);
        Staff operator = Staff.login("site-admin");
        operator.post("/workbench/messages/" + id + "/accept");
        assertThat(operator.post("/workbench/messages/" + id + "/assign", Map.of("lead", "czj")).statusCode()).isEqualTo(303);
        Staff szfbEditor = Staff.login("szfb-editor");
        Staff szfbReviewer = Staff.login("szfb-reviewer1");
        assertThat(szfbEditor.get("/workbench/messages/" + id).statusCode()).isEqualTo(404);
        assertThat(szfbEditor.get("/workbench/messages").asString()).doesNotContain(code);
        assertThat(szfbEditor.post("/workbench/messages/" + id + "/reply", Map.of("reply", "越权答复")).statusCode()).isEqualTo(404);
        assertThat(szfbEditor.post("/workbench/messages/" + id + "/handle", Map.of("organization", "czj", "note", "越权")).statusCode()).isEqualTo(404);
        Staff czjEditor = Staff.login("czj-editor");
        assertThat(czjEditor.get("/workbench/messages").asString()).contains(code);
        assertThat(czjEditor.post("/workbench/messages/" + id + "/reply", Map.of("reply", "请在本网站办事服务栏目查询。")).statusCode()).isEqualTo(303);
        assertThat(szfbReviewer.post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(404);
        assertThat(Staff.login("czj-reviewer").post("/workbench/messages/" + id + "/approve", reviewed(id)).statusCode()).isEqualTo(303);
        // not published without consent
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).publishedDocument)).isNull();
    }

    @Test
    void theJsonContract() {
        Response created = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"建议\",\"subject\":\"增加公交线路\",\"text\":\"建议开通高铁南站到开发区的公交线路。\",\"contact\":\"13900001111\",\"publish\":true,\"organization\":\"czj\"}")
                .post("/api/v1/messages");
        assertThat(created.statusCode()).isEqualTo(201);
        String code = created.path("trackingCode");
        String secret = created.path("secret");
        assertThat(code).startsWith("HD");
        assertThat(secret).isNotBlank();
        JsonPath status = RestAssured.given().header("X-Message-Secret", secret).get("/api/v1/messages/" + code)
                .then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("status")).isEqualTo("RECEIVED");
        assertThat(status.getString("deadline")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(status.getString("reply")).isNull();
        // security audit: the secret in the address stays in proxies' logs and histories, so it is refused there
        Response inAddress = RestAssured.given().queryParam("secret", secret).get("/api/v1/messages/" + code);
        assertThat(inAddress.statusCode()).isEqualTo(400);
        assertThat(inAddress.asString()).contains("X-Message-Secret").doesNotContain("RECEIVED");
        // and a client that sends it in both is told so too (security review: answered 200)
        assertThat(RestAssured.given().header("X-Message-Secret", secret).queryParam("secret", secret).get("/api/v1/messages/" + code)
                .statusCode()).isEqualTo(400);
        // the secret in a header, out of addresses that proxies and histories keep
        assertThat(RestAssured.given().header("X-Message-Secret", secret).get("/api/v1/messages/" + code)
                .then().statusCode(200).extract().jsonPath().getString("status")).isEqualTo("RECEIVED");
        RestAssured.given().header("X-Message-Secret", "NOPE").get("/api/v1/messages/" + code).then().statusCode(404);

        // the same checks as the form: every wrong field named, nothing written
        long before = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count());
        Response bad = RestAssured.given().contentType("application/json")
                .body("{\"type\":\"闲聊\",\"subject\":\"\",\"text\":\"" + "长".repeat(MessageInput.MAX_TEXT + 1) + "\",\"contact\":\"x\"}")
                .post("/api/v1/messages");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("type", "subject", "text", "contact", "“联系方式”格式不正确");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count())).isEqualTo(before);
        // a form post cannot reach the API
        assertThat(RestAssured.given().contentType(Staff.FORM).formParam("type", "咨询").post("/api/v1/messages").statusCode()).isEqualTo(415);
        // JSON of the wrong shape or with a value of the wrong kind: a problem that says what, not an empty 400
        for (String wrong : new String[]{
                "{\"type\":\"咨询\",\"subject\":\"t\",\"text\":\"x\",\"contact\":\"1\",\"publish\":\"yes\"}", "[1,2]", "\"str\""}) {
            Response refused = RestAssured.given().contentType("application/json").body(wrong).post("/api/v1/messages");
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.contentType()).as(wrong).startsWith("application/problem+json");
            assertThat(refused.<String>path("detail")).as(wrong).isNotBlank();
        }
        assertThat(RestAssured.given().contentType("application/json")
                .body("{\"type\":\"咨询\",\"subject\":\"t\",\"text\":\"x\",\"contact\":\"1\",\"publish\":\"yes\"}")
                .post("/api/v1/messages").<String>path("parameter")).isEqualTo("publish");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CitizenMessage.count())).isEqualTo(before);
    }

    @Test
    void oneNumberAnswersByApiAndOnThePagesWithoutJavaScript() {
        JsonPath answers = RestAssured.given().queryParam("q", "申请公开以后要等多久").get("/api/v1/answers")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answers.getList("results")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(answers.getList("results.question", String.class)).contains("申请政府信息公开后多长时间答复？");
        assertThat(answers.getString("results[0].answer")).isNotBlank();
        assertThat(answers.getString("results[0].organization")).isEqualTo("昆山市人民政府办公室");
        assertThat(answers.getString("results[0].source")).contains("政府信息公开条例》第");
        assertThat(answers.getString("results[0].url")).startsWith("/documents/");
        RestAssured.given().queryParam("q", "x".repeat(201)).get("/api/v1/answers").then().statusCode(400);
        assertThat(RestAssured.given().queryParam("q", "").get("/api/v1/answers").then().statusCode(200).extract().jsonPath()
                .getList("results")).isEmpty();

        // the 一号答 box without JavaScript: the answers on the next page, every pair by topic
        Response page = given().queryParam("q", "申请信息公开要交钱吗").get("/hudong/answers");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page)).contains("申请政府信息公开收费吗？", "第四十二条", "年度报告", "监督和救济");
        // the answer is a document with its 来源 linked: the provision it interprets
        String url = answers.getString("results[0].url");
        assertThat(text(given().get(url))).contains("中华人民共和国政府信息公开条例");

        // the message form without JavaScript: related answers on the receipt
        Visitor citizen = new Visitor();
        String token = group(FORM_TOKEN, citizen.get("/hudong/write").asString());
        sleep(3100);
        Response receipt = citizen.post("/hudong/write", Map.of("formToken", token, "type", "咨询", "subject", "政府信息公开年报在哪里看",
                "text", "想看市财政局去年的政府信息公开工作年度报告。", "contact", "13900002222"));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.asString()).contains("id=\"related-answers\"", "政府信息公开工作年度报告在哪里看？什么时候发布？");
    }

    /** The links of the workbench home's 待我审核 besides drafts. */
    static java.util.List<String> otherReviews(Staff staff) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench").asString()).select("#other-reviews a[href]").eachAttr("href");
    }

    /** The workbench home's line about letters. */
    static String attention(Staff staff) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench").asString()).select("#message-attention").text();
    }

    /** What a reviewer's page sends with its decision: the reply it showed. */
    private static Map<String, Object> reviewed(long message) {
        return Map.of("reply", QuarkusTransaction.requiringNew().call(() ->
                MessageReply.inReview(CitizenMessage.findById(message)).orElseThrow().id));
    }
}
