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
 * The limit per tracking code: wrong secrets from many addresses run out of tries (20 per code and hour
 * by default); then the code answers 429 to every wrong secret until the hour has passed, while the right
 * one still opens: someone who knows a code cannot keep its citizen out.
 */
@QuarkusTest
@TestProfile(MessagesTestProfile.class)
class TrackingCodeLimitTest {

    @Inject
    MessageService service;

    private MessageService.Receipt sent(String subject, String address) {
        MessageInput in = new MessageInput();
        in.type = "咨询";
        in.subject = subject;
        in.text = "跟踪码限制测试的内容。";
        in.contact = "test@example.com";
        in.publish = false;
        return QuarkusTransaction.requiringNew().call(() -> service.submit(in, address, () -> { }));
    }

    @Test
    void onceGuessesRunOutWrongSecretsAreRefusedAndTheRightOneStillOpens() {
        MessageService.Receipt receipt = sent("跟踪码限制测试", "citizen-limit");

        for (int i = 0; i < 20; i++) {
            int n = i;
            UserError wrong = catchThrowableOfType(UserError.class,
                    () -> service.follow(receipt.trackingCode(), "WRONG" + n, "guesser-" + n));
            assertThat(wrong.status()).as("wrong secret %d", n).isEqualTo(404);
        }
        UserError tooMany = catchThrowableOfType(UserError.class,
                () -> service.follow(receipt.trackingCode(), "WRONG-LAST", "guesser-last"));
        assertThat(tooMany.status()).isEqualTo(429);

        UserError fromElsewhere = catchThrowableOfType(UserError.class,
                () -> service.follow(receipt.trackingCode(), "WRONG-AGAIN", "guesser-new"));
        assertThat(fromElsewhere.status()).as("a fresh address guessing").isEqualTo(429);

        assertThat(service.follow(receipt.trackingCode(), receipt.secret(), "citizen-limit").subject)
                .as("the citizen is not kept out").isEqualTo("跟踪码限制测试");
    }

    @Test
    void rightSecretsDoNotUseUpTheCodesAllowance() {
        MessageService.Receipt receipt = sent("跟踪码限制测试二", "citizen-limit-2");
        for (int i = 0; i < 25; i++) {
            assertThat(service.follow(receipt.trackingCode(), receipt.secret(), "citizen-limit-2-" + i).subject)
                    .isEqualTo("跟踪码限制测试二");
        }
    }
}
