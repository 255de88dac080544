package org.zwgk.portal.web;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's headless Chromium through its chromedriver, for the browser tests; screenshots in target/screenshots. */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start() {
        String chromium = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");
        assertThat(new File(chromium)).as("Chromium is installed (.ci/run installs Debian's chromium)").exists();
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=zh-CN");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        return browser;
    }

    public static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
