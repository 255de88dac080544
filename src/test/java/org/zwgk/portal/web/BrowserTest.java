package org.zwgk.portal.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real headless Chromium (Debian's chromium and chromedriver) over the home page and the seed
 * notice, as a citizen on a desktop and on a phone would use them. Screenshots go to target/screenshots.
 */
@QuarkusTest
class BrowserTest {

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

    @Test
    void aCitizenFindsTheSeedNoticeFromTheHomePage() throws Exception {
        browser.get(root.toString());
        assertThat(browser.getTitle()).contains("昆山市政府信息公开");
        assertThat(browser.findElement(By.id("latest")).getText()).isEqualTo("最新信息");
        screenshot("home");

        Chromium.clickAndWait(browser, By.linkText("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知"));

        assertThat(browser.findElement(By.cssSelector("table.meta")).getText())
                .contains("索引号", "昆政办发〔2018〕152号", "昆山市人民政府办公室", "有效");
        assertThat(browser.findElements(By.cssSelector(".body table tbody tr"))).hasSize(35);
        // 分享本页: the address the reader's browser is on, whole, ready to copy
        assertThat(browser.findElement(By.id("share-url")).getAttribute("value"))
                .isEqualTo(browser.getCurrentUrl().replaceAll("[?#].*$", ""));
        screenshot("seed-notice");

        Chromium.clickAndWait(browser, By.cssSelector("#interpretations a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("《昆山市2018年政务公开工作要点实施方案》解读");
    }

    @Test
    void theHeadersSearchBoxSuggestsWordsAsTheSearchPagesDoes() {
        // browser walk: only /search suggested; the box on every other page stayed empty
        for (String page : java.util.List.of("", "xxgk")) {
            browser.get(root.toString() + page);
            org.openqa.selenium.WebElement box = browser.findElement(By.id("header-q"));
            box.sendKeys("政务");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(b ->
                    !b.findElements(By.cssSelector("#header-suggestions option")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("#header-suggestions option")))
                    .extracting(o -> o.getAttribute("value")).as(page).allMatch(v -> v.startsWith("政务"));
        }
        browser.get(root.toString() + "search");
        browser.findElement(By.id("q")).sendKeys("政务");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(b ->
                !b.findElements(By.cssSelector("#suggestions option")).isEmpty());
    }

    @Test
    void pagesFitAPhoneScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("", "xxgk", "channels/zcwj", "plans/kunshan-2018", "plans/kunshan-2018/rows/11",
                    "plans/kunshan-2018/dashboard", "developers")) {
                browser.get(root + path);
                long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
                long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
                assertThat(scrollWidth).as("no sideways scrolling on /" + path).isLessThanOrEqualTo(viewport);
            }
            browser.get(root.toString());
            Chromium.clickAndWait(browser, By.linkText("市政府办公室关于印发昆山市2018年政务公开工作要点实施方案的通知"));
            assertThat(browser.findElement(By.cssSelector("table.meta")).isDisplayed()).isTrue();
            // each label beside its value (browser walk: label and value each on a line took two screens)
            Object sideBySide = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('table.meta th')]"
                    + ".every(th => !th.nextElementSibling || Math.abs(th.getBoundingClientRect().top - th.nextElementSibling.getBoundingClientRect().top) < 2)");
            assertThat(sideBySide).isEqualTo(true);
            screenshot("seed-notice-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
