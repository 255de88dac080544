package org.zwgk.portal.workflow;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.web.Chromium;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor at the workbench in real Chromium: login form, new draft, the sensitive-word check, submit. */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class WorkbenchBrowserTest {

    static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    /** Clicks and waits for the next page: the old one goes stale. */
    static void submitVia(By what) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    @Test
    void anEditorLogsInWritesADraftSeesTheFlaggedWordAndSubmitsIt() throws Exception {
        browser.get(root + "workbench");
        assertThat(browser.getCurrentUrl()).contains("/login?next=%2Fworkbench");
        browser.findElement(By.id("username")).sendKeys("szfb-editor");
        browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        submitVia(By.cssSelector("form[action='/login'] button"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作台");

        submitVia(By.linkText("新建稿件"));
        new Select(browser.findElement(By.id("channel"))).selectByValue("tzgg");
        browser.findElement(By.id("title")).sendKeys("关于开展政务公开培训的通知");
        browser.findElement(By.id("body")).sendKeys("各区镇：请按照国家工商行政管理总局的要求参加培训。");
        submitVia(By.id("save"));

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("操作已完成。");
        assertThat(browser.findElement(By.cssSelector("#sensitive .body-in-place mark")).getText()).isEqualTo("国家工商行政管理总局");
        Chromium.screenshot(browser, "workbench-draft");

        submitVia(By.id("submit"));
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("请逐一核对");
        browser.findElement(By.name("acknowledged")).click();
        submitVia(By.id("submit"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
        Chromium.screenshot(browser, "workbench-submitted");
    }
}
