package org.zwgk.portal.messages;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser walk: the operator assigned a letter to 人社局, which has no staff on the site, was told 已转办, and
 * the letter waited for its deadline with nobody able to answer it.
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageAssignmentTest {

    @Inject
    MessageFixtures fixtures;

    @Inject
    MessageService service;

    @Test
    void theOperatorIsToldWhichUnitsHaveNobodyToAnswer() {
        long id = fixtures.accepted();
        Staff operator = Staff.login("site-admin");
        Document page = Jsoup.parse(operator.get("/workbench/messages/" + id).asString());
        assertThat(page.select("#lead option[value=rdb]").text()).as("人大办: no editor here").endsWith("（暂无编辑人员）");
        assertThat(page.select("#lead option[value=czj]").text()).isEqualTo("昆山市财政局");
        assertThat(page.select("#no-answerer-hint").text()).contains("无人能够答复");

        assertThat(operator.post("/workbench/messages/" + id + "/assign", Map.of("lead", "rdb")).statusCode()).isEqualTo(303);
        Document assigned = Jsoup.parse(operator.get("/workbench/messages/" + id).asString());
        assertThat(assigned.select(".no-answerer").text()).contains("暂无编辑人员");

        long answered = fixtures.accepted();
        assertThat(operator.post("/workbench/messages/" + answered + "/assign", Map.of("lead", "czj")).statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(operator.get("/workbench/messages/" + answered).asString()).select(".no-answerer")).isEmpty();
    }

    @Inject
    org.zwgk.portal.workflow.Fixtures accounts;

    @Test
    void anEditorWhoseAccountIsDisabledAnswersNothing() {
        // the same answer as the requests' 转送 list (organizations.Staffing): an account that cannot log in is nobody
        String disabled = accounts.accountWith(Map.of("tyj", java.util.Set.of(org.zwgk.portal.access.Role.EDITOR)));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                org.zwgk.portal.access.Account.findByUsername(disabled).orElseThrow().enabled = false);
        accounts.accountWith(Map.of("jyj", java.util.Set.of(org.zwgk.portal.access.Role.EDITOR)));
        Document page = Jsoup.parse(Staff.login("site-admin").get("/workbench/messages/" + fixtures.accepted()).asString());
        assertThat(page.select("#lead option[value=tyj]").text()).endsWith("（暂无编辑人员）");
        assertThat(page.select("#lead option[value=jyj]").text()).doesNotContain("暂无编辑人员");
    }

    @Test
    @SuppressWarnings({"deprecation", "removal"})
    void theReplyAReviewerSawIsComparedByItsNumber() {
        // review: Long compared with != approved nothing once reply ids passed 127 (beyond the boxed-Long cache);
        // a Long of its own stands for a large id here
        long id = fixtures.replyInReview("czj", "czj-editor");
        Long seen = new Long(fixtures.replyOf(id));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> service.approveReply(fixtures.user("czj-reviewer"), id,
                seen, null, org.zwgk.portal.audit.AuditLog.system("test")));
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> CitizenMessage.<CitizenMessage>findById(id).status))
                .isEqualTo(MessageStatus.REPLIED);
    }
}
