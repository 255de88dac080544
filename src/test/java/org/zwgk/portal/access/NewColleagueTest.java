package org.zwgk.portal.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.organizations.Membership;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An org admin adds a colleague who has no account yet: the one-time password is shown once, grants
 * nothing until its owner replaces it, and then the role works.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class NewColleagueTest {

    private static final Pattern INITIAL = Pattern.compile("<code class=\"secret\">([^<]+)</code>");

    @Inject
    LoginThrottle throttle;

    @Inject
    org.zwgk.portal.workflow.Fixtures fixtures;

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    private static Response create(Staff admin, String org, String username) {
        return admin.post("/workbench/organizations/" + org + "/members/new",
                Map.of("username", username, "displayName", "新同事", "role", "editor"));
    }

    @Test
    void theInitialPasswordIsShownOnceGrantsNothingAndMustBeReplacedAtFirstLogin() {
        Staff admin = Staff.login("szfb-admin");
        String username = "new-" + System.nanoTime();
        Response created = create(admin, "szfb", username);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        Matcher m = INITIAL.matcher(created.asString());
        assertThat(m.find()).as("the one-time password is on the page").isTrue();
        String initial = m.group(1);
        assertThat(initial).hasSize(16);
        assertThat(admin.get("/workbench/organizations/szfb/members").asString())
                .contains(username).doesNotContain(initial);

        // first login: straight to the password page, and no role until the password is the owner's
        String csrf = Staff.csrfFromLoginPage();
        Response login = io.restassured.RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf)
                .contentType(Staff.FORM).formParam("csrf-token", csrf).formParam("username", username)
                .formParam("password", initial).formParam("next", "/workbench").post("/login");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.getHeader("Location")).endsWith("/account/password?first=true");
        Staff newcomer = Staff.loginWith(username, initial);
        assertThat(newcomer.get("/account/password?first=true").asString()).contains("首次登录");
        Response draftBefore = newcomer.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE",
                "title", "初始密码下的稿件", "body", "正文"));
        assertThat(draftBefore.statusCode()).as("an initial password grants no role").isEqualTo(403);

        String own = "Own-password-2026";
        assertThat(newcomer.post("/account/password", Map.of("current", initial, "password", own, "repeated", own))
                .statusCode()).isEqualTo(303);
        Staff settled = Staff.loginWith(username, own);
        Response draftAfter = settled.post("/workbench/drafts", Map.of("channel", "tzgg", "type", "NOTICE",
                "title", "新同事的第一篇稿件", "body", "正文"));
        assertThat(draftAfter.statusCode()).as("the editor role works once the password is the owner's").isEqualTo(303);
    }

    @Test
    void anAccountAnOrgAdminCreatedBecomesReviewerOnlyThroughSomeoneElse() {
        Staff admin = Staff.login("szfb-admin");
        String username = "new-" + System.nanoTime();
        Response asReviewer = admin.post("/workbench/organizations/szfb/members/new",
                Map.of("username", username, "displayName", "新同事", "role", "reviewer"));
        assertThat(asReviewer.statusCode()).isEqualTo(403);
        assertThat(asReviewer.asString()).contains("只能担任撰稿人");
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.access.Account.findByUsername(username)))
                .as("nothing created").isEmpty();

        assertThat(create(admin, "szfb", username).statusCode()).isEqualTo(200);
        for (String role : new String[]{"reviewer", "org-admin"}) {
            assertThat(admin.post("/workbench/organizations/szfb/members", Map.of("username", username, "role", role))
                    .statusCode()).as(role).isEqualTo(403);
        }
        assertThat(Staff.login("site-admin").post("/workbench/organizations/szfb/members",
                Map.of("username", username, "role", "reviewer")).statusCode()).isEqualTo(303);
        assertThat(admin.get("/workbench/organizations/szfb/members").asString()).contains(username);
    }

    @Test
    void anotherUnitsStaffOrASiteWideAccountJoinOnlyThroughASiteAdmin() {
        Staff admin = Staff.login("szfb-admin");
        String czjStaff = fixtures.accountWith(Map.of("czj", java.util.Set.of(Role.EDITOR)));
        String fresh = fixtures.account();
        long before = QuarkusTransaction.requiringNew().call(() -> Membership.count());

        Response other = admin.post("/workbench/organizations/szfb/members", Map.of("username", czjStaff, "role", "editor"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(other.asString()).text()).contains("已在其他单位（昆山市财政局）任职；跨单位任职须由网站管理员办理");
        Response siteWide = admin.post("/workbench/organizations/szfb/members", Map.of("username", "auditor", "role", "editor"));
        assertThat(siteWide.statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(siteWide.asString()).text()).contains("全站角色");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Membership.count())).as("nothing granted").isEqualTo(before);

        // an account without a unit may still be added by the unit's admin, and another unit's by a site admin
        assertThat(admin.post("/workbench/organizations/szfb/members", Map.of("username", fresh, "role", "editor"))
                .statusCode()).isEqualTo(303);
        assertThat(Staff.login("site-admin").post("/workbench/organizations/szfb/members",
                Map.of("username", czjStaff, "role", "editor")).statusCode()).isEqualTo(303);
        assertThat(admin.get("/workbench/organizations/szfb/members").asString()).contains(fresh, czjStaff);
    }

    @Test
    void aTakenNameOrBadInputCreatesNothing() {
        Staff admin = Staff.login("szfb-admin");
        long before = QuarkusTransaction.requiringNew().call(() -> Membership.count());
        assertThat(create(admin, "szfb", "szfb-editor").statusCode()).isEqualTo(409);
        assertThat(create(admin, "szfb", "SZFB-Editor").statusCode())
                .as("a name that differs only in case would pass for the colleague's in the audit log").isEqualTo(409);
        assertThat(create(admin, "szfb", "空格 不行").statusCode()).isEqualTo(400);
        Response noRole = admin.post("/workbench/organizations/szfb/members/new",
                Map.of("username", "new-" + System.nanoTime(), "displayName", "新同事", "role", "site-admin"));
        assertThat(noRole.statusCode()).as("site roles are not an org admin's to give").isEqualTo(400);
        Response noName = admin.post("/workbench/organizations/szfb/members/new",
                Map.of("username", "new-" + System.nanoTime(), "displayName", " ", "role", "editor"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.asString()).contains("请填写“姓名”");
        Response allWrong = admin.post("/workbench/organizations/szfb/members/new",
                Map.of("username", "空格 不行", "displayName", "", "role", ""));
        assertThat(allWrong.statusCode()).isEqualTo(400);
        assertThat(allWrong.asString()).as("every wrong field is named at once")
                .contains("的格式不正确", "请填写“姓名”", "请选择“角色”");
        // browser walk: the messages stood only at the top; each wrong field is marked and tied to them
        assertThat(org.jsoup.Jsoup.parse(allWrong.asString()).select("form[action$=/members/new] [aria-invalid=true]").eachAttr("name"))
                .containsExactlyInAnyOrder("username", "displayName", "role");
        assertThat(org.jsoup.Jsoup.parse(create(admin, "szfb", "SZFB-Editor").asString())
                .select("form[action$=/members/new] input[name=username]").attr("aria-invalid")).as("a name taken").isEqualTo("true");
        // editor walk: a bare error page that lost what was typed; now the members page with the form filled in
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(admin.post("/workbench/organizations/szfb/members/new",
                Map.of("username", "王编辑", "displayName", "王编辑", "role", "editor")).asString());
        assertThat(page.select("#form-error").text()).contains("格式不正确");
        assertThat(page.select("form[action$=/members/new] input[name=displayName]").attr("value")).isEqualTo("王编辑");
        assertThat(page.select("table.members")).as("the members page, not an error page").hasSize(1);
        org.jsoup.nodes.Document taken = org.jsoup.Jsoup.parse(admin.post("/workbench/organizations/szfb/members",
                Map.of("username", "nobody-" + System.nanoTime(), "role", "reviewer")).asString());
        assertThat(taken.select("#form-error")).hasSize(1);
        assertThat(taken.select("form[action$=/members] select[name=role] option[selected]").attr("value")).isEqualTo("reviewer");
        // browser walk: the add form said 请先由平台管理员创建账号 above the form where the admin creates one, and the
        // create form offered 审核 and 单位管理员, which an org admin's new account is always refused
        assertThat(taken.select("#form-error").text()).contains("区分大小写", "新建账号并加入本单位").doesNotContain("平台管理员创建");
        assertThat(taken.select("form[action$=/members/new] select[name=role] option").eachAttr("value")).containsExactly("editor");
        assertThat(org.jsoup.Jsoup.parse(Staff.login("site-admin").get("/workbench/organizations/szfb/members").asString())
                .select("form[action$=/members/new] select[name=role] option").eachAttr("value"))
                .as("a site admin gives any role").containsExactly("editor", "reviewer", "org-admin");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Membership.count())).isEqualTo(before);
    }
}
