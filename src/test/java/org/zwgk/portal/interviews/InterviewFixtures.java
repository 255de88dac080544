package org.zwgk.portal.interviews;

import org.zwgk.portal.consultations.ConsultationFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;

import java.util.concurrent.atomic.AtomicInteger;

/** Interviews in the states the authorization tests start from, made through the real service. */
@ApplicationScoped
public class InterviewFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AuditLog.Actor FIXTURE = AuditLog.system("fixture");

    private final InterviewService service;
    private final AccountService accounts;

    InterviewFixtures(InterviewService service, AccountService accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    private PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    /** An interview of {@code org} written by {@code editor}, waiting to be published. */
    public long draft(String org, String editor) {
        return QuarkusTransaction.requiringNew().call(() -> service.schedule(user(editor), org, "INTERVIEW", "测试访谈" + SEQ.incrementAndGet(),
                "2026-12-01T10:00", "市政府新闻发布厅", "张三 局长", "简介", "", FIXTURE).id);
    }

    /** A scheduled interview of {@code org}. */
    public long scheduled(String org, String editor) {
        long id = draft(org, editor);
        ConsultationFixtures.throughLevels(org, ConsultationFixtures.reviewerOf(org), r -> service.publish(user(r), id, false, FIXTURE),
                () -> Interview.<Interview>findById(id).published());
        return id;
    }

    /** A scheduled interview of {@code org} with a question waiting for moderation: "interview id/questions/question id". */
    public String pendingQuestion(String org, String editor) {
        long id = scheduled(org, editor);
        long q = QuarkusTransaction.requiringNew().call(() -> service.ask(id, "测试提问", "fixture-" + SEQ.incrementAndGet(), () -> { }).id);
        return id + "/questions/" + q;
    }
}
