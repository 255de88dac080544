package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.workflow.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Redirects never echo the request's Host header: relative by default, or the configured public URL. */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class RedirectHostTest {

    static final String FORGED = "evil.example.com";

    @Inject
    Fixtures fixtures;

    @Test
    void redirectsDoNotTrustTheHostHeader() {
        Response login = RestAssured.given().redirects().follow(false).header("Host", FORGED).get("/workbench");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.getHeader("Location")).isEqualTo("/login?next=%2Fworkbench");

        long draft = fixtures.draft("czj-editor", "czyjs");
        Staff editor = Staff.login("czj-editor");
        Response saved = editor.given().header("Host", FORGED).contentType(Staff.FORM).formParam("csrf-token", editor.csrf())
                .formParams(Map.of("lockVersion", fixtures.lockVersion(draft), "type", "NOTICE", "title", "标题", "body", "正文"))
                .post("/workbench/drafts/" + draft);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).isEqualTo("/workbench/drafts/" + draft + "?done=saved");

        Response created = editor.given().header("Host", FORGED).contentType("application/json")
                .body("{\"channel\":\"czyjs\",\"type\":\"NOTICE\",\"title\":\"接口稿件\",\"body\":\"正文\"}").post("/api/v1/drafts");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("Location")).matches("/api/v1/drafts/\\d+");

        Response logout = editor.given().header("Host", FORGED).contentType(Staff.FORM).formParam("csrf-token", editor.csrf())
                .post("/logout");
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.getHeader("Location")).isEqualTo("/");
    }

    @Test
    void aConfiguredPublicUrlIsWhereRedirectsPoint() {
        java.util.Optional<String> site = java.util.Optional.of("https://xxgk.ks.gov.cn");
        io.vertx.core.net.HostAndPort forged = io.vertx.core.net.HostAndPort.create(FORGED, -1);
        assertThat(ResponseHeaders.publicLocation("http://" + FORGED + "/login?next=%2Fworkbench#x",
                "http", forged, site)).isEqualTo("https://xxgk.ks.gov.cn/login?next=%2Fworkbench#x");
        assertThat(ResponseHeaders.publicLocation("/workbench", "http", forged, site))
                .isEqualTo("https://xxgk.ks.gov.cn/workbench");
        assertThat(ResponseHeaders.publicLocation("http://" + FORGED + ":8080/", "http",
                io.vertx.core.net.HostAndPort.create(FORGED, 8080), java.util.Optional.empty())).isEqualTo("/");
        assertThat(ResponseHeaders.publicLocation("https://sso.example.gov.cn/realms/zwgk/auth?x=1",
                "http", forged, site)).as("a redirect to another site is left alone").isNull();
        assertThat(ResponseHeaders.publicLocation("/workbench", "http", forged,
                java.util.Optional.empty())).as("relative stays relative").isNull();
    }
}
