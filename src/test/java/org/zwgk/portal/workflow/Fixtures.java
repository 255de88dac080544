package org.zwgk.portal.workflow;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.DocumentService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.access.Account;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.audit.AuditEvent;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.channels.ChannelKind;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.access.PortalUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records in the states the workbench tests start from, made through the real services (so the
 * rules hold for them too), each in its own committed transaction.
 */
@ApplicationScoped
public class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final WorkflowService workflow;
    private final DocumentService documents;
    private final AccountService accounts;

    Fixtures(WorkflowService workflow, DocumentService documents, AccountService accounts) {
        this.workflow = workflow;
        this.documents = documents;
        this.accounts = accounts;
    }

    public PortalUser user(String username) {
        return QuarkusTransaction.requiringNew().call(() -> accounts.user(Account.findByUsername(username).orElseThrow()));
    }

    /** What a policy document needs before review besides its text (主题分类 政务公开, 体裁分类 通知, 成文日期), as form fields. */
    public static final java.util.Map<String, String> POLICY_CATALOGUE = java.util.Map.of("topic", "zhzw-zwgk", "genre", "tz",
            "writtenOn", "2026-01-05");

    /** A policy document with its catalogue entries. */
    public static DraftInput policyInput(String title, String body) {
        DraftInput in = input(title, body);
        in.type = "POLICY";
        in.topic = POLICY_CATALOGUE.get("topic");
        in.genre = POLICY_CATALOGUE.get("genre");
        in.writtenOn = POLICY_CATALOGUE.get("writtenOn");
        return in;
    }

    public static DraftInput input(String title, String body) {
        DraftInput in = new DraftInput();
        in.type = "NOTICE";
        in.title = title;
        in.disclosure = "PROACTIVE";
        in.body = body;
        return in;
    }

    /** A draft written by {@code editor} in {@code channel}. */
    public long draft(String editor, String channel) {
        String title = "测试稿件" + SEQ.incrementAndGet();
        return QuarkusTransaction.requiringNew().call(() ->
                workflow.create(user(editor), channel, input(title, title + "的正文。"), AuditLog.system("fixture")).id);
    }

    /** A body with a resident ID number, and that number's finding key (for the 个人信息检查 decisions). */
    public static final String PERSONAL_BODY = "当事人身份证号码320583198001011238。";
    public static final String PERSONAL_KEY = org.zwgk.portal.privacy.Deidentifier.withDefaults().find(PERSONAL_BODY).get(0).key();

    /** A submitted draft whose body holds a resident ID number. */
    public long submittedWithPersonalData(String editor, String channel) {
        String title = "含个人信息的测试稿件" + SEQ.incrementAndGet();
        long id = QuarkusTransaction.requiringNew().call(() ->
                workflow.create(user(editor), channel, input(title, PERSONAL_BODY), AuditLog.system("fixture")).id);
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(user(editor), id, lockVersion(id), true, AuditLog.system("fixture")));
        return id;
    }

    public long submitted(String editor, String channel) {
        long id = draft(editor, channel);
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(user(editor), id, lockVersion(id), true, AuditLog.system("fixture")));
        return id;
    }

    /** When {@link #scheduled} drafts are to be published: a day ahead, which no test's real clock reaches. */
    public static java.time.LocalDateTime scheduledTime() {
        return java.time.LocalDateTime.now(org.zwgk.portal.common.PortalConfig.ZONE).plusDays(1).withNano(0);
    }

    /** The reviewers of the organizations the tests approve in, one per level (szfb reviews three times). */
    static final java.util.Map<String, java.util.List<String>> REVIEWERS = java.util.Map.of(
            "szfb", java.util.List.of("szfb-reviewer1", "szfb-reviewer2", "szfb-reviewer3"), "czj", java.util.List.of("czj-reviewer"));

    /**
     * A draft by {@code editor} in {@code channel}, approved at every level and waiting for its time
     * ({@code at}, in the portal's zone): status APPROVED.
     */
    public long scheduled(String editor, String channel, java.time.LocalDateTime at) {
        long id = draft(editor, channel);
        QuarkusTransaction.requiringNew().run(() -> {
            Draft d = Draft.findById(id);
            d.scheduledAt = at.atZone(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
        });
        QuarkusTransaction.requiringNew().run(() -> workflow.submit(user(editor), id, lockVersion(id), true, AuditLog.system("fixture")));
        String org = QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(id).organization.code);
        for (String reviewer : REVIEWERS.get(org)) {
            if (draftNow(id).status == DraftStatus.SUBMITTED) {
                QuarkusTransaction.requiringNew().run(() -> workflow.approve(user(reviewer), id, lockVersion(id), null,
                        AuditLog.system("fixture")));
            }
        }
        if (draftNow(id).status != DraftStatus.APPROVED) {
            throw new IllegalStateException("draft " + id + " not approved: " + draftNow(id).status);
        }
        return id;
    }

    /**
     * The draft form as the editor's browser posts it, with the saved values and the current lock
     * version; {@code extra} adds or replaces fields (what the editor typed, acknowledged …).
     */
    public java.util.Map<String, Object> form(long draftId, Object... extra) {
        java.util.Map<String, Object> form = QuarkusTransaction.requiringNew().call(() -> {
            DraftInput in = DraftInput.of(Draft.<Draft>findById(draftId));
            java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
            for (java.lang.reflect.Field field : DraftInput.class.getFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    Object v = field.get(in);
                    if (v != null) {
                        f.put(field.getName(), v);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return f;
        });
        for (int i = 0; i + 1 < extra.length; i += 2) {
            form.put((String) extra[i], extra[i + 1]);
        }
        return form;
    }

    public long lockVersion(long draftId) {
        return QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>findById(draftId).lockVersion);
    }

    public Draft draftNow(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Draft d = Draft.findById(id);
            d.organization.code.length();
            d.channel.code.length();
            if (d.document != null) {
                d.document.indexNumber.length();
            }
            return d;
        });
    }

    /** A published notice in {@code channelCode}, owned by the channel's organization. */
    public long published(String channelCode) {
        return published(channelCode, null);
    }

    /** A published notice in {@code channelCode} with this body (a default one when null). */
    public long published(String channelCode, String body) {
        return QuarkusTransaction.requiringNew().call(() ->
                published(DocumentType.NOTICE, Channel.findByCode(channelCode).orElseThrow().owner.code, channelCode, body));
    }

    /**
     * A notice {@code orgCode} published in {@code channelCode}, which may be another's: as a lead unit's
     * reply to a letter is published in the platform's hdjl.
     */
    public long publishedBy(String orgCode, String channelCode, String body) {
        return QuarkusTransaction.requiringNew().call(() -> published(DocumentType.NOTICE, orgCode, channelCode, body));
    }

    /** A policy (政策文件) {@code orgCode} published in {@code channelCode}. */
    public long publishedPolicy(String orgCode, String channelCode) {
        return QuarkusTransaction.requiringNew().call(() -> published(DocumentType.POLICY, orgCode, channelCode, null));
    }

    private long published(DocumentType type, String orgCode, String channelCode, String body) {
        String title = "已发布测试信息" + SEQ.incrementAndGet();
        String text = body != null ? body : title + "的正文。\n\n第二段。";
        Channel c = Channel.findByCode(channelCode).orElseThrow();
        DocumentMetadata meta = DocumentMetadata.proactive(type, title, text);
        meta.writtenOn = LocalDate.now();
        return documents.publish(new DocumentContent(Organization.findByCode(orgCode).orElseThrow(), c, meta, Instant.now()),
                new DocumentService.Origin(null, null, null), "首次发布", AuditLog.system("fixture")).id;
    }

    /** A fresh channel owned by {@code orgCode}, for transfers and merges. */
    public String channel(String orgCode) {
        String code = "test-ch-" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            Channel c = new Channel();
            c.code = code;
            c.name = "测试栏目" + code;
            c.kind = ChannelKind.SECTION;
            c.owner = Organization.findByCode(orgCode).orElseThrow();
            c.defaultType = DocumentType.NOTICE;
            c.persist();
        });
        return code;
    }

    /** A new account with no roles anywhere; returns its user name. */
    public String account() {
        String name = "test-user-" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> accounts.upsert(name, "测试人员", "Test-password-2018",
                java.util.Set.of(), java.util.Map.of(), AuditLog.system("fixture")));
        return name;
    }

    /** The password of the accounts made by {@link #account()} and {@link #accountWith}. */
    public static final String PASSWORD = "Test-password-2018";

    /** A new account holding these roles (organization code → roles), as the account command gives them. */
    public String accountWith(java.util.Map<String, java.util.Set<org.zwgk.portal.access.Role>> roles) {
        String name = "test-user-" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> accounts.upsert(name, "测试人员", PASSWORD,
                java.util.Set.of(), roles, AuditLog.system("fixture")));
        return name;
    }

    /** A new account made editor of {@code orgCode}; returns the membership's id. */
    public long member(String orgCode) {
        String name = account();
        return QuarkusTransaction.requiringNew().call(() -> {
            org.zwgk.portal.organizations.Membership m = new org.zwgk.portal.organizations.Membership();
            m.accountId = Account.findByUsername(name).orElseThrow().id;
            m.organization = Organization.findByCode(orgCode).orElseThrow();
            m.role = org.zwgk.portal.access.Role.EDITOR;
            m.persist();
            return m.id;
        });
    }

    public long auditCount() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count());
    }
}
