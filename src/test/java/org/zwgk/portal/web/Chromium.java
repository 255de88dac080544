package org.zwgk.portal.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's headless Chromium through its chromedriver, for the browser tests; screenshots in target/screenshots. */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start() {
        return start(true);
    }

    /** With JavaScript switched off by the browser's own setting, as some citizens' browsers are. */
    public static ChromeDriver withoutJavaScript() {
        return start(false);
    }

    private static ChromeDriver start(boolean javaScript) {
        String chromium = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");
        assertThat(new File(chromium)).as("Chromium is installed (.ci/run installs Debian's chromium)").exists();
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=zh-CN");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        return browser;
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one. A click does
     * not always wait for the navigation it starts (on a busy machine it returns before the next page
     * begins), and the old page may hold elements of the same name.
     */
    public static void clickAndWait(ChromeDriver browser, By what) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                // Chrome sometimes reports a replaced page this way
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
