package org.zwgk.portal.documents;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.TestContent;
import org.zwgk.portal.content.ContentImporter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SanitizedBodyTest {

    @Inject
    ContentImporter importer;

    @Test
    void hostileMarkupInABodyNeverReachesThePage() {
        TestContent content = TestContent.copyOfRepository().write("documents/zcwj/test-hostile.md",
                TestContent.document("test-hostile", "含有危险标记的文件 <script>alert('t')</script>", "",
                        "正文<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n"
                                + "[点我](javascript:alert(1)) [正常链接](https://www.gov.cn/)\n\n| 表头 |\n| --- |\n| 单元格 |"));
        importer.importFrom(content.root);
        long id = ((Number) given().get("/api/v1/documents?size=100").then().extract().jsonPath()
                .getList("results").stream().map(r -> (java.util.Map<?, ?>) r)
                .filter(r -> ((String) r.get("title")).startsWith("含有危险标记的文件")).findFirst().orElseThrow()
                .get("id")).longValue();

        String html = given().get("/documents/" + id).then().statusCode(200).extract().asString();
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        // the page's own scripts (the 打印 button, the search box's suggestions) only; nothing from the body
        assertThat(page.select("script").eachAttr("src")).hasSize(2).contains("/js/print.js")
                .allMatch(src -> src.equals("/js/print.js") || src.startsWith("/js/suggest.js?v="));
        assertThat(page.select(".body script, script:not([src])")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select(".body a").eachAttr("href")).contains("https://www.gov.cn/");
        assertThat(page.select(".body table td")).extracting(Element::text).containsExactly("单元格");
        // the title is escaped, not interpreted
        assertThat(page.select("h1").text()).contains("<script>alert('t')</script>");
    }
}
