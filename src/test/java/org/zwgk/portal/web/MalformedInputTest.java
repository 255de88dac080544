package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.SessionCookie;
import org.zwgk.portal.access.Staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 8: input that cannot be decoded is the sender's mistake. Each case answers 400 with
 * the Chinese error page (problem JSON under /api) and is logged as at most one line at INFO: no
 * stack trace, nothing at WARN or ERROR.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(org.zwgk.portal.WorkbenchTestProfile.class)
class MalformedInputTest {

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String name = r.getLoggerName() == null ? "" : r.getLoggerName();
            if (r.getLevel().intValue() >= Level.INFO.intValue() && (name.startsWith("org.zwgk") || name.startsWith("io.vertx")
                    || name.startsWith("io.quarkus.vertx") || name.startsWith("org.jboss.resteasy") || name.startsWith("io.quarkus.resteasy"))) {
                logged.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aLoginBodyThatCannotBeDecodedIsA400() {
        String csrf = Staff.csrfFromLoginPage();
        logged.clear();
        Response r = RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf).contentType(Staff.FORM)
                .body("csrf-token=" + csrf + "&username=a%%27&password=x&next=/workbench").post("/login");
        assertBadRequestPage(r);
        assertThat(r.getCookie(SessionCookie.NAME)).isNull();
        assertLoggedAtMostOneInfoLine();
    }

    @Test
    void aFormWithThousandsOfFieldsIsA400() {
        // security audit (session 35): 1,500 fields were a 500 and an ERROR with a stack trace, on every public form
        String body = java.util.stream.IntStream.range(0, 1500).mapToObj(i -> "a" + i + "=1").collect(java.util.stream.Collectors.joining("&"));
        logged.clear();
        for (String path : List.of("/hudong/write", "/login", "/ysqgk")) {
            Response r = RestAssured.given().redirects().follow(false).contentType(Staff.FORM).body(body).post(path);
            assertBadRequestPage(r);
        }
        assertThat(logged).as("nothing above INFO").allSatisfy(r -> assertThat(r.getLevel().intValue()).isLessThanOrEqualTo(Level.INFO.intValue()));
    }

    @Test
    void aMultipartBodyThatCannotBeReadIsA400() {
        // security review (session 33): an empty or foreign-boundary multipart body (an upload the browser broke off)
        // was a bare 500 with an error id, on a form endpoint and on the workbench's upload endpoints alike
        Staff editor = Staff.login("czj-editor");
        logged.clear();
        for (String body : List.of("", "--BBB\r\nContent-Disposition: form-data; name=\"csv\"\r\n\r\nx\r\n--BBB--\r\n")) {
            for (String path : List.of("/logout", "/workbench/records/upload")) {
                Response r = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, editor.session())
                        .header("Content-Type", "multipart/form-data; boundary=AAA").body(body.getBytes(StandardCharsets.UTF_8)).post(path);
                assertThat(r.statusCode()).as(path + " " + r.asString()).isEqualTo(400);
                assertThat(r.asString()).as(path).doesNotContain("Error id");
            }
        }
        // security audit (session 38): a boundary left empty was a 500 with a stack trace in the log
        for (String type : List.of("multipart/form-data; boundary=", "multipart/form-data;boundary=", "multipart/form-data; boundary=\"\"")) {
            for (String path : List.of("/logout", "/workbench/records/upload", "/workbench/drafts/1/attachments")) {
                Response r = RestAssured.given().redirects().follow(false).cookie(SessionCookie.NAME, editor.session())
                        .header("Content-Type", type).body("x".getBytes(StandardCharsets.UTF_8)).post(path);
                assertThat(r.statusCode()).as(type + " " + path + " " + r.asString()).isEqualTo(400);
                assertThat(r.asString()).as(path).doesNotContain("Error id");
            }
        }
        assertThat(logged).as("nothing above INFO").allSatisfy(r -> assertThat(r.getLevel().intValue()).isLessThanOrEqualTo(Level.INFO.intValue()));
    }

    @Test
    void aControlCharacterTypedIntoAPathIsNotShownBack() {
        for (String path : List.of("/opendata/xzxk.csv%00.json", "/api/v1/records/a%00b")) {
            Response r = RestAssured.given().urlEncodingEnabled(false).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.asString()).as(path).doesNotContain("\u0000");
        }
    }

    @Test
    void aNextThatIsNoUriIsA400AndNoLogin() {
        String csrf = Staff.csrfFromLoginPage();
        logged.clear();
        Response r = RestAssured.given().redirects().follow(false).cookie("csrf-token", csrf).contentType(Staff.FORM)
                .formParam("csrf-token", csrf).formParam("username", "czj-editor").formParam("password", Staff.PASSWORD)
                .formParam("next", "/a b").post("/login");
        assertBadRequestPage(r);
        assertThat(r.getCookie(SessionCookie.NAME)).as("refused before the password is looked at").isNull();
        assertBadRequestPage(RestAssured.given().redirects().follow(false).queryParam("next", "/a b").get("/login"));
        assertLoggedAtMostOneInfoLine();
    }

    @Test
    void pathsAndQueriesThatCannotBeDecodedAreA400PageOrProblem() throws IOException {
        String session = Staff.login("czj-editor").session();
        logged.clear(); // what the login itself logs is not this test's business
        for (String cookie : new String[]{null, SessionCookie.NAME + "=" + session}) {
            for (String target : List.of("/%", "/%zz", "/workbench/%zz", "/search?q=%", "/xxgk?org=%zz")) {
                String raw = rawGet(target, cookie);
                assertThat(raw).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: text/html")
                        .contains("请求有误").contains("<html lang=\"zh-CN\">");
            }
            for (String target : List.of("/api/v1/%zz", "/api/v1/search?q=%zz")) {
                String raw = rawGet(target, cookie);
                assertThat(raw).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                        .contains("\"status\":400").contains("请求有误");
            }
        }
        assertThat(logged).as("no stack trace, nothing above INFO")
                .allSatisfy(r -> {
                    assertThat(r.getLevel()).isEqualTo(Level.INFO);
                    assertThat(r.getThrown()).isNull();
                });
        assertThat(logged.size()).as("at most one line per request").isLessThanOrEqualTo(14);
    }

    private void assertLoggedAtMostOneInfoLine() {
        assertThat(logged).as("at most one line at INFO").hasSizeLessThanOrEqualTo(1)
                .allSatisfy(r -> {
                    assertThat(r.getLevel()).isEqualTo(Level.INFO);
                    assertThat(r.getThrown()).isNull();
                });
    }

    private static void assertBadRequestPage(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("请求有误").contains("<html lang=\"zh-CN\">");
    }

    /** The request line exactly as given: HTTP clients refuse to send a malformed URI, browsers and attackers do not. */
    private static String rawGet(String target, String cookie) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
