package org.zwgk.portal.workflow;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jakarta.inject.Inject;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.zwgk.portal.WorkbenchTestProfile;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.records.RecordFixtures;
import org.zwgk.portal.requests.RequestFixtures;
import org.zwgk.portal.web.Chromium;

import java.net.URL;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor at the workbench in real Chromium: login form, new draft, the sensitive-word check, submit. */
@QuarkusTest
@TestProfile(WorkbenchTestProfile.class)
class WorkbenchBrowserTest {

    static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    RequestFixtures requests;

    @Inject
    RecordFixtures records;

    @Inject
    Fixtures fixtures;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.quit();
    }

    /** Each test starts logged out. */
    @org.junit.jupiter.api.BeforeEach
    void loggedOut() {
        browser.get(root + "login");
        browser.manage().deleteAllCookies();
    }

    static void submitVia(By what) {
        org.zwgk.portal.web.Chromium.clickAndWait(browser, what);
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
        // the type follows the channel chosen (browser walk: it stayed 政策文件, the first channel's)
        assertThat(new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("NOTICE");
        browser.findElement(By.id("title")).sendKeys("关于开展政务公开培训的通知");
        browser.findElement(By.id("body")).sendKeys("各区镇：请按照国家工商行政管理总局的要求参加培训。");
        submitVia(By.id("save"));

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("稿件已创建并保存。");
        assertThat(browser.findElement(By.cssSelector("#sensitive .body-in-place mark")).getText()).isEqualTo("国家工商行政管理总局");
        Chromium.screenshot(browser, "workbench-draft");

        submitVia(By.id("submit"));
        assertThat(browser.findElement(By.id("form-error")).getText()).contains("请逐一核对");
        browser.findElement(By.name("acknowledged")).click();
        submitVia(By.id("submit"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已保存并提交第 1 级审核（共 3 级审核）。");
        Chromium.screenshot(browser, "workbench-submitted");
    }

    static void login(String username) {
        browser.manage().deleteAllCookies();
        browser.get(browser.getCurrentUrl().replaceFirst("(https?://[^/]+).*", "$1") + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        submitVia(By.cssSelector("form[action='/login'] button"));
    }

    /**
     * What reaches the reviewer is what was on the editor's screen: the title and body are changed
     * and 提交审核 pressed without 保存. On the way: a table pasted from Word becomes Markdown,
     * 不予公开理由 shows only for 不予公开, and 放弃稿件 asks in a dialog.
     */
    @Test
    void whatTheEditorTypedAndSubmittedWithoutSavingIsWhatTheReviewerReads() throws Exception {
        browser.get(root + "workbench");
        login("szfb-editor");
        browser.get(root + "workbench/drafts/new?channel=tzgg");
        browser.findElement(By.id("title")).sendKeys("关于报送统计数据的通知");
        browser.findElement(By.id("body")).sendKeys("初稿正文。");
        submitVia(By.id("save"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("稿件已创建并保存。");
        String draftUrl = browser.getCurrentUrl().replaceFirst("\\?.*", "");

        // fields that do not apply stay out of the way; the body explains Markdown
        assertThat(browser.findElement(By.id("withheldReason")).isDisplayed()).isFalse();
        new Select(browser.findElement(By.id("disclosure"))).selectByValue("WITHHELD");
        assertThat(browser.findElement(By.id("withheldReason")).isDisplayed()).isTrue();
        new Select(browser.findElement(By.id("disclosure"))).selectByValue("PROACTIVE");
        assertThat(browser.findElement(By.id("withheldReason")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.id("changeNote"))).isEmpty();
        assertThat(browser.findElement(By.id("body-hint")).getText()).contains("空一行另起一段", "写表格").doesNotContain("Markdown");

        // change title and body, paste a Word table, and press 提交审核 without 保存
        org.openqa.selenium.WebElement title = browser.findElement(By.id("title"));
        title.clear();
        title.sendKeys("关于报送2018年统计数据的通知（修改后）");
        org.openqa.selenium.WebElement body = browser.findElement(By.id("body"));
        body.clear();
        body.sendKeys("修改后的正文，请各单位按下表报送。\n\n");
        browser.executeScript("""
                var dt = new DataTransfer();
                dt.setData('text/html', '<html><body><p class=MsoNormal>说明</p><table class=MsoTableGrid><tr><td><p>单位</p></td>'
                    + '<td><p>数量</p></td></tr><tr><td><p>市政府办公室</p></td><td><p>12</p></td></tr></table></body></html>');
                dt.setData('text/plain', '单位\t数量');
                arguments[0].focus();
                arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
                """, body);
        assertThat(body.getAttribute("value")).contains("| 单位 | 数量 |\n| --- | --- |\n| 市政府办公室 | 12 |");
        Chromium.screenshot(browser, "workbench-typed-before-submit");
        submitVia(By.id("submit"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("已保存并提交第 1 级审核（共 3 级审核）。");

        login("szfb-reviewer1");
        browser.get(draftUrl);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("关于报送2018年统计数据的通知（修改后）");
        assertThat(browser.findElement(By.cssSelector("#preview .body")).getText()).contains("修改后的正文").doesNotContain("初稿正文");
        assertThat(browser.findElement(By.cssSelector("#preview .body table td")).getText()).isEqualTo("市政府办公室");
        submitVia(By.id("approve"));
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("第 1 级审核已通过，已转第 2 级审核（共 3 级）。");
        Chromium.screenshot(browser, "workbench-reviewer-reads-typed");
    }

    @Test
    void withdrawingWithoutAReasonSaysTheEmptyFieldBeforeAskingToConfirm() throws Exception {
        // browser walk: 确定撤回吗？ came first, and after OK the form stopped silently at the empty reason
        long doc = fixtures.published("czyjs");
        browser.get(root + "workbench");
        login("czj-reviewer");
        browser.get(root + "workbench/documents/" + doc + "/versions");
        browser.findElement(By.id("withdraw")).click();
        boolean asked;
        try {
            browser.switchTo().alert().dismiss();
            asked = true;
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            asked = false;
        }
        assertThat(asked).as("nothing to confirm while the reason is empty").isFalse();
        assertThat((Boolean) browser.executeScript("return document.getElementById('withdraw-reason').matches(':invalid')")).isTrue();
        browser.findElement(By.id("withdraw-reason")).sendKeys("内容有误，待修订后重新发布");
        browser.findElement(By.id("withdraw")).click();
        assertThat(browser.switchTo().alert().getText()).contains("确定撤回吗");
        browser.switchTo().alert().dismiss();
        assertThat(browser.getCurrentUrl()).as("not sent").endsWith("/versions");
    }

    @Test
    void discardingAsksFirst() throws Exception {
        browser.get(root + "workbench");
        login("czj-editor");
        browser.get(root + "workbench/drafts/new?channel=czyjs");
        browser.findElement(By.id("title")).sendKeys("准备放弃的稿件");
        browser.findElement(By.id("body")).sendKeys("正文。");
        submitVia(By.id("save"));
        String draftUrl = browser.getCurrentUrl();

        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("discard")));
        Chromium.screenshot(browser, "workbench-draft-buttons");
        browser.findElement(By.id("discard")).click();
        assertThat(browser.switchTo().alert().getText()).contains("确定要放弃这份稿件吗");
        browser.switchTo().alert().dismiss();
        assertThat(browser.getCurrentUrl()).as("still editing").isEqualTo(draftUrl);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("草稿");

        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("discard")).click();
        browser.switchTo().alert().accept();
        // the old page is gone when its element is stale; Chrome sometimes says so as "does not belong to the document"
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        assertThat(browser.findElement(By.id("done")).getText()).isEqualTo("稿件已放弃。");
    }

    /**
     * Browser walk: 保存, 提交审核 and 退出 were the browser's grey buttons beside styled ones. The step a form is for
     * is filled, the others outlined, throwing work away red; each at least 44 px high.
     */
    @Test
    void theWorkbenchButtonsSayWhichStepIsTheFormsOwn() throws Exception {
        browser.get(root + "workbench");
        login("czj-editor");
        browser.get(root + "workbench/drafts/new?channel=czyjs");
        browser.findElement(By.id("title")).sendKeys("看按钮样式的稿件");
        browser.findElement(By.id("body")).sendKeys("正文。");
        submitVia(By.id("save"));
        String blue = "rgba(11, 79, 156, 1)", white = "rgba(255, 255, 255, 1)", red = "rgba(164, 0, 15, 1)";
        WebElement submit = browser.findElement(By.id("submit"));
        assertThat(submit.getCssValue("background-color")).as("提交审核, the form's step, filled").isEqualTo(blue);
        assertThat(submit.getCssValue("color")).isEqualTo(white);
        for (WebElement outlined : List.of(browser.findElement(By.id("save")), browser.findElement(By.cssSelector(".workbench-nav button")))) {
            assertThat(outlined.getCssValue("background-color")).as(outlined.getText() + " outlined").isEqualTo(white);
            assertThat(outlined.getCssValue("color")).isEqualTo(blue);
            assertThat(outlined.getCssValue("border-top-color")).isEqualTo(blue);
        }
        WebElement discard = browser.findElement(By.id("discard"));
        assertThat(discard.getCssValue("color")).as("放弃稿件 in red").isEqualTo(red);
        assertThat(discard.getCssValue("border-top-color")).isEqualTo(red);
        for (WebElement button : browser.findElements(By.cssSelector("main button"))) {
            if (button.isDisplayed()) {
                assertThat(button.getSize().getHeight()).as(button.getText() + " high enough to hit").isGreaterThanOrEqualTo(44);
            }
        }
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        Chromium.screenshot(browser, "workbench-button-kinds");
    }

    /**
     * Browser walk at 1280 px: the audit log's 来源地址 header stood one character a line, times took three lines,
     * beside a wide and mostly empty 内容; its 操作 and 对象类型 were free text.
     */
    @Test
    void theAuditLogReadsAsATableAtDesktopWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(root + "workbench");
        login("auditor");
        browser.get(root + "workbench/audit");
        double line = Double.parseDouble(browser.findElement(By.cssSelector("table.audit tbody td")).getCssValue("line-height").replace("px", ""));
        // the newest row is the auditor's login: a name with its account, a time, an address
        for (String cell : List.of("table.audit th.audit-address", "table.audit th.audit-time", "table.audit tbody tr:first-child td.audit-time",
                "table.audit tbody tr:first-child td.audit-address", "table.audit tbody tr:first-child td.audit-actor")) {
            WebElement e = browser.findElement(By.cssSelector(cell));
            // the text's own height (a cell is as high as its row's highest)
            double lines = ((Number) browser.executeScript("""
                    const range = document.createRange(); range.selectNodeContents(arguments[0]);
                    return range.getBoundingClientRect().height / arguments[1];""", e, line)).doubleValue();
            assertThat(lines).as(cell + " in lines").isLessThan(cell.endsWith("audit-actor") ? 2.5 : 1.5);
        }
        assertThat(new Select(browser.findElement(By.name("action"))).getOptions()).hasSizeGreaterThan(50);
        new Select(browser.findElement(By.name("action"))).selectByValue("account.login");
        submitVia(By.cssSelector("form.filters button:not([name])"));
        assertThat(browser.findElements(By.cssSelector("table.audit tbody td.audit-action"))).isNotEmpty()
                .allMatch(td -> td.getText().contains("account.login"));
        Chromium.screenshot(browser, "audit-wide");
    }

    /**
     * Browser walk on a 390 px phone: the staff tables scrolled sideways inside themselves with no cue and hid
     * what matters (the request list's 状态 and 答复期限, the members' 移除, the records' 状态, the audit log's
     * 操作 and 内容, the annual report's counts and its fields). Each is one card a row, every value after its
     * column's name and on the screen; a field keeps its accessible name. The members' forms keep each name on
     * the line of its field (姓名 ended one line, its box began the next). At 1280 px they are tables still.
     */
    @Test
    void onAPhoneTheStaffTablesAreOneCardARowWithEveryValueOnTheScreen() throws Exception {
        requests.registered("szfb");
        records.publishedRecord("szfb-editor", "szfb");
        String report = "workbench/annual-reports/szfb/" + Year.now().getValue();
        browser.get(root + "workbench");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            login("szfb-editor");
            onScreen("workbench/requests", "requests-phone", "#requests tbody tr td:nth-child(4)", "#requests tbody tr td:nth-child(5)");
            onScreen("workbench/records", "records-phone", "#mine tbody tr td:nth-child(4)");
            onScreen(report, "annual-report-phone", "#proactive tbody td", "#decisions tbody td", "#fees tbody td",
                    "#table3 tbody tr:first-child td", "#table3 tbody tr:last-child td", "#remedies tbody td");
            for (WebElement field : browser.findElements(By.cssSelector("#remedies input, #decisions input, #fees input"))) {
                assertThat(field.getAccessibleName()).as("the field's name: " + field.getAttribute("name")).isNotBlank();
            }

            login("site-admin");
            onScreen("workbench/organizations/szfb/members", "members-phone", "table.members tbody td", "table.members tbody td:last-child button");
            List<WebElement> fields = browser.findElements(By.cssSelector("form.fields label"));
            assertThat(fields).as("the add and create forms' fields").hasSizeGreaterThanOrEqualTo(2);
            for (WebElement label : fields) {
                // the middle of the label's own text and of its field on one line
                Number apart = (Number) browser.executeScript("""
                        const label = arguments[0], field = label.querySelector('input, select');
                        const range = document.createRange(); range.selectNodeContents(label.firstChild);
                        const text = range.getClientRects()[0], box = field.getBoundingClientRect();
                        return Math.abs((text.top + text.bottom) / 2 - (box.top + box.bottom) / 2);""", label);
                assertThat(apart.doubleValue()).as("「" + label.getText() + "」 on the line of its field").isLessThan(12);
                WebElement field = label.findElement(By.cssSelector("input, select"));
                assertThat(field.getLocation().getX() + field.getSize().getWidth()).as("the field within the screen").isLessThanOrEqualTo(390);
            }
            onScreen("workbench/records/compliance", "records-compliance-phone", "#tallies tbody td", "table.completeness tbody td");
            onScreen("workbench/audit", "audit-phone", "table.audit tbody tr:first-child td:nth-child(4)",
                    "table.audit tbody tr:first-child td:last-child");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        // a wide screen: the same tables as tables, their headers shown
        for (String[] page : new String[][] {{"workbench/audit", "table.audit"}, {"workbench/records/compliance", "#tallies"},
                {"workbench/organizations/szfb/members", "table.members"}}) {
            browser.get(root + page[0]);
            WebElement table = browser.findElement(By.cssSelector(page[1]));
            assertThat(table.getCssValue("display")).as(page[0]).isEqualTo("table");
            assertThat(table.findElement(By.cssSelector("thead th")).getSize().getWidth()).as(page[0] + "'s header").isGreaterThan(20);
        }
        Chromium.screenshot(browser, "members-wide");
        login("szfb-editor");
        for (String[] page : new String[][] {{"workbench/requests", "#requests"}, {report, "#table3"}, {report, "#remedies"}}) {
            browser.get(root + page[0]);
            WebElement table = browser.findElement(By.cssSelector(page[1]));
            assertThat(table.getCssValue("display")).as(page[0]).isEqualTo("table");
            assertThat(table.findElement(By.cssSelector("thead th")).getSize().getWidth()).as(page[0] + "'s header").isGreaterThan(20);
        }
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("table3")));
        Chromium.screenshot(browser, "annual-report-wide");
    }

    /** The page has no sideways scroll; every cell these select is within the screen, after its column's name. */
    static void onScreen(String path, String screenshot, String... cells) throws Exception {
        browser.get(browser.getCurrentUrl().replaceFirst("(https?://[^/]+).*", "$1") + "/" + path);
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) browser.executeScript("return window.innerWidth");
        assertThat(scrollWidth).as("no sideways scrolling of /" + path).isLessThanOrEqualTo(viewport);
        for (String selector : cells) {
            List<WebElement> found = browser.findElements(By.cssSelector(selector));
            assertThat(found).as(selector + " on /" + path).isNotEmpty();
            for (WebElement cell : found) {
                int right = cell.getLocation().getX() + cell.getSize().getWidth();
                assertThat(right).as(selector + " within the screen of /" + path + ": " + cell.getText()).isLessThanOrEqualTo((int) viewport);
                if (cell.getTagName().equals("td") && cell.getAttribute("data-label") != null && !cell.getText().isBlank()) {
                    assertThat((String) browser.executeScript("return getComputedStyle(arguments[0], '::before').content", cell))
                            .as(selector + " after its column's name on /" + path).isEqualTo("\"" + cell.getAttribute("data-label") + "：\"");
                }
            }
        }
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(cells[0])));
        Chromium.screenshot(browser, screenshot);
    }
}
