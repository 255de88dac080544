package org.zwgk.portal.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The two calendar endpoints (a stable contract) and their refusals. */
@QuarkusTest
class CalendarApiTest {

    @Test
    void addAnswersTheDateNWorkingDaysAfter() {
        // hand-counted in WorkingDaysTest: 春节 2018 with Sat 02-24 a working day
        Map<String, Object> body = given().get("/api/v1/calendar/add?from=2018-02-12&workingDays=15")
                .then().statusCode(200).contentType("application/json").extract().jsonPath().getMap("");
        assertThat(body).containsExactly(Map.entry("from", "2018-02-12"), Map.entry("workingDays", 15),
                Map.entry("date", "2018-03-09"));
    }

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({
            "2019-05-14, 国务院令第492号, 15, 2019-06-04",
            "2019-05-15, 国务院令第711号, 20, 2019-06-13",
            "2019-09-27, 国务院令第711号, 20, 2019-10-30",
            "2020-01-20, 国务院令第711号, 20, 2020-02-25",
    })
    void requestDeadlineFollowsTheRegulationInForce(String received, String regulation, int n, String deadline) {
        Map<String, Object> body = given().queryParam("received", received).get("/api/v1/calendar/request-deadline")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(body).containsExactly(Map.entry("received", received), Map.entry("regulation", regulation),
                Map.entry("workingDays", n), Map.entry("deadline", deadline));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/calendar/add?workingDays=15                  | from        | 请提供日期参数 from",
            "/api/v1/calendar/add?from=2019-02-30&workingDays=15  | from        | 不是有效日期",
            "/api/v1/calendar/add?from=2019-5-1&workingDays=15    | from        | 不是有效日期",
            "/api/v1/calendar/add?from=%E6%98%A8%E5%A4%A9&workingDays=1 | from  | 不是有效日期",
            "/api/v1/calendar/add?from=2019-05-15                 | workingDays | 0 到 366",
            "/api/v1/calendar/add?from=2019-05-15&workingDays=-1  | workingDays | 0 到 366",
            "/api/v1/calendar/add?from=2019-05-15&workingDays=367 | workingDays | 0 到 366",
            "/api/v1/calendar/add?from=2019-05-15&workingDays=1.5 | workingDays | 0 到 366",
            "/api/v1/calendar/add?from=2019-05-15&workingDays=99999999999 | workingDays | 0 到 366",
            "/api/v1/calendar/add?from=2007-12-31&workingDays=1   | from        | 暂无 2007 年的节假日安排",
            "/api/v1/calendar/add?from=2026-12-20&workingDays=20  | from        | 暂无 2027 年的节假日安排",
            "/api/v1/calendar/request-deadline                    | received    | 请提供日期参数 received",
            "/api/v1/calendar/request-deadline?received=20190515  | received    | 不是有效日期",
            "/api/v1/calendar/request-deadline?received=2008-04-30 | received   | 2008 年 5 月 1 日起施行",
            "/api/v1/calendar/request-deadline?received=2026-12-20 | received   | 暂无 2027 年的节假日安排",
            "/api/v1/calendar/request-deadline?received=2030-01-01 | received   | 暂无 2030 年的节假日安排",
    })
    void badInputIsA400InProblemJson(String url, String parameter, String message) {
        JsonPath problem = given().urlEncodingEnabled(false).get(url)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("parameter")).isEqualTo(parameter);
        assertThat(problem.getString("detail")).contains(message);
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        JsonPath problem = given().get("/api/v1/calendar/add?from=tomorrow&workingDays=many")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).containsExactly("from", "workingDays");
        assertThat(problem.getList("errors.message", String.class)).allSatisfy(m -> assertThat(m).containsPattern("\\p{IsHan}"));
    }

    @Test
    void bothEndpointsAreInTheOpenApiDescription() {
        String openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("/api/v1/calendar/add", "/api/v1/calendar/request-deadline", "\"calendar\"");
    }
}
