package org.zwgk.portal.interviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.surveys.SurveysTestProfile;
import org.zwgk.portal.web.Chromium;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen puts a question to an announced 在线访谈 in real headless Chromium without JavaScript:
 * finds it in the list, sends an empty question (told so), then a real one, which waits for
 * moderation and is not on the page until approved.
 */
@QuarkusTest
@TestProfile(SurveysTestProfile.class)
class InterviewBrowserTest {

    static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;
    @Inject
    InterviewFixtures fixtures;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.withoutJavaScript();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @Test
    void aCitizenAsksAndTheQuestionWaitsForModeration() throws Exception {
        long id = fixtures.scheduled("czj", "czj-editor");
        String title = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(id).title);
        browser.get(root + "hudong/interviews");
        Chromium.clickAndWait(browser, By.linkText(title));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        if (browser.findElements(By.cssSelector("form textarea[name=body]")).isEmpty()) {
            // live pages reload themselves and carry a link to the form instead
            Chromium.clickAndWait(browser, By.cssSelector("a[href$='/ask#ask']"));
        }

        MovableClock.advance(Duration.ofSeconds(5));
        Chromium.clickAndWait(browser, By.xpath("//textarea[@name='body']/ancestor::form//button[@type='submit']"));
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("请填写");

        String question = "浏览器提问：预算公开到项目了吗？";
        browser.findElement(By.cssSelector("form textarea[name=body]")).sendKeys(question);
        MovableClock.advance(Duration.ofSeconds(5));
        Chromium.clickAndWait(browser, By.xpath("//textarea[@name='body']/ancestor::form//button[@type='submit']"));
        assertThat(browser.getPageSource()).contains("问题已收到，审核后公开");
        Chromium.screenshot(browser, "interview-question-no-js");

        browser.get(root + "hudong/interviews/" + id);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(question);
        assertThat(QuarkusTransaction.requiringNew().call(() -> InterviewQuestion.count("interview.id", id))).isEqualTo(1);
    }
}
