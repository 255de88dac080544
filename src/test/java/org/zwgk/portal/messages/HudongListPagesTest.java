package org.zwgk.portal.messages;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The public list of published messages: a page number as typed is read the way every list page reads it. */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class HudongListPagesTest {

    @Test
    void aHugeOrNonNumericPageIsA400InChineseNotAnOverflow() {
        Response huge = given().get("/hudong?page=200000000");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.asString()).contains("页码应为 1 到 10000 之间的整数");
        Response word = given().get("/hudong?page=abc");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.asString()).contains("“页码”应为整数");
        assertThat(given().get("/hudong?page=1").statusCode()).isEqualTo(200);
        assertThat(given().get("/hudong").statusCode()).isEqualTo(200);
    }
}
