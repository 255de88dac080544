package org.zwgk.portal.messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Messages in the states the authorization tests start from, made through the real service. */
@ApplicationScoped
public class MessageFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AuditLog.Actor FIXTURE = AuditLog.system("fixture");

    private final MessageService service;
    private final AccountService accounts;

    MessageFixtures(MessageService service, AccountService accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    /** A message waiting for 受理. Each comes from an address of its own, so the per-address limit never trips. */
    public long received() {
        MessageInput in = new MessageInput();
        int n = SEQ.incrementAndGet();
        in.type = "咨询";
        in.subject = "测试来信" + n;
        in.text = "测试来信" + n + "的内容。";
        in.contact = "test@example.com";
        in.publish = false;
        String code = QuarkusTransaction.requiringNew().call(() -> service.submit(in, "fixture-" + n, () -> { }).trackingCode());
        return QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(code).orElseThrow().id);
    }

    /** A letter as its citizen holds it: its id, and the code and secret of its receipt. */
    public record Sent(long id, String code, String secret) {
    }

    /** Received, with the receipt the citizen follows it by. */
    public Sent sent(String subject) {
        MessageInput in = new MessageInput();
        int n = SEQ.incrementAndGet();
        in.type = "咨询";
        in.subject = subject;
        in.text = subject + "，请问怎么办理？";
        in.contact = "test@example.com";
        in.publish = false;
        MessageService.Receipt receipt = QuarkusTransaction.requiringNew().call(() -> service.submit(in, "fixture-" + n, () -> { }));
        long id = QuarkusTransaction.requiringNew().call(() -> CitizenMessage.byTrackingCode(receipt.trackingCode()).orElseThrow().id);
        return new Sent(id, receipt.trackingCode(), receipt.secret());
    }

    /** Accepted, waiting for 转办. */
    public long accepted() {
        long id = received();
        QuarkusTransaction.requiringNew().run(() -> service.accept(user("site-admin"), id, FIXTURE));
        return id;
    }

    /** Assigned to {@code lead}, which is to answer. */
    public long handling(String lead) {
        long id = accepted();
        QuarkusTransaction.requiringNew().run(() -> service.assign(user("site-admin"), id, List.of(), lead, FIXTURE));
        return id;
    }

    /** Accepted and assigned to {@code lead}, which is to answer. */
    public void assign(long id, String lead) {
        QuarkusTransaction.requiringNew().run(() -> service.accept(user("site-admin"), id, FIXTURE));
        QuarkusTransaction.requiringNew().run(() -> service.assign(user("site-admin"), id, List.of(), lead, FIXTURE));
    }

    /** With a reply by {@code editor} (of {@code lead}) waiting for review. */
    public long replyInReview(String lead, String editor) {
        long id = handling(lead);
        QuarkusTransaction.requiringNew().run(() -> service.submitReply(user(editor), id, "测试答复。", true, FIXTURE));
        return id;
    }

    /** The id of the reply in review on this message, which a reviewer's page names in its forms. */
    public long replyOf(long message) {
        return QuarkusTransaction.requiringNew().call(() ->
                MessageReply.inReview(CitizenMessage.findById(message)).orElseThrow().id);
    }
}
