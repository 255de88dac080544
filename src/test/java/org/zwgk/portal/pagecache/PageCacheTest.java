package org.zwgk.portal.pagecache;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.SeedDocuments;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.search.SearchIndex;
import org.zwgk.portal.workflow.Fixtures;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages are cached, compressed and answered conditionally, and a publication shows on them at
 * once (issues 10 and 11, speed of pages): what a visitor, a browser cache and a proxy notice.
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class PageCacheTest {

    @Inject
    SearchIndex searchIndex;
    @Inject
    Fixtures fixtures;

    @Inject
    DocumentService documents;

    @TestHTTPResource("/")
    URL root;

    final HttpClient http = HttpClient.newHttpClient();

    String[] publicPages() {
        return new String[]{"/", "/xxgk", "/xxgk?org=szfb", "/channels/tzgg", "/documents/" + SeedDocuments.seedNoticeId()};
    }

    @Test
    void aSecondGetWithTheEntityTagIsAnswered304() {
        for (String path : publicPages()) {
            Response first = RestAssured.given().get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.getHeader("ETag");
            assertThat(etag).as(path).isNotBlank();
            assertThat(first.getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=0, s-maxage=60");
            assertThat(first.getHeader("Last-Modified")).as(path).isNotBlank();
            assertThat(first.getHeader("Vary")).as(path).contains("Accept-Encoding");

            Response again = RestAssured.given().header("If-None-Match", etag).get(path);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.asString()).isEmpty();
            assertThat(again.getHeader("ETag")).isEqualTo(etag);
            Response since = RestAssured.given().header("If-Modified-Since", first.getHeader("Last-Modified")).get(path);
            assertThat(since.statusCode()).as(path).isEqualTo(304);
            Response other = RestAssured.given().header("If-None-Match", "W/\"something-else\"").get(path);
            assertThat(other.statusCode()).as(path).isEqualTo(200);
            assertThat(other.asString()).isEqualTo(first.asString());
        }
    }

    @Test
    void theSearchPageIsAnsweredConditionallyToo() {
        // the index caught up with the other tests' publications first: the tag is of the content, and a
        // refresh between the two requests would rightly change it
        searchIndex.refresh();
        Response first = RestAssured.given().get("/search?q=政务公开");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=0, s-maxage=60");
        assertThat(RestAssured.given().header("If-None-Match", first.getHeader("ETag")).get("/search?q=政务公开").statusCode())
                .isEqualTo(304);
    }

    @Test
    void aPublicationShowsOnTheCachedPagesAtOnce() {
        Response before = RestAssured.given().get("/");
        RestAssured.given().get("/channels/tzgg");
        long id = fixtures.published("tzgg");
        String title = RestAssured.given().get("/api/v1/documents/" + id).jsonPath().getString("document.title");
        Response home = RestAssured.given().get("/");
        assertThat(home.asString()).contains(title);
        assertThat(home.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
        assertThat(RestAssured.given().header("If-None-Match", before.getHeader("ETag")).get("/").statusCode())
                .as("the old copy is out of date").isEqualTo(200);
        assertThat(RestAssured.given().get("/channels/tzgg").asString()).contains(title);
        assertThat(RestAssured.given().get("/documents/" + id).asString()).contains(title);

        // withdrawn through the workbench: it leaves the lists at once
        Staff admin = Staff.login("szfb-admin");
        assertThat(admin.post("/workbench/documents/" + id + "/withdraw", Map.of("reason", "测试撤回")).statusCode())
                .isIn(200, 303);
        assertThat(RestAssured.given().get("/").asString()).doesNotContain(title);
        assertThat(RestAssured.given().get("/channels/tzgg").asString()).doesNotContain(title);
    }

    @Test
    void theCatalogueCountsFollowEveryPublication() {
        Document before = Jsoup.parse(RestAssured.given().get("/xxgk").asString());
        long all = total(before);
        long szfb = count(before, "/xxgk?org=szfb");
        long zhzw = count(before, "/xxgk?topic=zhzw");
        long zwgk = count(before, "/xxgk?topic=zhzw-zwgk");
        long tz = count(before, "/xxgk?genre=tz");
        long inTopic = total(Jsoup.parse(RestAssured.given().get("/xxgk?topic=zhzw").asString()));
        assertThat(inTopic).isEqualTo(zhzw);

        String title = "计数测试通知" + System.nanoTime();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Channel c = Channel.findByCode("tzgg").orElseThrow();
            org.zwgk.portal.documents.DocumentMetadata meta =
                    org.zwgk.portal.documents.DocumentMetadata.proactive(DocumentType.NOTICE, title, "正文。");
            meta.topic = Classification.find(ClassificationScheme.TOPIC, "zhzw-zwgk").orElseThrow();
            meta.genre = Classification.find(ClassificationScheme.GENRE, "tz").orElseThrow();
            meta.writtenOn = LocalDate.now();
            return documents.publish(new DocumentContent(c.owner, c, meta, Instant.now()), new DocumentService.Origin(null, null, null), "首次发布",
                    AuditLog.system("test")).id;
        });

        Document after = Jsoup.parse(RestAssured.given().get("/xxgk").asString());
        assertThat(total(after)).isEqualTo(all + 1);
        assertThat(count(after, "/xxgk?org=szfb")).isEqualTo(szfb + 1);
        assertThat(count(after, "/xxgk?topic=zhzw")).as("the parent topic counts its children's").isEqualTo(zhzw + 1);
        assertThat(count(after, "/xxgk?topic=zhzw-zwgk")).isEqualTo(zwgk + 1);
        assertThat(count(after, "/xxgk?genre=tz")).isEqualTo(tz + 1);
        Document byTopic = Jsoup.parse(RestAssured.given().get("/xxgk?topic=zhzw").asString());
        assertThat(total(byTopic)).isEqualTo(zhzw + 1);
        assertThat(byTopic.selectFirst("ul.doc-list li a").text()).as("newest first, from a child topic").isEqualTo(title);
        Document home = Jsoup.parse(RestAssured.given().get("/").asString());
        // the home page lists organizations by name only (no wall of counts); the new one is among the latest
        assertThat(home.select("a[href=/xxgk?org=szfb]")).hasSize(1);
        assertThat(home.select("#latest ~ ul.doc-list a, #latest + ul a").eachText()).contains(title);

        QuarkusTransaction.requiringNew().run(() -> documents.withdraw(
                org.zwgk.portal.documents.Document.<org.zwgk.portal.documents.Document>findById(id), "测试撤回", AuditLog.system("test")));
        Document withdrawn = Jsoup.parse(RestAssured.given().get("/xxgk").asString());
        assertThat(total(withdrawn)).isEqualTo(all);
        assertThat(count(withdrawn, "/xxgk?topic=zhzw")).isEqualTo(zhzw);
        assertThat(count(withdrawn, "/xxgk?genre=tz")).isEqualTo(tz);
    }

    @Test
    void pagesAreGzippedForClientsThatAskAndPlainForOthers() throws Exception {
        for (String path : publicPages()) {
            for (int i = 0; i < 4; i++) { // rendered, then from the cache; HTTP/1.1 and HTTP/2 (h2c)
                HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(URI.create(root + path.substring(1)))
                        .version(i % 2 == 0 ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(gz.statusCode()).isEqualTo(200);
                assertThat(gz.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                String html = new String(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(html).contains("</html>");
                HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(root + path.substring(1))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(plain.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
                assertThat(plain.body()).isEqualTo(html);
                assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).contains("text/html").containsIgnoringCase("charset=UTF-8");
            }
        }
        HttpResponse<byte[]> api = http.send(HttpRequest.newBuilder(URI.create(root + "api/v1/documents"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(api.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void theStylesheetHasAVersionedNameAndIsKeptForAYear() {
        String home = RestAssured.given().get("/").asString();
        Element link = Jsoup.parse(home).selectFirst("link[rel=stylesheet]");
        String href = link.attr("href");
        assertThat(href).matches("/css/site\\.css\\?v=[0-9a-f]{10}");
        Response css = RestAssured.given().get(href);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(RestAssured.given().get("/css/site.css").getHeader("Cache-Control")).isEqualTo("public, max-age=300");
    }

    @Test
    void staffPagesAndLoggedInVisitorsAreNeverStored() {
        Staff editor = Staff.login("szfb-editor");
        for (String path : new String[]{"/workbench", "/workbench/channels", "/account/password", "/", "/xxgk",
                "/documents/" + SeedDocuments.seedNoticeId()}) {
            Response r = editor.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.getHeader("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(r.getHeader("ETag")).as(path).isNull();
        }
        assertThat(RestAssured.given().get("/login").getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(editor.get("/api/v1/drafts").getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aPageForTheElderViewIsNeverServedToOthersWhateverTheCookieLooksLike() {
        for (String cookie : new String[]{"zwgk_elder=1", "zwgk_elder=\"1\"", "a=b; zwgk_elder = 1"}) {
            String path = "/xxgk?org=czj&elder-probe=" + cookie.length();
            RestAssured.given().header("Cookie", cookie).get(path);
            Response plain = RestAssured.given().get(path);
            assertThat(Jsoup.parse(plain.asString()).body().hasClass("elder")).as(cookie).isFalse();
        }
    }

    static long total(Document page) {
        String text = page.selectFirst("p.total").text();
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    static long count(Document page, String href) {
        Element a = page.selectFirst("a[href=" + href + "]");
        assertThat(a).as(href).isNotNull();
        return Long.parseLong(a.nextElementSibling().text());
    }
}
