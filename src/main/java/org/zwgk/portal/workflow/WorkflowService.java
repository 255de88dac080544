package org.zwgk.portal.workflow;

import org.zwgk.portal.documents.LinkType;

import org.zwgk.portal.web.validation.InputValidation;

import io.quarkus.qute.i18n.MessageBundles;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.NewAttachment;
import org.zwgk.portal.documents.Attachment;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.documents.DocumentStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.privacy.PrivacyDecision;
import org.zwgk.portal.privacy.PrivacyMessages;
import org.zwgk.portal.privacy.PrivacyReviews;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The editorial workflow: draft → submitted → reviewed at each of the organization's levels →
 * published (now, or at the scheduled time). Every step checks 谁开设、谁管理 first, then the draft's
 * state and lock version, and only then writes; the audit record is in the same transaction.
 */
@ApplicationScoped
public class WorkflowService {

    private final Ownership ownership;
    private final DocumentService documents;
    private final AttachmentStore store;
    private final SensitiveWords sensitiveWords;
    private final AuditLog audit;
    private final InputValidation validation;
    private final PrivacyReviews privacy;
    private final org.zwgk.portal.privacy.FileText fileText;
    private final ReviewLevels levels;
    private final jakarta.enterprise.inject.Instance<SubmissionCheck> submissionChecks;
    private final java.time.Clock clock;

    WorkflowService(Ownership ownership, DocumentService documents, AttachmentStore store, SensitiveWords sensitiveWords,
                    AuditLog audit, InputValidation validation, PrivacyReviews privacy, org.zwgk.portal.privacy.FileText fileText,
                    ReviewLevels levels, jakarta.enterprise.inject.Instance<SubmissionCheck> submissionChecks,
                    java.time.Clock clock) {
        // the one clock (common.Clocks) that tests can set: a schedule is compared with its time
        this.clock = clock;
        this.submissionChecks = submissionChecks;
        this.privacy = privacy;
        this.fileText = fileText;
        this.levels = levels;
        this.ownership = ownership;
        this.documents = documents;
        this.store = store;
        this.sensitiveWords = sensitiveWords;
        this.audit = audit;
        this.validation = validation;
    }

    /**
     * The drafts waiting for this person's review: submitted in an organization where they review,
     * and not written by them (nobody reviews their own draft). The workbench page and the API both
     * show this list.
     */
    public List<Draft> reviewQueue(PortalUser user) {
        ownership.requireLoggedIn(user);
        List<Draft> waiting = Draft.awaitingReview(user.organizationsWith(Role.REVIEWER));
        // every history in one query, not one per draft
        java.util.Map<Long, List<DraftReview>> histories = DraftReview.ofAll(waiting);
        return waiting.stream()
                .filter(d -> levels.mayApprove(user, reviewItem(d, histories.getOrDefault(d.id, List.of())))).toList();
    }

    /** A new document, written by an editor of the channel's owner. */
    @Transactional
    public Draft create(PortalUser user, String channelCode, DraftInput input, Actor actor) {
        return create(user, channelCode, input, false, actor);
    }

    /** {@code submitting}: what review needs (a policy's catalogue fields) is named with the typing mistakes, at once. */
    private Draft create(PortalUser user, String channelCode, DraftInput input, boolean submitting, Actor actor) {
        ownership.requireLoggedIn(user);
        Channel channel = Channel.findByCode(channelCode == null ? "" : channelCode)
                .orElseThrow(() -> UserError.badInput("channel", m -> m.unknownChannel(String.valueOf(channelCode))));
        // the channel is the form's choice: refused, the form comes back with what was typed (browser walk: a
        // draft typed into a stale or altered form was lost behind the public error page)
        ownership.requireChosen(user, Role.EDITOR, channel.owner, "channel");
        requireOpen(channel);
        Draft d = started(user, channel);
        input.applyTo(d, false, submitting, validation);
        BodyLimits.check(d.meta.body);
        persistNew(d, actor);
        return d;
    }

    /**
     * The next version of a published document; the open draft if there already is one. Written by an
     * editor of the organization that answers for the document ({@link AnsweringOrganization}), reviewed
     * at its levels, and published under it again.
     */
    @Transactional
    public Draft revise(PortalUser user, long documentId, Actor actor) {
        Document doc = document(documentId);
        Organization answering = AnsweringOrganization.of(doc);
        ownership.require(user, Role.EDITOR, answering);
        requireOpen(doc.channel);
        if (doc.status != DocumentStatus.PUBLISHED) {
            throw UserError.conflict(m -> m.documentNotPublished());
        }
        return Draft.openFor(doc).orElseGet(() -> {
            Draft d = started(user, doc.channel, answering);
            d.document = doc;
            d.meta = workingCopy(doc, answering);
            d.changeKind = ChangeKind.MINOR;
            d.persist();
            // the values reviewers already decided on come back unmasked: their decisions come with them
            privacy.carry(doc.privacySubject(), privacySubject(d));
            audit.record(actor, "draft.revise", "draft", d.id, doc.indexNumber, null, null);
            for (Attachment a : Attachment.of(doc)) {
                DraftAttachment copy = new DraftAttachment();
                copy.draft = d;
                copy.file = a.file.copy();
                copy.sortOrder = a.sortOrder;
                copy.persist();
            }
            return d;
        });
    }

    /**
     * What the next version starts from: the published document keeps only the masked text (a phone
     * number as 139****0000), so each text comes from the draft that published it, where that draft
     * was this organization's (a channel moved to another one does not hand over the unmasked text)
     * and it is still what is published.
     */
    private DocumentMetadata workingCopy(Document doc, Organization answering) {
        Draft source = Draft.<Draft>find("document = ?1 and status = ?2 and organization = ?3 order by publishedAt desc, id desc",
                doc, DraftStatus.PUBLISHED, answering).firstResult();
        if (source == null) {
            return doc.meta.copy();
        }
        return documents.unmasked(doc, source.meta,
                privacy.policy(doc.privacySubject(), doc.meta.type == null ? null : doc.meta.type.name()));
    }

    /** Saves the editor's changes; a stale lock version is a conflict and nothing is written. */
    @Transactional
    public Draft update(PortalUser user, long draftId, long lockVersion, DraftInput input, Actor actor) {
        return update(user, draftId, lockVersion, input, false, actor);
    }

    private Draft update(PortalUser user, long draftId, long lockVersion, DraftInput input, boolean submitting, Actor actor) {
        Draft d = editable(user, draftId, lockVersion);
        String before = describe(d);
        input.applyTo(d, d.document != null, submitting, validation);
        BodyLimits.check(d.meta.body);
        touch(d, user);
        d.editors.add(user.username());
        audit.record(actor, "draft.update", "draft", d.id, null, before, describe(d));
        return d;
    }

    /**
     * Sends the draft to review. When the sensitive-words check finds something the editor must have
     * seen it: {@code acknowledged} is the form's confirmation.
     */
    @Transactional
    public Draft submit(PortalUser user, long draftId, long lockVersion, boolean acknowledged, Actor actor) {
        return submitted(editable(user, draftId, lockVersion), user, acknowledged, actor);
    }

    /**
     * What the draft page's 提交审核 does: saves what is on the editor's screen and sends that to
     * review, in one transaction. A refusal of either (a wrong field, a stale copy, unacknowledged
     * sensitive words in the typed text) leaves the draft as it was.
     */
    @Transactional
    public Draft saveAndSubmit(PortalUser user, long draftId, long lockVersion, DraftInput input, boolean acknowledged, Actor actor) {
        Draft d = update(user, draftId, lockVersion, input, true, actor);
        return submitted(d, user, acknowledged, actor);
    }

    /** 提交审核 on the new-draft page: created and sent to review in one transaction, or neither. */
    @Transactional
    public Draft createAndSubmit(PortalUser user, String channelCode, DraftInput input, boolean acknowledged, Actor actor) {
        Draft d = create(user, channelCode, input, true, actor);
        return submitted(d, user, acknowledged, actor);
    }

    /**
     * A text an organization's staff produced elsewhere in the portal (the transcript of an interview it
     * held), sent to that organization's review as a draft of {@code channel}, which may be the platform's
     * (zxft): its reviewers publish it as any draft, with their levels, four eyes (every one of
     * {@code authors} counts as an author) and the sensitive words highlighted for them. Empty, writing
     * nothing, when the channel is closed or the text too long for a draft: the caller says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Draft> submitFor(PortalUser user, Organization organization, Channel channel, DocumentMetadata meta,
                                               java.util.Collection<String> authors, Actor actor) {
        ownership.require(user, Role.EDITOR, organization);
        if (!channel.isOpen() || BodyLimits.lines(meta.body) > BodyLimits.MAX_LINES) {
            return java.util.Optional.empty();
        }
        Draft d = started(user, channel, organization);
        d.meta = meta;
        d.editors.addAll(authors);
        persistNew(d, actor);
        int hits = sensitiveWords.check(d).size();
        markSubmitted(d, user, actor, hits == 0 ? "活动结束，自动送审"
                : "活动结束，自动送审；有 " + hits + " 处敏感词待审核人核对");
        return java.util.Optional.of(d);
    }

    /** Checks that this user may still change (or discard) the draft at this lock version; writes nothing. */
    @Transactional
    public void requireEditable(PortalUser user, long draftId, long lockVersion) {
        editable(user, draftId, lockVersion);
    }

    private Draft submitted(Draft d, PortalUser user, boolean acknowledged, Actor actor) {
        requireRevisable(d);
        List<SensitiveWords.Hit> hits = sensitiveWords.check(d);
        if (!hits.isEmpty() && !acknowledged) {
            throw UserError.conflict(m -> m.draftSensitiveUnacknowledged(hits.size()));
        }
        if (d.document != null && (d.changeNote == null || d.changeNote.isBlank())) {
            throw UserError.badInput("changeNote", m -> m.draftChangeNoteRequired());
        }
        // the form refuses another organization's policy; this holds for a draft saved before that rule, or moved since
        if (d.interprets != null && !org.zwgk.portal.documents.Interpretations.mayInterpret(d.organization, d.interprets)) {
            String why = DraftInput.notOwnPolicy(d.interprets, d.organization);
            throw UserError.badInput(DraftInput.Field.INTERPRETS.param, m -> why);
        }
        // every way to review (the form, the API, a new draft) passes here, so a generated text's own
        // rules (the annual report's sections still to fill) hold whichever way it is submitted
        for (SubmissionCheck check : submissionChecks) {
            check.check(d);
        }
        markSubmitted(d, user, actor, hits.isEmpty() ? null : "已核对 " + hits.size() + " 处敏感词");
        return d;
    }

    private void persistNew(Draft d, Actor actor) {
        d.persist();
        audit.record(actor, "draft.create", "draft", d.id, d.channel.code, null, describe(d));
    }

    /** Into the review queue from its first level; {@code auditNote} says how it got there. */
    private void markSubmitted(Draft d, PortalUser user, Actor actor, String auditNote) {
        d.status = DraftStatus.SUBMITTED;
        d.approvedLevels = 0;
        d.submittedAt = Instant.now(clock);
        touch(d, user);
        audit.record(actor, "draft.submit", "draft", d.id, auditNote);
    }

    /**
     * One reviewer's approval at the next level. Reviewers are of the owner organization, never one of
     * the draft's authors (whoever wrote or changed it, {@link Draft#editors}), and each level is a
     * different person. The last level publishes, unless a time is set.
     */
    public Draft approve(PortalUser user, long draftId, long lockVersion, String comment, Actor actor) {
        return approve(user, draftId, lockVersion, comment, false, actor);
    }

    /**
     * {@code attachmentsChecked}: the reviewer looked through the attachments the check could not read
     * (damaged, encrypted, a picture without recognized text, a zip) themselves, which the last approval needs.
     */
    @Transactional
    public Draft approve(PortalUser user, long draftId, long lockVersion, String comment, boolean attachmentsChecked, Actor actor) {
        Draft d = reviewable(user, draftId, lockVersion);
        requireRevisable(d);
        ReviewLevels.Step step = levels.approval(user, reviewItem(d), ReviewLevels.DRAFTS);
        List<String> unchecked = new ArrayList<>();
        // every level, not only the one that publishes: an ID number or bank card nobody decided on stops the
        // first approval (browser walk: 一审 and 二审 passed such a draft, 三审 learned of it after the publish confirm).
        // A file whose reading ran out of time this once is read, not taken as clean, as its findings are not known yet
        for (DraftAttachment a : DraftAttachment.of(d)) {
            org.zwgk.portal.privacy.FileText.Result text = attachmentText(a);
            if (text.retry()) {
                throw UserError.conflict(m -> MessageBundles.get(PrivacyMessages.class).fileNotReadYet(a.file.title));
            }
            if (step.last() && (!text.readable() || text.truncated())) {
                unchecked.add("《" + a.file.title + "》");
            }
        }
        if (!unchecked.isEmpty() && !attachmentsChecked) {
            // the last approval publishes: a file the check could not read went out unchecked, with nobody asked
            // (browser walk): a person looks
            String titles = String.join("、", unchecked);
            throw UserError.conflict("attachmentsChecked", m -> MessageBundles.get(PrivacyMessages.class).attachmentsUnchecked(titles));
        }
        long pending = privacyHits(d).stream().filter(PrivacyReviews.Hit::blocking).count();
        if (pending > 0) {
            throw UserError.conflict(m -> MessageBundles.get(PrivacyMessages.class).unreviewedHighRisk((int) pending));
        }
        d.approvedLevels = step.level();
        DraftReview.record(d, step.level(), user.username(), DraftReview.Decision.APPROVE, comment);
        if (step.last()) {
            d.status = DraftStatus.APPROVED;
        }
        touch(d, user);
        audit.record(actor, "draft.approve", "draft", d.id, "第 " + d.approvedLevels + " 级审核（共 " + d.requiredLevels + " 级）"
                + (unchecked.isEmpty() ? "" : "，已人工核对附件" + String.join("、", unchecked))
                + (comment == null || comment.isBlank() ? "" : ": " + comment));
        if (d.status == DraftStatus.APPROVED && (d.scheduledAt == null || !d.scheduledAt.isAfter(Instant.now(clock)))) {
            publish(d, actor);
        }
        return d;
    }

    /** Back to the editor with the reason; review starts again from the first level. */
    @Transactional
    public Draft returnToEditor(PortalUser user, long draftId, long lockVersion, String comment, Actor actor) {
        Draft d = reviewable(user, draftId, lockVersion);
        if (comment == null || comment.isBlank()) {
            throw UserError.badInput("comment", m -> m.draftReturnNeedsComment());
        }
        DraftReview.record(d, d.approvedLevels + 1, user.username(), DraftReview.Decision.RETURN, comment);
        d.status = DraftStatus.RETURNED;
        d.approvedLevels = 0;
        touch(d, user);
        audit.record(actor, "draft.return", "draft", d.id, comment.strip());
        return d;
    }

    /**
     * 撤回提交: an editor of the organization takes a draft back from review to change it; the
     * approvals of this round are void and review starts again from the first level when it is sent again.
     */
    @Transactional
    public Draft recall(PortalUser user, long draftId, long lockVersion, Actor actor) {
        Draft d = locked(user, draftId);
        ownership.require(user, Role.EDITOR, d.organization);
        requireCurrent(d, lockVersion);
        if (d.status != DraftStatus.SUBMITTED) {
            throw UserError.conflict(m -> m.draftNotInReview(MessageBundles.get(WorkflowLabels.class).draftStatus(d.status)));
        }
        d.status = DraftStatus.DRAFT;
        d.approvedLevels = 0;
        touch(d, user);
        audit.record(actor, "draft.recall", "draft", d.id, d.meta.title);
        return d;
    }

    /**
     * 取消定时发布: an approved draft waiting for its publication time goes back to its editors, with the
     * reason (personal data, a wrong text or an embargo seen after approval): it is edited and reviewed
     * again from the first level, the approvals of this round no longer count. Any editor, reviewer or
     * org admin of the draft's organization stops it ({@link #mayUnschedule}); nobody else, site admins
     * neither (they take no workflow step of an organization's drafts). The row lock and the lock version
     * order it with the scheduler: whichever comes second finds the other's outcome ({@link #publishDue}).
     */
    @Transactional
    public Draft unschedule(PortalUser user, long draftId, long lockVersion, String reason, Actor actor) {
        Draft d = locked(user, draftId);
        if (!mayUnschedule(user, d)) {
            ownership.require(user, Role.EDITOR, d.organization);
        }
        requireCurrent(d, lockVersion);
        if (d.status != DraftStatus.APPROVED) {
            WorkflowLabels labels = MessageBundles.get(WorkflowLabels.class);
            throw UserError.conflict(m -> labels.unscheduleNotApproved(labels.draftStatus(d.status)));
        }
        if (reason == null || reason.isBlank()) {
            throw UserError.badInput("reason", m -> MessageBundles.get(WorkflowLabels.class).unscheduleNeedsReason());
        }
        String why = reason.strip();
        if (why.length() > UNSCHEDULE_REASON_MAX) {
            throw UserError.badInput("reason", m -> MessageBundles.get(WorkflowLabels.class).unscheduleReasonTooLong(UNSCHEDULE_REASON_MAX));
        }
        DraftReview.record(d, d.approvedLevels, user.username(), DraftReview.Decision.UNSCHEDULE, why);
        d.status = DraftStatus.RETURNED;
        d.approvedLevels = 0;
        touch(d, user);
        audit.record(actor, "draft.unschedule", "draft", d.id, d.meta.title, "状态=" + DraftStatus.APPROVED
                + "，定时发布=" + org.zwgk.portal.web.TemplateExtensions.dateTime(d.scheduledAt), "状态=" + d.status + "，原因：" + why);
        return d;
    }

    /** As long as a review comment may be (draft_review.comment). */
    private static final int UNSCHEDULE_REASON_MAX = 2000;

    /** Whether this person may stop the draft's scheduled publication (the draft page's 取消定时发布). */
    public boolean mayUnschedule(PortalUser user, Draft d) {
        return ownership.holds(user, Role.EDITOR, d.organization) || ownership.holds(user, Role.REVIEWER, d.organization)
                || ownership.holds(user, Role.ORG_ADMIN, d.organization);
    }

    @Transactional
    public Draft discard(PortalUser user, long draftId, long lockVersion, Actor actor) {
        Draft d = editable(user, draftId, lockVersion);
        d.status = DraftStatus.DISCARDED;
        touch(d, user);
        audit.record(actor, "draft.discard", "draft", d.id, d.meta.title);
        return d;
    }

    /**
     * Withdrawal (撤回) of a published document, with its reason: a decision of a reviewer or org admin of
     * the organization that answers for it ({@link AnsweringOrganization}).
     */
    @Transactional
    public void withdraw(PortalUser user, long documentId, String reason, Actor actor) {
        Document doc = document(documentId);
        ownership.requireLoggedIn(user);
        if (!mayWithdraw(user, doc)) {
            ownership.require(user, Role.REVIEWER, AnsweringOrganization.of(doc));
        }
        if (reason == null || reason.isBlank()) {
            throw UserError.badInput("reason", m -> m.withdrawNeedsReason());
        }
        if (doc.status != DocumentStatus.PUBLISHED) {
            throw UserError.conflict(m -> m.documentNotPublished());
        }
        documents.withdraw(doc, reason.strip(), actor);
    }

    /** Whether this person may start the next version of a published document (the versions page's 修订). */
    public boolean mayRevise(PortalUser user, Document doc) {
        return ownership.holds(user, Role.EDITOR, AnsweringOrganization.of(doc));
    }

    /** Whether this person may withdraw a published document (the versions page's 撤回). */
    public boolean mayWithdraw(PortalUser user, Document doc) {
        Organization answering = AnsweringOrganization.of(doc);
        return ownership.holds(user, Role.REVIEWER, answering) || ownership.holds(user, Role.ORG_ADMIN, answering);
    }

    /**
     * Who reads a published document's versions in the workbench: staff of the organization that answers
     * for it, and of the channel's owner.
     */
    public void requireVersionsReader(PortalUser user, Document doc) {
        if (!ownership.isStaffOf(user, AnsweringOrganization.of(doc))) {
            ownership.requireStaffOf(user, doc.channel.owner);
        }
    }

    /**
     * Publishes approved drafts whose time has come by {@code now}; the scheduler calls this with its
     * clock. Each publication is recorded in the name of the reviewer whose approval released it,
     * from the scheduler.
     */
    @Transactional
    public int publishDue(Instant now, Actor scheduler) {
        int n = 0;
        for (long id : Draft.dueForPublication(now)) {
            // each draft locked and read again: one cancelled (取消定时发布) or otherwise changed since the list
            // was read is no longer due, and one being cancelled right now is waited for, then found cancelled
            Draft d = Draft.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (d == null || !d.dueBy(now)) {
                continue;
            }
            if (d.revisesWithdrawn()) {
                // withdrawn while this correction waited for its time: back to its editor, never published
                String why = MessageBundles.get(org.zwgk.portal.web.Messages.class).revisionOfWithdrawn();
                DraftReview.record(d, d.approvedLevels, scheduler.name(), DraftReview.Decision.RETURN, why);
                d.status = DraftStatus.RETURNED;
                d.approvedLevels = 0;
                audit.record(scheduler, "draft.return", "draft", d.id, why);
                continue;
            }
            String releasedBy = DraftReview.of(d).stream().filter(r -> r.decision == DraftReview.Decision.APPROVE)
                    .reduce((first, second) -> second).map(r -> r.reviewer).orElse(scheduler.name());
            publish(d, new Actor(releasedBy, scheduler.name()));
            n++;
        }
        return n;
    }

    /**
     * An attachment change is an edit of the draft: same rules, the lock version moves on, and whoever
     * changed the files is one of the version's authors.
     */
    Draft touchForAttachment(PortalUser user, long draftId, long lockVersion) {
        Draft d = editable(user, draftId, lockVersion);
        touch(d, user);
        d.editors.add(user.username());
        return d;
    }

    void audited(Actor actor, String action, Draft d, String detail) {
        audit.record(actor, action, "draft", d.id, detail);
    }

    /**
     * The personal data the draft's title, summary and body hold, then the text of each attachment
     * (field {@link #ATTACHMENT_FIELD}{@code id:title}), with the reviewers' decisions, in field order.
     */
    public List<PrivacyReviews.Hit> privacyHits(Draft d) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(DraftInput.Field.TITLE.name(), d.meta.title);
        fields.put(DraftInput.Field.SUMMARY.name(), d.meta.summary);
        fields.put(DraftInput.Field.BODY.name(), d.meta.body);
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        for (DraftAttachment a : DraftAttachment.of(d)) {
            String text = attachmentText(a).text();
            if (!text.isEmpty()) {
                files.put(ATTACHMENT_FIELD + a.id + ":" + a.file.title, text);
            }
        }
        return privacy.hits(privacySubject(d), d.meta.type == null ? null : d.meta.type.name(), fields, files);
    }

    /** How a hit in an attachment's text names its field: this, the attachment's id, a colon and its title. */
    public static final String ATTACHMENT_FIELD = "attachment:";

    /** The text of a draft's attachment as the privacy check reads it (or why it could not be read). */
    public org.zwgk.portal.privacy.FileText.Result attachmentText(DraftAttachment a) {
        return fileText.read(store.pathOf(a.file.sha256), a.file.mediaType, a.file.fileName);
    }

    /**
     * A reviewer's decision on one piece of personal data in a submitted draft: masked, or not
     * personal with a reason. Same rules as approving the next level (reviewer of the owner, not an
     * author, current copy, not one who approved a level of this round: security review, a first-level
     * reviewer turned 已打码 into 非个人信息 after approving). A decision changes what would be published,
     * so it changes the draft's lock version: a page opened before it can no longer approve. Audited.
     */
    @Transactional
    public void decidePrivacy(PortalUser user, long draftId, long lockVersion, String key, PrivacyDecision.Decision decision,
                              String reason, Actor actor) {
        Draft d = reviewable(user, draftId, lockVersion);
        levels.approval(user, reviewItem(d), ReviewLevels.DRAFTS);
        if (decision == null) {
            throw UserError.badInput("decision", m -> MessageBundles.get(PrivacyMessages.class).hitNotFound());
        }
        privacy.decide(privacySubject(d), privacyHits(d), key == null ? "" : key, decision, reason, actor, "draft", d.id);
        Draft.getEntityManager().lock(d, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    static String privacySubject(Draft d) {
        return "draft:" + d.id;
    }

    public List<SensitiveWords.Hit> sensitiveHits(Draft d) {
        return sensitiveWords.check(d);
    }

    /**
     * The documents most recently published that an organization this person edits or reviews for
     * answers for ({@link AnsweringOrganization}), newest first: where a correction (修订) or a
     * withdrawal (撤回) starts.
     */
    public List<Document> recentlyPublished(PortalUser user, int limit, String channelCode) {
        java.util.Set<String> orgs = staffOrganizations(user);
        if (orgs.isEmpty()) {
            return List.of();
        }
        String inChannel = channelCode == null ? "" : " and channel.code = :channel";
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("status", DocumentStatus.PUBLISHED).and("orgs", orgs);
        if (channelCode != null) {
            p = p.and("channel", channelCode);
        }
        // those of its channels and those it published elsewhere; which of them it answers for is decided per document
        // an undated text (an imported law whose source gives no date) is not recently published, and a database
        // would list it first in a descending order; pages of at least 100, as a shared channel holds mostly others'
        int pageSize = Math.max(limit, 100);
        io.quarkus.hibernate.orm.panache.PanacheQuery<Document> candidates = Document.<Document>find("status = :status and (channel.owner.code in :orgs"
                + " or organization.code in :orgs) and publishedAt is not null" + inChannel + " order by publishedAt desc, id desc", p)
                .page(0, pageSize);
        java.util.Map<Long, java.util.Set<String>> formerOwners = new java.util.HashMap<>();
        List<Document> shown = new ArrayList<>();
        while (shown.size() < limit) {
            List<Document> page = candidates.list();
            page.stream().filter(doc -> orgs.contains(AnsweringOrganization.of(doc, c -> formerOwners.computeIfAbsent(c.id,
                            id -> org.zwgk.portal.channels.ChannelAdminService.formerOwners(c))).code)).limit(limit - shown.size()).forEach(shown::add);
            if (page.size() < pageSize) {
                break;
            }
            candidates.nextPage();
        }
        return shown;
    }

    /** The channels of the organizations this person edits, reviews or administers for: what that list can be narrowed to. */
    public List<org.zwgk.portal.channels.Channel> publishingChannels(PortalUser user) {
        java.util.Set<String> orgs = staffOrganizations(user);
        return org.zwgk.portal.channels.Channel.listOrdered().stream().filter(c -> orgs.contains(c.owner.code)).toList();
    }

    private java.util.Set<String> staffOrganizations(PortalUser user) {
        ownership.requireLoggedIn(user);
        java.util.Set<String> orgs = new java.util.TreeSet<>(user.organizationsWith(Role.EDITOR));
        orgs.addAll(user.organizationsWith(Role.REVIEWER));
        orgs.addAll(user.organizationsWith(Role.ORG_ADMIN));
        return orgs;
    }

    /**
     * The open drafts this person wrote and may still see: one who left the organization, or whose
     * channel went to another one, no longer reads them, in lists as on their pages.
     */
    public List<Draft> mine(PortalUser user) {
        ownership.requireLoggedIn(user);
        return Draft.byAuthor(user.username()).stream().filter(d -> ownership.readsUnmaskedOf(user, d.organization)).toList();
    }

    /**
     * A draft this user may read (staff of its organization, site admins). One that exists
     * but is not theirs to see answers 404 like one that does not exist: ids tell nothing.
     */
    public Draft visible(PortalUser user, long id) {
        ownership.requireLoggedIn(user);
        Draft d = Draft.findById(id);
        if (d == null || !ownership.readsUnmaskedOf(user, d.organization)) {
            throw UserError.notFound(m -> m.draftNotFound());
        }
        return d;
    }

    /** How the gate masks this draft's texts when it is published: its type, and what was marked not personal. */
    public Deidentifier.Policy publicationPolicy(Draft d) {
        return privacy.policy(privacySubject(d), d.meta.type == null ? null : d.meta.type.name());
    }

    private void publish(Draft d, Actor actor) {
        Document doc;
        String note = d.changeNote == null || d.changeNote.isBlank() ? null : d.changeNote;
        Deidentifier.Policy policy = publicationPolicy(d);
        if (d.document == null) {
            doc = documents.publish(d.content(), new DocumentService.Origin(null, null, null),
                    note == null ? MessageBundles.get(org.zwgk.portal.web.Messages.class).firstPublication() : note, actor, policy);
        } else {
            doc = d.document;
            documents.revise(doc, d.content(), d.changeKind == null ? ChangeKind.MINOR : d.changeKind, note, null, actor, policy);
        }
        privacy.carry(privacySubject(d), doc.privacySubject());
        List<DraftAttachment> files = DraftAttachment.of(d);
        List<Attachment> current = Attachment.of(doc);
        boolean same = files.size() == current.size() && java.util.stream.IntStream.range(0, files.size())
                .allMatch(i -> files.get(i).file.sha256.equals(current.get(i).file.sha256) && files.get(i).file.title.equals(current.get(i).file.title));
        if (!same) {
            documents.setAttachments(doc, files.stream().map(f -> new NewAttachment(f.file.title, f.file.fileName, f.file.mediaType,
                    store.pathOf(f.file.sha256))).toList(), actor);
        }
        if (d.interprets != null && d.interprets.isListed()) {
            // seed row 13: the interpretation is published linked to its policy, both ways on their pages
            documents.setLinks(doc, LinkType.INTERPRETS, org.zwgk.portal.documents.Interpretations.withTarget(doc, d.interprets), actor);
        }
        d.document = doc;
        d.status = DraftStatus.PUBLISHED;
        d.publishedAt = Instant.now(clock);
        audit.record(actor, "draft.publish", "draft", d.id, doc.indexNumber);
    }

    /** A correction of a document withdrawn since it was started goes no further: nobody would see it published. */
    private static void requireRevisable(Draft d) {
        if (d.revisesWithdrawn()) {
            throw UserError.conflict(m -> m.revisionOfWithdrawn());
        }
    }

    private Draft editable(PortalUser user, long draftId, long lockVersion) {
        Draft d = locked(user, draftId);
        ownership.require(user, Role.EDITOR, d.organization);
        requireCurrent(d, lockVersion);
        if (!d.status.editable()) {
            throw UserError.conflict(m -> m.draftNotEditable(MessageBundles.get(WorkflowLabels.class).draftStatus(d.status)));
        }
        requireOpen(d.channel);
        return d;
    }

    private Draft reviewable(PortalUser user, long draftId, long lockVersion) {
        Draft d = locked(user, draftId);
        ownership.require(user, Role.REVIEWER, d.organization);
        requireCurrent(d, lockVersion);
        if (d.status != DraftStatus.SUBMITTED) {
            throw UserError.conflict(m -> m.draftNotInReview(MessageBundles.get(WorkflowLabels.class).draftStatus(d.status)));
        }
        // four eyes: nobody reviews a version they wrote or changed, whatever other role they hold
        levels.requireReviewer(user, reviewItem(d), ReviewLevels.DRAFTS);
        requireOpen(d.channel);
        return d;
    }

    /**
     * The draft as the review rule sees it: its owner and levels, its authors, and who approved the
     * levels of this round (the approvals since it was last submitted).
     */
    ReviewLevels.Item reviewItem(Draft d) {
        return reviewItem(d, d.submittedAt == null ? List.of() : DraftReview.of(d));
    }

    /** As {@link #reviewItem(Draft)}, with the draft's review history already read. */
    private static ReviewLevels.Item reviewItem(Draft d, List<DraftReview> history) {
        java.util.Set<String> authors = new java.util.HashSet<>(d.editors);
        authors.add(d.author);
        List<String> approvedBy = d.submittedAt == null ? List.of() : history.stream()
                .filter(r -> r.decision == DraftReview.Decision.APPROVE && !r.decidedAt.isBefore(d.submittedAt))
                .map(r -> r.reviewer).toList();
        return new ReviewLevels.Item(d.organization, d.requiredLevels, d.approvedLevels, authors, approvedBy);
    }

    /**
     * The draft, locked for this transaction. The row lock makes two concurrent saves of the same
     * version queue up, and the second then sees the new version. A draft this user may not see is
     * not found, like one that does not exist.
     */
    private Draft locked(PortalUser user, long draftId) {
        ownership.requireLoggedIn(user);
        Draft d = Draft.findById(draftId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !ownership.readsUnmaskedOf(user, d.organization)) {
            throw UserError.notFound(m -> m.draftNotFound());
        }
        return d;
    }

    /** The caller's copy is current, or the step is a conflict that says who changed it when. */
    private static void requireCurrent(Draft d, long lockVersion) {
        if (d.lockVersion != lockVersion) {
            throw UserError.conflict(m -> m.draftStale(d.updatedBy, org.zwgk.portal.web.TemplateExtensions.dateTime(d.updatedAt)));
        }
    }

    private static void requireOpen(Channel channel) {
        if (!channel.isOpen()) {
            throw UserError.conflict(m -> m.channelClosed(channel.name));
        }
    }

    private static Document document(long id) {
        Document doc = Document.findById(id);
        if (doc == null || doc.status == DocumentStatus.REMOVED) {
            throw UserError.notFound(m -> m.documentNotFound());
        }
        return doc;
    }

    /** A new draft by this user in this channel, reviewed as many times as the channel's owner asks. */
    private static Draft started(PortalUser user, Channel channel) {
        return started(user, channel, channel.owner);
    }

    /** A new draft of {@code organization}'s in this channel, reviewed as many times as it asks. */
    private static Draft started(PortalUser user, Channel channel, Organization organization) {
        Draft d = new Draft();
        d.channel = channel;
        d.organization = organization;
        d.status = DraftStatus.DRAFT;
        d.requiredLevels = ReviewLevels.requiredBy(organization);
        d.author = user.username();
        d.editors.add(user.username());
        d.createdAt = Instant.now();
        d.updatedAt = d.createdAt;
        d.updatedBy = user.username();
        return d;
    }

    private static void touch(Draft d, PortalUser user) {
        d.updatedAt = Instant.now();
        d.updatedBy = user.username();
    }

    private static String describe(Draft d) {
        return "title=" + d.meta.title + "; type=" + d.meta.type + "; docNumber=" + Objects.toString(d.meta.docNumber, "")
                + "; channel=" + (d.channel == null ? "" : d.channel.code) + "; body=" + d.meta.body.length() + " chars, sha256 "
                + org.zwgk.portal.common.Sha256.hex(d.meta.body);
    }
}
