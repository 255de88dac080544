package org.zwgk.portal.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class HealthTest {

    @Test
    void healthReportsTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
