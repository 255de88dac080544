package org.zwgk.portal.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.workflow.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log: who, when, what, from where, before and after; read by auditors; tampering shows. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class AuditTrailTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail trail;
    @Inject
    org.zwgk.portal.requests.RequestFixtures requests;

    @Test
    void anEditRecordsWhoFromWhereAndTheStateBeforeAndAfter() {
        long id = fixtures.draft("szfb-editor", "tzgg");
        Staff editor = Staff.login("szfb-editor");
        editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", "审计用的新标题", "body", "新正文"));
        Staff auditor = Staff.login("auditor");
        String page = auditor.get("/workbench/audit?action=draft.update&entityType=draft&entityId=" + id).asString();
        assertThat(page).contains("szfb-editor").contains("127.0.0.1").contains("draft.update")
                .contains("修改前：").contains("修改后：");
        // browser walk: the states read title=…; type=NOTICE; body=3 chars: in words, the text's fingerprint whole
        org.jsoup.nodes.Element after = org.jsoup.Jsoup.parse(page).select("td .after").first();
        assertThat(after.text()).startsWith("修改后： 标题：审计用的新标题；类型：通知公告；文号：—；栏目：通知公告（tzgg）；正文 3 字（SHA-256 ")
                .doesNotContain("type=", "chars");
        assertThat(em.createQuery("select e.afterState from AuditEvent e where e.action = 'draft.update' and e.entityId = :id", String.class)
                .setParameter("id", id).getResultList()).as("what is stored and hashed is unchanged")
                .allMatch(s -> s.startsWith("title=审计用的新标题; type=NOTICE;"));
    }

    @Test
    void aRequestsStatusChangeReadsInWords() {
        long id = requests.registered("szfb");
        String page = Staff.login("auditor").get("/workbench/audit?action=request.register&entityId=" + id).asString();
        org.jsoup.nodes.Element cell = org.jsoup.Jsoup.parse(page).select("td:has(.after)").first();
        assertThat(cell.select(".before").text()).isEqualTo("修改前： 已提交，待登记");
        assertThat(cell.select(".after").text()).isEqualTo("修改后： 已登记，办理中");
    }

    @Test
    void auditorsReadWhatWasDoneInWordsAndMayFilterByThem() {
        // browser walk: the page showed and filtered by codes such as draft.update only
        long id = fixtures.draft("szfb-editor", "tzgg");
        Staff auditor = Staff.login("auditor");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(auditor.get("/workbench/audit?action=新建稿件&entityId=" + id).asString());
        assertThat(page.select("table.audit tbody tr")).as("filtered by the action's words").hasSize(1);
        assertThat(page.select("table.audit tbody td.audit-action").text()).contains("新建稿件", "draft.create");
        assertThat(page.select("table.audit tbody tr").text()).contains("稿件 " + id);
        assertThat(page.select("#audit-actions option[value=draft.publish]").text()).isEqualTo("稿件审核通过并发布");
        // browser walk: two free-text boxes; the actions and kinds are chosen from lists in words, grouped by kind
        assertThat(page.select("select[name=action] optgroup[label=稿件] option[value=draft.create]").text()).isEqualTo("新建稿件");
        assertThat(page.select("select[name=action] option[selected]").eachAttr("value")).as("the words in the address, chosen")
                .containsExactly("draft.create");
        assertThat(page.select("select[name=entityType] option[value=draft]").text()).isEqualTo("稿件");
        assertThat(page.select("input[name=action], input[name=entityType]")).isEmpty();
        org.jsoup.nodes.Document typed = org.jsoup.Jsoup.parse(auditor.get("/workbench/audit?action=发布&entityType=draft").asString());
        assertThat(typed.select("select[name=action] option[selected]").eachAttr("value")).as("part of a name stays as typed")
                .containsExactly("发布");
        assertThat(typed.select("select[name=entityType] option[selected]").eachAttr("value")).containsExactly("draft");
        assertThat(org.jsoup.Jsoup.parse(auditor.get("/workbench/audit?action=draft&entityType=稿件&entityId=" + id).asString())
                .select("table.audit tbody td.audit-action").text()).as("a kind's words stand for all its actions").contains("新建稿件");
        // browser walk (again): 发布 and publish found nothing; part of the words or of the code is enough
        for (String part : java.util.List.of("发布", "publish")) {
            java.util.List<String> actions = org.jsoup.Jsoup.parse(auditor.get("/workbench/audit?action=" + part).asString())
                    .select("table.audit tbody td.audit-action").eachText();
            assertThat(actions).as(part).isNotEmpty().allMatch(a -> a.contains("发布") || a.contains("publish"))
                    .anyMatch(a -> a.contains("document.publish"));
        }
    }

    @Test
    void everyActionTheCodeRecordsHasItsWords() throws java.io.IOException {
        AuditActionNames names = new AuditActionNames();
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile(
                "\"((?:draft|document|message|request|consultation|survey|interview|channel|organization|account|membership|record"
                        + "|annual-report|plan|privacy)(?:\\.[a-z-]+)+)\"");
        java.util.Set<String> unnamed = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = literal.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".yaml") && !names.all().containsKey(m.group(1))) {
                        unnamed.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(unnamed).as("action codes without words in audit/action-names_zh_CN.properties").isEmpty();
        assertThat(names.all().values()).as("each name stands for one code, so a filter in words is exact").doesNotHaveDuplicates();
        assertThat(names.action("survey.answer.approve")).isEqualTo("答卷审核通过");
        assertThat(names.action("draft.something-new")).as("an unlisted action: its kind, then its code").isEqualTo("稿件：something-new");
    }

    @Test
    void behindTheLocalProxyTheClientsAddressIsRecorded() {
        String csrf = org.zwgk.portal.access.Staff.csrfFromLoginPage();
        io.restassured.RestAssured.given().redirects().follow(false).header("X-Forwarded-For", "203.0.113.9")
                .cookie("csrf-token", csrf).contentType(org.zwgk.portal.access.Staff.FORM)
                .formParam("csrf-token", csrf).formParam("username", "czj-admin").formParam("password", Staff.PASSWORD)
                .post("/login").then().statusCode(303);
        assertThat(Staff.login("auditor").get("/workbench/audit?action=account.login&actor=czj-admin").asString())
                .contains("203.0.113.9");
    }

    @Test
    void onlyAuditorsAndSiteAdminsReadIt() {
        assertThat(Staff.login("auditor").get("/workbench/audit").statusCode()).isEqualTo(200);
        assertThat(Staff.login("site-admin").get("/workbench/audit").statusCode()).isEqualTo(200);
        assertThat(Staff.login("szfb-admin").get("/workbench/audit").statusCode()).isEqualTo(403);
        assertThat(Staff.login("szfb-reviewer1").get("/workbench/audit").statusCode()).isEqualTo(403);
        assertThat(Staff.login("auditor").get("/workbench/audit?entityId=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void eventTimesAreWholeMillisecondsSoTheDatabaseCannotRoundWhatTheHashCovers() {
        fixtures.draft("szfb-editor", "tzgg");
        java.util.List<java.time.Instant> times = QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.<AuditEvent>find("hash is not null order by id desc").page(0, 20).list().stream()
                        .map(e -> e.occurredAt).toList());
        assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t.getNano() % 1_000_000).isZero());
    }

    @Test
    void anEditedEventBreaksTheChain() {
        fixtures.draft("szfb-editor", "tzgg");
        assertThat(trail.verify().intact()).isTrue();
        assertThat(Staff.login("auditor").get("/workbench/audit?verify=1").asString()).contains("日志完整");
        Long victim = QuarkusTransaction.requiringNew().call(() ->
                (Long) em.createQuery("select max(e.id) from AuditEvent e where e.hash is not null").getSingleResult());
        String original = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select actor from audit_event where id = " + victim).getSingleResult());
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("update audit_event set actor = 'someone-else' where id = " + victim).executeUpdate());
            AuditTrail.ChainCheck check = trail.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(victim);
            assertThat(Staff.login("auditor").get("/workbench/audit?verify=1").asString()).contains("日志不完整");
        } finally {
            QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("update audit_event set actor = '" + original + "' where id = " + victim).executeUpdate());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aPageNumberBelowOneIsRefusedInWords() {
        // security audit: /workbench/audit?page=0 was a 500
        Staff auditor = Staff.login("auditor");
        for (String page : new String[]{"0", "-1", "abc", "99999999999"}) {
            io.restassured.response.Response r = auditor.get("/workbench/audit?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(400);
            assertThat(org.jsoup.Jsoup.parse(r.asString()).text()).as(page).contains("页");
        }
        assertThat(auditor.get("/workbench/audit?page=2").statusCode()).isEqualTo(200);
    }
}
