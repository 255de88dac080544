package org.zwgk.portal.messages;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zwgk.portal.web.Chromium;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message form in real headless Chromium, with JavaScript (answers appear while the subject is
 * typed) and with JavaScript switched off (the form still sends; a refusal keeps what was typed).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class MessageFormBrowserTest {

    static ChromeDriver withScript;
    static ChromeDriver withoutScript;

    @TestHTTPResource("/")
    URL root;

    @jakarta.inject.Inject
    org.zwgk.portal.requests.RequestFixtures requests;

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
    void withJavaScriptAnswersAppearWhileTheSubjectIsTyped() throws Exception {
        withScript.get(root + "hudong/write");
        withScript.findElement(By.id("subject")).sendKeys("申请信息公开要交钱吗");
        new WebDriverWait(withScript, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("subject-suggestions")).getText().contains("申请政府信息公开收费吗？"));
        // beside the answers, the best published documents of the portal search (not the 一号答 pairs again)
        new WebDriverWait(withScript, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#subject-suggestions ul.suggested-documents li")).isEmpty());
        String documents = withScript.findElement(By.cssSelector("#subject-suggestions ul.suggested-documents")).getText();
        assertThat(documents).contains("政府信息公开").doesNotContain("收费吗？");
        // review: a live box read every snippet aloud while one typed; only how many were found is announced
        assertThat(withScript.findElement(By.id("subject-suggestions")).getAttribute("aria-live")).isNull();
        assertThat(withScript.findElement(By.id("subject-suggestions-status")).getAttribute("role")).isEqualTo("status");
        assertThat(withScript.findElement(By.id("subject-suggestions-status")).getAttribute("textContent"))
                .matches("找到 [1-9]\\d* 条相关问答、[1-9]\\d* 份相关文件");
        Chromium.screenshot(withScript, "message-form-suggestions");
        withScript.findElement(By.id("text")).sendKeys("想了解申请是否收费。");
        withScript.findElement(By.id("contact")).sendKeys("13900003333");
        Thread.sleep(3100);
        Chromium.clickAndWait(withScript, By.cssSelector("form.message-form button[type=submit]"));
        assertThat(withScript.findElement(By.id("tracking-code")).getText()).startsWith("HD");
    }

    @Test
    void aPasteLongerThanTheLimitIsKeptWholeCountedAndNotSent() throws Exception {
        withScript.get(root + "hudong/write");
        org.openqa.selenium.WebElement text = withScript.findElement(By.id("text"));
        assertThat(withScript.findElement(By.id("text-length")).getText()).isEqualTo("已输入 0 / 3000 字");
        // the counter is not live (read after every character); its status line speaks only near the limit
        assertThat(withScript.findElement(By.id("text-length")).getAttribute("aria-live")).isNull();
        org.openqa.selenium.WebElement alert = withScript.findElement(By.id("text-length-alert"));
        assertThat(alert.getAttribute("textContent")).isEmpty();
        String pasted = "楼下餐馆油烟直排，".repeat(344); // 3,096 characters, where maxlength cut it to 3,000 without a word
        // what a paste does: the whole text lands in the box at once, then one input event
        withScript.executeScript("var box = arguments[0]; box.focus(); document.execCommand('insertText', false, arguments[1]);", text, pasted);
        assertThat(text.getAttribute("value")).hasSize(3096);
        org.openqa.selenium.WebElement counter = withScript.findElement(By.id("text-length"));
        assertThat(counter.getText()).isEqualTo("已输入 3096 / 3000 字 超出 96 字，请删减后再提交。");
        assertThat(counter.getAttribute("class")).contains("over");
        assertThat(alert.getAttribute("textContent")).isEqualTo("已输入 3096 / 3000 字 超出 96 字，请删减后再提交。");
        assertThat(text.getAttribute("aria-invalid")).isEqualTo("true");
        // browser walk: red words under the field, no red around it (the fields' own border won)
        assertThat(text.getCssValue("border-top-color")).isEqualTo("rgba(164, 0, 15, 1)");
        assertThat(text.getCssValue("border-top-width")).isEqualTo("2px");
        withScript.findElement(By.id("subject")).sendKeys("油烟扰民");
        withScript.findElement(By.id("contact")).sendKeys("13900006666");
        Thread.sleep(3100); // past the form's minimum time, so only the length keeps it here
        withScript.findElement(By.cssSelector("form.message-form button[type=submit]")).click();
        assertThat(withScript.getCurrentUrl()).endsWith("/hudong/write");
        assertThat(withScript.findElements(By.id("tracking-code"))).isEmpty();
        Chromium.screenshot(withScript, "message-form-too-long");
        // cut to the limit, the counter is plain again
        withScript.executeScript("arguments[0].value = arguments[0].value.substring(0, 3000); arguments[0].dispatchEvent(new Event('input'));", text);
        assertThat(counter.getText()).isEqualTo("已输入 3000 / 3000 字");
        assertThat(counter.getAttribute("class")).doesNotContain("over");
        assertThat(text.getAttribute("aria-invalid")).isNull();
        assertThat(text.getCssValue("border-top-width")).isEqualTo("1px");
    }

    @Test
    void withoutJavaScriptTheFormSendsAndKeepsWhatWasTyped() throws Exception {
        withoutScript.get(root + "hudong/write");
        withoutScript.findElement(By.id("text")).sendKeys("路口红绿灯时间太短，老人过马路来不及。");
        withoutScript.findElement(By.cssSelector("input[name=type][value=建议]")).click();
        Chromium.clickAndWait(withoutScript, By.cssSelector("form.message-form button[type=submit]"));
        // refused: subject and contact missing, each named, everything typed still there
        assertThat(withoutScript.findElement(By.id("form-error")).getText()).contains("来信未提交，有 2 处需要修改");
        // citizen walk: focus stayed on the page's top, a screen reader starting there with no hint of the mistakes
        assertThat(withoutScript.switchTo().activeElement().getAttribute("id")).isEqualTo("form-error");
        assertThat(withoutScript.findElement(By.id("subject-error")).getText()).contains("标题");
        assertThat(withoutScript.findElement(By.id("text")).getAttribute("value")).isEqualTo("路口红绿灯时间太短，老人过马路来不及。");
        assertThat(withoutScript.findElement(By.cssSelector("input[name=type][value=建议]")).isSelected()).isTrue();
        assertThat(withoutScript.findElement(By.id("subject-suggestions")).getText()).isEmpty();
        withoutScript.findElement(By.id("subject")).sendKeys("延长红绿灯时间");
        withoutScript.findElement(By.id("contact")).sendKeys("13900004444");
        Thread.sleep(3100);
        Chromium.clickAndWait(withoutScript, By.cssSelector("form.message-form button[type=submit]"));
        assertThat(withoutScript.findElement(By.id("tracking-code")).getText()).startsWith("HD");
        assertThat(withoutScript.findElement(By.id("secret")).getText()).isNotBlank();
        Chromium.screenshot(withoutScript, "message-receipt-no-js");
    }

    @Test
    void theRequiredFieldsSayThatTheyAreAndTheContactHintIsReadWithItsField() {
        withoutScript.get(root + "hudong/write");
        for (String id : new String[]{"subject", "text", "contact"}) {
            assertThat(withoutScript.findElement(By.id(id)).getAttribute("required")).as(id).isNotNull();
        }
        assertThat(withoutScript.findElement(By.id("contact")).getAttribute("aria-describedby")).isEqualTo("contact-hint");
        assertThat(withoutScript.findElement(By.id("contact-hint")).getText()).isEqualTo("仅用于办理，不公开");
    }

    @Test
    void withoutJavaScriptTheDocumentsShowOnTheNextPage() throws Exception {
        withoutScript.get(root + "hudong/write");
        assertThat(withoutScript.findElement(By.id("subject-suggestions")).getText()).isEmpty();
        withoutScript.findElement(By.cssSelector("input[name=type][value=咨询]")).click();
        withoutScript.findElement(By.id("subject")).sendKeys("申请信息公开要交钱吗");
        withoutScript.findElement(By.id("text")).sendKeys("想了解申请是否收费。");
        withoutScript.findElement(By.id("contact")).sendKeys("13900005555");
        Thread.sleep(3100);
        Chromium.clickAndWait(withoutScript, By.cssSelector("form.message-form button[type=submit]"));
        assertThat(withoutScript.findElement(By.id("tracking-code")).getText()).startsWith("HD");
        assertThat(withoutScript.findElement(By.id("related-answers")).getText()).contains("申请政府信息公开收费吗？");
        assertThat(withoutScript.findElement(By.id("related-documents")).getText()).contains("政府信息公开").doesNotContain("收费吗？");

        // the 一号答 box: answers and documents on the next page
        withoutScript.get(root + "hudong/answers");
        withoutScript.findElement(By.id("q")).sendKeys("申请信息公开要交钱吗");
        Chromium.clickAndWait(withoutScript, By.cssSelector("form.answer-box button[type=submit]"));
        assertThat(withoutScript.findElement(By.id("answer-results")).getText()).contains("申请政府信息公开收费吗？");
        assertThat(withoutScript.findElement(By.id("document-results")).getText()).contains("政府信息公开").doesNotContain("收费吗？");
    }

    @Test
    void theAnswersApiGivesDocumentsOnlyWhenAskedAndNeverThePairsAgain() {
        io.restassured.path.json.JsonPath plain = io.restassured.RestAssured.given().queryParam("q", "申请信息公开要交钱吗")
                .get(root + "api/v1/answers").then().statusCode(200).extract().jsonPath();
        assertThat(plain.getList("documents")).isEmpty();
        io.restassured.path.json.JsonPath both = io.restassured.RestAssured.given().queryParam("q", "申请信息公开要交钱吗")
                .queryParam("documents", 3).get(root + "api/v1/answers").then().statusCode(200).extract().jsonPath();
        java.util.List<String> urls = both.getList("documents.url");
        assertThat(urls).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotContainAnyElementsOf(both.getList("results.url"));
        assertThat(both.getList("documents.title", String.class)).noneMatch(t -> t.endsWith("？"));
        io.restassured.RestAssured.given().queryParam("q", "申").queryParam("documents", 3).get(root + "api/v1/answers")
                .then().statusCode(200);
        assertThat(io.restassured.RestAssured.given().queryParam("q", "申").queryParam("documents", 3).get(root + "api/v1/answers")
                .jsonPath().getList("documents")).as("nothing for one character").isEmpty();
        io.restassured.RestAssured.given().queryParam("q", "申请").queryParam("documents", 99).get(root + "api/v1/answers")
                .then().statusCode(400);
    }

    @Test
    void aRequestsCodeTypedIntoTheLettersLookUpShowsTheRequestInARealBrowser() {
        // browser walk: the home page's one 办理进度查询 answered a 依申请公开 code with 没有这封来信; the form is
        // passed on with its code and secret (307), which a browser posts again
        org.zwgk.portal.requests.RequestService.Receipt request = requests.receipt("czj");
        withoutScript.get(root + "hudong/follow");
        withoutScript.findElement(By.id("code")).sendKeys(request.trackingCode());
        withoutScript.findElement(By.id("secret")).sendKeys(request.secret());
        withoutScript.findElement(By.cssSelector("form.citizen-form button[type=submit]")).click();
        new WebDriverWait(withoutScript, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/ysqgk/status"));
        assertThat(withoutScript.findElement(By.tagName("main")).getText()).contains(request.trackingCode())
                .doesNotContain("没有这封来信", "不正确");
    }
}
