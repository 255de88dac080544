package org.zwgk.portal.requests;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.access.Staff;
import org.zwgk.portal.messages.MessagesTestProfile;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 依申请公开 form is braked like the message form (web.FormTokens): sent sooner after it was served
 * than a person fills it in, it is refused as 提交过快 with everything typed and its token kept, so the
 * wait counts from when the form first came; under the message tests' profile (a three-second minimum).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class RequestFormAgeTest {

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> InfoRequest.count());
    }

    static String token(String html) {
        Matcher m = RequestFixtures.FORM_TOKEN.matcher(html);
        assertThat(m.find()).as("the form carries its token").isTrue();
        return m.group(1);
    }

    @Test
    void aFormSentAtOnceIsRefusedAsTooFastAndTakenOnceItsAgeIsReached() throws Exception {
        Staff visitor = Staff.anonymous();
        String served = visitor.get("/ysqgk").asString();
        String token = token(served);
        String key = org.jsoup.Jsoup.parse(served).select("input[name=submission]").attr("value");
        Map<String, Object> form = new HashMap<>(RequestFixtures.fields("czj"));
        form.put("formToken", token);
        form.put("submission", key);
        long before = count();

        // a script posts the page it was just served
        Response tooFast = visitor.post("/ysqgk", form);
        assertThat(tooFast.statusCode()).isEqualTo(429);
        String html = tooFast.asString();
        assertThat(org.jsoup.Jsoup.parse(html).text()).contains("提交过快");
        assertThat(html).as("what was typed stays").contains("value=\"" + RequestFixtures.PHONE + "\"",
                "2018年本单位政务公开工作要点的落实情况及相关会议纪要");
        assertThat(token(html)).as("the same token: the wait counts from the first page").isEqualTo(token);
        assertThat(count()).as("nothing stored").isEqualTo(before);

        // a person, who takes longer, sends the same page again
        Thread.sleep(3100);
        Response sent = visitor.post("/ysqgk", form);
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(200);
        assertThat(sent.asString()).contains("申请已提交");
        assertThat(count()).isEqualTo(before + 1);

        // the token is spent: another submission key with it is refused, in the words of an application
        form.put("submission", "1".repeat(32));
        Response reused = visitor.post("/ysqgk", form);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(org.jsoup.Jsoup.parse(reused.asString()).text()).contains("这份申请表已经提交过一次");
        // and a post without any token (not the page: a script) is refused
        form.remove("formToken");
        form.put("submission", "2".repeat(32));
        Response none = visitor.post("/ysqgk", form);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(org.jsoup.Jsoup.parse(none.asString()).text()).contains("表单校验码无效");
        assertThat(count()).isEqualTo(before + 1);
    }
}
