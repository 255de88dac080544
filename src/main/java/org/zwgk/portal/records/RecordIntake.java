package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.common.Sha256;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.search.IndexEntriesChanged;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.ReviewLevels;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk intake of records from business systems (业务管理系统, 统一交易平台, 政务服务网) and workbench
 * uploads: every row validated first, then all saved in one transaction or none; a row whose source
 * key is known updates its record (the same values again change nothing). Ownership, the type's
 * owner rule and the de-identification gate hold as for records typed in by hand.
 */
@ApplicationScoped
public class RecordIntake {

    public record RowError(int row, long line, String sourceKey, List<RecordValidator.FieldError> errors) {
    }

    public record RowOutcome(int row, String sourceKey, long id, String outcome) {
    }

    public record Report(String type, String organization, int received, int created, int updated, int unchanged,
                         int published, int awaitingReview, List<RowOutcome> rows) {
    }

    /** Thrown when some rows are wrong: nothing was saved; the rows say why. */
    public static class BatchRejected extends RuntimeException {
        public final transient List<RowError> rows;

        BatchRejected(List<RowError> rows) {
            super("batch rejected: " + rows.size() + " bad row(s)", null, false, false);
            this.rows = rows;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int FLUSH_EVERY = 500;

    private final RecordService service;
    private final Ownership ownership;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<IndexEntriesChanged> changed;

    RecordIntake(RecordService service, Ownership ownership, AuditLog audit, Clock clock, Event<IndexEntriesChanged> changed) {
        this.service = service;
        this.ownership = ownership;
        this.audit = audit;
        this.clock = clock;
        this.changed = changed;
    }

    // --- tokens ------------------------------------------------------------------------------

    /** A new token for one organization's system; returns the token text, shown once (only its hash is kept). */
    @Transactional
    public String issue(PortalUser user, String orgCode, String name, String typeCodes, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        Organization org = Organization.findByCode(orgCode == null ? "" : orgCode)
                .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(String.valueOf(orgCode))));
        if (name == null || name.isBlank()) {
            throw UserError.badInput("name", m -> RecordService.messages().tokenNameRequired());
        }
        List<String> codes = new ArrayList<>();
        if (typeCodes != null) {
            for (String c : typeCodes.split("[,，\\s]+")) {
                if (!c.isBlank()) {
                    RecordType t = service.type(c.strip());
                    service.requireOwnerRule(t, org);
                    codes.add(t.code());
                }
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "zwgk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken t = new ApiToken();
        t.organization = org;
        t.name = name.strip().length() > 200 ? name.strip().substring(0, 200) : name.strip();
        t.typeCodes = codes.isEmpty() ? null : String.join(",", codes);
        t.tokenHash = Sha256.hex(token);
        t.tokenPrefix = token.substring(0, 10);
        t.createdAt = Instant.now(clock);
        t.createdBy = user.username();
        t.persist();
        audit.record(actor, "record.token.issue", "record-token", t.id, org.code + " " + t.name + " types=" + t.typeCodes);
        return token;
    }

    @Transactional
    public void revoke(PortalUser user, long id, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        ApiToken t = ApiToken.findById(id);
        if (t == null) {
            throw UserError.notFound(m -> RecordService.messages().tokenInvalid());
        }
        if (t.revokedAt == null) {
            t.revokedAt = Instant.now(clock);
            t.revokedBy = user.username();
            audit.record(actor, "record.token.revoke", "record-token", t.id, t.organization.code + " " + t.name);
        }
    }

    /** The token an Authorization header carries, if it is known and not revoked; 401 otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApiToken authenticate(String authorization) {
        String value = authorization == null ? "" : authorization.strip();
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7) || value.length() < 12) {
            throw UserError.unauthorized(m -> RecordService.messages().tokenMissing());
        }
        ApiToken t = ApiToken.byHash(Sha256.hex(value.substring(7).strip())).orElse(null);
        if (t == null || t.revokedAt != null) {
            throw UserError.unauthorized(m -> RecordService.messages().tokenInvalid());
        }
        return t;
    }

    /**
     * Whether a batch with this Authorization header may be sent for this type and organization: 401
     * without a valid token, 403 outside its organization, its types or the type's owner rule, 404 for
     * an unknown type. The batch endpoint asks this before it reads the body, so nobody without a
     * token gets 20,000 rows parsed; {@link #receive} checks it again in its own transaction.
     */
    @Transactional
    public void authorize(String authorization, String typeCode, String orgCode) {
        scoped(authorization, typeCode, orgCode);
    }

    private ApiToken scoped(String authorization, String typeCode, String orgCode) {
        ApiToken token = authenticate(authorization);
        RecordType type = service.type(typeCode);
        Organization org = token.organization;
        if (orgCode != null && !orgCode.isBlank() && !orgCode.strip().equals(org.code)) {
            throw UserError.forbidden(m -> RecordService.messages().tokenWrongOrganization(orgCode.strip()));
        }
        if (!token.allows(type.code())) {
            throw UserError.forbidden(m -> RecordService.messages().tokenWrongType(type.name()));
        }
        service.requireOwnerRule(type, org);
        return token;
    }

    /** A batch sent with a token: scoped to the token's organization and types; published at once if the organization chose so. */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 900)
    public Report receive(String authorization, String typeCode, String orgCode, List<BatchRow> rows, Actor via) {
        ApiToken token = scoped(authorization, typeCode, orgCode);
        RecordType type = service.type(typeCode);
        Organization org = token.organization;
        boolean atOnce = IntakeSetting.publishAtOnce(org.id, type.code());
        Report report = save(type, org, rows, atOnce, "token:" + token.name,
                new Actor("token:" + token.tokenPrefix + "…(" + token.name + ")", via.address()));
        ApiToken.<ApiToken>findById(token.id).lastUsedAt = Instant.now(clock); // the batch cleared the session
        return report;
    }

    /** A workbench upload by an editor of the organization: every record waits for a reviewer. */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 900)
    public Report upload(PortalUser user, String typeCode, String orgCode, List<BatchRow> rows, Actor actor) {
        ownership.requireLoggedIn(user);
        RecordType type = service.type(typeCode);
        Organization org = Organization.findByCode(orgCode == null ? "" : orgCode)
                .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(String.valueOf(orgCode))));
        ownership.require(user, Role.EDITOR, org);
        service.requireOwnerRule(type, org);
        return save(type, org, rows, false, user.username(), actor);
    }

    /** Every row's problems, without saving anything (the workbench preview and the first step of a save). */
    @Transactional
    public List<RowError> check(RecordType type, List<BatchRow> rows) {
        RecordValidator.Lookups lookups = service.lookups();
        List<RowError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (BatchRow row : rows) {
            List<RecordValidator.FieldError> problems = new ArrayList<>(RecordValidator.validate(type, row.values(), lookups).errors());
            if (row.sourceKey() != null) {
                if (row.sourceKey().length() > 200) {
                    problems.add(new RecordValidator.FieldError("sourceKey", "sourceKey", RecordService.messages().sourceKeyTooLong()));
                } else if (!keys.add(row.sourceKey())) {
                    problems.add(new RecordValidator.FieldError("sourceKey", "sourceKey", RecordService.messages().duplicateSourceKey(row.sourceKey())));
                }
            }
            if (!problems.isEmpty()) {
                errors.add(new RowError(row.row(), row.line(), row.sourceKey(), problems));
            }
        }
        return errors;
    }

    private Report save(RecordType type, Organization org, List<BatchRow> rows, boolean atOnce, String editor, Actor actor) {
        if (rows.isEmpty()) {
            throw UserError.badInput("body", m -> RecordService.messages().batchEmpty());
        }
        RecordValidator.Lookups lookups = service.lookups();
        List<RowError> errors = new ArrayList<>();
        List<Map<String, String>> valid = new ArrayList<>(rows.size());
        Set<String> keys = new HashSet<>();
        for (BatchRow row : rows) {
            RecordValidator.Result r = RecordValidator.validate(type, row.values(), lookups);
            List<RecordValidator.FieldError> problems = new ArrayList<>(r.errors());
            if (row.sourceKey() != null) {
                if (row.sourceKey().length() > 200) {
                    problems.add(new RecordValidator.FieldError("sourceKey", "sourceKey", RecordService.messages().sourceKeyTooLong()));
                } else if (!keys.add(row.sourceKey())) {
                    problems.add(new RecordValidator.FieldError("sourceKey", "sourceKey", RecordService.messages().duplicateSourceKey(row.sourceKey())));
                }
            }
            if (!problems.isEmpty()) {
                errors.add(new RowError(row.row(), row.line(), row.sourceKey(), problems));
            }
            valid.add(r.values());
        }
        if (!errors.isEmpty()) {
            throw new BatchRejected(errors); // before any write: nothing is saved
        }
        long orgId = org.id;
        int reviewLevels = ReviewLevels.requiredBy(org); // fixed as they go to review
        var em = RecordEntry.getEntityManager();
        Instant now = Instant.now(clock);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        List<String> changedIds = new ArrayList<>();
        int created = 0, updated = 0, unchanged = 0, published = 0, review = 0;
        // in chunks, each flushed and cleared: a session holding 10,000 records and their versions
        // spends its time checking them all at every flush
        for (int from = 0; from < rows.size(); from += FLUSH_EVERY) {
            int to = Math.min(rows.size(), from + FLUSH_EVERY);
            Set<String> chunkKeys = new HashSet<>();
            for (int i = from; i < to; i++) {
                if (rows.get(i).sourceKey() != null) {
                    chunkKeys.add(rows.get(i).sourceKey());
                }
            }
            Map<String, RecordEntry> existing = existing(type, em.getReference(Organization.class, orgId), chunkKeys);
            for (int i = from; i < to; i++) {
                BatchRow row = rows.get(i);
                Map<String, String> values = valid.get(i);
                String json = RecordJson.write(values);
                RecordEntry r = row.sourceKey() == null ? null : existing.get(row.sourceKey());
                String outcome;
                if (r == null) {
                    r = new RecordEntry();
                    r.typeCode = type.code();
                    r.organization = em.getReference(Organization.class, orgId);
                    r.sourceKey = row.sourceKey();
                    r.createdAt = now;
                    r.createdBy = editor;
                    r.updatedAt = now;
                    r.title = service.titleOf(type, values);
                    created++;
                    outcome = "created";
                } else if (json.equals(r.pendingValues != null ? r.pendingValues : r.publishedValues)) {
                    unchanged++;
                    outcomes.add(new RowOutcome(row.row(), row.sourceKey(), r.id, "unchanged"));
                    continue;
                } else {
                    updated++;
                    outcome = "updated";
                }
                boolean wasPublic = r.publicState == RecordEntry.PublicState.PUBLISHED;
                String before = r.publishedValues;
                if (atOnce && r.publicState != RecordEntry.PublicState.WITHDRAWN) {
                    service.publishQuietly(r, type, values, r.version == 0 ? null : RecordService.messages().sourceSystemUpdate(), editor);
                    published++;
                    changedIds.add(Long.toString(r.id));
                    if (wasPublic) {
                        audit.record(actor, "record.publish", "record", r.id, type.code() + " v" + r.version + " (batch)", before, r.publishedValues);
                    }
                } else {
                    r.pendingValues = json;
                    r.pendingState = RecordEntry.PendingState.SUBMITTED;
                    r.pendingNote = r.version == 0 ? null : RecordService.messages().sourceSystemUpdate();
                    r.pendingEditor = editor;
                    r.updatedAt = now;
                    r.editors.add(editor);
                    r.reviewLevels = reviewLevels;
                    r.approvedLevels = 0;
                    r.reviewRound++;
                    r.submittedAt = now;
                    if (r.id == null) {
                        r.persist();
                    }
                    review++;
                }
                outcomes.add(new RowOutcome(row.row(), row.sourceKey(), r.id, outcome));
            }
            em.flush();
            em.clear();
        }
        org = Organization.findById(orgId);
        StringBuilder sourceKeys = new StringBuilder();
        for (BatchRow row : rows) {
            if (row.sourceKey() != null && sourceKeys.length() < 3900) {
                sourceKeys.append(row.sourceKey()).append(' ');
            }
        }
        audit.record(actor, "record.batch", "record-batch", null, type.code() + " " + org.code + ": " + rows.size()
                + " 行：新增 " + created + "，更新 " + updated + "，未变 " + unchanged + "，已公开 " + published
                + "，待审核 " + review, null, sourceKeys.toString().strip());
        if (!changedIds.isEmpty()) {
            changed.fire(new IndexEntriesChanged(RecordService.SEARCH_KIND, changedIds));
        }
        return new Report(type.code(), org.code, rows.size(), created, updated, unchanged, published, review, outcomes);
    }

    private Map<String, RecordEntry> existing(RecordType type, Organization org, Set<String> keys) {
        Map<String, RecordEntry> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            for (RecordEntry r : RecordEntry.<RecordEntry>list("typeCode = ?1 and organization = ?2 and sourceKey in ?3",
                    type.code(), org, chunk)) {
                found.put(r.sourceKey, r);
            }
        }
        return found;
    }
}
