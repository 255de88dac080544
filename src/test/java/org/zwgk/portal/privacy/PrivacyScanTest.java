package org.zwgk.portal.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.workflow.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy scan: published content that passed the gate is clean (exit 0); personal data put into
 * a published row around the gate is found, named masked, by document (exit 1); site admins see the same page.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class PrivacyScanTest {

    @Inject
    PrivacyScan scan;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void cleanContentExitsZeroAndPlantedNumbersExitOneWithOneLineEach() {
        long published = fixtures.published("czyjs", "依法公开：当事人身份证号码320583198001011238，手机13812345678。");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int clean = scan.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(out.toString(StandardCharsets.UTF_8)).as("everything published went through the gate").isEmpty();
        assertThat(clean).isZero();

        // a row written around the gate (an old database, a manual fix in SQL)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update document set body = :b where id = :id")
                .setParameter("b", "旧数据：身份证号码320583198001011238，手机13812345678，邮箱 zhangsan@163.com。").setParameter("id", published)
                .executeUpdate());
        out.reset();
        int found = scan.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(found).isEqualTo(1);
        assertThat(printed.lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("document:" + published + "\t/documents/" + published + "\tbody\t"));
        assertThat(printed).contains("RESIDENT_ID\t320583********1238").contains("MOBILE\t138****5678").contains("EMAIL\tz***@163.com")
                .as("the scan does not print what it found").doesNotContain("320583198001011238").doesNotContain("13812345678");

        String page = Staff.login("site-admin").get("/workbench/privacy-scan").asString();
        assertThat(page).contains("发现 3 处未去标识化的个人信息").contains("320583********1238").doesNotContain("320583198001011238");
        assertThat(Staff.login("czj-editor").get("/workbench/privacy-scan").statusCode()).isEqualTo(403);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update document set body = '已更正。' where id = :id")
                .setParameter("id", published).executeUpdate());
        assertThat(scan.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isZero();
    }
}
