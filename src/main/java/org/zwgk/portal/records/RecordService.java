package org.zwgk.portal.records;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.calendar.NoCalendarForYear;
import org.zwgk.portal.calendar.WorkingDays;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.search.IndexEntriesChanged;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.ReviewLevels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Records are written like documents: an editor of the owning organization drafts, a reviewer of it
 * (never the editor) approves, and only then the values are public, as a new version with its change
 * note. Every step checks 谁开设、谁管理 first, then the record's state and lock version, and only
 * then writes, with its audit event in the same transaction.
 */
@ApplicationScoped
public class RecordService {

    public static final String SEARCH_KIND = "record";

    private final RecordTypes types;
    private final Ownership ownership;
    private final AuditLog audit;
    private final WorkingDays workingDays;
    private final RecordMasking masking;
    private final Clock clock;
    private final Event<IndexEntriesChanged> changed;
    private final ReviewLevels levels;

    /** How a refusal of review names a record. */
    static final ReviewLevels.Wording WORDING = new ReviewLevels.Wording(m -> messages().ownReview(), m -> messages().repeatReviewer());

    RecordService(RecordTypes types, Ownership ownership, AuditLog audit, WorkingDays workingDays, RecordMasking masking,
                  Clock clock, Event<IndexEntriesChanged> changed, ReviewLevels levels) {
        this.levels = levels;
        this.types = types;
        this.ownership = ownership;
        this.audit = audit;
        this.workingDays = workingDays;
        this.masking = masking;
        this.clock = clock;
        this.changed = changed;
    }

    static RecordMessages messages() {
        return MessageBundles.get(RecordMessages.class);
    }

    public RecordType type(String code) {
        return types.find(code).orElseThrow(() -> UserError.notFound(m -> messages().unknownType(String.valueOf(code))));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalConfig.ZONE));
    }

    /** Whether an organization may publish records of this type (the type's owner rule). */
    public static boolean mayPublish(RecordType type, Organization org) {
        return type.ownerOrganizations().contains(org.code) || type.ownerTypes().contains(org.type.name());
    }

    void requireOwnerRule(RecordType type, Organization org) {
        if (!mayPublish(type, org)) {
            throw UserError.forbidden(m -> messages().notOwnerType(type.name(), org.displayName()));
        }
    }

    /** Organization and document references as a batch resolves them: looked up once each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecordValidator.Lookups lookups() {
        Map<String, String> orgs = new HashMap<>();
        for (Organization o : Organization.<Organization>listAll()) {
            orgs.put(o.code, o.code);
            orgs.put(o.name, o.code);
            if (o.shortName != null) {
                orgs.putIfAbsent(o.shortName, o.code);
            }
        }
        Map<String, String> docs = new HashMap<>();
        UnaryOperator<String> document = v -> docs.computeIfAbsent(v, key -> {
            Document d = null;
            if (key.matches("[0-9]{1,18}")) {
                d = Document.findById(Long.parseLong(key));
            }
            if (d == null) {
                d = Document.<Document>find("indexNumber", key).firstResult();
            }
            return d != null && d.isListed() ? Long.toString(d.id) : null;
        });
        return new RecordValidator.Lookups(orgs::get, document);
    }

    public Map<String, String> validOrThrow(RecordType type, Map<String, String> raw) {
        RecordValidator.Result r = RecordValidator.validate(type, raw, lookups());
        if (!r.ok()) {
            throw UserError.invalid(r.errors().stream()
                    .map(e -> new UserError.Invalid(e.field(), m -> e.message())).toList());
        }
        return r.values();
    }

    private Organization organization(String code) {
        return Organization.findByCode(code == null ? "" : code)
                .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(String.valueOf(code))));
    }

    /** A new record drafted by an editor of {@code orgCode}; nothing public yet. */
    @Transactional
    public RecordEntry create(PortalUser user, String typeCode, String orgCode, Map<String, String> raw, Actor actor) {
        ownership.requireLoggedIn(user);
        RecordType type = type(typeCode);
        Organization org = organization(orgCode);
        ownership.requireChosen(user, Role.EDITOR, org, "organization");
        requireOwnerRule(type, org);
        Map<String, String> values = validOrThrow(type, raw);
        RecordEntry r = new RecordEntry();
        r.typeCode = type.code();
        r.organization = org;
        r.createdAt = Instant.now(clock);
        r.createdBy = user.username();
        r.updatedAt = r.createdAt;
        r.pendingValues = RecordJson.write(values);
        r.pendingState = RecordEntry.PendingState.EDITING;
        r.pendingEditor = user.username();
        r.editors.add(user.username());
        r.title = titleOf(type, values);
        r.persist();
        audit.record(actor, "record.create", "record", r.id, type.code(), null, r.pendingValues);
        return r;
    }

    /**
     * The record for a change: its organization's staff and site admins see it; others, auditors too (a change
     * holds values not yet masked), are told it does not exist.
     */
    public RecordEntry visible(PortalUser user, long id) {
        ownership.requireLoggedIn(user);
        RecordEntry r = RecordEntry.findById(id);
        if (r == null || !ownership.readsUnmaskedOf(user, r.organization)) {
            throw UserError.notFound(m -> messages().recordNotFound());
        }
        return r;
    }

    private RecordEntry locked(PortalUser user, long id, long lockVersion) {
        RecordEntry r = visible(user, id);
        RecordEntry.getEntityManager().lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (r.lockVersion != lockVersion) {
            throw UserError.conflict(m -> messages().staleRecord());
        }
        return r;
    }

    /** Saves an editor's change; a published record keeps its public values until the change is approved. */
    @Transactional
    public RecordEntry update(PortalUser user, long id, long lockVersion, Map<String, String> raw, String note, Actor actor) {
        RecordEntry r = locked(user, id, lockVersion);
        ownership.require(user, Role.EDITOR, r.organization);
        if (r.pendingState == RecordEntry.PendingState.SUBMITTED || r.publicState == RecordEntry.PublicState.WITHDRAWN) {
            throw UserError.conflict(m -> messages().notEditable());
        }
        RecordType type = type(r.typeCode);
        Map<String, String> values = validOrThrow(type, raw);
        String before = r.pendingValues != null ? r.pendingValues : r.publishedValues;
        r.pendingValues = RecordJson.write(values);
        r.pendingState = RecordEntry.PendingState.EDITING;
        r.pendingNote = blankToNull(note);
        r.pendingEditor = user.username();
        r.editors.add(user.username());
        r.updatedAt = Instant.now(clock);
        if (r.publicState == RecordEntry.PublicState.NONE) {
            r.title = titleOf(type, values);
        }
        audit.record(actor, "record.update", "record", r.id, r.typeCode, before, r.pendingValues);
        return r;
    }

    /** To review; a change of a published record needs its change note. */
    @Transactional
    public RecordEntry submit(PortalUser user, long id, long lockVersion, Actor actor) {
        RecordEntry r = locked(user, id, lockVersion);
        ownership.require(user, Role.EDITOR, r.organization);
        if (r.pendingState != RecordEntry.PendingState.EDITING) {
            throw UserError.conflict(m -> messages().notEditable());
        }
        if (r.version > 0 && r.pendingNote == null) {
            throw UserError.badInput("changeNote", m -> messages().changeNoteRequired());
        }
        r.pendingState = RecordEntry.PendingState.SUBMITTED;
        r.updatedAt = Instant.now(clock);
        toReview(r, r.updatedAt);
        audit.record(actor, "record.submit", "record", r.id, r.typeCode + "，共 " + r.reviewLevels + " 级审核");
        return r;
    }

    /** A new round of review: as many levels as the organization asks now, none approved yet. */
    static void toReview(RecordEntry r, Instant now) {
        r.reviewLevels = ReviewLevels.requiredBy(r.organization);
        r.approvedLevels = 0;
        r.reviewRound++;
        r.submittedAt = now;
    }

    /** The pending version as the review rule sees it: owner, levels, authors, this round's approvers. */
    public ReviewLevels.Item reviewItem(RecordEntry r) {
        java.util.Set<String> authors = new java.util.HashSet<>(r.editors);
        if (r.pendingEditor != null) {
            authors.add(r.pendingEditor);
        }
        return new ReviewLevels.Item(r.organization, r.reviewLevels, r.approvedLevels, authors, RecordReview.approversInRound(r));
    }

    /** Whether this person may approve the record's next level now (for buttons and the review queue). */
    public boolean mayApprove(PortalUser user, RecordEntry r) {
        return r.pendingState == RecordEntry.PendingState.SUBMITTED && levels.mayApprove(user, reviewItem(r));
    }

    private void review(RecordEntry r, PortalUser user, RecordReview.Decision decision, int level, String comment) {
        RecordReview v = new RecordReview();
        v.record = r;
        v.version = r.version + 1;
        v.round = r.reviewRound;
        v.level = level;
        v.reviewer = user.username();
        v.decision = decision;
        v.comment = blankToNull(comment);
        v.decidedAt = Instant.now(clock);
        v.persist();
    }

    /**
     * One reviewer's approval at the next of the organization's review levels ({@link ReviewLevels}):
     * a reviewer of the owner, none of the change's authors, a different person at each level. The
     * last level publishes the values. Each level is audited.
     */
    @Transactional
    public RecordEntry approve(PortalUser user, long id, long lockVersion, Actor actor) {
        RecordEntry r = locked(user, id, lockVersion);
        ownership.require(user, Role.REVIEWER, r.organization);
        if (r.pendingState != RecordEntry.PendingState.SUBMITTED) {
            throw UserError.conflict(m -> messages().notSubmitted());
        }
        ReviewLevels.Step step = levels.approval(user, reviewItem(r), WORDING);
        review(r, user, RecordReview.Decision.APPROVE, step.level(), null);
        r.approvedLevels = step.level();
        r.updatedAt = Instant.now(clock);
        audit.record(actor, "record.approve", "record", r.id, r.typeCode + " v" + (r.version + 1)
                + " 第 " + step.level() + " 级审核（共 " + step.of() + " 级）");
        if (step.last()) {
            publish(r, type(r.typeCode), RecordJson.read(r.pendingValues), r.pendingNote, user.username(), actor);
        }
        return r;
    }

    /**
     * Whether a refused approval repeats one this reviewer already gave (a double click, a second tab):
     * the copy they sent is stale, and in the record's current round they approved and nobody returned
     * it since, nor has a new change begun.
     */
    @Transactional
    public boolean alreadyApproved(PortalUser user, long id, long lockVersion) {
        RecordEntry r = visible(user, id);
        if (r.lockVersion == lockVersion || r.pendingState == RecordEntry.PendingState.EDITING) {
            return false;
        }
        List<RecordReview> round = RecordReview.list("record = ?1 and round = ?2", r, r.reviewRound);
        return round.stream().noneMatch(v -> v.decision == RecordReview.Decision.RETURN)
                && round.stream().anyMatch(v -> v.decision == RecordReview.Decision.APPROVE && user.username().equals(v.reviewer));
    }

    /** Back to the editor with the reason; review starts again from the first level. */
    @Transactional
    public RecordEntry returnToEditor(PortalUser user, long id, long lockVersion, String comment, Actor actor) {
        RecordEntry r = locked(user, id, lockVersion);
        ownership.require(user, Role.REVIEWER, r.organization);
        if (r.pendingState != RecordEntry.PendingState.SUBMITTED) {
            throw UserError.conflict(m -> messages().notSubmitted());
        }
        levels.requireReviewer(user, reviewItem(r), WORDING);
        if (comment == null || comment.isBlank()) {
            throw UserError.badInput("comment", m -> messages().returnNeedsComment());
        }
        review(r, user, RecordReview.Decision.RETURN, r.approvedLevels + 1, comment);
        r.pendingState = RecordEntry.PendingState.EDITING;
        r.approvedLevels = 0;
        r.updatedAt = Instant.now(clock);
        audit.record(actor, "record.return", "record", r.id, comment.strip());
        return r;
    }

    /** Off the public pages with its reason shown in its place; the versions stay. */
    @Transactional
    public RecordEntry withdraw(PortalUser user, long id, long lockVersion, String reason, Actor actor) {
        RecordEntry r = locked(user, id, lockVersion);
        if (!ownership.holds(user, Role.REVIEWER, r.organization)) {
            ownership.require(user, Role.ORG_ADMIN, r.organization);
        }
        if (r.publicState != RecordEntry.PublicState.PUBLISHED) {
            throw UserError.conflict(m -> messages().notPublished());
        }
        if (reason == null || reason.isBlank()) {
            throw UserError.badInput("reason", m -> messages().withdrawNeedsReason());
        }
        r.publicState = RecordEntry.PublicState.WITHDRAWN;
        r.withdrawnAt = Instant.now(clock);
        r.withdrawnReason = reason.strip();
        r.updatedAt = r.withdrawnAt;
        RecordFacet.delete("recordId", r.id);
        audit.record(actor, "record.withdraw", "record", r.id, reason);
        changed.fire(new IndexEntriesChanged(SEARCH_KIND, List.of(Long.toString(r.id))));
        return r;
    }

    /**
     * Makes {@code values} the public state of the record as its next version: deadline against
     * the type's date field counted in working days, retention, public title and search text, filter
     * values; audited with the values before and after.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(RecordEntry r, RecordType type, Map<String, String> values, String note, String by, Actor actor) {
        publishQuietly(r, type, values, note, by);
        audit.record(actor, "record.publish", "record", r.id, r.typeCode + " v" + r.version
                + (note == null ? "" : ": " + note), null, r.publishedValues);
        changed.fire(new IndexEntriesChanged(SEARCH_KIND, List.of(Long.toString(r.id))));
    }

    /** {@link #publish} without its audit event and index notice: a batch writes those once for all rows. */
    @Transactional(Transactional.TxType.MANDATORY)
    void publishQuietly(RecordEntry r, RecordType type, Map<String, String> values, String note, String by) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, PortalConfig.ZONE);
        String json = RecordJson.write(values);
        if (r.pendingState != null) {
            r.editors.clear(); // the authors of the published version; the next change has its own
        }
        r.version++;
        r.publishedValues = json;
        r.pendingValues = null;
        r.pendingState = null;
        r.pendingNote = null;
        r.pendingEditor = null;
        r.approvedLevels = 0;
        r.publicState = RecordEntry.PublicState.PUBLISHED;
        r.withdrawnAt = null;
        r.withdrawnReason = null;
        r.publishedAt = now;
        if (r.firstPublishedAt == null) {
            r.firstPublishedAt = now;
        }
        r.updatedAt = now;
        r.title = titleOf(type, values);
        Deadline d = deadline(type, values, today);
        r.dueOn = d.dueOn();
        r.late = d.late();
        r.publicUntil = publicUntil(type, values);
        Map<String, String> pub = masking.publicValues(type, values);
        r.searchText = masking.searchText(type, pub);
        if (r.id == null) {
            r.persist();
        }
        RecordVersion v = new RecordVersion();
        v.record = r;
        v.version = r.version;
        v.fieldValues = json;
        v.changeNote = note;
        v.publishedAt = now;
        v.publishedBy = by;
        v.dueOn = d.dueOn();
        v.late = d.late();
        v.persist();
        if (r.version > 1) {
            RecordFacet.delete("recordId", r.id);
        }
        for (FieldSpec f : type.facetFields()) {
            String value = pub.get(f.name());
            if (value != null) {
                RecordFacet facet = new RecordFacet();
                facet.recordId = r.id;
                facet.fieldName = f.name();
                facet.fieldValue = value.length() > 500 ? value.substring(0, 500) : value;
                facet.persist();
            }
        }
    }

    /**
     * When a publication on {@code publishedOn} was due, and whether it is late; none without a deadline.
     * {@code provisionalYear}: the due day was counted over a year whose holiday notice the site does not hold
     * (null: final). A publication after such a day is still recorded as late, since the regulation's own
     * holidays are all the site can count on and the compliance page must not lose it; but every page that
     * names the due day or the lateness says 暂定 beside it (asked when shown, {@code dueday:provisionalYear}),
     * since the notice may move the day either way (bridge days later, a working Saturday earlier).
     */
    public record Deadline(LocalDate dueOn, boolean late, Integer provisionalYear) {
        public Deadline(LocalDate dueOn, boolean late) {
            this(dueOn, late, null);
        }
    }

    public Deadline deadline(RecordType type, Map<String, String> values, LocalDate publishedOn) {
        if (type.deadline() == null || values.get(type.deadline().field()) == null) {
            return new Deadline(null, false, null);
        }
        LocalDate from = LocalDate.parse(values.get(type.deadline().field()));
        String stated = type.deadline().publishedField() == null ? null : values.get(type.deadline().publishedField());
        // deadline check: a budget made public on 12-05 (its 公开日期) and entered here on 12-31 was listed as late;
        // a day before the one the period runs from cannot be when it was made public: the portal's day counts then
        LocalDate statedOn = stated == null || stated.isBlank() ? null : LocalDate.parse(stated);
        LocalDate published = statedOn == null || statedOn.isBefore(from) || statedOn.isAfter(publishedOn) ? publishedOn : statedOn;
        try {
            LocalDate due = type.deadline().days() > 0 ? workingDays.afterCalendarDays(from, type.deadline().days())
                    : workingDays.addWorkingDays(from, type.deadline().workingDays());
            // a budget approved 2027-01-20 is due 2027-02-11 by the provisional 2027 (02-09 in 春节): 暂定
            return new Deadline(due, published.isAfter(due), workingDays.provisionalYearOf(due).orElse(null));
        } catch (NoCalendarForYear e) {
            return new Deadline(null, false, null); // no calendar for that year: not counted on plain weekdays
        }
    }

    static LocalDate publicUntil(RecordType type, Map<String, String> values) {
        RecordType.Retention ret = type.retention();
        if (ret == null) {
            return null;
        }
        if (ret.untilField() != null && values.get(ret.untilField()) != null) {
            return LocalDate.parse(values.get(ret.untilField()));
        }
        String from = values.get(ret.field());
        return from == null ? null : LocalDate.parse(from).plusYears(ret.years());
    }

    String titleOf(RecordType type, Map<String, String> values) {
        String t = masking.title(type, masking.publicValues(type, values));
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean same(String a, String b) {
        return Objects.equals(a, b);
    }
}
