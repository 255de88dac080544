package org.zwgk.portal.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.zwgk.portal.SeedDocuments;
import org.zwgk.portal.access.Staff;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA in real Chromium: axe-core (vendored in src/test/resources/axe) over every public page
 * type, the 长辈版 and the workbench; any serious or critical violation fails. Also what axe cannot
 * judge: the focus ring's contrast, control sizes, content before the directories on a phone.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    static ChromeDriver browser;
    static String axe;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws Exception {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    @Test
    void publicPagesHaveNoSeriousOrCriticalViolations() throws Exception {
        long seed = SeedDocuments.seedNoticeId();
        List<String> pages = List.of("", "xxgk", "xxgk?org=szfb", "channels/zcwj", "documents/" + seed,
                "documents/" + seed + "?fontsize=large", "documents/" + seed + "/versions/1.0", "search?q=政务公开",
                "search?q=zwgk", "search?q=没有这个词语的文件", "accessibility", "no/such/page", "login",
                "plans/kunshan-2018", "plans/kunshan-2018/rows/11", "plans/kunshan-2018/dashboard", "plans/kunshan-2018/units/czj");
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            browser.get(root + path);
            problems.addAll(violations(path));
        }
        // the same pages in the 长辈版
        browser.get(root + "elder?on=1&back=/");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
        for (String path : List.of("", "xxgk", "documents/" + seed, "search?q=政务公开")) {
            browser.get(root + path);
            problems.addAll(violations("长辈版 /" + path));
        }
        Chromium.screenshot(browser, "elder-search");
        browser.get(root + "elder?on=0&back=/");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("elder");
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void inTheElderViewOnAPhoneAWideTableIsScrolledByKeyboardToo() throws Exception {
        // browser walk: in 长辈版 at 390 px the seed notice's tables and its 版本记录 scroll sideways, and a keyboard
        // could not reach them (axe scrollable-region-focusable, serious: x12 on the notice, x1 on every law)
        long seed = SeedDocuments.seedNoticeId();
        // one version only: its 版本记录 holds no link to reach it by
        Object regulation = SeedDocuments.byTitle("中华人民共和国政府信息公开条例（2007年）").get("id");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(root + "elder?on=1&back=/");
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
            List<String> problems = new ArrayList<>();
            for (Object id : List.of(seed, regulation)) {
                browser.get(root + "documents/" + id);
                problems.addAll(violations("长辈版 390 px /documents/" + id));
            }
            Chromium.screenshot(browser, "elder-document-phone");
            assertThat(problems).as("serious or critical axe-core violations").isEmpty();
        } finally {
            browser.get(root + "elder?on=0&back=/");
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theWorkbenchHasNoSeriousOrCriticalViolations() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(root + "workbench");
        browser.findElement(By.id("username")).sendKeys("szfb-editor");
        browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        Chromium.clickAndWait(browser, By.cssSelector("form[action='/login'] button"));
        List<String> problems = new ArrayList<>();
        for (String path : List.of("workbench", "workbench/drafts/new?channel=tzgg", "workbench/channels", "account/password")) {
            browser.get(root + path);
            problems.addAll(violations(path));
        }
        // editor controls: at least 44 px tall, 16 px text
        browser.get(root + "workbench/drafts/new?channel=tzgg");
        for (WebElement control : browser.findElements(By.cssSelector(
                ".draft-form input:not([type=hidden]):not([type=checkbox]):not([type=radio]), .draft-form select, .draft-form button"))) {
            if (control.isDisplayed()) {
                assertThat(control.getSize().getHeight()).as("height of " + control.getAttribute("outerHTML")).isGreaterThanOrEqualTo(44);
                assertThat(control.getCssValue("font-size")).as("text of " + control.getAttribute("name")).isEqualTo("16px");
            }
        }
        // the channel freshness table on a phone: one card a channel, every value on the screen (browser walk: the
        // table scrolled and showed 栏目 and 类型 only, 已超期 off to the right)
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(root + "workbench/channels");
            JavascriptExecutor js = browser;
            long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) js.executeScript("return window.innerWidth");
            assertThat(scrollWidth).as("no sideways scrolling of the freshness page").isLessThanOrEqualTo(viewport);
            org.openqa.selenium.WebElement state = browser.findElement(By.cssSelector("table.channels tbody tr td.state"));
            assertThat(state.getLocation().getX() + state.getSize().getWidth()).as("the state within the screen").isLessThanOrEqualTo((int) viewport);
            assertThat((String) js.executeScript("return getComputedStyle(arguments[0], '::before').content", state)).contains("状态");
            Chromium.screenshot(browser, "channels-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        browser.manage().deleteAllCookies();
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theElderViewEnlargesTheWholeDocumentPageNotOnlyItsBody() {
        browser.manage().deleteAllCookies();
        String doc = "documents/" + org.zwgk.portal.SeedDocuments.seedNoticeId();
        browser.get(root + "elder?on=1&back=/" + doc);
        try {
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
            for (String css : List.of("table.meta td", ".breadcrumb", ".site-footer p", ".doc-tools")) {
                assertThat(browser.findElement(By.cssSelector(css)).getCssValue("font-size")).as(css).isEqualTo("20px");
            }
            // the body's headings stay larger than its text, in their order
            double h3 = px(browser.findElement(By.cssSelector(".body h3")).getCssValue("font-size"));
            double h4 = px(browser.findElement(By.cssSelector(".body h4")).getCssValue("font-size"));
            assertThat(h3).isGreaterThan(h4);
            assertThat(h4).isGreaterThan(20);
            // the attachments' SHA-256, compared character by character (review: 11.2 px, not enlarged here)
            double elderSha = px(browser.findElement(By.cssSelector("#attachments .sha256")).getCssValue("font-size"));
            browser.get(root + "elder?on=0&back=/" + doc);
            double sha = px(browser.findElement(By.cssSelector("#attachments .sha256")).getCssValue("font-size"));
            assertThat(sha).as("SHA-256 text").isGreaterThanOrEqualTo(12);
            assertThat(elderSha).as("SHA-256 text in 长辈版").isGreaterThanOrEqualTo(16).isGreaterThan(sha);
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void theElderViewEnlargesTheSearchBoxAndKeepsTheSortLinksWhole() {
        // browser walk: in 长辈版 /search's box stayed 16 px among 20 px text, and at 390 px 按日期 broke mid-word
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(root + "elder?on=1&back=/search");
        try {
            browser.get(root + "search?q=政务公开");
            assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
            for (String css : List.of("#q", ".search-form button[type=submit]")) {
                assertThat(browser.findElement(By.cssSelector(css)).getCssValue("font-size")).as(css).isEqualTo("20px");
            }
            List<WebElement> sort = browser.findElements(By.cssSelector(".total .sort-link"));
            assertThat(sort).as("按相关度 and 按日期").hasSize(2);
            for (WebElement link : sort) {
                Number lines = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getClientRects().length", link);
                assertThat(lines.intValue()).as(link.getText() + " on one line").isEqualTo(1);
            }
        } finally {
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void loginControlsAreLargeAndTheFocusRingIsVisible() {
        browser.manage().deleteAllCookies();
        browser.get(root + "login");
        for (String css : List.of("#username", "#password", "form[action='/login'] button")) {
            WebElement control = browser.findElement(By.cssSelector(css));
            assertThat(control.getSize().getHeight()).as(css + " height").isGreaterThanOrEqualTo(44);
            assertThat(control.getCssValue("font-size")).as(css + " text").isEqualTo("16px");
        }
        // the focus ring: 3 px, dark blue on the white page (7.7:1), white on the red header
        browser.get(root.toString());
        WebElement link = browser.findElement(By.cssSelector("main a"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", link);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB)).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
        assertThat(contrast(focused.getCssValue("outline-color"), "rgb(255, 255, 255)")).isGreaterThanOrEqualTo(3.0);
        // the footer's links are readable on the dark footer
        WebElement footerLink = browser.findElement(By.cssSelector(".site-footer a"));
        assertThat(contrast(footerLink.getCssValue("color"), "rgb(45, 51, 59)")).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void onAWideScreenTheCatalogueFiltersStayAtTheListsSide() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(root + "xxgk");
        WebElement list = browser.findElement(By.cssSelector(".columns > .main-col"));
        WebElement filters = browser.findElement(By.id("catalog-filters"));
        assertThat(filters.getLocation().getX()).as("the filters at the list's left").isLessThan(list.getLocation().getX());
        assertThat(Math.abs(filters.getLocation().getY() - list.getLocation().getY())).as("side by side").isLessThan(10);
        assertThat(browser.findElement(By.cssSelector(".to-filters")).getSize().getHeight())
                .as("the link to the filters hidden until the keyboard reaches it").isLessThanOrEqualTo(1);
        // a phone's taller links leave the wide screen's lists as compact as they were
        assertThat(browser.findElement(By.cssSelector("#catalog-filters .entry-list a")).getSize().getHeight()).isLessThan(32);
    }

    @Test
    void onAPhoneTheContentComesBeforeTheDirectories() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("", "xxgk")) {
                browser.get(root + path);
                int content = browser.findElement(By.cssSelector(".columns > .main-col")).getLocation().getY();
                int directory = browser.findElement(By.cssSelector(".columns > .side-col")).getLocation().getY();
                assertThat(content).as("content above the directories on /" + path).isLessThan(directory);
                // links tall enough to tap (review: the footer's 20 px, 按机构/按主题's 21–24 px)
                for (WebElement link : browser.findElements(By.cssSelector(".site-footer a:not(.gov-site-mark), .entry-list a, .org-directory a"))) {
                    assertThat(link.getSize().getHeight()).as(link.getText() + " on /" + path).isGreaterThanOrEqualTo(36);
                }
            }
            // 长辈版's one column too (review: /xxgk's 90 filter links came first, the list at 4,589 px), and the
            // keyboard reaches the list first: the filters follow it in the page, a link at its top leads to them
            browser.get(root + "elder?on=1&back=/xxgk");
            try {
                assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("elder");
                int list = browser.findElement(By.cssSelector(".main-col .doc-list")).getLocation().getY();
                int filters = browser.findElement(By.id("catalog-filters")).getLocation().getY();
                assertThat(list).as("长辈版 /xxgk: the list before the filters, near the top").isLessThan(filters).isLessThan(2 * 844);
                WebElement toFilters = browser.findElement(By.cssSelector(".to-filters a"));
                assertThat(toFilters.isDisplayed()).isTrue();
                assertThat(toFilters.getAttribute("href")).endsWith("#catalog-filters");
                assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                        "return document.querySelector('.main-col').compareDocumentPosition(document.getElementById('catalog-filters'))"
                                + " === Node.DOCUMENT_POSITION_FOLLOWING")).as("the list first for the keyboard").isTrue();
                Chromium.screenshot(browser, "catalog-elder-phone");
            } finally {
                browser.get(root + "elder?on=0&back=/");
            }
            // a document: its title on the first screen, the reading tools above its text as on a wide screen (browser
            // walk: after a long text they were ~15,000 px down)
            browser.get(root + "documents/" + org.zwgk.portal.SeedDocuments.seedNoticeId());
            assertThat(browser.findElement(By.tagName("h1")).getLocation().getY()).as("the title on the first screen").isLessThan(844 / 2);
            int text = browser.findElement(By.cssSelector("article.document .body")).getLocation().getY();
            int tools = browser.findElement(By.cssSelector("article.document .doc-tools")).getLocation().getY();
            assertThat(tools).as("the tools above the text on a phone").isLessThan(text);
            assertThat(browser.findElement(By.cssSelector(".print-button")).isDisplayed()).as("打印 with JavaScript on").isTrue();
            Chromium.screenshot(browser, "document-phone");
            browser.get(root + "search?q=政务公开");
            assertThat(browser.findElements(By.cssSelector("input[type=search]"))).as("one search box on the search page").hasSize(1);
            Chromium.screenshot(browser, "search-phone");
            // every link of the main menu on the screen of a small phone, none behind the edge (browser walk)
            browser.manage().window().setSize(new Dimension(375, 812));
            for (String path : List.of("", "documents/" + org.zwgk.portal.SeedDocuments.seedNoticeId())) {
                browser.get(root + path);
                long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
                List<WebElement> links = browser.findElements(By.cssSelector(".site-header nav .nav a"));
                assertThat(links).hasSizeGreaterThanOrEqualTo(5);
                for (WebElement link : links) {
                    Number right = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().right", link);
                    assertThat(right.doubleValue()).as(link.getText() + " on /" + path).isLessThanOrEqualTo(width);
                }
            }
            assertThat(browser.findElement(By.tagName("h1")).getLocation().getY()).as("the title still on the first screen").isLessThan(812 / 2);
            Chromium.screenshot(browser, "document-phone-375");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String page) {
        JavascriptExecutor js = browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
                   .then(r => done(r.passes.length === 0 ? ['axe checked nothing'] : r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> out = new ArrayList<>();
        for (Object v : (List<Object>) result) {
            out.add("/" + page + ": " + v);
        }
        return out;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double px(String cssValue) {
        return Double.parseDouble(cssValue.replace("px", ""));
    }
}
