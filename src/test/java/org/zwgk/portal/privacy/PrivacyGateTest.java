package org.zwgk.portal.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.DataFiles;
import org.zwgk.portal.Eventually;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditEvent;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.content.CorpusImporter;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.DraftStatus;
import org.zwgk.portal.workflow.Fixtures;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one gate to the public: a document with personal data published through the workflow (and
 * through the corpus import) never shows it on its page, in search results and snippets, in the
 * API, in a feed, or in the index files; reviewers decide on each hit before publishing.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class PrivacyGateTest {

    static final String ID = "320583198001011238";
    static final String MOBILE = "13812345678";
    static final String CARD = "6222021100001234563";

    @Inject
    Fixtures fixtures;

    @Inject
    PortalConfig config;

    @Inject
    CorpusImporter corpus;

    static long createdId(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        Matcher m = Pattern.compile("/workbench/drafts/(\\d+)").matcher(r.getHeader("Location"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    long submittedDraft(String type, String title, String body) {
        Staff editor = Staff.login("czj-editor");
        long id = createdId(editor.post("/workbench/drafts", Map.of("channel", "czyjs", "type", type, "title", title, "body", body)));
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        return id;
    }

    private void approve(Staff reviewer, long id) {
        Response r = reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
    }

    static String key(String page, String value) {
        return org.jsoup.Jsoup.parse(page).select("#privacy-hits tr.privacy-hit").stream()
                .filter(tr -> tr.select("td").get(1).text().equals(value)).map(tr -> tr.attr("data-key"))
                .findFirst().orElseThrow(() -> new AssertionError("no hit for " + value + " in " + page));
    }

    @Test
    void aDecisionIsTheNextLevelsAndAPageOpenedBeforeItCannotApprove() {
        // security review: szfb-reviewer1 masked the ID and approved 一审; after 二审, with 三审's page open, reviewer1
        // turned 遮蔽 into 非个人信息, and 三审's page published the whole number
        long id = fixtures.submittedWithPersonalData("szfb-editor", "tzgg");
        Staff first = Staff.login("szfb-reviewer1");
        assertThat(first.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id),
                "key", Fixtures.PERSONAL_KEY, "decision", "MASK")).statusCode()).isEqualTo(303);
        approve(first, id);
        approve(Staff.login("szfb-reviewer2"), id);
        long seenByThird = fixtures.lockVersion(id);

        Response overruled = first.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", seenByThird,
                "key", Fixtures.PERSONAL_KEY, "decision", "NOT_PERSONAL", "reason", "公示需要"));
        assertThat(overruled.statusCode()).as("one who approved a level of this round decides no more").isEqualTo(409);
        assertThat(fixtures.lockVersion(id)).isEqualTo(seenByThird);

        // the third level's own decision is its to make, and a page opened before it approves nothing
        Staff third = Staff.login("szfb-reviewer3");
        assertThat(third.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", seenByThird,
                "key", Fixtures.PERSONAL_KEY, "decision", "MASK")).statusCode()).isEqualTo(303);
        assertThat(third.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", seenByThird)).statusCode())
                .as("approved with the page read before the decision").isEqualTo(409);
        approve(third, id);
    }

    @Test
    void anUndecidedIdNumberStopsEveryLevelAndThePageSaysSoBeforeAnyClick() {
        // browser walk: szfb 一审 and 二审 approved a draft with an undecided ID number; 三审 confirmed 立即公开发布
        // and only then got the 409
        long id = fixtures.submittedWithPersonalData("szfb-editor", "tzgg");
        Staff first = Staff.login("szfb-reviewer1");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(first.get("/workbench/drafts/" + id).asString());
        assertThat(page.select("#review #approve").hasAttr("disabled")).as("level 1 of 3: the button is off before any click").isTrue();
        assertThat(page.select("#review #approve").attr("aria-describedby")).isEqualTo("approve-blocked");
        org.jsoup.select.Elements blocked = page.select("#review #approve-blocked");
        assertThat(blocked.text()).contains("还有 1 处身份证号码或银行卡号未经审核").contains("不能审核通过")
                .as("names what to decide: kind, where, how it would be masked").contains("身份证号码（正文）：320583********1238")
                .doesNotContain(ID);
        String row = blocked.select("a").attr("href");
        assertThat(row).startsWith("#privacy-hit-");
        assertThat(page.select("tr.privacy-hit" + row).attr("data-key")).as("the link leads to the row to decide").isEqualTo(Fixtures.PERSONAL_KEY);

        long before = fixtures.lockVersion(id);
        long audited = fixtures.auditCount();
        Response refused = first.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", before));
        assertThat(refused.statusCode()).as("approval at level 1 is refused too").isEqualTo(409);
        assertThat(refused.asString()).contains("还有 1 处身份证号码或银行卡号未经审核，不能审核通过");
        Draft unchanged = fixtures.draftNow(id);
        assertThat(unchanged.status).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(unchanged.approvedLevels).as("nothing changed").isZero();
        assertThat(unchanged.lockVersion).isEqualTo(before);
        assertThat(fixtures.auditCount()).isEqualTo(audited);
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.workflow.DraftReview.count("draft.id", id))).isZero();

        // the first level decides, then approves; the next levels see nothing left to decide
        assertThat(first.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id),
                "key", Fixtures.PERSONAL_KEY, "decision", "MASK")).statusCode()).isEqualTo(303);
        org.jsoup.nodes.Document decided = org.jsoup.Jsoup.parse(first.get("/workbench/drafts/" + id).asString());
        assertThat(decided.select("#approve-blocked")).isEmpty();
        assertThat(decided.select("#review #approve").hasAttr("disabled")).isFalse();
        approve(first, id);
        Staff second = Staff.login("szfb-reviewer2");
        assertThat(org.jsoup.Jsoup.parse(second.get("/workbench/drafts/" + id).asString()).select("#review #approve").hasAttr("disabled")).isFalse();
        approve(second, id);
        approve(Staff.login("szfb-reviewer3"), id);
        assertThat(fixtures.draftNow(id).status).isEqualTo(DraftStatus.PUBLISHED);
    }

    @Test
    void theApiRefusesAnUndecidedIdNumberAtTheFirstLevel() {
        long id = fixtures.submittedWithPersonalData("szfb-editor", "tzgg");
        Response refused = Staff.login("szfb-reviewer1").given().contentType("application/json")
                .body("{\"lockVersion\":" + fixtures.lockVersion(id) + "}").post("/api/v1/drafts/" + id + "/approve");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.asString()).contains("未经审核");
        assertThat(fixtures.draftNow(id).approvedLevels).isZero();
    }

    @Test
    void aPublishedDocumentNeverShowsTheNumbersAnywhereAndReviewersDecideFirst() throws Exception {
        String title = "关于对个人违法行为的行政处罚决定书" + Long.toString(System.nanoTime(), 36);
        String body = "当事人：王建国，男，身份证号码" + ID + "，联系电话" + MOBILE + "。\n\n"
                + "罚款已缴入财政专户，账号" + CARD + "。文号昆财罚〔2018〕15号。";
        long id = submittedDraft("NOTICE", title, body);

        // the editor sees every hit in place, with how the public will see it
        String editorPage = Staff.login("czj-editor").get("/workbench/drafts/" + id).asString();
        assertThat(editorPage).contains("个人信息检查：4 处").contains("<mark class=\"pii\"").contains("320583********1238")
                .contains("138****5678").contains("王*");
        // and the preview is the page the public will get: masked, not the typed numbers
        String preview = org.jsoup.Jsoup.parse(editorPage).select("#preview").text();
        assertThat(preview).contains("138****5678").doesNotContain(MOBILE).doesNotContain(ID).doesNotContain(CARD);
        assertThat(org.jsoup.Jsoup.parse(editorPage).select("#preview").html()).contains("王**，男，身份证号码320583********1238，联系电话138****5678");

        // the reviewer cannot publish while the ID number and the bank card are undecided
        Staff reviewer = Staff.login("czj-reviewer");
        Response refused = reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("还有 2 处身份证号码或银行卡号未经审核");

        String page = reviewer.get("/workbench/drafts/" + id).asString();
        String idKey = key(page, ID);
        String cardKey = key(page, CARD);
        Response noReason = reviewer.post("/workbench/drafts/" + id + "/privacy",
                Map.of("lockVersion", fixtures.lockVersion(id), "key", cardKey, "decision", "NOT_PERSONAL"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("须说明理由");
        assertThat(Staff.login("czj-editor").post("/workbench/drafts/" + id + "/privacy",
                Map.of("lockVersion", fixtures.lockVersion(id), "key", idKey, "decision", "MASK")).statusCode())
                .as("the author does not review").isEqualTo(403);
        Response masked = reviewer.post("/workbench/drafts/" + id + "/privacy",
                Map.of("lockVersion", fixtures.lockVersion(id), "key", idKey, "decision", "MASK"));
        assertThat(masked.statusCode()).isEqualTo(303);
        // browser walk: the page came back without a word; now it says what was decided
        assertThat(org.jsoup.Jsoup.parse(reviewer.get(java.net.URI.create(masked.header("Location")).getRawPath() + "?"
                + java.net.URI.create(masked.header("Location")).getRawQuery()).asString()).select("#done").text()).contains("已确认遮蔽");
        Response kept = reviewer.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id), "key", cardKey,
                "decision", "NOT_PERSONAL", "reason", "财政专户对公账号，不属于个人信息"));
        assertThat(kept.statusCode()).isEqualTo(303);
        assertThat(kept.header("Location")).contains("done=privacyKept");
        assertThat(reviewer.get("/workbench/drafts/" + id).asString()).contains("财政专户对公账号，不属于个人信息").contains("已确认遮蔽");
        // browser walk: a decided row offered the same button again, read as still to do; now only the other decision
        org.jsoup.nodes.Document decided = org.jsoup.Jsoup.parse(reviewer.get("/workbench/drafts/" + id).asString());
        org.jsoup.select.Elements idRow = decided.select("tr.privacy-hit[data-key=" + idKey + "] button");
        assertThat(idRow.eachText()).containsExactly("改为不属于个人信息");
        assertThat(decided.select("tr.privacy-hit[data-key=" + cardKey + "] button").eachText()).containsExactly("改为遮蔽");
        assertThat(org.jsoup.Jsoup.parse(reviewer.get("/workbench/drafts/" + id).asString()).select("#preview").text())
                .as("what a reviewer kept as not personal is previewed as it will be published").contains(CARD).doesNotContain(ID);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2", "privacy.decide", id)))
                .isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("action = ?1 and entityId = ?2", "privacy.decide", id)
                .stream().map(e -> e.detail + e.afterState).reduce("", String::concat))).doesNotContain(ID).doesNotContain(CARD);

        assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(303);
        Draft done = fixtures.draftNow(id);
        assertThat(done.status).isEqualTo(DraftStatus.PUBLISHED);
        long doc = done.document.id;

        String publicPage = RestAssured.get("/documents/" + doc).asString();
        assertThat(text(publicPage)).contains("320583********1238").contains("138****5678").contains("当事人：王*")
                .as("kept as not personal by the reviewer").contains(CARD);
        assertThat(publicPage).as("the masks as written, not read as Markdown emphasis between them")
                .contains("当事人：王**，男，身份证号码320583********1238，联系电话138****5678。");
        assertNowhere(publicPage, title);
        assertNowhere(RestAssured.get("/api/v1/documents/" + doc).asString(), title);
        assertNowhere(RestAssured.get("/api/v1/documents?organization=czj&size=100").asString(), title);
        assertNowhere(RestAssured.get("/documents/" + doc + "/versions/1.0").asString(), title);
        assertNowhere(RestAssured.get("/feeds/latest.atom").asString(), title);
        assertNowhere(RestAssured.get("/feeds/channels/czyjs.atom").asString(), title);
        Eventually.within(Duration.ofSeconds(5), () -> assertThat(RestAssured.given().queryParam("q", title).get("/api/v1/search").asString())
                .contains("行政处罚决定书"));
        for (String q : new String[]{title, "身份证号码", "联系电话", ID, MOBILE}) {
            String api = RestAssured.given().queryParam("q", q).get("/api/v1/search").asString();
            assertNowhere(api, q);
            // the search page repeats what was typed in its search box; nothing else may show the number
            assertNowhere(RestAssured.given().queryParam("q", q).get("/search").asString().replace(q, ""), q);
        }
        assertThat(RestAssured.given().queryParam("q", "身份证号码").get("/api/v1/search").asString()).as("snippets show the masked number").contains("320583").doesNotContain(ID);
        assertIndexHoldsNeither(ID, MOBILE);
    }

    @Test
    void aCorrectionStartsFromTheTextAsWrittenAndKeepsTheReviewersDecisions() {
        // a correction's working copy was the public text: 138****5678 with Markdown escapes, the number itself gone
        String title = "关于补充申报材料的通知" + Long.toString(System.nanoTime(), 36);
        String body = "经办人联系电话" + MOBILE + "，身份证号码" + ID + "。\n\n缴款账号" + CARD + "。";
        long id = submittedDraft("NOTICE", title, body);
        Staff reviewer = Staff.login("czj-reviewer");
        String page = reviewer.get("/workbench/drafts/" + id).asString();
        assertThat(reviewer.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id),
                "key", key(page, ID), "decision", "MASK")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id),
                "key", key(page, CARD), "decision", "NOT_PERSONAL", "reason", "财政专户对公账号")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(303);
        long doc = fixtures.draftNow(id).document.id;

        Staff editor = Staff.login("czj-editor");
        long revision = createdId(editor.post("/workbench/documents/" + doc + "/revise"));
        assertThat(fixtures.draftNow(revision).meta.body).as("the text as the editor wrote it").isEqualTo(body);
        assertThat(editor.post("/workbench/drafts/" + revision, fixtures.form(revision, "body", body + "\n\n办理时限已更正。",
                "changeNote", "更正办理时限")).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + revision + "/submit", fixtures.form(revision, "acknowledged", "true")).statusCode())
                .isEqualTo(303);
        // the numbers came back with the decisions taken on them: nothing to decide again
        String again = reviewer.get("/workbench/drafts/" + revision).asString();
        assertThat(again).as("compared as it will be published: only the added line differs").contains("与已发布版本的差异")
                .contains("<tr class=\"added\">").doesNotContain("<tr class=\"removed\">");
        org.jsoup.select.Elements decided = org.jsoup.Jsoup.parse(again).select("#privacy-hits tr.privacy-hit");
        assertThat(decided.select("tr[data-key=" + key(again, ID) + "]").text()).contains("已确认遮蔽");
        assertThat(decided.select("tr[data-key=" + key(again, CARD) + "]").text()).contains("财政专户对公账号");
        assertThat(reviewer.post("/workbench/drafts/" + revision + "/approve", Map.of("lockVersion", fixtures.lockVersion(revision)))
                .statusCode()).isEqualTo(303);
        String publicText = text(RestAssured.get("/documents/" + doc).asString());
        assertThat(publicText).contains("办理时限已更正").contains("138****5678").contains("320583********1238").contains(CARD)
                .doesNotContain(MOBILE).doesNotContain(ID);
    }

    /** A document of czj's new channel, its body with a mobile number published masked by the rule. */
    private long publishedWithMobile(String channel) {
        Staff editor = Staff.login("czj-editor");
        long id = createdId(editor.post("/workbench/drafts", Map.of("channel", channel, "type", "NOTICE",
                "title", "关于办理时间调整的通知" + Long.toString(System.nanoTime(), 36), "body", "咨询电话" + MOBILE + "。")));
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        assertThat(Staff.login("czj-reviewer").post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)))
                .statusCode()).isEqualTo(303);
        return fixtures.draftNow(id).document.id;
    }

    private static String published(long doc) {
        return QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(doc).meta.body);
    }

    @Test
    void aChannelHandedToAnotherOrganizationDoesNotHandOverTheUnmaskedText() {
        String channel = fixtures.channel("czj");
        long doc = publishedWithMobile(channel);
        assertThat(Staff.login("site-admin").post("/workbench/channels/" + channel + "/transfer",
                Map.of("organization", "szfb", "reason", "职能调整")).statusCode()).isEqualTo(303);
        long revision = createdId(Staff.login("szfb-editor").post("/workbench/documents/" + doc + "/revise"));
        assertThat(fixtures.draftNow(revision).meta.body).as("the new owner starts from the public text")
                .isEqualTo(published(doc)).contains("5678").doesNotContain(MOBILE);
    }

    @Test
    void aTextChangedSincePublicationIsRevisedAsPublished() {
        long doc = publishedWithMobile(fixtures.channel("czj"));
        // as a content import would: the published text is no longer what the draft's text masks to
        String changed = published(doc) + "\n\n办理地点另行通知。";
        QuarkusTransaction.requiringNew().run(() -> Document.<Document>findById(doc).meta.body = changed);
        long revision = createdId(Staff.login("czj-editor").post("/workbench/documents/" + doc + "/revise"));
        assertThat(fixtures.draftNow(revision).meta.body).isEqualTo(changed).doesNotContain(MOBILE);
    }

    @Test
    void aNumberSplitByMarkupIsFoundForTheReviewerAndMaskedOnThePublicPage() {
        // security audit: <span>, an HTML comment and a zero-width space let whole numbers through to the public page
        String title = "关于标记拆分号码的通知" + Long.toString(System.nanoTime(), 36);
        String body = "身份证 <span>" + ID.substring(0, 9) + "</span>" + ID.substring(9) + "。\n\n电话 138<!-- -->12345678，"
                + "备用 139\u200b12345678。";
        long id = submittedDraft("NOTICE", title, body);
        Staff reviewer = Staff.login("czj-reviewer");
        String page = reviewer.get("/workbench/drafts/" + id).asString();
        assertThat(page).as("the reviewer is shown all three").contains("个人信息检查：3 处");
        assertThat(reviewer.post("/workbench/drafts/" + id + "/privacy", Map.of("lockVersion", fixtures.lockVersion(id),
                "key", key(page, ID), "decision", "MASK")).statusCode()).isEqualTo(303);
        assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                .isEqualTo(303);
        String publicText = text(RestAssured.get("/documents/" + fixtures.draftNow(id).document.id).asString());
        assertThat(publicText).contains("138****5678", "139****5678").doesNotContain(ID, "13812345678", "13912345678")
                .doesNotContain(ID.substring(9));
        // after publishing, the draft's check says what became of the phones nobody decided on, not 待审核
        org.jsoup.select.Elements rows = org.jsoup.Jsoup.parse(reviewer.get("/workbench/drafts/" + id).asString())
                .select("#privacy-hits tr.privacy-hit");
        assertThat(rows).hasSize(3);
        assertThat(rows.eachText()).noneMatch(t -> t.contains("待审核"))
                .filteredOn(t -> t.contains("138****5678") || t.contains("139****5678")).hasSize(2)
                .allMatch(t -> t.contains("已按规则遮蔽"));
    }

    @Test
    void aPunishmentNoticeNamesThePersonByLawAndTheExceptionIsAudited() {
        String body = "被执行人：赵德柱，身份证号码" + ID + "，经人民法院依法认定为失信被执行人。";
        long punishment = submittedDraft("PUNISHMENT", "失信被执行人惩戒公示" + Long.toString(System.nanoTime(), 36), body);
        long notice = submittedDraft("NOTICE", "同一内容的普通通知" + Long.toString(System.nanoTime(), 36), body);
        Staff reviewer = Staff.login("czj-reviewer");
        for (long id : new long[]{punishment, notice}) {
            String page = reviewer.get("/workbench/drafts/" + id).asString();
            assertThat(reviewer.post("/workbench/drafts/" + id + "/privacy",
                    Map.of("lockVersion", fixtures.lockVersion(id), "key", key(page, ID), "decision", "MASK")).statusCode()).isEqualTo(303);
            assertThat(reviewer.post("/workbench/drafts/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                    .isEqualTo(303);
        }
        long punishmentDoc = fixtures.draftNow(punishment).document.id;
        long noticeDoc = fixtures.draftNow(notice).document.id;
        assertThat(text(RestAssured.get("/documents/" + punishmentDoc).asString())).contains("被执行人：赵德柱").doesNotContain(ID);
        assertThat(text(RestAssured.get("/documents/" + noticeDoc).asString())).contains("被执行人：赵**").doesNotContain("赵德柱").doesNotContain(ID);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("action = ?1 and entityId = ?2", "privacy.exception", punishmentDoc)))
                .singleElement().satisfies(e -> assertThat(e.detail).contains("PUNISHMENT").contains("NAME").contains("国发〔2016〕33号"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2", "privacy.exception", noticeDoc)))
                .isZero();
    }

    @Test
    void theCorpusImportPublishesOnlyMaskedNumbers() throws Exception {
        Path file = Files.createTempFile("privacy-corpus", ".jsonl.gz");
        String record = "{\"id\": \"privacy-test-1\", \"title\": \"关于个人信用信息的测试规定\", \"category\": \"地方性法规\", \"version_date\": \"2019-04-03\", "
                + "\"promulgation\": [], \"body\": \"第一条 联系人身份证号" + ID + "，手机+86 138 1234 5678。\"}\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(record.getBytes(StandardCharsets.UTF_8));
        }
        corpus.importFile(file, new PrintStream(OutputStream.nullOutputStream()));
        long doc = QuarkusTransaction.requiringNew().call(() -> Document.findByExternalId("privacy-test-1").orElseThrow().id);
        String page = RestAssured.get("/documents/" + doc).asString();
        assertThat(page).contains("320583********1238").contains("138****5678");
        assertNowhere(page, "corpus");
        assertNowhere(RestAssured.get("/api/v1/documents/" + doc).asString(), "corpus");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(doc).meta.body)).doesNotContain(ID);
    }

    static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }

    static void assertNowhere(String response, String what) {
        assertThat(response).as(what).doesNotContain(ID).doesNotContain(MOBILE).doesNotContain("138 1234 5678")
                .doesNotContain("王建国");
    }

    /** Every term and every stored value of every field of the index, and the raw bytes of its files. */
    void assertIndexHoldsNeither(String... raw) throws Exception {
        Path index = config.dataDir().resolve("index");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertThat(reader.numDocs()).isPositive();
            for (LeafReaderContext leaf : reader.leaves()) {
                for (var info : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        String term = t.utf8ToString();
                        for (String r : raw) {
                            assertThat(term).as("term of " + info.name).doesNotContain(r);
                        }
                    }
                }
                var stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    for (IndexableField f : stored.document(i).getFields()) {
                        String v = f.stringValue();
                        for (String r : raw) {
                            assertThat(v == null ? "" : v).as("stored " + f.name()).doesNotContain(r);
                        }
                    }
                }
            }
        }
        DataFiles.checkEach(index, (p, content) -> {
            String bytes = new String(content, StandardCharsets.ISO_8859_1);
            for (String r : raw) {
                assertThat(bytes).as(p.toString()).doesNotContain(r);
            }
        });
    }
}
