package org.zwgk.portal.interviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.workflow.ReviewForms;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.surveys.SurveysTestProfile;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 在线访谈 / 新闻发布会 through the pages: scheduled by an organization's editor with guests and a
 * policy document (a bad document id comes back as typed), another organization kept out; a citizen's
 * question held for moderation and shown de-identified; live entries with a picture checked by its
 * bytes, the live page refreshing itself without script; ended, the transcript with its picture and
 * the policy link, no more questions or entries.
 */
@QuarkusTest
@TestProfile(SurveysTestProfile.class)
class InterviewTest {

    @jakarta.inject.Inject
    org.zwgk.portal.workflow.Fixtures documents;

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    static String text(Response r) {
        return r.asString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    /** A review form as the interview's workbench page posts it: its version now and the {@code fields}. */
    static Map<String, Object> seen(long id, Object... fields) {
        return org.zwgk.portal.workflow.ReviewForms.seen(Interview.class, id, fields);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1f5f99);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    Response entry(Staff who, long id, String speaker, String body, String fileName, byte[] file, String type) {
        // a browser sends the text parts as UTF-8
        var spec = who.given().multiPart("csrf-token", who.csrf())
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(speaker).controlName("speaker").charset("UTF-8").build())
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(body).controlName("body").charset("UTF-8").build());
        if (file != null) {
            spec = spec.multiPart("picture", fileName, file, type);
        }
        return spec.post("/workbench/interviews/" + id + "/entries");
    }

    long scheduleUnpublished(Staff editor, String title) {
        Response scheduled = editor.post("/workbench/interviews", Map.of("organization", "czj", "kind", "INTERVIEW", "title", title,
                "startsAt", "2026-12-20T15:00", "place", "市政府新闻发布厅", "guests", "王明 市财政局局长\n李华 预算科科长",
                "description", "就预算公开答网友问。"));
        assertThat(scheduled.statusCode()).isEqualTo(303);
        return Long.parseLong(scheduled.getHeader("Location").replaceAll(".*/", ""));
    }

    @jakarta.inject.Inject
    InterviewService interviews;
    @jakarta.inject.Inject
    InterviewFixtures fixtures;
    @jakarta.inject.Inject
    org.zwgk.portal.messages.MessageConfig limits;

    @Test
    void aReviewFormWithoutTheVersionItsPageShowedIsRefusedAndChangesNothing() {
        // security review: a hand-made post that left the version out skipped the seen-version check
        long id = fixtures.draft("czj", "czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        ReviewForms.Review before = ReviewForms.review(Interview.class, id);
        long audited = documents.auditCount();

        ReviewForms.refusedWithoutVersion(reviewer, "/workbench/interviews/" + id, "最新", "嘉宾名单待定");

        assertThat(ReviewForms.review(Interview.class, id)).as("neither approved nor sent back").isEqualTo(before);
        assertThat(documents.auditCount()).as("nothing audited: nothing done").isEqualTo(audited);
        assertThat(reviewer.post("/workbench/interviews/" + id + "/publish", seen(id)).statusCode()).as("the page's own form").isEqualTo(303);
    }

    @Test
    void theSubmissionLimitOfAnAddressNamesTheQuestionNotALetter() {
        // browser walk: 429 「同一地址提交来信过于频繁」 for a question; the one limit of letters, worded for what was sent
        long id = fixtures.scheduled("czj", "czj-editor");
        String address = "203.0.113.42";
        for (int n = 0; n < limits.contributionsPerAddress(); n++) {
            int k = n;
            QuarkusTransaction.requiringNew().run(() -> interviews.ask(id, "第" + k + "个问题", address, () -> { }));
        }
        org.zwgk.portal.web.UserError refused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> QuarkusTransaction.requiringNew()
                .run(() -> interviews.ask(id, "又一个问题", address, () -> { })), org.zwgk.portal.web.UserError.class);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message(null)).contains("同一地址提交问题过于频繁").doesNotContain("来信");
    }

    @Test
    void itsReviewerSeesAllThatGoesPublicBeforeApprovingIt() {
        // browser walk: the reviewer saw title, time and place, not the description, guests or policies
        Staff editor = Staff.login("czj-editor");
        long policyId = documents.published("czyjs");
        String policyTitle = QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(policyId).meta.title);
        Response scheduled = editor.post("/workbench/interviews", Map.of("organization", "czj", "kind", "INTERVIEW", "title", "审核前看全文的访谈",
                "startsAt", "2026-12-21T15:00", "place", "市政府新闻发布厅", "guests", "王明 市财政局局长\n李华 预算科科长",
                "description", "就预算公开的新做法答网友问。", "documents", String.valueOf(policyId)));
        long id = Long.parseLong(scheduled.getHeader("Location").replaceAll(".*/", ""));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Staff.login("czj-reviewer").get("/workbench/interviews/" + id).asString());
        assertThat(page.select("#publish")).as("the reviewer may approve it").hasSize(1);
        assertThat(page.select("#interview-description").text()).isEqualTo("就预算公开的新做法答网友问。");
        assertThat(page.select(".guests").text()).contains("王明 · 市财政局局长", "李华 · 预算科科长");
        assertThat(page.select(".policies a[href=/documents/" + policyId + "]").text()).isEqualTo(policyTitle);
    }

    @Test
    void aDocNumberTypedWithSpacesInsideNamesOneDocument() {
        // "昆财 〔2027〕 12号", as copied from a printed page, was cut at its spaces and each piece refused
        Staff editor = Staff.login("czj-editor");
        long policy = documents.published("czyjs");
        long second = documents.published("czyjs");
        long third = documents.published("czyjs");
        QuarkusTransaction.requiringNew().run(() -> Document.<Document>findById(policy).meta.docNumber = "昆财〔2027〕" + policy + "号");
        Response scheduled = editor.post("/workbench/interviews", Map.of("organization", "czj", "kind", "INTERVIEW",
                "title", "文号带空格的访谈", "startsAt", "2026-12-22T15:00", "place", "市政府新闻发布厅", "guests", "王明 市财政局局长",
                "description", "就预算公开答网友问。", "documents", "昆财 〔2027〕 " + policy + "号、" + second + " " + third));
        assertThat(scheduled.statusCode()).as(text(scheduled)).isEqualTo(303);
        long id = Long.parseLong(scheduled.getHeader("Location").replaceAll(".*/", ""));
        // ids and addresses typed with spaces between them are still each a document
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/interviews/" + id).asString());
        assertThat(page.select(".policies a").eachAttr("href"))
                .containsExactlyInAnyOrder("/documents/" + policy, "/documents/" + second, "/documents/" + third);
    }

    @Test
    void aDocNumberTwoPublicDocumentsShareIsRefusedWithTheFormKept() {
        // two documents under one 文号 (a typing error, a second copy): linking whichever was published last would be a guess
        Staff editor = Staff.login("czj-editor");
        long first = documents.published("czyjs");
        long second = documents.published("czyjs");
        String number = "昆财〔2028〕" + first + "号";
        String[] indexNumbers = QuarkusTransaction.requiringNew().call(() -> {
            Document a = Document.findById(first);
            Document b = Document.findById(second);
            a.meta.docNumber = number;
            b.meta.docNumber = number;
            return new String[]{a.indexNumber, b.indexNumber};
        });
        Map<String, String> form = new java.util.HashMap<>(Map.of("organization", "czj", "kind", "PRESS_CONFERENCE",
                "title", "文号重复的发布会", "startsAt", "2026-12-23T10:00", "place", "市政府新闻发布厅", "guests", "王明 市财政局局长",
                "description", "就预算公开答记者问。", "documents", "昆财 [2028] " + first + "号"));
        long before = QuarkusTransaction.requiringNew().call(() -> Interview.count());
        Response refused = editor.post("/workbench/interviews", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).contains("文号“昆财 [2028] " + first + "号”对应多份已公开文件，请改填其中一份的索引号或网址。");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.select("#title").val()).as("typed kept").isEqualTo("文号重复的发布会");
        assertThat(page.select("#documents").val()).isEqualTo("昆财 [2028] " + first + "号");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.count())).as("nothing written").isEqualTo(before);
        // as the refusal says: the 索引号 of the one meant
        form.put("documents", indexNumbers[1]);
        Response scheduled = editor.post("/workbench/interviews", form);
        assertThat(scheduled.statusCode()).as(text(scheduled)).isEqualTo(303);
        long id = Long.parseLong(scheduled.getHeader("Location").replaceAll(".*/", ""));
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/interviews/" + id).asString()).select(".policies a").eachAttr("href"))
                .containsExactly("/documents/" + second);
    }

    @Test
    void itsTimeAndItsEntriesTimesReadAsTheRestOfTheSite() {
        // browser walk: "2026-12-20T15:00" on the pages, and an entry of another day showed only "06:27"
        Staff editor = Staff.login("czj-editor");
        long id = scheduleUnpublished(editor, "时间格式的访谈");
        assertThat(Staff.login("czj-reviewer").post("/workbench/interviews/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        // an empty entry names what is missing (browser walk: 此项必须填写。；此项必须填写。 named neither field)
        Response empty = editor.post("/workbench/interviews/" + id + "/entries", Map.of("speaker", " ", "body", " "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(text(empty)).contains("发言人：", "内容：");
        assertThat(editor.post("/workbench/interviews/" + id + "/entries", Map.of("speaker", "主持人", "body", "提前预热。")).statusCode())
                .isEqualTo(303);
        String posted = QuarkusTransaction.requiringNew().call(() -> java.time.LocalDateTime.ofInstant(
                InterviewEntry.<InterviewEntry>find("interview.id", id).firstResult().postedAt, org.zwgk.portal.common.PortalConfig.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        assertThat(posted).as("the clock of the test is not the interview's day").doesNotStartWith("2026-12-20");
        for (String page : new String[]{"/hudong/interviews/" + id, "/hudong/interviews"}) {
            assertThat(text(given().get(page))).as(page).contains("2026-12-20 15:00").doesNotContain("2026-12-20T15:00");
        }
        assertThat(text(editor.get("/workbench/interviews/" + id))).contains("2026-12-20 15:00", posted).doesNotContain("T15:00");
        assertThat(org.jsoup.Jsoup.parse(given().get("/hudong/interviews/" + id).asString()).select(".entries .meta").text())
                .as("an entry of another day has its date").isEqualTo(posted);
    }

    @Test
    void anInterviewSentBackIsRescheduledByItsEditorOrDeleted() {
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        long id = scheduleUnpublished(editor, "退回修改的访谈");
        assertThat(reviewer.post("/workbench/interviews/" + id + "/return", seen(id, "returnComment", "时间与局长日程冲突，请改到下午四点。"))
                .statusCode()).isEqualTo(303);
        org.jsoup.nodes.Document own = org.jsoup.Jsoup.parse(editor.get("/workbench/interviews/" + id).asString());
        assertThat(own.select("#return-comment").text()).isEqualTo("时间与局长日程冲突，请改到下午四点。");
        assertThat(own.select("#change input[name=startsAt]").val()).as("the time as the field takes it").isEqualTo("2026-12-20T15:00");
        assertThat(own.select("#change textarea[name=guests]").val()).contains("王明 市财政局局长", "李华 预算科科长");
        assertThat(editor.post("/workbench/interviews/" + id + "/change", Map.of("kind", "INTERVIEW", "title", "退回修改的访谈",
                "startsAt", "2026-12-20T16:00", "place", "市政府新闻发布厅", "guests", "王明 市财政局局长",
                "description", "就预算公开答网友问。")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/interviews/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(text(given().get("/hudong/interviews/" + id))).contains("2026-12-20 16:00").doesNotContain("李华");

        long other = scheduleUnpublished(editor, "不再举办的访谈");
        assertThat(reviewer.post("/workbench/interviews/" + other + "/discard").statusCode()).as("its reviewer does not edit").isEqualTo(403);
        assertThat(editor.post("/workbench/interviews/" + other + "/discard").statusCode()).isEqualTo(303);
        assertThat(editor.get("/workbench/interviews/" + other).statusCode()).isEqualTo(404);
        assertThat(text(editor.get("/workbench/interviews"))).doesNotContain("不再举办的访谈");
    }

    @Test
    void aRefusedScheduleNamesEachFieldNextToItAndInTheSummary() {
        // browser walk: "有 3 处需要修改" and three bare 此项必须填写。, nothing next to the fields
        Response refused = Staff.login("czj-editor").post("/workbench/interviews", Map.of("organization", "czj", "kind", "INTERVIEW",
                "title", "只填了标题的访谈", "startsAt", "2026-12-20T15:00"));
        assertThat(refused.statusCode()).isEqualTo(400);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.select(".form-error li, [role=alert] li").eachText()).contains("地点：此项必须填写。", "嘉宾：此项必须填写。", "简介：此项必须填写。");
        assertThat(page.select("#place[aria-invalid=true]")).hasSize(1);
        assertThat(page.select("#guests-error").text()).isEqualTo("此项必须填写。");
        assertThat(page.select("#title").val()).isEqualTo("只填了标题的访谈");
        org.jsoup.nodes.Document scheduled = org.jsoup.Jsoup.parse(Staff.login("czj-editor").get("/workbench/interviews").asString());
        assertThat(scheduled.select("#place[required], #guests[required], #description[required]")).hasSize(3);
    }

    @Test
    void anInterviewWaitingForReviewCannotGoLiveNorEnd() {
        // browser walk: an entry posted while 待审核 set it 直播中 though the public could not see it
        Staff editor = Staff.login("czj-editor");
        long id = scheduleUnpublished(editor, "待审核时不能直播的访谈");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/interviews/" + id).asString());
        assertThat(page.select("form[action$=/entries], form[action$=/end]")).as("no entry or end form").isEmpty();
        assertThat(page.select("#live-after-publication").text()).contains("审核发布后");
        Response entry = editor.post("/workbench/interviews/" + id + "/entries", Map.of("speaker", "主持人", "body", "欢迎各位网友。"));
        assertThat(entry.statusCode()).isEqualTo(409);
        assertThat(text(entry)).contains("还没有审核发布");
        assertThat(editor.post("/workbench/interviews/" + id + "/end").statusCode()).isEqualTo(409);
        QuarkusTransaction.requiringNew().run(() -> {
            Interview i = Interview.findById(id);
            assertThat(i.status).as("still 预告").isEqualTo(Interview.Status.SCHEDULED);
            assertThat(InterviewEntry.count("interview", i)).as("nothing written").isZero();
        });
    }

    @Test
    void scheduleAskGoLiveWithAPictureEndAndReadTheTranscript() throws Exception {
        Staff editor = Staff.login("czj-editor");
        Staff reviewer = Staff.login("czj-reviewer");
        Staff other = Staff.login("szfb-editor");
        // a policy of the interview's own organization (one does not write onto another's documents)
        long ownId = documents.published("czyjs");
        Object[] policy = QuarkusTransaction.requiringNew().call(() -> {
            Document d = Document.findById(ownId);
            d.meta.docNumber = "昆财〔2026〕" + d.id + "号";
            return new Object[]{d.id, d.meta.title};
        });
        long othersPolicy = QuarkusTransaction.requiringNew().call(() -> Document.<Document>list("status", DocumentStatus.PUBLISHED)
                .stream().filter(x -> !x.organization.code.equals("czj") && x.isListed()).findFirst().orElseThrow().id);
        long policyId = (Long) policy[0];
        Map<String, String> form = new java.util.HashMap<>(Map.of("organization", "czj", "kind", "INTERVIEW",
                "title", "解读2026年预算公开工作", "startsAt", "2026-12-10T15:00", "place", "市政府新闻发布厅",
                "guests", "王明 市财政局局长\n李华 市财政局预算科科长", "description", "就预算公开答网友问。", "documents", "999999"));

        Response bad = editor.post("/workbench/interviews", form);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(text(bad)).contains("没有找到“999999”对应的已公开文件");
        form.put("documents", "昆财〔2026〕999999999号");
        assertThat(text(editor.post("/workbench/interviews", form))).contains("没有找到“昆财〔2026〕999999999号”对应的已公开文件");
        // its address, as copied from the browser, names a document as well as its id
        form.put("documents", "http://localhost/documents/" + othersPolicy);
        assertThat(text(editor.post("/workbench/interviews", form))).contains("不是本单位发布的");
        assertThat(bad.asString()).as("typed kept").contains("value=\"解读2026年预算公开工作\"", "李华 市财政局预算科科长");
        // and staff know a policy by its 文号, typed with whatever brackets are at hand
        form.put("documents", "昆财[2026]" + policyId);
        assertThat(other.post("/workbench/interviews", form).statusCode()).isEqualTo(403);
        Response scheduled = editor.post("/workbench/interviews", form);
        assertThat(scheduled.statusCode()).isEqualTo(303);
        long id = Long.parseLong(scheduled.getHeader("Location").replaceAll(".*/", ""));
        // nobody sees it, nor the policy's link to it, until a reviewer other than its author publishes it
        assertThat(given().get("/hudong/interviews/" + id).statusCode()).isEqualTo(404);
        assertThat(given().get("/documents/" + policyId).asString()).doesNotContain("/hudong/interviews/" + id + "\"");
        assertThat(editor.post("/workbench/interviews/" + id + "/publish", seen(id)).statusCode()).isEqualTo(403);
        assertThat(otherReviews(Staff.login("czj-reviewer"))).as("in the reviewer's 待我审核").contains("/workbench/interviews/" + id);
        assertThat(Staff.login("czj-reviewer").post("/workbench/interviews/" + id + "/publish", seen(id)).statusCode()).isEqualTo(303);
        assertThat(otherReviews(Staff.login("czj-reviewer"))).as("published: gone").doesNotContain("/workbench/interviews/" + id);

        assertThat(given().get("/documents/" + policyId).asString()).as("the policy links back")
                .contains("<a href=\"/hudong/interviews/" + id + "\">在线访谈《解读2026年预算公开工作》解读了本文件</a>");
        String list = text(given().get("/hudong/interviews"));
        assertThat(list.indexOf("解读2026年预算公开工作")).as("listed under 访谈预告").isGreaterThan(list.indexOf("访谈预告"));
        Response page = given().get("/hudong/interviews/" + id);
        assertThat(text(page)).contains("预告", "王明 · 市财政局局长", policy[1].toString());
        assertThat(page.asString()).contains("href=\"/documents/" + policyId + "\"").doesNotContain("http-equiv=\"refresh\"");

        // a citizen asks before the event; shown only once approved, de-identified
        String csrf = page.getCookie("csrf-token");
        Matcher m = FORM_TOKEN.matcher(page.asString());
        assertThat(m.find()).isTrue();
        Response tooFast = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", m.group(1)).formParam("body", "预算表能否公开到项目？").post("/hudong/interviews/" + id + "/questions");
        assertThat(tooFast.statusCode()).as("a form sent at once is refused, the text kept").isEqualTo(429);
        assertThat(tooFast.asString()).contains("预算表能否公开到项目？");
        MovableClock.advance(Duration.ofSeconds(5));
        Response asked = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", m.group(1)).formParam("body", "预算表能否公开到项目？我的手机13912340000")
                .post("/hudong/interviews/" + id + "/questions");
        assertThat(asked.statusCode()).isEqualTo(200);
        Response twice = given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf)
                .formParam("formToken", m.group(1)).formParam("body", "预算表能否公开到项目？").post("/hudong/interviews/" + id + "/questions");
        assertThat(twice.statusCode()).isEqualTo(409);
        // browser walk: it said 如需再写一封 (another letter) for a question
        assertThat(text(twice)).contains("这个问题已经提交过了").doesNotContain("再写一封", "来信");
        assertThat(text(asked)).contains("问题已收到").doesNotContain("预算表能否公开到项目");
        long question = QuarkusTransaction.requiringNew().call(() ->
                InterviewQuestion.<InterviewQuestion>find("interview.id", id).firstResult().id);
        // its moderators are told on the workbench home; another organization's and the auditor are not
        org.jsoup.nodes.Element waiting = org.jsoup.Jsoup.parse(reviewer.get("/workbench").asString()).selectFirst("#pending-questions a");
        assertThat(waiting).isNotNull();
        assertThat(waiting.text()).startsWith("待审核的问题（");
        assertThat(waiting.attr("href")).isEqualTo("/workbench/interviews");
        assertThat(org.jsoup.Jsoup.parse(Staff.login("szfb-reviewer1").get("/workbench").asString()).select("#pending-questions")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(Staff.login("auditor").get("/workbench").asString()).select("#pending-questions")).isEmpty();
        // the moderator reads what was sent; an auditor overseeing the queue reads it through the privacy gate
        assertThat(text(reviewer.get("/workbench/interviews/" + id))).contains("13912340000");
        assertThat(text(Staff.login("auditor").get("/workbench/interviews/" + id))).contains("预算表能否公开到项目", "139****0000")
                .doesNotContain("13912340000");
        assertThat(other.post("/workbench/interviews/" + id + "/questions/" + question + "/approve").statusCode()).isEqualTo(404);
        assertThat(reviewer.post("/workbench/interviews/" + id + "/questions/" + question + "/approve").statusCode()).isEqualTo(303);
        assertThat(text(given().get("/hudong/interviews/" + id))).contains("预算表能否公开到项目", "139****0000").doesNotContain("13912340000");

        // live: entries, one with a picture; a script renamed .png is refused with the text kept
        Response fake = entry(editor, id, "王明", "各位网友好。", "photo.png", "<script>alert(1)</script>".getBytes(), "image/png");
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(text(fake)).contains("图片须为 PNG 或 JPEG 格式");
        assertThat(fake.asString()).contains("各位网友好。", "value=\"王明\"");
        assertThat(entry(reviewer, id, "王明", "不是编辑", null, null, null).statusCode()).as("a reviewer does not post entries").isEqualTo(403);
        assertThat(entry(editor, id, "主持人", "欢迎各位网友来到访谈现场。", "hall.png", png(), "image/png").statusCode()).isEqualTo(303);
        assertThat(entry(editor, id, "王明", "预算公开到项目是今年的重点。", null, null, null).statusCode()).isEqualTo(303);
        // a live entry is public at once: a listed sensitive word stops it until its editor confirms it
        Response sensitive = entry(editor, id, "王明", "台湾国的预算", null, null, null);
        assertThat(sensitive.statusCode()).isEqualTo(400);
        assertThat(text(sensitive)).contains("“台湾国”", "已核对");
        assertThat(sensitive.asString()).contains("name=\"acknowledged\"", ">台湾国的预算</textarea>");
        assertThat(text(given().get("/hudong/interviews/" + id))).doesNotContain("台湾国");
        assertThat(entry(editor, id, "王明", "据不完全统计，预算公开率有所提高。", null, null, null).statusCode()).isEqualTo(400);
        assertThat(editor.post("/workbench/interviews/" + id + "/entries", Map.of("speaker", "王明", "body", "据不完全统计，预算公开率有所提高。",
                "acknowledged", "true")).statusCode()).as("posted once its editor confirmed it").isEqualTo(303);
        assertThat(text(given().get("/hudong/interviews/" + id))).contains("预算公开率有所提高");
        Response live = given().get("/hudong/interviews/" + id);
        assertThat(live.asString()).contains("<meta http-equiv=\"refresh\" content=\"30\">");
        assertThat(text(live)).contains("直播中", "文字直播", "欢迎各位网友来到访谈现场", "预算公开到项目是今年的重点");
        Matcher pic = Pattern.compile("src=\"(/hudong/interviews/" + id + "/pictures/\\d+)\" alt=\"主持人发言现场图片\"").matcher(live.asString());
        assertThat(pic.find()).isTrue();
        Response image = given().get(pic.group(1));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/png");
        assertThat(image.asByteArray()).isEqualTo(png());
        assertThat(live.asString()).as("no form on a page that reloads itself").doesNotContain("name=\"formToken\"")
                .contains("href=\"/hudong/interviews/" + id + "/ask#ask\"");
        Response ask = given().get("/hudong/interviews/" + id + "/ask");
        assertThat(ask.asString()).contains("name=\"formToken\"").doesNotContain("http-equiv=\"refresh\"");
        assertThat(text(given().get("/hudong/interviews"))).contains("正在直播");

        // ended: the transcript, no refresh, no more questions or entries
        assertThat(other.post("/workbench/interviews/" + id + "/end").statusCode()).isEqualTo(404);
        assertThat(editor.post("/workbench/interviews/" + id + "/end").statusCode()).isEqualTo(303);
        // the transcript goes to czj's review as a draft: one editor alone publishes nothing
        assertThat(given().get("/hudong/interviews/" + id).asString()).doesNotContain("id=\"transcript-document\"");
        Matcher draft = Pattern.compile("href=\"/workbench/drafts/(\\d+)\"").matcher(editor.get("/workbench/interviews/" + id).asString());
        assertThat(draft.find()).as("the workbench page names the transcript's draft").isTrue();
        long draftId = Long.parseLong(draft.group(1));
        java.util.function.LongSupplier version = () -> QuarkusTransaction.requiringNew()
                .call(() -> org.zwgk.portal.workflow.Draft.<org.zwgk.portal.workflow.Draft>findById(draftId).lockVersion);
        assertThat(editor.post("/workbench/drafts/" + draftId + "/approve", Map.of("lockVersion", version.getAsLong())).statusCode())
                .as("its editor cannot approve it").isEqualTo(403);
        assertThat(reviewer.post("/workbench/drafts/" + draftId + "/approve", Map.of("lockVersion", version.getAsLong())).statusCode())
                .isEqualTo(303);
        Response transcript = given().get("/hudong/interviews/" + id);
        assertThat(transcript.asString()).doesNotContain("http-equiv=\"refresh\"").doesNotContain("name=\"formToken\"")
                .contains(pic.group(1), "href=\"/documents/" + policyId + "\"");
        assertThat(text(transcript)).contains("已结束", "文字实录", "欢迎各位网友来到访谈现场", "预算表能否公开到项目");
        // the transcript is a published document: de-identified, in 在线访谈, found by the public search
        java.util.regex.Matcher doc = Pattern.compile("href=\"/documents/(\\d+)\" id=\"transcript-document\"").matcher(transcript.asString());
        assertThat(doc.find()).as("the page links its published transcript").isTrue();
        long docId = Long.parseLong(doc.group(1));
        Response document = given().get("/documents/" + docId);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(text(document)).contains("解读2026年预算公开工作（文字实录）", "在线访谈", "王明 市财政局局长", "预算公开到项目是今年的重点",
                "预算表能否公开到项目", "139****0000").doesNotContain("13912340000");
        assertThat(document.asString()).contains("href=\"/documents/" + policyId + "\"");
        boolean found = false;
        for (int n = 0; n < 50 && !found; n++) {
            found = given().queryParam("q", "预算公开到项目 重点").get("/api/v1/search").then().statusCode(200).extract().jsonPath()
                    .getList("results.url").stream().anyMatch(u -> String.valueOf(u).endsWith("/documents/" + docId));
            if (!found) {
                Thread.sleep(100);
            }
        }
        assertThat(found).as("what was said is found by the public search").isTrue();
        assertThat(entry(editor, id, "王明", "补充", null, null, null).statusCode()).isEqualTo(409);
        assertThat(given().cookie("csrf-token", csrf).contentType(Staff.FORM).formParam("csrf-token", csrf).formParam("formToken", "x")
                .formParam("body", "迟到的问题").post("/hudong/interviews/" + id + "/questions").statusCode()).isEqualTo(409);
        String past = text(given().get("/hudong/interviews"));
        assertThat(past.indexOf("解读2026年预算公开工作")).as("listed under 往期回顾").isGreaterThan(past.indexOf("往期回顾"));
    }

    static java.util.List<String> otherReviews(Staff staff) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench").asString()).select("#other-reviews a[href]").eachAttr("href");
    }
}
