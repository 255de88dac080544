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

    @Test
    void anEditRecordsWhoFromWhereAndTheStateBeforeAndAfter() {
        long id = fixtures.draft("szfb-editor", "tzgg");
        Staff editor = Staff.login("szfb-editor");
        editor.post("/workbench/drafts/" + id, Map.of("lockVersion", fixtures.lockVersion(id), "type", "NOTICE",
                "title", "审计用的新标题", "body", "新正文"));
        Staff auditor = Staff.login("auditor");
        String page = auditor.get("/workbench/audit?action=draft.update&entityType=draft&entityId=" + id).asString();
        assertThat(page).contains("szfb-editor").contains("127.0.0.1").contains("draft.update")
                .contains("修改前：").contains("修改后：").contains("title=审计用的新标题");
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
}
