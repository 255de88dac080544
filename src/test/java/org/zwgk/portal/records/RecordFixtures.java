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
