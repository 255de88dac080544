package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request from the applicant's form through the receiving organization's workbench to the
 * answer, the 告知书 PDF and the archive, all through the pages as browsers post them.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class RequestWorkflowTest {

    @Inject
    RequestFixtures fixtures;

    static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([^<]+)<");
    static final Pattern SECRET = Pattern.compile("id=\"secret\">([^<]+)<");

    record Receipt(String code, String secret) {
    }

    static Receipt submit(Staff visitor, Map<String, Object> form) {
        Response r = visitor.post("/ysqgk", form);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        String html = r.asString();
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        Matcher c = CODE.matcher(html);
        Matcher s = SECRET.matcher(html);
        assertThat(c.find() && s.find()).as("the receipt shows code and secret").isTrue();
        assertThat(org.jsoup.Jsoup.parse(html).select("button.print-button").text()).as("it asks to be printed and offers to").isEqualTo("打印本页");
        assertThat(org.jsoup.Jsoup.parse(html).select("#asked").text()).as("the printed receipt repeats what was asked")
                .isEqualTo(String.valueOf(form.get("description")).strip());
        // citizen walk: the receipt said only 尚未登记; it says what comes and where to look, also on paper
        assertThat(org.jsoup.Jsoup.parse(html).select("#what-next").text()).as("what happens next")
                .contains("20个工作日", "7个工作日内一次性告知", "申请办理进度查询", "昆山").doesNotContain("/ysqgk/status");
        // review: a raw path (“查询申请”页面（/ysqgk/status）) became a link named as the page's own heading
        assertThat(org.jsoup.Jsoup.parse(html).select("#what-next a#status-link").attr("href")).isEqualTo("/ysqgk/status");
        assertThat(org.jsoup.Jsoup.parse(html).select("#what-next a#status-link").text()).isEqualTo("申请办理进度查询");
        assertThat(org.jsoup.Jsoup.parse(html).select("#print-source.print-only").text()).contains("昆山");
        return new Receipt(c.group(1), s.group(1));
    }

    static Response status(Staff visitor, Receipt receipt) {
        return visitor.post("/ysqgk/status", Map.of("code", receipt.code(), "secret", receipt.secret()));
    }

    static long idOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> InfoRequest.byCode(code).orElseThrow().id);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void fromTheFormToTheArchive() {
        Staff visitor = Staff.anonymous();
        assertThat(visitor.get("/ysqgk").asString()).contains("政府信息公开申请", "统一社会信用代码", "name=\"csrf-token\"");

        Receipt receipt = submit(visitor, RequestFixtures.form("szfb"));
        assertThat(receipt.code()).matches("YSQ\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(receipt.secret()).hasSize(16);
        String stored = QuarkusTransaction.requiringNew().call(() -> InfoRequest.byCode(receipt.code()).orElseThrow().secretHash);
        assertThat(stored).isNotEqualTo(receipt.secret()).hasSize(64);

        String page = status(visitor, receipt).asString();
        assertThat(page).contains("已提交，待登记", "昆山市人民政府办公室").doesNotContain(RequestFixtures.NAME);

        // a wrong secret finds nothing
        Response wrong = visitor.post("/ysqgk/status", Map.of("code", receipt.code(), "secret", "0000000000000000"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.asString()).contains("查询码或查询密码不正确");

        long id = idOf(receipt.code());
        Staff editor = Staff.login("szfb-editor");
        assertThat(editor.get("/workbench/requests").asString()).contains(receipt.code());
        // the list says whose requests it holds (browser walk: the platform's admin read 暂无申请 with no word of scope)
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests").asString()).select("#requests-scope").text())
                .contains("只列出您所在机关受理的申请", "昆山市人民政府办公室").doesNotContain("昆山市财政局");
        String detail = editor.get("/workbench/requests/" + id).asString();
        assertThat(detail).contains(RequestFixtures.NAME, RequestFixtures.ID_NUMBER, RequestFixtures.PHONE, "登记");

        // other organizations' staff, site admins and auditors do not learn it exists
        for (String other : new String[]{"czj-editor", "site-admin", "auditor"}) {
            Response r = Staff.login(other).get("/workbench/requests/" + id);
            assertThat(r.statusCode()).as(other).isEqualTo(404);
            assertThat(r.asString()).doesNotContain(RequestFixtures.NAME);
            assertThat(Staff.login(other).get("/workbench/requests").asString()).doesNotContain(receipt.code());
        }

        // 登记
        assertThat(step(editor, id, "register", "receivedOn", today()).statusCode()).isEqualTo(303);
        assertThat(status(visitor, receipt).asString()).contains("已登记，办理中", "国务院令第711号", "20 个工作日");

        // 补正 once; the applicant sends it; the clock restarts on that day
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString()).select("input#correctionDue").attr("value"))
                .as("a due day is suggested: 15 days on, or the working day after (browser walk: a Sunday)")
                .isEqualTo(firstWorkingDayFrom(LocalDate.parse(today()).plusDays(15)).toString());
        String due = LocalDate.parse(today()).plusDays(20).toString();
        Response farAway = step(editor, id, "correction", "correctionNote", "请补充", "correctionDue", "9999-12-31");
        assertThat(farAway.statusCode()).isEqualTo(400);
        assertThat(farAway.asString()).contains("补正期限应为合理期限");
        assertThat(step(editor, id, "correction", "correctionNote", "请写明会议纪要的日期范围", "correctionDue", due).statusCode())
                .isEqualTo(303);
        String asked = status(visitor, receipt).asString();
        assertThat(asked).contains("待申请人补正", "请写明会议纪要的日期范围", "name=\"correctionText\"");
        // staff read the due day under its name, not in brackets after the notice's text
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString()).select("dt:containsOwn(补正期限) + dd#correction-due")
                .text()).isEqualTo(due);
        // the answer period is suspended until the correction arrives (Art. 30): no date that is not running
        assertThat(org.jsoup.Jsoup.parse(asked).select("#deadline").text()).contains("补正期间不计算答复期限")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString()).select("#deadline").text())
                .contains("补正期间不计算答复期限");
        Response control = visitor.post("/ysqgk/status/correction", Map.of("code", receipt.code(), "secret", receipt.secret(),
                "correctionText", "2018年\u0000"));
        assertThat(control.statusCode()).isEqualTo(400);
        assertThat(control.asString()).contains("含有无法显示的字符");
        Response corrected = visitor.post("/ysqgk/status/correction", Map.of("code", receipt.code(), "secret", receipt.secret(),
                "correctionText", "2018年1月\u202E至6月"));
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(corrected.asString()).contains("补正内容已提交", "已登记，办理中");
        assertThat(fixtures.now(id).correctionText).as("a right-to-left override is dropped").isEqualTo("2018年1月至6月");
        assertThat(fixtures.now(id).clockStart).isEqualTo(LocalDate.parse(today()));
        // and both pages say so: counted by hand from the day of receipt, the date shown looked wrong (staff walk)
        assertThat(status(visitor, receipt).asString()).contains("自收到补正材料之日（" + today() + "）起重新计算");
        assertThat(editor.get("/workbench/requests/" + id).asString()).contains("自收到补正材料之日（" + today() + "）起重新计算");
        // no second 补正
        assertThat(step(editor, id, "correction", "correctionNote", "再补", "correctionDue", due).statusCode()).isEqualTo(409);

        // third party; the clock stands still meanwhile
        Response noKind = step(editor, id, "consult", "consultationNote", "涉及第三方商业秘密");
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(noKind.asString()).contains("请选择“征求对象”", "涉及第三方商业秘密");
        assertThat(step(editor, id, "consult", "consultationKind", "NEIGHBOUR", "consultationNote", "x").statusCode()).isEqualTo(400);
        assertThat(step(editor, id, "consult", "consultationKind", "THIRD_PARTY", "consultationNote", "涉及第三方商业秘密").statusCode())
                .isEqualTo(303);
        assertThat(editor.get("/workbench/requests").asString()).contains("暂停计时");
        assertThat(step(editor, id, "consult", "consultationKind", "AUTHORITY", "consultationNote", "同时").statusCode())
                .as("one consultation at a time").isEqualTo(409);
        assertThat(step(editor, id, "consulted").statusCode()).isEqualTo(303);
        // then the authority that made the minutes together with this one (Art. 34): a second consultation
        assertThat(step(editor, id, "consult", "consultationKind", "AUTHORITY", "consultationNote", "会议纪要由市财政局共同制作")
                .statusCode()).isEqualTo(303);
        assertThat(editor.get("/workbench/requests").asString()).contains("暂停计时");
        assertThat(step(editor, id, "consulted").statusCode()).isEqualTo(303);
        org.jsoup.select.Elements consultations = org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString())
                .select("dd.consultation");
        assertThat(consultations).hasSize(2);
        assertThat(consultations.get(0).text()).contains("涉及第三方商业秘密", today() + " — " + today());
        assertThat(consultations.get(1).text()).contains("会议纪要由市财政局共同制作");
        assertThat(fixtures.now(id).consultations).extracting(c -> c.kind)
                .containsExactly(RequestConsultation.Kind.THIRD_PARTY, RequestConsultation.Kind.AUTHORITY);

        // an extension needs the org admin, at most 20 working days under Decree 711, once
        assertThat(step(editor, id, "extend", "extensionDays", "10", "extensionReason", "需要调档").statusCode()).isEqualTo(403);
        Staff admin = Staff.login("szfb-admin");
        Response neither = step(admin, id, "extend", "extensionDays", "", "extensionReason", "");
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(neither.asString()).select("#form-error li").size()).as("both fields named at once").isEqualTo(2);
        // the summary's first line counts them, as the citizens' forms do (browser walk: it repeated the first error)
        assertThat(org.jsoup.Jsoup.parse(neither.asString()).select("#form-error p").first().text()).isEqualTo("这一步未完成，有 2 处需要修改：");
        Response tooLong = step(admin, id, "extend", "extensionDays", "21", "extensionReason", "需要调档");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("1 至 20 个工作日", "需要调档");
        assertThat(step(admin, id, "extend", "extensionDays", "20", "extensionReason", "需要调档").statusCode()).isEqualTo(303);
        assertThat(step(admin, id, "extend", "extensionDays", "5", "extensionReason", "再延").statusCode()).isEqualTo(409);
        assertThat(status(visitor, receipt).asString()).contains("答复期限已延长 20 个工作日", "需要调档");

        // the answer: a withheld one needs its reason, and the page keeps what was typed
        Response noReason = step(editor, id, "answer", "answerType", "WITHHELD", "answerText", "经审查，所申请信息不予公开。");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("请选择“理由”", "经审查，所申请信息不予公开。");
        Response mismatched = step(editor, id, "answer", "answerType", "WITHHELD", "answerReason", "NOT_HELD", "answerText", "x");
        assertThat(mismatched.statusCode()).isEqualTo(400);
        // a partial answer names the ground for the part it does not give (Art. 37), a 不予公开 or 无法提供 reason
        Response partialNoReason = step(editor, id, "answer", "answerType", "PARTLY_DISCLOSED", "answerText", "第二部分不予公开。");
        assertThat(partialNoReason.statusCode()).isEqualTo(400);
        assertThat(partialNoReason.asString()).contains("请选择“理由”", "第二部分不予公开。");
        // the message stands next to the field it is about, and the banner links to it
        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(partialNoReason.asString());
        assertThat(refused.select("#answerReason + .field-error, #answerReason ~ #answerReason-error").text()).as("理由 is a drop-down").isEqualTo("请选择“理由”。");
        assertThat(refused.select("#form-error a").attr("href")).isEqualTo("#answerReason");
        assertThat(step(editor, id, "answer", "answerType", "PARTLY_DISCLOSED", "answerReason", "REPEATED", "answerText", "x")
                .statusCode()).as("a reason for not handling the request at all").isEqualTo(400);
        assertThat(step(editor, id, "answer", "answerType", "PARTLY_DISCLOSED", "answerReason", "THIRD_PARTY_RIGHTS", "answerText",
                "会议纪要第二部分不予公开。").statusCode()).isEqualTo(303);
        // browser walk: an editor alone sent a legally binding answer. The draft waits for a reviewer (签发),
        // the applicant sees nothing of it, the drafter cannot issue it, a reviewer may send it back
        assertThat(status(visitor, receipt).asString()).doesNotContain("已答复", "会议纪要第二部分不予公开");
        assertThat(step(editor, id, "issue").statusCode()).isEqualTo(403);
        Staff reviewer = Staff.login("szfb-reviewer1");
        assertThat(org.jsoup.Jsoup.parse(reviewer.get("/workbench/requests/" + id).asString()).select("#proposal").text())
                .contains("待签发的答复", "部分公开", "会议纪要第二部分不予公开");
        Response noNote = step(reviewer, id, "return-answer");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("退回理由");
        assertThat(step(reviewer, id, "return-answer", "returnNote", "第一部分可以公开，请写明").statusCode()).isEqualTo(303);
        assertThat(editor.get("/workbench/requests/" + id).asString()).contains("第一部分可以公开，请写明");
        assertThat(step(reviewer, id, "issue").statusCode()).as("nothing waits to be issued").isEqualTo(409);
        assertThat(step(editor, id, "answer", "answerType", "PARTLY_DISCLOSED", "answerReason", "THIRD_PARTY_RIGHTS", "answerText",
                "会议纪要第一部分予以公开；第二部分涉及第三方商业秘密，不予公开。").statusCode()).isEqualTo(303);
        // the reviewers are told on the workbench home; the drafter is not asked to issue their own
        assertThat(reviewer.get("/workbench").asString()).contains("待签发答复");
        assertThat(editor.get("/workbench").asString()).doesNotContain("待签发答复");
        assertThat(step(Staff.login("czj-reviewer"), id, "issue").statusCode()).as("another organization's reviewer").isEqualTo(404);
        assertThat(step(reviewer, id, "issue").statusCode()).isEqualTo(303);
        assertThat(fixtures.now(id).answerIssuedBy).isEqualTo("szfb-reviewer1");
        assertThat(fixtures.now(id).answeredBy).isEqualTo("szfb-editor");
        // named as colleagues know them (browser walk: 拟定：czj-editor；签发：czj-reviewer)
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString()).text())
                .containsPattern("拟定：[^（：；]+（szfb-editor）；签发：[^（：；]+（szfb-reviewer1）");

        String answered = status(visitor, receipt).asString();
        assertThat(answered).contains("已答复", "部分公开（不予公开部分：保护第三方合法权益）", "会议纪要第一部分予以公开", "下载答复告知书");
        Response pdf = visitor.given().contentType(Staff.FORM).formParam("csrf-token", visitor.csrf())
                .formParam("code", receipt.code()).formParam("secret", receipt.secret()).post("/ysqgk/status/notice.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("filename*=UTF-8''" + java.net.URLEncoder.encode(
                "答复告知书-" + receipt.code() + ".pdf", java.nio.charset.StandardCharsets.UTF_8));
        byte[] bytes = pdf.asByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("FontFile");
        // the font is embedded as a subset: a page of text stays small enough to mail
        assertThat(bytes.length).as("告知书 PDF size").isLessThan(2_000_000);
        System.out.println("告知书 PDF: " + bytes.length + " bytes");
        // it names where to appeal (the office's government) and, the answer withholding a part, that 行政复议 comes first
        assertThat(pdfText(bytes)).contains("60日内向昆山市人民政府依法申请行政复议", "对本答复中不予公开的决定应当先申请行政复议")
                .doesNotContain("或者自收到本告知书之日起6个月内")
                // addressed to the applicant by name, and it says what was asked
                .contains(RequestFixtures.NAME + "：", "申请获取的政府信息为：“2018年本单位政务公开工作要点的落实情况及相关会议纪要”");
        // no line begins with closing punctuation (避头尾)
        assertThat(pdfLines(bytes)).noneMatch(line -> !line.isEmpty() && "，。；：、！？）》”".indexOf(line.charAt(0)) >= 0);
        Response staffPdf = editor.get("/workbench/requests/" + id + "/notice.pdf");
        assertThat(staffPdf.statusCode()).isEqualTo(200);
        assertThat(Staff.login("czj-editor").get("/workbench/requests/" + id + "/notice.pdf").statusCode()).isEqualTo(404);

        assertThat(step(editor, id, "archive").statusCode()).isEqualTo(303);
        assertThat(status(visitor, receipt).asString()).contains("已归档");
        // nothing after the archive
        assertThat(step(editor, id, "answer", "answerType", "DISCLOSED", "answerText", "x").statusCode()).isEqualTo(409);
    }

    @Test
    void theCodeIsFoundWithOrWithoutItsHyphensAndWithSpaces() {
        Staff visitor = Staff.anonymous();
        Receipt receipt = submit(visitor, RequestFixtures.form("szfb"));
        assertThat(receipt.code()).matches("YSQ\\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        for (String typed : new String[]{receipt.code().replace("-", ""), receipt.code().toLowerCase().replace("-", " "),
                " " + receipt.code() + " ", receipt.code().replace("-", "－")}) {
            Response found = visitor.post("/ysqgk/status", Map.of("code", typed, "secret", receipt.secret()));
            assertThat(found.statusCode()).as(typed).isEqualTo(200);
            assertThat(found.asString()).contains(receipt.code());
        }
    }

    @Test
    void theReceiptRepeatsTheRequestMaskedAndEscaped() {
        Staff visitor = Staff.anonymous();
        Response r = visitor.post("/ysqgk", RequestFixtures.form("szfb", "description",
                "<script>alert(1)</script>我的手机13912345678，申请公开本小区规划许可", "purpose", "本人身份证号320583198001011238"));
        assertThat(r.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document receipt = org.jsoup.Jsoup.parse(r.asString());
        assertThat(receipt.select("#asked").text()).isEqualTo("<script>alert(1)</script>我的手机139****5678，申请公开本小区规划许可");
        assertThat(receipt.select("script:containsData(alert)")).as("typed markup is text").isEmpty();
        assertThat(r.asString()).doesNotContain("13912345678", "320583198001011238");
        // the status page says which request it is (browser walk: only code, organization and status)
        Matcher c = CODE.matcher(r.asString());
        Matcher sec = SECRET.matcher(r.asString());
        assertThat(c.find() && sec.find()).isTrue();
        org.jsoup.nodes.Document status = org.jsoup.Jsoup.parse(status(visitor, new Receipt(c.group(1), sec.group(1))).asString());
        assertThat(status.select("#asked").text()).isEqualTo("<script>alert(1)</script>我的手机139****5678，申请公开本小区规划许可");
    }

    @Test
    void transferredToTheOrganizationThatHoldsIt() {
        Staff visitor = Staff.anonymous();
        Receipt receipt = submit(visitor, RequestFixtures.form("szfb"));
        long id = idOf(receipt.code());
        Staff editor = Staff.login("szfb-editor");
        Response bad = step(editor, id, "transfer", "to", "szfb", "transferNote", "由财政局掌握");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(step(editor, id, "transfer", "to", "czj", "transferNote", "该信息由市财政局掌握").statusCode()).isEqualTo(303);
        assertThat(editor.get("/workbench/requests/" + id).statusCode()).isEqualTo(404);
        Staff czj = Staff.login("czj-editor");
        assertThat(czj.get("/workbench/requests/" + id).asString()).contains(RequestFixtures.NAME, "该信息由市财政局掌握", "居民身份证：").doesNotContain("RESIDENT_ID");
        assertThat(status(visitor, receipt).asString()).contains("该信息由市财政局掌握", "市财政局");
    }

    @Test
    void theReceivingOrganizationsClockIsItsOwnAfterATransfer() {
        Staff visitor = Staff.anonymous();
        Receipt receipt = submit(visitor, RequestFixtures.form("szfb"));
        long id = idOf(receipt.code());
        // sent ten days ago, so that a receipt day before the transfer is one after the submission
        QuarkusTransaction.requiringNew().run(() -> InfoRequest.<InfoRequest>findById(id).submittedAt =
                java.time.Instant.now().minus(java.time.Duration.ofDays(10)));
        Staff editor = Staff.login("szfb-editor");
        assertThat(step(editor, id, "register").statusCode()).isEqualTo(303);
        assertThat(step(editor, id, "correction", "correctionNote", "请写明年份", "correctionDue",
                LocalDate.parse(today()).plusDays(10).toString()).statusCode()).isEqualTo(303);
        assertThat(visitor.post("/ysqgk/status/correction", Map.of("code", receipt.code(), "secret", receipt.secret(),
                "correctionText", "2018年")).statusCode()).isEqualTo(200);
        assertThat(step(editor, id, "consult", "consultationKind", "THIRD_PARTY", "consultationNote", "征求意见").statusCode()).isEqualTo(303);
        assertThat(step(editor, id, "consulted").statusCode()).isEqualTo(303);
        assertThat(step(Staff.login("szfb-admin"), id, "extend", "extensionDays", "20", "extensionReason", "需要调档").statusCode())
                .isEqualTo(303);
        assertThat(step(editor, id, "transfer", "to", "czj", "transferNote", "该信息由市财政局掌握").statusCode()).isEqualTo(303);
        Staff czj = Staff.login("czj-editor");
        Response early = step(czj, id, "register", "receivedOn", LocalDate.parse(today()).minusDays(1).toString());
        assertThat(early.statusCode()).as("received before it was transferred").isEqualTo(400);
        assertThat(early.asString()).contains("不能早于转送之日");
        assertThat(step(czj, id, "register").statusCode()).isEqualTo(303);
        String deadline = org.jsoup.Jsoup.parse(status(visitor, receipt).asString()).select("#deadline").text();
        assertThat(deadline).as("szfb's extension is not czj's").contains("20 个工作日").doesNotContain("延长")
                .doesNotContain("不计入");
        assertThat(fixtures.now(id).extensionDays).isZero();
        String page = czj.get("/workbench/requests/" + id).asString();
        assertThat(page).as("the consultation and the supplied correction stay in the record").contains("征求意见", "2018年");
        assertThat(step(czj, id, "correction", "correctionNote", "请写明文件名称", "correctionDue",
                LocalDate.parse(today()).plusDays(10).toString()).statusCode()).as("czj may ask its own 补正").isEqualTo(303);
    }

    @Test
    void aStepPostedTwiceAtOnceIsTakenOnceAndTheOtherGets409() throws Exception {
        Staff editor = Staff.login("szfb-editor");
        for (int round = 0; round < 3; round++) {
            long id = fixtures.registered("szfb");
            java.util.List<Integer> answers = org.zwgk.portal.AllAtOnce.run(6,
                    () -> step(editor, id, "consult", "consultationKind", "THIRD_PARTY", "consultationNote", "同时点击").statusCode());
            assertThat(answers).as("round " + round).containsOnly(303, 409);
            assertThat(answers).filteredOn(c -> c == 303).hasSize(1);
            assertThat(fixtures.now(id).consultations).hasSize(1);
        }
    }

    @Test
    void noConsultationOrExtensionOnceTheAnswerPeriodHasRunOut() {
        long id = fixtures.registered("szfb");
        receivedDaysAgo(id, 60);
        Staff editor = Staff.login("szfb-editor");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString());
        assertThat(page.select("form[action$=/consult]")).as("not offered").isEmpty();
        Response consult = step(editor, id, "consult", "consultationKind", "THIRD_PARTY", "consultationNote", "征求意见");
        assertThat(consult.statusCode()).isEqualTo(409);
        assertThat(consult.asString()).contains("答复期限已于", "届满");
        Response extend = step(Staff.login("szfb-admin"), id, "extend", "extensionDays", "20", "extensionReason", "需要调档");
        assertThat(extend.statusCode()).isEqualTo(409);
        assertThat(fixtures.now(id).consultations).isEmpty();
        assertThat(fixtures.now(id).extensionDays).isZero();
    }

    @Test
    void aCorrectionSentAfterItsDueDayIsRefusedEvenAsTheFirstLookAfterIt() {
        Staff visitor = Staff.anonymous();
        Staff editor = Staff.login("szfb-editor");
        Receipt receipt = awaitingCorrection(visitor, editor);
        long id = idOf(receipt.code());
        correctionDuePassed(id);
        // nobody looked at the request since the due day passed: the correction itself finds it withdrawn
        Response late = visitor.post("/ysqgk/status/correction", Map.of("code", receipt.code(), "secret", receipt.secret(),
                "correctionText", "迟到的补正"));
        assertThat(late.statusCode()).isEqualTo(409);
        InfoRequest r = fixtures.now(id);
        assertThat(r.status).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(r.correctionText).isNull();
    }

    @Test
    void aCorrectionSentTwiceAtOnceIsTakenOnceAndFirstLooksAfterTheDueDayWithdrawOnce() throws Exception {
        Staff visitor = Staff.anonymous();
        Staff editor = Staff.login("szfb-editor");
        Receipt receipt = awaitingCorrection(visitor, editor);
        long id = idOf(receipt.code());
        java.util.List<Integer> sent = org.zwgk.portal.AllAtOnce.run(6, () -> visitor.post("/ysqgk/status/correction",
                Map.of("code", receipt.code(), "secret", receipt.secret(), "correctionText", "补充：2018年会议纪要")).statusCode());
        assertThat(sent).containsOnly(200, 409);
        assertThat(sent).filteredOn(c -> c == 200).hasSize(1);
        assertThat(auditCount(id, "request.corrected")).isEqualTo(1);

        // another request whose 补正 due day passed unseen: the first looks, all at once, withdraw it once
        Receipt second = awaitingCorrection(visitor, editor);
        long other = idOf(second.code());
        correctionDuePassed(other);
        // the applicant's looks and the staff's request list, which withdraws it too, all at once
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Integer> looks = org.zwgk.portal.AllAtOnce.run(8, () -> turn.getAndIncrement() % 2 == 0
                ? status(visitor, second).statusCode() : editor.get("/workbench/requests").statusCode());
        assertThat(looks).containsOnly(200);
        assertThat(auditCount(other, "request.withdrawn")).isEqualTo(1);
        assertThat(fixtures.now(other).status).isEqualTo(RequestStatus.WITHDRAWN);
    }

    /** A request submitted to szfb, registered, and asked for a 补正 due in three days. */
    private Receipt awaitingCorrection(Staff visitor, Staff editor) {
        Receipt receipt = submit(visitor, RequestFixtures.form("szfb"));
        long id = idOf(receipt.code());
        assertThat(step(editor, id, "register").statusCode()).isEqualTo(303);
        assertThat(step(editor, id, "correction", "correctionNote", "请补充", "correctionDue",
                LocalDate.parse(today()).plusDays(3).toString()).statusCode()).isEqualTo(303);
        return receipt;
    }

    /** The 补正 due day passes (moved into the past here instead of waiting). */
    private static void correctionDuePassed(long id) {
        QuarkusTransaction.requiringNew().run(() -> InfoRequest.<InfoRequest>findById(id).correctionDue = LocalDate.parse(today()).minusDays(1));
    }

    private static long auditCount(long requestId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.count(
                "entityType = ?1 and entityId = ?2 and action = ?3", "info_request", requestId, action));
    }

    @Test
    void aCorrectionNotSentInTimeIsAWithdrawal() {
        Staff visitor = Staff.anonymous();
        Staff editor = Staff.login("szfb-editor");
        Receipt receipt = awaitingCorrection(visitor, editor);
        long id = idOf(receipt.code());
        correctionDuePassed(id);
        assertThat(status(visitor, receipt).asString()).contains("逾期未补正，视为放弃申请");
        InfoRequest r = fixtures.now(id);
        assertThat(r.status).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(r.answerReason).isEqualTo(AnswerReason.NO_CORRECTION);
        Response late = visitor.post("/ysqgk/status/correction", Map.of("code", receipt.code(), "secret", receipt.secret(),
                "correctionText", "迟到的补正"));
        assertThat(late.statusCode()).isEqualTo(409);
        // staff walk: no answer period ever ran, yet the list showed one running; and the answer named nobody
        org.jsoup.nodes.Element row = listRow(editor, receipt.code());
        assertThat(row.select("td").get(3).text()).contains("视为放弃申请");
        assertThat(row.select("td").get(4).text()).as("no deadline for a request given up").isEmpty();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString());
        assertThat(page.select("#deadline")).isEmpty();
        assertThat(page.select("#closed-by-system").text()).isEqualTo("申请人逾期未补正，系统按期自动办结");
        assertThat(org.jsoup.Jsoup.parse(status(visitor, receipt).asString()).select("#deadline")).isEmpty();
        assertThat(step(editor, id, "archive").statusCode()).isEqualTo(303);
        assertThat(listRow(editor, receipt.code()).select("td").get(4).text()).as("nor once archived").isEmpty();
    }

    /** The row of the staff's request list for this tracking code. */
    static org.jsoup.nodes.Element listRow(Staff staff, String code) {
        return org.jsoup.Jsoup.parse(staff.get("/workbench/requests").asString()).select("#requests tbody tr").stream()
                .filter(tr -> tr.select("td").get(0).text().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + code));
    }

    @Test
    void anAnswerAfterTheDueDayIsMarkedLateForStaffAndApplicant() {
        RequestService.Receipt receipt = fixtures.answeredReceipt("szfb");
        Receipt own = new Receipt(receipt.trackingCode(), receipt.secret());
        Staff editor = Staff.login("szfb-editor");
        Staff visitor = Staff.anonymous();
        assertThat(listRow(editor, receipt.trackingCode()).text()).doesNotContain("逾期答复");
        assertThat(status(visitor, own).asString()).doesNotContain("answered-late");
        // received 60 days before the answer: the 20 working days of Decree 711 had passed
        receivedDaysAgo(receipt.id(), 60);
        assertThat(listRow(editor, receipt.trackingCode()).select(".answered-late").text()).isEqualTo("逾期答复");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + receipt.id()).asString()).select("#answered-late").text())
                .isEqualTo("逾期答复");
        assertThat(org.jsoup.Jsoup.parse(status(visitor, own).asString()).select("#answered-late").text())
                .contains("已超过法定答复期限", "第五十一条", "申请行政复议或者提起行政诉讼").doesNotContain("尚未答复");
    }

    @Inject
    org.zwgk.portal.calendar.WorkingDays workingDays;

    private LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Test
    void aConsultationPastItsFifteenWorkingDaysNoLongerShowsTheClockStopped() {
        RequestService.Receipt receipt = fixtures.receipt("szfb");
        long id = receipt.id();
        Staff editor = Staff.login("szfb-editor");
        assertThat(step(editor, id, "register", "receivedOn", today()).statusCode()).isEqualTo(303);
        assertThat(step(editor, id, "consult", "consultationKind", "THIRD_PARTY", "consultationNote", "征求第三方意见").statusCode())
                .isEqualTo(303);
        Receipt own = new Receipt(receipt.trackingCode(), receipt.secret());
        assertThat(listRow(editor, receipt.trackingCode()).text()).contains("暂停计时");
        assertThat(status(visitor(), own).asString()).doesNotContain("pause-used-up");
        // consulting for 40 days: its 15 working days are used up and the clock runs again
        receivedDaysAgo(id, 41);
        QuarkusTransaction.requiringNew().run(() -> InfoRequest.<InfoRequest>findById(id).consultations.get(0).startedOn =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(40));
        assertThat(listRow(editor, receipt.trackingCode()).text()).doesNotContain("暂停计时");
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString()).select("#pause-used-up").text())
                .contains("征求意见已满15个工作日", "此后的时间计入答复期限");
        String status = status(visitor(), own).asString();
        assertThat(org.jsoup.Jsoup.parse(status).select("#pause-used-up").text()).contains("征求意见已满15个工作日");
        assertThat(status).doesNotContain("征求意见期间每过一个工作日顺延一日");
    }

    private static Staff visitor() {
        return Staff.anonymous();
    }

    @Test
    void aStaleFormIsRefused() {
        long id = fixtures.submitted("szfb");
        Staff editor = Staff.login("szfb-editor");
        Response r = editor.post("/workbench/requests/" + id + "/register", Map.of("lockVersion", 99, "receivedOn", today()));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.asString()).contains("已被他人处理过");
    }

    /** A step posted from the request page, with the request's current lock version. */
    Response step(Staff who, long id, String step, String... fields) {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("lockVersion", fixtures.lockVersion(id));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return who.post("/workbench/requests/" + id + "/" + step, form);
    }

    @Test
    void theWorkbenchHomeFlagsOverdueRequestsOfOnesOwnOrganizationOnly() {
        int szfbBefore = overdueOnHome("szfb-editor");
        int czjBefore = overdueOnHome("czj-editor");
        long id = fixtures.registered("szfb");
        // received 60 days ago: the 20 working days of Decree 711 are long past
        receivedDaysAgo(id, 60);
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString());
        assertThat(home.select("#request-attention").text()).contains("依申请公开").contains("已超期");
        assertThat(home.select("#request-attention a").attr("href")).isEqualTo("/workbench/requests");
        assertThat(overdueOnHome("szfb-editor")).isEqualTo(szfbBefore + 1);
        assertThat(overdueOnHome("czj-editor")).as("another organization's staff are not told").isEqualTo(czjBefore);
        receivedDaysAgo(fixtures.registered("czj"), 60);
        assertThat(overdueOnHome("czj-editor")).as("their own overdue request is").isEqualTo(czjBefore + 1);
        assertThat(overdueOnHome("szfb-editor")).isEqualTo(szfbBefore + 1);
    }

    @Test
    void theApplicantIsToldWhenTheAnswerIsOverdueAndWhatTheyMayDo() {
        RequestService.Receipt receipt = fixtures.receipt("szfb");
        Staff editor = Staff.login("szfb-editor");
        // an online request not registered yet: the day offered for 收到申请之日 is the day it was sent, not today
        receivedDaysAgo(receipt.id(), 3);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            InfoRequest r = InfoRequest.findById(receipt.id());
            r.receivedOn = null;
            r.clockStart = null;
        });
        String sent = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3).toString();
        assertThat(org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + receipt.id()).asString()).select("input#receivedOn").attr("value"))
                .isEqualTo(sent);
        assertThat(step(editor, receipt.id(), "register", "receivedOn", sent).statusCode()).isEqualTo(303);
        Receipt own = new Receipt(receipt.trackingCode(), receipt.secret());
        Staff visitor = Staff.anonymous();
        assertThat(status(visitor, own).asString()).doesNotContain("已超过法定答复期限");
        receivedDaysAgo(receipt.id(), 60);
        String page = org.jsoup.Jsoup.parse(status(visitor, own).asString()).select("#overdue").text();
        assertThat(page).contains("已超过法定答复期限", "本机关尚未答复", "第五十一条", "申请行政复议或者提起行政诉讼");
    }

    private static void receivedDaysAgo(long id, int days) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            InfoRequest r = InfoRequest.findById(id);
            java.time.LocalDate back = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(days);
            r.receivedOn = back;
            r.clockStart = back;
            r.submittedAt = back.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        });
    }

    /** The 已超期 count on this user's workbench home (0 when the notice does not name one). */
    private static int overdueOnHome(String username) {
        String notice = org.jsoup.Jsoup.parse(Staff.login(username).get("/workbench").asString()).select("#request-attention").text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("已超期：(\\d+) 件").matcher(notice);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void theWorkbenchHomeCountsOnlineSubmissionsNotYetRegistered() {
        // a submission has no day of receipt and so no clock until it is registered: it must not sit unseen
        fixtures.submitted("szfb");
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString());
        assertThat(home.select("#request-attention").text()).containsPattern("待登记：\\d+ 件");
    }

    @Test
    void theListSaysHowLongASubmissionHasWaitedForItsRegistration() {
        long id = fixtures.submitted("szfb");
        LocalDate sent = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(4);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            InfoRequest r = InfoRequest.findById(id);
            r.submittedAt = sent.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        });
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench/requests").asString());
        String row = list.select("a[href=/workbench/requests/" + id + "]").parents().select("tr").first().text();
        assertThat(row).contains(sent + " 提交，已等待登记 4 天", "请尽快登记");
        long fresh = fixtures.submitted("szfb");
        list = org.jsoup.Jsoup.parse(Staff.login("szfb-editor").get("/workbench/requests").asString());
        assertThat(list.select("a[href=/workbench/requests/" + fresh + "]").parents().select("tr").first().text())
                .contains("已等待登记 0 天").doesNotContain("请尽快登记");
    }

    @Test
    void aDeadlineIntoAYearWithoutItsHolidayNoticeIsShownAsProvisional() {
        long id = fixtures.registered("szfb");
        // received on 2026-12-20: the 20th working day is in 2027, whose notice is not in content/calendar yet
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            InfoRequest r = InfoRequest.findById(id);
            LocalDate received = LocalDate.of(2026, 12, 20);
            r.receivedOn = received;
            r.clockStart = received;
            r.submittedAt = received.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        });
        Staff editor = Staff.login("szfb-editor");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(editor.get("/workbench/requests/" + id).asString());
        assertThat(page.select("#deadline").text()).contains("2027-01-18", "20 个工作日");
        assertThat(page.select("#deadline-provisional").text()).contains("暂定", "本站尚未录入国务院办公厅 2027 年放假安排的通知", "通知发布后以通知为准")
                // whether the State Council has published it is not something the site knows; only what it holds
                .doesNotContain("尚未公布").doesNotContain("尚未发布");
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(editor.get("/workbench/requests").asString());
        assertThat(list.select("a[href=/workbench/requests/" + id + "]").parents().select("tr").first().text())
                .contains("2027-01-18", "暂定");
    }

    static java.util.List<String> pdfLines(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).lines().map(String::strip).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a PDF as a reader sees it, without the line breaks of its layout. */
    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRequestsCodeTypedIntoTheLettersLookUpIsAnsweredByTheRequestsAndTheOtherWayRound() {
        // browser walk: the home page's one 办理进度查询 leads to the letters' look-up, which answered a request's
        // code with "没有这封来信"; both forms now say which codes they take and pass the other kind on (307
        // keeps the posted code and secret)
        RequestService.Receipt request = fixtures.receipt("czj");
        Staff citizen = Staff.anonymous();
        assertThat(citizen.get("/hudong/follow").asString()).contains("以 YSQ 开头");
        Response passed = citizen.post("/hudong/follow", Map.of("code", request.trackingCode().toLowerCase(), "secret", request.secret()));
        assertThat(passed.statusCode()).isEqualTo(307);
        assertThat(passed.header("Location")).endsWith("/ysqgk/status");
        Response status = citizen.post("/ysqgk/status", Map.of("code", request.trackingCode().toLowerCase(), "secret", request.secret()));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(status.asString()).text()).contains(request.trackingCode());
        Response back = citizen.post("/ysqgk/status", Map.of("code", "HD20261205ABCDEF", "secret", "X"));
        assertThat(back.statusCode()).isEqualTo(307);
        assertThat(back.header("Location")).endsWith("/hudong/follow");
    }
}
