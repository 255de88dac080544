package org.zwgk.portal.surveys;

import org.zwgk.portal.consultations.ConsultationFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Surveys in the states the authorization tests start from, made through the real service. */
@ApplicationScoped
public class SurveyFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final AuditLog.Actor FIXTURE = AuditLog.system("fixture");
    public static final String QUESTIONS = "单选* 您是否满意？\n- 满意\n- 不满意\n填空 建议\n";

    private final SurveyService service;
    private final AccountService accounts;

    SurveyFixtures(SurveyService service, AccountService accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    private PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    /** A survey of {@code org} written by {@code editor}, waiting to be published. */
    public long draft(String org, String editor) {
        LocalDate today = service.today();
        return QuarkusTransaction.requiringNew().call(() -> service.create(user(editor), org, "测试问卷" + SEQ.incrementAndGet(), "说明",
                today.minusDays(1).toString(), today.plusDays(30).toString(), QUESTIONS, FIXTURE).id);
    }

    /** An open survey of {@code org} titled {@code title}: {@link #QUESTIONS}, published by {@code reviewer}. */
    public long published(String org, String editor, String reviewer, String title) {
        return published(org, editor, reviewer, title, QUESTIONS);
    }

    /** An open survey of {@code org} titled {@code title} with these questions, published by {@code reviewer}. */
    public long published(String org, String editor, String reviewer, String title, String questions) {
        LocalDate today = service.today();
        long id = QuarkusTransaction.requiringNew().call(() -> service.create(user(editor), org, title, "请花一分钟填写。",
                today.minusDays(1).toString(), today.plusDays(30).toString(), questions, FIXTURE).id);
        ConsultationFixtures.throughLevels(org, reviewer, r -> service.publish(user(r), id, false, FIXTURE),
                () -> Survey.<Survey>findById(id).published());
        return id;
    }

    /** An open survey of {@code org} with a free-text answer waiting for moderation: "survey id/answers/answer id". */
    public String pendingAnswer(String org, String editor, String reviewer) {
        long id = draft(org, editor);
        ConsultationFixtures.throughLevels(org, reviewer, r -> service.publish(user(r), id, false, FIXTURE),
                () -> Survey.<Survey>findById(id).published());
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SurveyQuestion> q = SurveyQuestion.of(Survey.findById(id));
            service.answer(id, Map.of(q.get(0).id, List.of("0"), q.get(1).id, List.of("测试建议")), "fixture-" + SEQ.incrementAndGet(),
                    "fixture-" + SEQ.get(), () -> { });
            SurveyAnswer a = SurveyAnswer.find("question.id = ?1 and status = ?2", q.get(1).id, SurveyAnswer.Status.PENDING).firstResult();
            return id + "/answers/" + a.id;
        });
    }
}
