package org.zwgk.portal.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.consultations.ConsultationComment;
import org.zwgk.portal.consultations.ConsultationService;
import org.zwgk.portal.documents.DocumentChanged;
import org.zwgk.portal.interviews.InterviewQuestion;
import org.zwgk.portal.interviews.InterviewService;
import org.zwgk.portal.messages.CitizenMessage;
import org.zwgk.portal.messages.MessageInput;
import org.zwgk.portal.messages.MessageService;
import org.zwgk.portal.records.RecordEntry;
import org.zwgk.portal.records.RecordService;
import org.zwgk.portal.surveys.Survey;
import org.zwgk.portal.surveys.SurveyAnswer;
import org.zwgk.portal.surveys.SurveyQuestion;
import org.zwgk.portal.surveys.SurveyService;
import org.zwgk.portal.workflow.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy scan reads every kind of public content as its page shows it: consultations, surveys,
 * interviews, published messages, the 一号答 answers and records besides documents. Personal data a
 * page masks (citizens' comments, questions, answers, record fields, staff text the page masks) is
 * not reported; a raw value where a page shows it unmasked (a published message's title or a
 * withdrawn record's title stored around the gate, a 来源 line the 一号答 page prints as stored) is,
 * named by its subject; the counts per source list every source. A database of its own: the test
 * leaves findings behind on purpose.
 */
@QuarkusTest
@TestProfile(PrivacyScanSourcesTest.Profile.class)
class PrivacyScanSourcesTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return org.zwgk.portal.WorkbenchTestProfile.isolated("privacy-sources");
        }
    }

    static final String ID = "320583198001011238";
    static final String MOBILE = "13812345678";
    static final String PERSONAL = "身份证号码" + ID + "，手机" + MOBILE;
    static final AuditLog.Actor TEST = AuditLog.system("test");
    static final Set<String> KINDS = Set.of("documents", "consultations", "surveys", "interviews", "messages", "answers", "records",
            "channels");

    @Inject
    PrivacyScan scan;
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    ConsultationService consultations;
    @Inject
    SurveyService surveys;
    @Inject
    InterviewService interviews;
    @Inject
    MessageService messages;
    @Inject
    RecordService records;
    @Inject
    Event<DocumentChanged> documentChanged;
    @Inject
    org.zwgk.portal.records.RecordFixtures recordFixtures;

    PortalUser user(String name) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(name).orElseThrow()));
    }

    @Test
    void everySourceIsReadAsItsPageShowsItAndRawValuesWhereAPageDoesNotMaskAreFound() {
        LocalDate today = LocalDate.now();
        PortalUser editor = user("czj-editor");
        PortalUser reviewer = user("czj-reviewer");

        // a consultation: personal data in what staff typed and in an approved comment, masked on its page
        long consultation = QuarkusTransaction.requiringNew().call(() -> consultations.open(editor, "czj", "关于停车收费的征集",
                "征求意见稿。经办人" + PERSONAL + "。", today.minusDays(1).toString(), today.plusDays(40).toString(), false, null, TEST).id);
        // (身份证号 is a listed word: the reviewer confirms having seen it)
        QuarkusTransaction.requiringNew().run(() -> consultations.publish(reviewer, consultation, true, TEST));
        long comment = QuarkusTransaction.requiringNew().call(() ->
                consultations.comment(consultation, "我的" + PERSONAL + "，建议延长免费时段。", "scan-1", () -> { }).id);
        QuarkusTransaction.requiringNew().run(() -> consultations.moderate(editor, comment, true, true, TEST));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ConsultationComment.<ConsultationComment>findById(comment).status))
                .isEqualTo(ConsultationComment.Status.APPROVED);

        // a survey: a free-text answer with personal data, approved and shown on the results page once closed
        long survey = QuarkusTransaction.requiringNew().call(() -> surveys.create(editor, "czj", "停车满意度调查",
                "请如实填写。联系人手机" + MOBILE + "。", today.minusDays(1).toString(), today.plusDays(30).toString(),
                "单选* 您是否满意？\n- 满意\n- 不满意\n填空 建议\n", TEST).id);
        QuarkusTransaction.requiringNew().run(() -> surveys.publish(reviewer, survey, false, TEST));
        long answer = QuarkusTransaction.requiringNew().call(() -> {
            List<SurveyQuestion> q = SurveyQuestion.of(Survey.findById(survey));
            surveys.answer(survey, Map.of(q.get(0).id, List.of("0"), q.get(1).id, List.of("请联系我，" + PERSONAL + "。")), "scan-token-1",
                    "scan-2", () -> { });
            return SurveyAnswer.<SurveyAnswer>find("question.id", q.get(1).id).firstResult().id;
        });
        QuarkusTransaction.requiringNew().run(() -> surveys.moderate(editor, answer, true, true, TEST));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update survey set opens_on = :o, closes_on = :c where id = :id")
                .setParameter("o", today.minusDays(20)).setParameter("c", today.minusDays(1)).setParameter("id", survey).executeUpdate());

        // an interview: a citizen's approved question and a transcript entry with personal data
        long interview = QuarkusTransaction.requiringNew().call(() -> interviews.schedule(editor, "czj", "INTERVIEW", "财政政策在线访谈",
                today.plusDays(1) + "T10:00", "市政府新闻发布厅", "王局长 局长", "访谈预告。咨询手机" + MOBILE + "。", "", TEST).id);
        QuarkusTransaction.requiringNew().run(() -> interviews.publish(reviewer, interview, false, TEST));
        long question = QuarkusTransaction.requiringNew().call(() -> interviews.ask(interview, "我是市民，" + PERSONAL + "，想问补贴。",
                "scan-3", () -> { }).id);
        QuarkusTransaction.requiringNew().run(() -> interviews.moderate(editor, question, true, true, TEST));
        assertThat(QuarkusTransaction.requiringNew().call(() -> InterviewQuestion.<InterviewQuestion>findById(question).status))
                .isEqualTo(InterviewQuestion.Status.APPROVED);
        QuarkusTransaction.requiringNew().run(() -> interviews.addEntry(editor, interview, "主持人", "网友来信：" + PERSONAL + "。", null, true, TEST));

        // a citizen's message published with consent (its copy is a document, de-identified when published)
        MessageInput in = new MessageInput();
        in.type = "咨询";
        in.subject = "停车收费咨询（手机" + MOBILE + "）";
        in.text = "我的" + PERSONAL + "，请问停车收费标准？";
        in.contact = "citizen@example.com";
        in.publish = true;
        String code = QuarkusTransaction.requiringNew().call(() -> messages.submit(in, "scan-4", () -> { }).trackingCode());
        long message = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(code).orElseThrow().id);
        PortalUser admin = user("site-admin");
        QuarkusTransaction.requiringNew().run(() -> messages.accept(admin, message, TEST));
        QuarkusTransaction.requiringNew().run(() -> messages.assign(admin, message, List.of(), "czj", TEST));
        QuarkusTransaction.requiringNew().run(() -> messages.submitReply(editor, message, "已收到您的来信，标准见附件。", true, TEST));
        QuarkusTransaction.requiringNew().run(() -> messages.approveReply(reviewer, message, null, TEST));
        long messageDocument = QuarkusTransaction.requiringNew().call(() ->
                CitizenMessage.<CitizenMessage>findById(message).publishedDocument.id);

        // a 一号答 pair (a document of the 一号答 channel)
        long pair = fixtures.published("yhd", "停车收费标准按有关办法执行。\n\n来源：《昆山市机动车停车管理办法》第十条");

        // records: a natural person's penalty (name, ID, phone in 违法事实: masked on its page) and a withdrawn one
        long penalty = recordFixtures.published("czj-editor", "czj-reviewer", "czj", "xzcf", penalty("昆财罚〔2026〕31号"));
        long withdrawn = recordFixtures.published("czj-editor", "czj-reviewer", "czj", "xzcf", penalty("昆财罚〔2026〕32号"));
        long lock = QuarkusTransaction.requiringNew().call(() -> RecordEntry.<RecordEntry>findById(withdrawn).lockVersion);
        records.withdraw(reviewer, withdrawn, lock, "当事人申请复议，联系手机" + MOBILE + "。", TEST);

        // --- everything published through the features: the pages mask what the scan must not report
        PrivacyScan.Result first = scan.check();
        assertThat(first.checked()).as("every source is read, none left out").containsKeys(KINDS.toArray(String[]::new));
        KINDS.forEach(k -> assertThat(first.checked().get(k)).as(k).isGreaterThanOrEqualTo(1L));
        assertThat(subjects(first)).as("what the pages mask is not reported")
                .doesNotContain("consultation:" + consultation, "message:" + message, "answer:" + pair, "record:" + penalty,
                        "record:" + withdrawn, "document:" + messageDocument, "document:" + pair);
        assertThat(fields(first, "survey:" + survey)).as("the approved answer is masked on the results page")
                .noneMatch(f -> f.startsWith("answer:"));
        assertThat(fields(first, "interview:" + interview)).as("questions and entries are masked on the interview's page")
                .noneMatch(f -> f.startsWith("question:") || f.startsWith("entry:"));
        // what staff typed (a mobile in the description) is masked on the survey's and the interview's pages too
        assertThat(subjects(first)).doesNotContain("survey:" + survey, "interview:" + interview);
        assertThat(given().get("/hudong/surveys/" + survey).then().statusCode(200).extract().asString()).doesNotContain(MOBILE).contains("138****5678");
        assertThat(given().get("/hudong/interviews/" + interview).then().statusCode(200).extract().asString()).doesNotContain(MOBILE).contains("138****5678");
        assertThat(given().get("/hudong/interviews").then().statusCode(200).extract().asString()).doesNotContain(MOBILE);
        assertThat(given().get("/hudong/surveys/" + survey + "/results").then().statusCode(200).extract().asString()).doesNotContain(ID);
        assertThat(given().get("/hudong/consultations/" + consultation).then().statusCode(200).extract().asString())
                .doesNotContain(ID).doesNotContain(MOBILE);

        // --- raw values where the public sees them unmasked (rows written around the gate)
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update document set title = :t where id = :id")
                    .setParameter("t", "停车收费咨询（手机" + MOBILE + "）").setParameter("id", messageDocument).executeUpdate();
            em.createNativeQuery("update document set body = :b where id = :id")
                    .setParameter("b", "停车收费按" + PERSONAL + "的来信办理。\n\n来源：《昆山市机动车停车管理办法》第十条（经办人手机" + MOBILE + "）")
                    .setParameter("id", pair).executeUpdate();
            em.createNativeQuery("update record_entry set title = :t where id = :id")
                    .setParameter("t", "昆财罚〔2026〕32号 当事人身份证号码" + ID).setParameter("id", withdrawn).executeUpdate();
            em.createNativeQuery("update channel set description = :d where code = 'czj-qt'")
                    .setParameter("d", "经办人手机" + MOBILE).executeUpdate();
        });
        // the 一号答 pages keep their pairs in memory until a document changes
        QuarkusTransaction.requiringNew().run(() -> documentChanged.fire(new DocumentChanged(pair, null)));
        assertThat(given().get("/hudong").then().statusCode(200).extract().asString()).contains(MOBILE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = scan.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        assertThat(lines).as("the published message's title in the /hudong list")
                .contains("message:" + message + "\t/documents/" + messageDocument + "\ttitle\tMOBILE\t138****5678\t停车收费咨询（手机138****5678）");
        assertThat(lines).as("and on its document's page")
                .anyMatch(l -> l.startsWith("document:" + messageDocument + "\t/documents/" + messageDocument + "\ttitle\tMOBILE\t138****5678"));
        assertThat(lines.stream().filter(l -> l.startsWith("answer:" + pair + "\t")).toList()).as("the 一号答 page masks the answer and its 来源 line")
                .isEmpty();
        assertThat(lines).as("the same values in a document body stored around the gate are reported there")
                .anyMatch(l -> l.startsWith("document:" + pair + "\t") && l.contains("\tbody\tRESIDENT_ID\t320583********1238"))
                .anyMatch(l -> l.startsWith("document:" + pair + "\t") && l.contains("\tbody\tMOBILE\t138****5678"));
        assertThat(lines.stream().filter(l -> l.startsWith("record:" + withdrawn + "\t")).toList()).as("a withdrawn record's page shows its stored title")
                .singleElement().satisfies(l -> assertThat(l).startsWith("record:" + withdrawn + "\t/records/xzcf/" + withdrawn + "\ttitle\tRESIDENT_ID\t320583********1238"));
        assertThat(lines).noneMatch(l -> l.startsWith("record:" + penalty + "\t") || l.startsWith("consultation:" + consultation + "\t"));
        assertThat(lines).as("a channel's description, shown on its page").anyMatch(l -> l.startsWith("channel:czj-qt\t/channels/czj-qt\tdescription\tMOBILE\t138****5678"));
        assertThat(printed).as("the scan does not print what it found").doesNotContain(ID).doesNotContain(MOBILE);

        String summary = err.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("finding(s) in published content; checked ");
        KINDS.forEach(k -> assertThat(summary).containsPattern("[1-9][0-9]* " + k + "\\b"));

        String page = ScanPage.fresh(Staff.login("site-admin"));
        assertThat(page).contains("id=\"scan-checked\"").contains("/records/xzcf/" + withdrawn).doesNotContain(ID);
        Map<String, String> names = Map.of("documents", "政府信息", "consultations", "征集意见", "surveys", "问卷调查",
                "interviews", "在线访谈和新闻发布会", "messages", "公开的留言", "answers", "一号答问答", "records", "公示记录",
                "channels", "栏目名称和说明");
        KINDS.forEach(k -> assertThat(page).containsPattern("<li data-kind=\"" + k + "\">" + names.get(k) + "：[1-9][0-9]* 条</li>"));
    }

    static Map<String, String> penalty(String number) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("partyName", "张三丰");
        v.put("partyCategory", "自然人");
        v.put("idType", "身份证");
        v.put("idNumber", ID);
        v.put("decisionNumber", number);
        v.put("violationType", "占道经营");
        v.put("violationFacts", "张三丰（" + PERSONAL + "）在人民路占道经营。");
        v.put("legalBasis", "《城市市容和环境卫生管理条例》第十七条");
        v.put("penaltyCategory", "罚款");
        v.put("penaltyContent", "罚款人民币500元");
        v.put("fineAmount", "0.05");
        v.put("decisionDate", LocalDate.now().minusDays(3).toString());
        v.put("penaltyAuthority", "czj");
        return v;
    }

    static Set<String> subjects(PrivacyScan.Result r) {
        return r.lines().stream().map(PrivacyScan.Line::subject).collect(Collectors.toSet());
    }

    static Set<String> fields(PrivacyScan.Result r, String subject) {
        return r.lines().stream().filter(l -> l.subject().equals(subject)).map(PrivacyScan.Line::field).collect(Collectors.toSet());
    }
}
