package org.zwgk.portal.access;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.WorkbenchTestProfile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The account command: how production gets its staff accounts without a password in the repository. */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class AccountCommandTest {

    @Inject
    AccountCommand command;

    @Inject
    DemoAccounts demoAccounts;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String password, String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> password);
    }

    @Test
    void anAccountWithRolesInTwoOrganizationsLogsIn() {
        assertThat(run("Wang-editor-2018", "wang", "王编辑", "editor@czj", "reviewer@szfb")).isZero();
        Staff wang = Staff.loginWith("wang", "Wang-editor-2018");
        assertThat(wang.get("/workbench").asString()).contains("昆山市财政局：撰稿").contains("昆山市人民政府办公室：审核");
    }

    @Test
    void badRolesWeakPasswordsAndUnknownOrganizationsAreRefused() {
        assertThat(run("Strong-pass-2018", "li", "李", "editor")).as("an organization role without @ORG").isEqualTo(2);
        assertThat(run("Strong-pass-2018", "li", "李", "site-admin@czj")).as("a site role with @ORG").isEqualTo(2);
        assertThat(run("Strong-pass-2018", "li", "李", "editor@nowhere")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("未找到机构“nowhere”");
        assertThat(run("short", "li", "李", "editor@czj")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("密码至少");
        assertThat(run(null, "li", "李", "editor@czj")).as("no password at all").isEqualTo(2);
        assertThat(Staff.loginAttempt("li", "Strong-pass-2018")).as("nothing was created").isEqualTo(401);
    }

    @Test
    void theDemoAccountsStillHoldingThePublishedPasswordAreFound() {
        // what a start without the demo profile warns about when a demo start used the same data directory
        assertThat(demoAccounts.withPublishedPassword()).contains("czj-editor", "szfb-reviewer1", "site-admin", "auditor");
        assertThat(demoAccounts.withPassword(List.of("czj-editor", "site-admin", "nobody"), "Another-pass-2018"))
                .as("a password of their own, or no such account").isEmpty();
    }
}
