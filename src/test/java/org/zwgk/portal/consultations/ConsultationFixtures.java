package org.zwgk.portal.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Consultations in the states the authorization tests start from, made through the real service. */
@ApplicationScoped
public class ConsultationFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AuditLog.Actor FIXTURE = AuditLog.system("fixture");

    private final ConsultationService service;
    private final AccountService accounts;

    ConsultationFixtures(ConsultationService service, AccountService accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    private PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    /** Opened by {@code editor} for {@code org} from yesterday for 40 days, waiting to be published. */
    public long draft(String org, String editor) {
        LocalDate today = service.today();
        return unpublished(org, editor, today.minusDays(1), today.plusDays(40));
    }

    private long unpublished(String org, String editor, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> service.open(user(editor), org, "测试征集" + SEQ.incrementAndGet(), "征求意见稿",
                from.toString(), to.toString(), false, null, FIXTURE).id);
    }

    /** Opened by {@code editor} and published by a reviewer of {@code org}, as citizens see it. */
    private long consultation(String org, String editor, LocalDate from, LocalDate to) {
        long id = unpublished(org, editor, from, to);
        throughLevels(org, reviewerOf(org), r -> service.publish(user(r), id, false, FIXTURE),
                () -> Consultation.<Consultation>findById(id).published());
        return id;
    }

    /**
     * Publishes through every review level of {@code org} (szfb has three): its reviewers in turn,
     * {@code first} first, until {@code published} says it is public.
     */
    public static void throughLevels(String org, String first, java.util.function.Consumer<String> publishAs,
                                     java.util.function.BooleanSupplier published) {
        List<String> order = new java.util.ArrayList<>(List.of(first));
        for (String r : List.of(org + "-reviewer", org + "-reviewer1", org + "-reviewer2", org + "-reviewer3")) {
            if (!order.contains(r) && QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(r).isPresent())) {
                order.add(r);
            }
        }
        for (String r : order) {
            if (QuarkusTransaction.requiringNew().call(published::getAsBoolean)) {
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> publishAs.accept(r));
        }
    }

    /** A reviewer account of the demo organizations: czj-reviewer, or szfb-reviewer1 where there are levels. */
    public static String reviewerOf(String org) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(org + "-reviewer").isPresent())
                ? org + "-reviewer" : org + "-reviewer1";
    }

    /** A consultation of {@code org} past its end date. */
    public long closed(String org, String editor) {
        LocalDate today = service.today();
        long id = consultation(org, editor, today.minusDays(40), today.plusDays(5));
        // published while open, then its period passed
        QuarkusTransaction.requiringNew().run(() -> Consultation.<Consultation>findById(id).closesOn = today.minusDays(1));
        return id;
    }

    /** A closed consultation of {@code org} whose feedback {@code editor} wrote and no reviewer approved yet. */
    public long feedbackWaiting(String org, String editor) {
        long id = closed(org, editor);
        QuarkusTransaction.requiringNew().run(() -> {
            Consultation c = Consultation.findById(id);
            c.feedback = "采纳情况（待审核）";
            c.feedbackAt = java.time.Instant.now();
            c.feedbackBy = editor;
        });
        return id;
    }

    /** An open consultation of {@code org} with one comment waiting for moderation: "consultation id/comment id". */
    public String pendingComment(String org, String editor) {
        LocalDate today = service.today();
        long id = consultation(org, editor, today.minusDays(1), today.plusDays(40));
        long comment = QuarkusTransaction.requiringNew().call(() ->
                service.comment(id, "测试意见", "fixture-" + SEQ.incrementAndGet(), () -> { }).id);
        return id + "/comments/" + comment;
    }
}
