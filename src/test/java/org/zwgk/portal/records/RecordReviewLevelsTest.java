package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.UserError;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Records go through their organization's review levels exactly like drafts (the one rule in
 * workflow.ReviewLevels): in a two-level organization a record needs two different reviewers, none of
 * them an author of the version, whatever other role they hold; each level is audited.
 */
@QuarkusTest
class RecordReviewLevelsTest {

    static final String ORG = "dsjzx"; // 大数据资源管理中心, one review level in the content; two for this test

    @Inject
    RecordFixtures fixtures;
    @Inject
    RecordService service;

    @Test
    void aTwoLevelOrganizationsRecordNeedsTwoDifferentReviewersNeitherItsAuthor() {
        int levels = fixtures.reviewLevels(ORG, 2);
        try {
            String author = fixtures.accountWith(Map.of(ORG, Set.of(Role.EDITOR, Role.REVIEWER)));
            String first = fixtures.accountWith(Map.of(ORG, Set.of(Role.REVIEWER)));
            String second = fixtures.accountWith(Map.of(ORG, Set.of(Role.REVIEWER)));
            Map<String, String> values = new HashMap<>(RecordSamples.good("xzxk"));
            values.put("licensingAuthority", ORG);
            values.put("licenceDocumentNumber", "昆大数据许〔2026〕2号");
            long id = service.create(fixtures.user(author), "xzxk", ORG, values, AuditLog.system("test")).id;
            service.submit(fixtures.user(author), id, fixtures.lockVersion(id), AuditLog.system("test"));
            assertThat(fixtures.entry(id).reviewLevels).isEqualTo(2);

            // the author, though a reviewer too, approves no level: 403 on the service and on the page, nothing written
            Staff dual = Staff.loginWith(author, RecordFixtures.PASSWORD);
            long audit = fixtures.auditCount();
            UserError own = catchThrowableOfType(() -> service.approve(fixtures.user(author), id, fixtures.lockVersion(id),
                    AuditLog.system("test")), UserError.class);
            assertThat(own.status()).isEqualTo(403);
            assertThat(dual.get("/workbench/records/" + id).asString()).doesNotContain("id=\"approve\"");
            Response page = dual.post("/workbench/records/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.asString()).contains("不能审核自己填报或修改过的记录");
            assertThat(fixtures.auditCount()).isEqualTo(audit);
            assertThat(fixtures.approvals(id)).isEmpty();

            // level 1 by the first reviewer: not yet public, and the same person does not approve level 2
            Staff one = Staff.loginWith(first, RecordFixtures.PASSWORD);
            assertThat(one.get("/workbench/records/" + id).asString()).contains("id=\"approve\"").contains("第1级审核通过（共2级");
            assertThat(one.post("/workbench/records/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id))).statusCode())
                    .isEqualTo(303);
            assertThat(fixtures.entry(id).approvedLevels).isEqualTo(1);
            given().get("/records/xzxk/" + id).then().statusCode(404);
            assertThat(one.get("/workbench/records/" + id).asString()).doesNotContain("id=\"approve\"").contains("第2级审核（共2级）");
            UserError twice = catchThrowableOfType(() -> service.approve(fixtures.user(first), id, fixtures.lockVersion(id),
                    AuditLog.system("test")), UserError.class);
            assertThat(twice.status()).isEqualTo(409);
            Response again = one.post("/workbench/records/" + id + "/approve", Map.of("lockVersion", fixtures.lockVersion(id)));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.asString()).contains("不同人员");
            UserError stillOwn = catchThrowableOfType(() -> service.approve(fixtures.user(author), id, fixtures.lockVersion(id),
                    AuditLog.system("test")), UserError.class);
            assertThat(stillOwn.status()).isEqualTo(403);

            // level 2 by another reviewer publishes it
            service.approve(fixtures.user(second), id, fixtures.lockVersion(id), AuditLog.system("test"));
            given().get("/records/xzxk/" + id).then().statusCode(200);
            assertThat(fixtures.approvals(id)).containsExactly(first + "@1", second + "@2");
            assertThat(fixtures.auditCount("record.approve", id)).as("each level audited").isEqualTo(2);
            assertThat(fixtures.auditCount("record.publish", id)).isEqualTo(1);
            assertThat(fixtures.entry(id).editors).as("the next change has its own authors").isEmpty();

            // the next change, returned at level 2, starts over at level 1 (the reviewers may take the levels in either order)
            Map<String, String> changed = new HashMap<>(values);
            changed.put("licenceContent", "食品经营（预包装食品销售、散装食品销售）");
            service.update(fixtures.user(author), id, fixtures.lockVersion(id), changed, "增加经营项目", AuditLog.system("test"));
            service.submit(fixtures.user(author), id, fixtures.lockVersion(id), AuditLog.system("test"));
            service.approve(fixtures.user(second), id, fixtures.lockVersion(id), AuditLog.system("test"));
            service.returnToEditor(fixtures.user(first), id, fixtures.lockVersion(id), "请核实经营项目", AuditLog.system("test"));
            assertThat(fixtures.entry(id).approvedLevels).isZero();
            service.submit(fixtures.user(author), id, fixtures.lockVersion(id), AuditLog.system("test"));
            service.approve(fixtures.user(second), id, fixtures.lockVersion(id), AuditLog.system("test"));
            given().get("/api/v1/records/xzxk/" + id).then().body("version", org.hamcrest.Matchers.equalTo(1));
            service.approve(fixtures.user(first), id, fixtures.lockVersion(id), AuditLog.system("test"));
            given().get("/api/v1/records/xzxk/" + id).then().body("version", org.hamcrest.Matchers.equalTo(2))
                    .body("values.licenceContent", org.hamcrest.Matchers.containsString("散装食品"));
        } finally {
            fixtures.reviewLevels(ORG, levels);
        }
    }

    @Test
    void anEditorWhoChangedAColleaguesRecordDoesNotReviewIt() {
        String dual = fixtures.accountWith(Map.of("czj", Set.of(Role.EDITOR, Role.REVIEWER)));
        Map<String, String> values = new HashMap<>(RecordSamples.good("xzxk"));
        values.put("licensingAuthority", "czj");
        values.put("licenceDocumentNumber", "昆财许〔2026〕77号");
        long id = service.create(fixtures.user("czj-editor"), "xzxk", "czj", values, AuditLog.system("test")).id;
        values.put("licenceContent", "改过的许可内容");
        service.update(fixtures.user(dual), id, fixtures.lockVersion(id), values, null, AuditLog.system("test"));
        service.submit(fixtures.user("czj-editor"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        UserError own = catchThrowableOfType(() -> service.approve(fixtures.user(dual), id, fixtures.lockVersion(id),
                AuditLog.system("test")), UserError.class);
        assertThat(own.status()).isEqualTo(403);
        UserError ret = catchThrowableOfType(() -> service.returnToEditor(fixtures.user(dual), id, fixtures.lockVersion(id),
                "退回", AuditLog.system("test")), UserError.class);
        assertThat(ret.status()).isEqualTo(403);
        service.approve(fixtures.user("czj-reviewer"), id, fixtures.lockVersion(id), AuditLog.system("test"));
        given().get("/records/xzxk/" + id).then().statusCode(200);
    }

    /** Browser walk: a double click on 审核通过并公开 answered 409 「该记录已被他人修改」 on a dead-end page. */
    @Test
    void approvingTwiceLandsBackOnTheRecordSayingItIsAlreadyApproved() {
        long id = fixtures.submitted("czj-editor", "czj");
        Staff reviewer = Staff.login("czj-reviewer");
        long lock = fixtures.lockVersion(id);
        assertThat(reviewer.post("/workbench/records/" + id + "/approve", Map.of("lockVersion", lock)).statusCode()).isEqualTo(303);
        assertThat(fixtures.entry(id).publicState).isEqualTo(RecordEntry.PublicState.PUBLISHED);

        Response again = reviewer.post("/workbench/records/" + id + "/approve", Map.of("lockVersion", lock));
        assertThat(again.statusCode()).isEqualTo(303);
        String location = again.getHeader("Location");
        assertThat(location).endsWith("/workbench/records/" + id + "?done=alreadyApproved");
        String page = reviewer.get(location.replaceAll("^https?://[^/]+", "")).asString();
        assertThat(org.jsoup.Jsoup.parse(page).select("#record-notice").text()).isEqualTo("您已审核通过该记录，无需重复操作。");
        assertThat(fixtures.auditCount("record.approve", id)).as("approved once").isEqualTo(1);
        assertThat(fixtures.auditCount("record.publish", id)).isEqualTo(1);
    }
}
