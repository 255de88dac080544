package org.zwgk.portal.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.organizations.Organization;

import java.util.Map;

/** Tokens, settings and records made through the real services, each in its own committed transaction. */
@ApplicationScoped
public class RecordFixtures {

    private final RecordIntake intake;
    private final RecordService service;
    private final AccountService accounts;

    RecordFixtures(RecordIntake intake, RecordService service, AccountService accounts) {
        this.intake = intake;
        this.service = service;
        this.accounts = accounts;
    }

    public PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    /** A token a site admin issues to {@code org} (all its types when {@code types} is null). */
    public String token(String org, String types) {
        return intake.issue(user("site-admin"), org, "测试业务系统", types, AuditLog.system("fixture"));
    }

    public void publishAtOnce(String org, String type, boolean atOnce) {
        QuarkusTransaction.requiringNew().run(() -> {
            Organization o = Organization.findByCode(org).orElseThrow();
            IntakeSetting s = IntakeSetting.findById(new IntakeSetting.Key(o.id, type));
            if (s == null) {
                s = new IntakeSetting();
                s.organizationId = o.id;
                s.typeCode = type;
                s.persist();
            }
            s.publishAtOnce = atOnce;
        });
    }

    /** Drafted by the editor and approved by the reviewer of {@code org}: published. */
    public long published(String editor, String reviewer, String org, String type, Map<String, String> values) {
        long id = service.create(user(editor), type, org, values, AuditLog.system("fixture")).id;
        long lock = QuarkusTransaction.requiringNew().call(() -> RecordEntry.<RecordEntry>findById(id).lockVersion);
        service.submit(user(editor), id, lock, AuditLog.system("fixture"));
        long lock2 = QuarkusTransaction.requiringNew().call(() -> RecordEntry.<RecordEntry>findById(id).lockVersion);
        service.approve(user(reviewer), id, lock2, AuditLog.system("fixture"));
        return id;
    }

    /** A new account holding these roles (organization code → roles); its password is {@link #PASSWORD}. */
    public String accountWith(Map<String, java.util.Set<org.zwgk.portal.access.Role>> roles) {
        String name = "rec-user-" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> accounts.upsert(name, "测试人员", PASSWORD, java.util.Set.of(), roles,
                AuditLog.system("fixture")));
        return name;
    }

    public static final String PASSWORD = "Test-password-2018";
    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger();

    /** Sets an organization's number of review levels; returns the number it had. */
    public int reviewLevels(String org, int levels) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization o = Organization.findByCode(org).orElseThrow();
            int before = o.reviewLevels;
            o.reviewLevels = levels;
            return before;
        });
    }

    public RecordEntry entry(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RecordEntry r = RecordEntry.findById(id);
            r.editors.size();
            return r;
        });
    }

    /** The reviewers of this record's approvals, oldest first, as "reviewer@level". */
    public java.util.List<String> approvals(long id) {
        return QuarkusTransaction.requiringNew().call(() -> RecordReview.of(RecordEntry.findById(id)).stream()
                .filter(v -> v.decision == RecordReview.Decision.APPROVE).map(v -> v.reviewer + "@" + v.level).toList());
    }

    public long auditCount(String action, long recordId) {
        return QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.count(
                "action = ?1 and entityId = ?2", action, recordId));
    }

    /** The reviewers of each organization the tests publish in, enough for all its levels. */
    static final Map<String, java.util.List<String>> REVIEWERS = Map.of(
            "szfb", java.util.List.of("szfb-reviewer1", "szfb-reviewer2", "szfb-reviewer3"),
            "czj", java.util.List.of("czj-reviewer"));

    /** A 行政许可 record of {@code org} drafted by {@code editor}, not yet submitted. */
    public long drafted(String editor, String org) {
        Map<String, String> values = new java.util.HashMap<>(RecordSamples.good("xzxk"));
        values.put("licensingAuthority", org);
        return service.create(user(editor), "xzxk", org, values, AuditLog.system("fixture")).id;
    }

    /** Drafted by {@code editor} and sent to review. */
    public long submitted(String editor, String org) {
        long id = drafted(editor, org);
        service.submit(user(editor), id, lockVersion(id), AuditLog.system("fixture"));
        return id;
    }

    /** Drafted by {@code editor} and approved at every level of {@code org} by its reviewers: public. */
    public long publishedRecord(String editor, String org) {
        long id = submitted(editor, org);
        for (String reviewer : REVIEWERS.get(org)) {
            if (QuarkusTransaction.requiringNew().call(() -> RecordEntry.<RecordEntry>findById(id).publicState)
                    == RecordEntry.PublicState.PUBLISHED) {
                break;
            }
            service.approve(user(reviewer), id, lockVersion(id), AuditLog.system("fixture"));
        }
        return id;
    }

    public long lockVersion(long id) {
        return QuarkusTransaction.requiringNew().call(() -> RecordEntry.<RecordEntry>findById(id).lockVersion);
    }

    public long count(String type) {
        return QuarkusTransaction.requiringNew().call(() -> RecordEntry.count("typeCode", type));
    }

    public long auditCount() {
        return QuarkusTransaction.requiringNew().call(() -> org.zwgk.portal.audit.AuditEvent.count());
    }
}
