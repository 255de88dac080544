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
                Map.entry("date", "2018-03-09"), Map.entry("provisional", false));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // 补正 window (7) from the Friday before 春节 2026: 14 Sat(1); 24(2)–27(5); 28 Sat(6); 03-02(7)
            "2026-02-13, 7, 2026-03-02",
            // answer + the longest extension under Decree 711 (20 + 20) from the same day: 03-19(20);
            // 20(21); 23–27(26); 30–04-03(31); 04-04–06 清明; 07–10(35); 13–17(40)
            "2026-02-13, 40, 2026-04-17",
            // 20 + 20 across the extended 春节 2020: 02-28(20); 03-02–06(25); 09–13(30); 16–20(35); 23–27(40)
            "2020-01-23, 40, 2020-03-27",
            // Decree 492's 15 from the day before 711 took effect
            "2019-05-14, 15, 2019-06-04",
            // 0 working days: the day itself, even a holiday
            "2026-02-16, 0, 2026-02-16",
    })
    void addCountsWorkingDaysByHand(String from, int n, String date) {
        Map<String, Object> body = given().queryParam("from", from).queryParam("workingDays", n).get("/api/v1/calendar/add")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(body).containsExactly(Map.entry("from", from), Map.entry("workingDays", n), Map.entry("date", date),
                Map.entry("provisional", false));
    }

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({
            "2019-05-14, 国务院令第492号, 15, 2019-06-04",
            "2019-05-15, 国务院令第711号, 20, 2019-06-13",
            "2019-09-27, 国务院令第711号, 20, 2019-10-30",
            "2020-01-20, 国务院令第711号, 20, 2020-02-25",
            // Hand-counted against the State Council notices as published (docs/requests.md, "Checking the
            // calendar"); "n" the n-th working day counted, the day of receipt never counted.
            // a Saturday before Decree 711 took effect: still 492, 15: 05-13(1)–17(5); 20–24(10); 27–31(15)
            "2019-05-11, 国务院令第492号, 15, 2019-05-31",
            // 春节 2020 as extended to 02-02 (国办发明电〔2020〕1号; 02-01 no longer a working Saturday):
            // 01-24–02-02 off; 02-03–07(5); 10–14(10); 17–21(15); 24–28(20). Without the extension: 02-26.
            "2020-01-23, 国务院令第711号, 20, 2020-02-28",
            // 春节 2023 with working Sat 01-28 and Sun 01-29: 21–27 off; 28(1) 29(2); 30–02-03(7); 06–10(12);
            // 13–17(17); 20(18) 21(19) 22(20)
            "2023-01-20, 国务院令第711号, 20, 2023-02-22",
            // 春节 2024: 09(1); 10–17 off; 18 Sun(2); 19–23(7); 26–03-01(12); 04–08(17); 11(18) 12(19) 13(20)
            "2024-02-08, 国务院令第711号, 20, 2024-03-13",
            // 春节 2025 with working Sun 01-26 before it and Sat 02-08 after: 26 Sun(1) 27(2); 28–02-04 off;
            // 05(3)–07(5); 08 Sat(6); 10–14(11); 17–21(16); 24(17)–27(20)
            "2025-01-24, 国务院令第711号, 20, 2025-02-27",
            // 国庆 2025 (merged with 中秋, 10-01–08 off) with working Sun 09-28 and Sat 10-11: 28(1) 29(2) 30(3);
            // 09(4) 10(5) 11 Sat(6); 13–17(11); 20–24(16); 27(17)–30(20)
            "2025-09-26, 国务院令第711号, 20, 2025-10-30",
            // 春节 2026, received on the Friday before: 14 Sat(1); 15–23 off; 24(2)–27(5) 28 Sat(6);
            // 03-02–06(11); 09–13(16); 16–19(20)
            "2026-02-13, 国务院令第711号, 20, 2026-03-19",
            // received on the working Saturday 02-14 itself: counting starts after it: 24(1)…03-20(20)
            "2026-02-14, 国务院令第711号, 20, 2026-03-20",
            // received on a holiday (02-16): the same as on 02-14, the next working day counted is 02-24
            "2026-02-16, 国务院令第711号, 20, 2026-03-20",
            // received on an ordinary Saturday: 03-09–13(5); 16–20(10); 23–27(15); 30(16)–04-02(19) 03(20)
            // (清明 04-04–06 comes after) — the same deadline as for Friday 03-06
            "2026-03-07, 国务院令第711号, 20, 2026-04-03",
            "2026-03-06, 国务院令第711号, 20, 2026-04-03",
            // 中秋 and 国庆 2026 with working Sun 09-20 and Sat 10-10: 20 Sun(1); 21–24(5); 25–27 中秋 off;
            // 28–30(8); 10-01–07 off; 08(9) 09(10) 10 Sat(11); 12–16(16); 19(17)–22(20)
            "2026-09-18, 国务院令第711号, 20, 2026-10-22",
            // received on a holiday of 国庆 2026: 08(1) 09(2) 10 Sat(3); 12–16(8); 19–23(13); 26–30(18); 11-02(19) 03(20)
            "2026-10-03, 国务院令第711号, 20, 2026-11-03",
    })
    void requestDeadlineFollowsTheRegulationInForce(String received, String regulation, int n, String deadline) {
        Map<String, Object> body = given().queryParam("received", received).get("/api/v1/calendar/request-deadline")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(body).containsExactly(Map.entry("received", received), Map.entry("regulation", regulation),
                Map.entry("workingDays", n), Map.entry("deadline", deadline), Map.entry("provisional", false));
    }

    @Test
    void aDeadlineIntoAYearWithoutItsNoticeIsGivenAndMarkedProvisional() {
        // 2027's file holds the regulation's holidays only (WorkingDaysTest counts these by hand)
        Map<String, Object> body = given().queryParam("received", "2026-12-20").get("/api/v1/calendar/request-deadline")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(body).containsExactly(Map.entry("received", "2026-12-20"), Map.entry("regulation", "国务院令第711号"),
                Map.entry("workingDays", 20), Map.entry("deadline", "2027-01-18"), Map.entry("provisional", true));
        assertThat(given().get("/api/v1/calendar/add?from=2027-01-29&workingDays=20").then().statusCode(200)
                .extract().jsonPath().getMap("")).containsEntry("date", "2027-03-04").containsEntry("provisional", true);        // review: a deadline wholly in 2026 (its notice entered) is final, though December: 11-23–27 (5), 11-30 (6),
        // 12-01–04 (10), 07–11 (15), 14–18 (20)
        assertThat(given().queryParam("received", "2026-11-20").get("/api/v1/calendar/request-deadline").then().statusCode(200)
                .extract().jsonPath().getMap("")).containsEntry("deadline", "2026-12-18").containsEntry("provisional", false);
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
            "/api/v1/calendar/add?from=2007-12-31&workingDays=1   | from        | 录入了 2008 年至 2027 年的安排",
            "/api/v1/calendar/add?from=2027-12-20&workingDays=20  | workingDays | 暂无 2028 年的节假日安排",
            "/api/v1/calendar/request-deadline                    | received    | 请提供日期参数 received",
            "/api/v1/calendar/request-deadline?received=20190515  | received    | 不是有效日期",
            "/api/v1/calendar/request-deadline?received=2008-04-30 | received   | 2008 年 5 月 1 日起施行",
            "/api/v1/calendar/request-deadline?received=2027-12-20 | received   | 暂无 2028 年的节假日安排",
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
