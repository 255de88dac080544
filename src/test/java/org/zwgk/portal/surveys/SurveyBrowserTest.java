package org.zwgk.portal.surveys;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.web.Chromium;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen answers a 问卷调查 in real headless Chromium, with and without JavaScript: finds it in
 * the list, forgets the required question (the page names it and keeps the typed suggestion),
 * answers, and the page thanks them without offering the form again.
 */
@QuarkusTest
@TestProfile(SurveysTestProfile.class)
class SurveyBrowserTest {

    static ChromeDriver withScript;
    static ChromeDriver withoutScript;

    @TestHTTPResource("/")
    URL root;
    @Inject
    SurveyFixtures fixtures;

    @BeforeAll
    static void startBrowsers() {
        withScript = Chromium.start();
        withoutScript = Chromium.withoutJavaScript();
    }

    @AfterAll
    static void stopBrowsers() {
        withScript.quit();
        withoutScript.quit();
    }

    @Test
    void withoutJavaScript() throws Exception {
        answer(withoutScript, "无脚本浏览器问卷", "survey-no-js");
    }

    @Test
    void withJavaScript() throws Exception {
        answer(withScript, "有脚本浏览器问卷", "survey-js");
    }

    void answer(ChromeDriver browser, String title, String shot) throws Exception {
        fixtures.published("czj", "czj-editor", "czj-reviewer", title);
        browser.get(root + "hudong/surveys");
        Chromium.clickAndWait(browser, By.linkText(title));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("调查中");

        // the required question left out: named, and the suggestion typed stays in its box
        WebElement suggestion = browser.findElement(By.cssSelector("form.survey-form textarea"));
        suggestion.sendKeys("希望公开更及时");
        MovableClock.advance(Duration.ofSeconds(5));
        Chromium.clickAndWait(browser, By.cssSelector("form.survey-form button[type=submit]"));
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("第 1 题为必答题");
        assertThat(browser.findElement(By.cssSelector("fieldset[aria-invalid=true] legend")).getText()).contains("您是否满意？");
        assertThat(browser.findElement(By.cssSelector("form.survey-form textarea")).getAttribute("value")).isEqualTo("希望公开更及时");

        browser.findElement(By.xpath("//label[contains(., '满意') and not(contains(., '不满意'))]/input")).click();
        MovableClock.advance(Duration.ofSeconds(5));
        Chromium.clickAndWait(browser, By.cssSelector("form.survey-form button[type=submit]"));
        assertThat(browser.findElement(By.id("form-done")).getText()).contains("问卷已提交");
        assertThat(browser.findElements(By.cssSelector("form.survey-form"))).as("no second form after sending").isEmpty();
        Chromium.screenshot(browser, shot);
    }
}
