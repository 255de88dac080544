package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * What the records audit found built but untested, and the intake's order of checks: the token before
 * the body, revocation, the owner rule, intake that waits for review, the 权责清单 adjustment history
 * and the list page's filters.
 */
@QuarkusTest
class RecordGapsTest {

    @Inject
    RecordFixtures fixtures;

    @Test
    void withoutATokenTheBodyIsNeverParsed() {
        // malformed JSON and CSV: 401 for no token or an unknown one, not the parser's 400
        given().contentType("application/json").body("[{\"sourceKey\": oops").post("/api/v1/records/xzxk/batches")
                .then().statusCode(401);
        RecordsFlowTest.send("zwgk_not-a-token-at-all", "xzxk", "{{{{").then().statusCode(401);
        byte[] badCsv = "\"unterminated,quote\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().header("Authorization", "Bearer zwgk_not-a-token-at-all").contentType("text/csv; charset=UTF-8").body(badCsv)
                .post("/api/v1/records/xzxk/batches").then().statusCode(401);
        // CSV without any Authorization header: the API's CSRF filter refuses it (415) before the resource
        given().contentType("text/csv; charset=UTF-8").body(badCsv).post("/api/v1/records/xzxk/batches").then().statusCode(415);
        // a valid token outside its scope is refused before parsing too
        String czjXzxk = fixtures.token("czj", "xzxk");
        RecordsFlowTest.send(czjXzxk, "xzcf", "not json at all").then().statusCode(403);
        given().header("Authorization", "Bearer " + czjXzxk).contentType("application/json").body("not json")
                .post("/api/v1/records/xzxk/batches?organization=szfb").then().statusCode(403);
        // with a token in scope the same body is the parser's 400
        RecordsFlowTest.send(czjXzxk, "xzxk", "not json at all").then().statusCode(400);
    }
}
