package org.zwgk.portal.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

        Staff admin = Staff.login("site-admin");
        String page = ScanPage.fresh(admin);
        assertThat(page).contains("发现 3 处未去标识化的个人信息").contains("320583********1238").doesNotContain("320583198001011238");
        assertThat(Jsoup.parse(page).select("#scan-time").text()).as("when the result was computed").startsWith("检查时间：");
        Staff editor = Staff.login("czj-editor");
        assertThat(editor.get("/workbench/privacy-scan").statusCode()).isEqualTo(403);
        assertThat(editor.post("/workbench/privacy-scan").statusCode()).isEqualTo(403);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update document set body = '已更正。' where id = :id")
                .setParameter("id", published).executeUpdate());
        assertThat(scan.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isZero();
        // the page shows the last run as of when it ran, until 开始检查 reads the correction
        Document shown = Jsoup.parse(admin.get("/workbench/privacy-scan").asString());
        assertThat(shown.select("#scan-result").text()).contains("发现 3 处");
        assertThat(shown.select("#scan-time").text()).isEqualTo(Jsoup.parse(page).select("#scan-time").text());
        assertThat(shown.select("#scan-start button").text()).isEqualTo("开始检查");
        assertThat(Jsoup.parse(ScanPage.fresh(admin)).select("#scan-result").text()).isEqualTo("未发现未去标识化的个人信息。");
    }

    @Test
    void thePageNeverWaitsForAScanAndSaysWhenOneIsUnderWay() throws Exception {
        // browser walk: the page read every published text while it loaded (14 to 22 s with 3,400 laws)
        Staff admin = Staff.login("site-admin");
        ScanPage.idle(admin);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        PrivacyScanRuns.holdNextRun(release);
        try {
            assertThat(admin.post("/workbench/privacy-scan").statusCode()).isEqualTo(303);
            long started = System.nanoTime();
            Document page = Jsoup.parse(admin.get("/workbench/privacy-scan").asString());
            assertThat((System.nanoTime() - started) / 1_000_000).as("served while the scan runs").isLessThan(5_000);
            assertThat(page.select("#scan-running").text()).startsWith("正在检查（");
            assertThat(page.select("#scan-start")).as("no second run while one is under way").isEmpty();
            assertThat(page.select("meta[http-equiv=refresh]")).hasSize(1);
        } finally {
            release.countDown();
        }
        Document done = Jsoup.parse(ScanPage.idle(admin));
        assertThat(done.select("#scan-time").text()).startsWith("检查时间：");
        assertThat(done.select("#scan-checked li[data-kind=documents]")).hasSize(1);
        assertThat(done.select("meta[http-equiv=refresh]")).isEmpty();
    }
}
