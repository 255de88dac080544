package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.web.UserError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The limit per tracking code: wrong secrets from many addresses run out of tries, and the citizen who
 * holds the right secret still follows the message (20 wrong secrets per code and hour by default).
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class TrackingCodeLimitTest {

    @Inject
    MessageService service;

    @Test
    void guessesRunOutButTheRightSecretStillOpensTheMessage() {
        MessageInput in = new MessageInput();
        in.type = "咨询";
        in.subject = "跟踪码限制测试";
        in.text = "跟踪码限制测试的内容。";
        in.contact = "test@example.com";
        in.publish = false;
        MessageService.Receipt receipt = QuarkusTransaction.requiringNew().call(() -> service.submit(in, "citizen-limit", () -> { }));

        for (int i = 0; i < 20; i++) {
            int n = i;
            UserError wrong = catchThrowableOfType(UserError.class,
                    () -> service.follow(receipt.trackingCode(), "WRONG" + n, "guesser-" + n));
            assertThat(wrong.status()).as("wrong secret %d", n).isEqualTo(404);
        }
        UserError tooMany = catchThrowableOfType(UserError.class,
                () -> service.follow(receipt.trackingCode(), "WRONG-LAST", "guesser-last"));
        assertThat(tooMany.status()).isEqualTo(429);

        CitizenMessage opened = service.follow(receipt.trackingCode(), receipt.secret(), "citizen-limit");
        assertThat(opened.subject).isEqualTo("跟踪码限制测试");
    }
}
