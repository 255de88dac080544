package org.zwgk.portal.about;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.TestContent;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.content.ContentImporter;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Once site.yaml holds the registered marks, the footer shows each, linked to the registry that proves it. */
@QuarkusTest
@TestProfile(RegisteredMarksTest.Isolated.class)
class RegisteredMarksTest {

    public static class Isolated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return WorkbenchTestProfile.isolated("marks");
        }
    }

    @Inject
    ContentImporter importer;

    @Test
    void theFooterLinksEachRegistrationMarkToItsRegistryAndStaffAreNoLongerWarned() {
        TestContent content = TestContent.copyOfRepository()
                .replace("site.yaml", "siteCode: 待登记", "siteCode: \"3205830001\"")
                .replace("site.yaml", "icp: ICP备案号待登记", "icp: 苏ICP备12345678号")
                .replace("site.yaml", "publicSecurity: 公安机关备案号待登记", "publicSecurity: 苏公网安备 32058302001234号")
                .replace("site.yaml", "conacUrl: 待登记", "conacUrl: https://bszs.conac.cn/sitename?method=show&id=ABCDEF")
                .replace("site.yaml", "phone: 待登记                           # the office's public phone", "phone: 0512-57510000")
                .replace("site.yaml", "email: 待登记", "email: xxgk@example.gov.cn");
        importer.importFrom(content.root);

        Element footer = Jsoup.parse(RestAssured.get("/").asString()).selectFirst("footer");
        assertThat(footer.text()).contains("网站标识码：3205830001").doesNotContain("待登记");
        assertThat(footer.selectFirst("a:contains(苏ICP备12345678号)").attr("href")).startsWith("https://beian.miit.gov.cn");
        assertThat(footer.selectFirst("a:contains(苏公网安备)").attr("href"))
                .isEqualTo("https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32058302001234");
        Element mark = footer.selectFirst("a.gov-site-mark");
        assertThat(mark.attr("href")).isEqualTo("https://bszs.conac.cn/sitename?method=show&id=ABCDEF");
        assertThat(mark.selectFirst("img").attr("alt")).isEqualTo("党政机关网站标识");
        assertThat(RestAssured.get(mark.selectFirst("img").attr("src")).statusCode()).isEqualTo(200);
        assertThat(footer.text()).contains("0512-57510000").contains("xxgk@example.gov.cn");

        assertThat(Jsoup.parse(Staff.login("szfb-editor").get("/workbench").asString()).select(".site-warning")).isEmpty();
    }
}
