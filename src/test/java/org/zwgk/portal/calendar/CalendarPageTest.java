package org.zwgk.portal.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The public page of holiday arrangements and the answer deadline a citizen can check (browser walk: API only). */
@QuarkusTest
class CalendarPageTest {

    @Test
    void aYearsHolidaysAndSwappedWorkingDaysAreListedWithTheirNotice() {
        Document page = Jsoup.parse(given().get("/calendar?year=2026").then().statusCode(200).extract().asString());
        assertThat(page.select("#holidays h2").text()).isEqualTo("2026 年节假日安排");
        // 2026's number was not seen in the copies of the notice found: its title and its (checked) date
        assertThat(page.select("#notices").text()).isEqualTo("依据：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）");
        assertThat(page.select("#holidays").text()).doesNotContain("国办发明电〔2025〕7号")
                .contains("春节").contains("2026-02-15 至 2026-02-23（共 9 天）");
        assertThat(page.select("#workdays").text()).contains("2026-01-04").contains("2026-02-14");
        // a year without its notice says how it is counted
        // (it says what this site holds, not whether the State Council has published the notice: it cannot know that)
        assertThat(Jsoup.parse(given().get("/calendar?year=2027").asString()).select("#provisional").text()).contains("暂定")
                .contains("本站尚未录入该年度国务院办公厅的放假安排通知", "按《全国年节及纪念日放假办法》", "通知发布后以通知为准")
                .doesNotContain("尚未发布");
        assertThat(Jsoup.parse(given().get("/calendar?received=2026-12-20").asString()).select("#deadline-result").text())
                .contains("2027-01-18", "暂定：期限跨入本站尚未录入放假安排通知的年度").doesNotContain("尚未发布");
        // review: a year changed by a second notice cites both; a number written from memory is not printed
        assertThat(Jsoup.parse(given().get("/calendar?year=2020").asString()).select("#notices").text())
                .isEqualTo("依据：国办发明电〔2019〕16号（2019-11-21）；国办发明电〔2020〕1号（2020-01-26）");
        assertThat(Jsoup.parse(given().get("/calendar?year=2019").asString()).select("#notices").text())
                .isEqualTo("依据：国办发明电〔2018〕15号（2018-12-04）；国办发明电〔2019〕3号（2019-03-22）");
        assertThat(Jsoup.parse(given().get("/calendar?year=2017").asString()).select("#notices").text())
                .isEqualTo("依据：国办发明电〔2016〕17号（2016-12-01）");
        assertThat(Jsoup.parse(given().get("/calendar?year=2010").asString()).select("#notices").text())
                .isEqualTo("依据：国务院办公厅关于2010年部分节假日安排的通知");
        assertThat(given().get("/calendar?year=1999").statusCode()).isEqualTo(404);
        assertThat(given().get("/calendar?year=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theAnswerDeadlineCountsWorkingDaysFromTheDayAfterReceipt() {
        // received on the Friday before 国庆 2019 (711, 20 working days): 10-01 to 10-07 off, 09-29 and 10-12 worked
        Document page = Jsoup.parse(given().get("/calendar?received=2019-09-27").then().statusCode(200).extract().asString());
        String result = page.select("#deadline-result").text();
        // counted by hand: 09-29 (Sun, worked) 1, 09-30 2, 10-08 to 10-11 3-6, 10-12 (Sat, worked) 7, then 13 weekdays
        // review: “20 个工作日内即 2019-10-30 前” left open whether that day itself counts
        assertThat(result).contains("2019-09-27 收到的申请，依照国务院令第711号，答复期限为 20 个工作日，最迟于 2019-10-30（含当日）答复")
                .contains("最长不超过 20 个工作日").doesNotContain("前答复");
        assertThat(page.select("#received-hint").text()).startsWith("如 2026-12-04").doesNotContain("YYYY")
                // review: Art. 31 in full: in person, by post (signed for, or 平常信函 confirmed), internet or the office's fax
                .contains("当面提交的，为提交之日", "邮寄的，为行政机关签收之日", "平常信函等无需签收的方式邮寄的，为政府信息公开工作机构与申请人确认之日",
                        "通过互联网渠道或者政府信息公开工作机构的传真提交的，为双方确认之日").doesNotContain("确认收到之日");
        // review: Art. 33 sets the 20 working days; what a working day is comes from the State Council's notices
        assertThat(page.select("main").text()).contains("第三十三条规定，不能当场答复的，应当自收到申请之日起 20 个工作日内答复",
                "工作日是周六、周日和法定节假日以外的日子").doesNotContain("计入（《中华人民共和国政府信息公开条例》第三十三条）");
        assertThat(page.select("#received").attr("aria-describedby")).isEqualTo("received-hint");
        // the 计算 button is styled as the other citizens' buttons are: inside a citizen form
        assertThat(page.select("form.citizen-form button[type=submit]").text()).isEqualTo("计算");
        // before 2019-05-15 the old regulation's 15 working days
        // deadline check: under 492 only a third party's time is left out (Art. 24), another authority's from 711 (Art. 33)
        assertThat(result).contains("征求第三方和其他机关意见所需时间不计算在答复期限内");
        // review: Art. 30 restarts the period on receipt of the corrected application, it does not pause it
        assertThat(result).contains("答复期限自行政机关收到补正的申请之日起重新计算（第三十条）").doesNotContain("补正期间");
        // Decree 492 has no such rule: Art. 21 asks for 更改、补充 and says nothing of the period
        assertThat(Jsoup.parse(given().get("/calendar?received=2018-06-01").asString()).select("#deadline-result").text())
                .contains("国务院令第492号").contains("15 个工作日").contains("征求第三方意见所需时间不计算在答复期限内")
                .contains("作出更改、补充（2007 年条例第二十一条），该条例未规定更改、补充后答复期限如何计算")
                .doesNotContain("其他机关").doesNotContain("补正期间");
    }

    @Test
    void aDateThatIsNotOneIsRefusedOnThePageWithWhatWasTyped() {
        Response bad = given().get("/calendar?received=2019-02-30");
        assertThat(bad.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(bad.asString());
        assertThat(page.select(".form-error, [role=alert]").text()).contains("“2019-02-30”不是有效日期");
        assertThat(page.select("#received").attr("value")).isEqualTo("2019-02-30");
        // the field marked wrong points to the error that says why, not only to the hint
        assertThat(page.select("#received").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#received").attr("aria-describedby").split(" ")).contains("form-error", "received-hint");
        assertThat(page.getElementById("form-error").text()).contains("不是有效日期").doesNotContain("YYYY");
        assertThat(given().get("/calendar?received=2000-01-01").asString()).contains("自 2008 年 5 月 1 日起施行");
        assertThat(given().get("/calendar?received=" + "9".repeat(300)).statusCode()).isEqualTo(400);
        // 计算 with no day (browser walk: the page came back as if nothing had been asked); a year's link asks nothing
        Response empty = given().get("/calendar?year=2026&received=");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.asString()).getElementById("form-error").text()).contains("请先选择或填写收到申请的日期");
        assertThat(given().get("/calendar?year=2026").statusCode()).isEqualTo(200);
    }
}
