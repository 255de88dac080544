package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.DataFiles;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.audit.AuditEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant's name, ID number, phone, e-mail and address, after a request went the whole way
 * (form, lookup, handling, answer, PDF, annual report), appear in clear on no public page or API
 * answer, in no file of the data directory (search index included), in no log record, in no audit
 * event and not in the request's own row (only sealed).
 */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class ApplicantPrivacyTest {

    static final List<String> PERSONAL = List.of(RequestFixtures.NAME, RequestFixtures.ID_NUMBER, RequestFixtures.PHONE,
            RequestFixtures.EMAIL, RequestFixtures.ADDRESS);

    @Inject
    RequestFixtures fixtures;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "portal.data-dir")
    Path dataDir;

    /** Every log record written while the test runs, as formatted. */
    static final class Capture extends Handler {
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null && message != null) {
                try {
                    message = java.text.MessageFormat.format(message, record.getParameters()) + " " + java.util.Arrays.toString(record.getParameters());
                } catch (IllegalArgumentException e) {
                    message = message + " " + java.util.Arrays.toString(record.getParameters());
                }
            }
            lines.add(record.getLoggerName() + " " + message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void personalDataStaysWithTheHandlingOrganization() throws IOException {
        Capture capture = new Capture();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        List<String> publicTexts = new ArrayList<>();
        try {
            org.jboss.logging.Logger.getLogger("ysq.privacy-test").info("capture-canary");
            Staff visitor = Staff.anonymous();
            RequestWorkflowTest.Receipt receipt = RequestWorkflowTest.submit(visitor, RequestFixtures.form("szfb"));
            publicTexts.add(visitor.post("/ysqgk", RequestFixtures.form("szfb")).asString());
            long id = RequestWorkflowTest.idOf(receipt.code());
            Staff editor = Staff.login("szfb-editor");
            editor.post("/workbench/requests/" + id + "/register", Map.of("lockVersion", fixtures.lockVersion(id)));
            editor.post("/workbench/requests/" + id + "/answer", Map.of("lockVersion", fixtures.lockVersion(id),
                    "answerType", "DISCLOSED", "answerText", "予以公开。"));
            assertThat(Staff.login("szfb-reviewer1").post("/workbench/requests/" + id + "/issue",
                    Map.of("lockVersion", fixtures.lockVersion(id))).statusCode()).isEqualTo(303);
            assertThat(editor.get("/workbench/requests/" + id).asString()).contains(RequestFixtures.NAME, RequestFixtures.ID_NUMBER);
            // the same data typed wrong, so that the error paths run too
            publicTexts.add(visitor.post("/ysqgk", RequestFixtures.form("szfb", "postcode", "1")).asString()
                    .replace("value=\"" + RequestFixtures.NAME + "\"", "")
                    .replace("value=\"" + RequestFixtures.ID_NUMBER + "\"", "")
                    .replace("value=\"" + RequestFixtures.PHONE + "\"", "")
                    .replace("value=\"" + RequestFixtures.EMAIL + "\"", "")
                    .replace("value=\"" + RequestFixtures.ADDRESS + "\"", ""));
            Response status = RequestWorkflowTest.status(visitor, receipt);
            publicTexts.add(status.asString());
            publicTexts.add(visitor.given().contentType(Staff.FORM).formParam("csrf-token", visitor.csrf())
                    .formParam("code", receipt.code()).formParam("secret", receipt.secret()).post("/ysqgk/status/notice.pdf").asString());
            // the search finds nothing of them: long queries are ranked, not filtered, so loose matches on
            // common words may come back, but no result holds the value (the page echoes the query, so
            // the results, not the page, are checked)
            for (String p : PERSONAL) {
                io.restassured.path.json.JsonPath found = io.restassured.RestAssured.given().queryParam("q", p)
                        .queryParam("size", 50).get("/api/v1/search").jsonPath();
                assertThat(found.getList("results").toString()).as("search for " + p).doesNotContain(p);
            }
            for (String path : List.of("/", "/xxgk", "/api/v1/documents", "/sitemap.xml", "/feeds/latest.atom",
                    "/ysqgk", "/ysqgk/status")) {
                publicTexts.add(io.restassured.RestAssured.get(path).asString());
            }
            for (String path : List.of("/workbench/requests/" + id, "/workbench/requests")) {
                publicTexts.add(Staff.login("czj-editor").get(path).asString());
                publicTexts.add(Staff.login("site-admin").get(path).asString());
            }
            // the annual report's tables and their CSV are counts only
            publicTexts.add(Staff.login("szfb-admin").get("/workbench/annual-reports/szfb/" + java.time.Year.now().getValue() + "/table3.csv").asString());
        } finally {
            root.removeHandler(capture);
        }

        for (String text : publicTexts) {
            for (String p : PERSONAL) {
                assertThat(text).as("a public answer shows " + p).doesNotContain(p);
            }
        }
        List<String> logged = List.copyOf(capture.lines);
        assertThat(logged).as("log records were captured").anyMatch(l -> l.contains("capture-canary"))
                .as("the submissions were logged").anyMatch(l -> l.contains("request YSQ"));
        for (String line : logged) {
            for (String p : PERSONAL) {
                assertThat(line).as("a log line shows " + p).doesNotContain(p);
            }
        }
        DataFiles.checkEach(dataDir, (f, bytes) -> {
            String asText = new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
            for (String p : PERSONAL) {
                assertThat(asText).as(f + " holds " + p).doesNotContain(p);
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            for (AuditEvent e : AuditEvent.<AuditEvent>listAll()) {
                String all = e.detail + " " + e.beforeState + " " + e.afterState;
                for (String p : PERSONAL) {
                    assertThat(all).as("audit event " + e.action + " shows " + p).doesNotContain(p);
                }
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select applicant_sealed, description, tracking_code from info_request").getResultList();
            assertThat(rows).isNotEmpty();
            for (Object[] row : rows) {
                for (String p : PERSONAL) {
                    assertThat(String.valueOf(row[0])).doesNotContain(p);
                }
            }
        });
    }
}
