package org.zwgk.portal.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentStatus;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document another organization published in a channel of the platform's (a 市财政局 reply in hdjl,
 * owned by 大数据资源管理中心) stays that organization's: its staff correct and withdraw it, the platform's
 * do not (security review: the platform rewrote the reply under its own name, and the 财政局 got 403).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class SharedChannelRevisionTest {

    @Inject
    Fixtures fixtures;

    private long reply() {
        return fixtures.publishedBy("czj", "hdjl", "## 来信内容\n\n咨询办事时间。\n\n## 答复（昆山市财政局）\n\n工作日上午九时至下午五时。");
    }

    private static org.jsoup.nodes.Document versions(Staff staff, long doc) {
        return Jsoup.parse(staff.get("/workbench/documents/" + doc + "/versions").asString());
    }

    @Test
    void theUnitThatRepliedCorrectsItsReplyAndItStaysItsOwn() {
        long doc = reply();
        Staff editor = Staff.login("czj-editor");
        assertThat(versions(editor, doc).select("#revise")).as("the 财政局's editor is offered 修订").hasSize(1);
        assertThat(editor.get("/workbench").asString()).as("and finds it among what was published").contains("/workbench/documents/" + doc + "/versions");
        long id = WorkflowTest.createdId(editor.post("/workbench/documents/" + doc + "/revise"));
        Draft d = fixtures.draftNow(id);
        assertThat(d.organization.code).isEqualTo("czj");
        assertThat(d.requiredLevels).as("reviewed at the 财政局's levels").isEqualTo(1);
        assertThat(editor.post("/workbench/drafts/" + id, fixtures.form(id, "body", d.meta.body.replace("下午五时", "下午五时三十分"),
                "changeKind", "MINOR", "changeNote", "更正办公时间")).statusCode()).isEqualTo(303);
        assertThat(editor.post("/workbench/drafts/" + id + "/submit", fixtures.form(id, "acknowledged", "true")).statusCode()).isEqualTo(303);
        WorkflowTest.approve(Staff.login("czj-reviewer"), id);

        Document published = QuarkusTransaction.requiringNew().call(() -> {
            Document x = Document.findById(doc);
            x.organization.code.length();
            x.channel.code.length();
            return x;
        });
        assertThat(published.meta.body).contains("下午五时三十分");
        assertThat(published.organization.code).as("still the 财政局's").isEqualTo("czj");
        assertThat(published.channel.code).isEqualTo("hdjl");
        assertThat(published.publisherName()).as("发布机构").isEqualTo("昆山市财政局");
        assertThat(Jsoup.parse(RestAssured.get("/documents/" + doc).asString()).select("p.letter-meta").text())
                .contains("答复单位：昆山市财政局");
    }

    @Test
    void theUnitThatRepliedWithdrawsItsReply() {
        long doc = reply();
        Staff reviewer = Staff.login("czj-reviewer");
        assertThat(versions(reviewer, doc).select("#withdraw-form")).hasSize(1);
        assertThat(reviewer.post("/workbench/documents/" + doc + "/withdraw", Map.of("reason", "答复有误，重新答复")).statusCode())
                .isEqualTo(303);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(doc).status)).isEqualTo(DocumentStatus.WITHDRAWN);
    }

    @Test
    void thePlatformNeitherRewritesNorWithdrawsAnotherUnitsReply() {
        long doc = reply();
        // the auditor's way in: a site admin made somebody an editor and reviewer of the platform, hdjl's owner
        String platformStaff = fixtures.accountWith(Map.of("dsjzx", Set.of(Role.EDITOR, Role.REVIEWER, Role.ORG_ADMIN)));
        Staff platform = Staff.loginWith(platformStaff, Fixtures.PASSWORD);
        org.jsoup.nodes.Document page = versions(platform, doc);
        assertThat(page.select("#revise")).isEmpty();
        assertThat(page.select("#withdraw-form")).isEmpty();
        assertThat(platform.get("/workbench").asString()).doesNotContain("/workbench/documents/" + doc + "/versions");
        assertThat(platform.post("/workbench/documents/" + doc + "/revise").statusCode()).isEqualTo(403);
        assertThat(platform.post("/workbench/documents/" + doc + "/withdraw", Map.of("reason", "平台撤回")).statusCode()).isEqualTo(403);
        assertThat(Staff.login("site-admin").post("/workbench/documents/" + doc + "/withdraw", Map.of("reason", "平台撤回")).statusCode())
                .as("the platform's org admin").isEqualTo(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.count("document.id", doc))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Document.<Document>findById(doc).status)).isEqualTo(DocumentStatus.PUBLISHED);
    }
}
