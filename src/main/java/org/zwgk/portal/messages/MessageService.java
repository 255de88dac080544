package org.zwgk.portal.messages;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.common.ReceiptSecrets;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.documents.LiteralMarkdown;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.InputValidation;
import org.zwgk.portal.workflow.DraftInput;
import org.zwgk.portal.workflow.SensitiveWords;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The life of a citizen's message: sent (written in full before the receipt is shown), 受理 or
 * 不予受理 by the platform operator (a site admin, 平台管理员), 转办 to one or more organizations (one
 * leads), 办理 by each, the lead unit's 答复 reviewed by another member of it (four eyes), then the
 * citizen's rating and at most one 重办. Every step checks who may take it, then the message's state,
 * then writes with its audit record in one transaction.
 */
@ApplicationScoped
public class MessageService {

    private static final Logger LOG = Logger.getLogger(MessageService.class);
    /** The channel published messages go to (互动交流), from content/channels.yaml. */
    public static final String CHANNEL = org.zwgk.portal.channels.Channel.LETTERS;
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Ownership ownership;
    private final AuditLog audit;
    private final InputValidation validation;
    private final MessageRules rules;
    private final MessageThrottle throttle;
    private final Deidentifier deidentifier;
    private final SensitiveWords sensitiveWords;
    private final org.zwgk.portal.workflow.ReviewLevels levels;
    /** How a refusal names a reply in the review-level rule. */
    private static final org.zwgk.portal.workflow.ReviewLevels.Wording REPLIES = new org.zwgk.portal.workflow.ReviewLevels.Wording(
            x -> hd().ownReplyReview(), x -> hd().replySameReviewer());
    private final DocumentService documents;
    private final Clock clock;

    private final org.zwgk.portal.web.LookupThrottle lookups;

    MessageService(Ownership ownership, AuditLog audit, InputValidation validation, MessageRules rules, MessageThrottle throttle,
                   Deidentifier deidentifier, SensitiveWords sensitiveWords, DocumentService documents, Clock clock,
                   org.zwgk.portal.workflow.ReviewLevels levels, org.zwgk.portal.web.LookupThrottle lookups) {
        this.lookups = lookups;
        this.levels = levels;
        this.ownership = ownership;
        this.audit = audit;
        this.validation = validation;
        this.rules = rules;
        this.throttle = throttle;
        this.deidentifier = deidentifier;
        this.sensitiveWords = sensitiveWords;
        this.documents = documents;
        this.clock = clock;
    }

    /** What the citizen is shown once: the tracking code and the secret (only its hash is kept). */
    public record Receipt(String trackingCode, String secret, LocalDate dueOn, MessageType type) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalConfig.ZONE));
    }

    /** Checks the input without writing (the form checks before it spends its token). */
    @Transactional
    public void check(MessageInput input) {
        input.check(validation);
    }

    /**
     * Takes a message: every field checked, then {@code beforeWrite} (the form spends its token), then
     * the sender's address counted, then the message written with its audit record, committed before
     * the receipt is returned.
     */
    @Transactional
    public Receipt submit(MessageInput input, String address, Runnable beforeWrite) {
        MessageInput.Checked in = input.check(validation);
        beforeWrite.run();
        throttle.send(address);
        CitizenMessage m = new CitizenMessage();
        m.type = in.type();
        m.suggestedOrg = in.organization();
        m.subject = in.subject();
        m.body = in.text();
        m.contact = in.contact();
        m.publishConsent = in.publish();
        m.status = MessageStatus.RECEIVED;
        m.receivedAt = clock.instant();
        m.receivedOn = today();
        rules.setDue(m, m.receivedOn);
        String secret = random(12);
        m.secretHash = ReceiptSecrets.hash(secret);
        m.trackingCode = newTrackingCode(m.receivedOn);
        m.persist();
        audit.record(new Actor("citizen", address), "message.receive", "message", m.id,
                m.trackingCode + " " + m.type.code + (m.publishConsent ? " publish" : ""));
        return new Receipt(m.trackingCode, secret, m.dueOn, m.type);
    }

    /** The message this code and secret open, for its citizen; a wrong secret is as good as no message. */
    @Transactional
    public CitizenMessage follow(String trackingCode, String secret, String address) {
        // one code however it is typed (HD261204-VW4-CVZ, hd261204vw4cvz): its wrong guesses count together
        String code = org.zwgk.portal.common.ReceiptSecrets.compactCode(trackingCode);
        var admitted = lookups.admit(address, code.isEmpty() ? trackingCode : code);
        CitizenMessage m = !ReceiptSecrets.possibleCode(code) ? null : CitizenMessage.byTrackingCode(code).orElse(null);
        if (m == null || secret == null || secret.isBlank() || !ReceiptSecrets.matches(secret, m.secretHash)) {
            throw lookups.wrongSecret(admitted, () -> UserError.notFound(x -> hd().notFound()));
        }
        lookups.rightSecret(admitted);
        return m;
    }

    /**
     * The citizen's rating of the reply. Unsatisfied the first time: the message goes back to its
     * organizations for one 重办 with a new time limit from today. Otherwise the message is closed.
     */
    @Transactional
    public CitizenMessage rate(String trackingCode, String secret, String satisfaction, String address) {
        return rate(trackingCode, secret, satisfaction, null, address);
    }

    /**
     * The same with the reason a 不满意 needs ({@code reason}; ignored for the other ratings): the unit that handles
     * the 重办 reads why (browser walk: the letter went back without a word, the unit redid it blind). Empty, or
     * only spaces and invisible characters, is refused. The audit record holds the reason masked as the letter is
     * for an auditor: the citizen may name people or give numbers in it.
     */
    @Transactional
    public CitizenMessage rate(String trackingCode, String secret, String satisfaction, String reason, String address) {
        CitizenMessage m = lock(follow(trackingCode, secret, address).id);
        CitizenMessage.Satisfaction s;
        try {
            s = CitizenMessage.Satisfaction.valueOf(satisfaction == null ? "" : satisfaction.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.badInput("satisfaction", x -> hd().badSatisfaction());
        }
        if (m.status != MessageStatus.REPLIED) {
            throw UserError.conflict(x -> hd().notRateable());
        }
        String why = s == CitizenMessage.Satisfaction.UNSATISFIED ? unsatisfiedReason(reason) : null;
        m.satisfaction = s;
        m.ratedAt = clock.instant();
        if (why != null) {
            m.unsatisfiedReason = why;
        }
        String because = why == null ? "" : " 不满意的原因：" + deidentifier.letter(m.subject, m.body, m.contact, List.of()).citizenText(why);
        if (s == CitizenMessage.Satisfaction.UNSATISFIED && m.redoCount == 0) {
            m.redoCount = 1;
            m.status = MessageStatus.HANDLING;
            rules.setDue(m, today());
            audit.record(new Actor("citizen", address), "message.redo", "message", m.id,
                    m.trackingCode + " 办理期限 " + m.dueOn + because);
        } else {
            m.status = MessageStatus.CLOSED;
            audit.record(new Actor("citizen", address), "message.rate", "message", m.id, m.trackingCode + " " + s + because);
        }
        return m;
    }

    /** The most a 不满意的原因 may hold: as much as the letter itself. */
    static final int MAX_UNSATISFIED_REASON = MessageInput.MAX_TEXT;

    /** The reason of a 不满意 as others will read it, or refused: none, invisible only, control characters, too long. */
    static String unsatisfiedReason(String typed) {
        String visible = typed == null ? "" : org.zwgk.portal.common.VisibleText.lines(typed).strip();
        if (visible.isEmpty()) {
            throw UserError.badInput("reason", x -> hd().unsatisfiedNeedsReason());
        }
        if (!org.zwgk.portal.web.validation.PlainText.Check.isPlain(visible)) {
            throw UserError.badInput("reason", x -> hd().unsatisfiedReasonInvalid());
        }
        if (visible.length() > MAX_UNSATISFIED_REASON) {
            throw UserError.badInput("reason", x -> hd().tooLong(MAX_UNSATISFIED_REASON));
        }
        return visible;
    }

    // ---- the platform operator -------------------------------------------------------------

    /** 受理. */
    @Transactional
    public CitizenMessage accept(PortalUser user, long id, Actor actor) {
        return accept(user, id, null, actor);
    }

    /**
     * 受理, as the type the operator reads it to be ({@code type}: 咨询, 投诉 or 建议; null keeps the citizen's):
     * a complaint sent as a question has a complaint's time limit, counted from receipt as before (browser
     * walk: the operator could only accept or refuse it as typed).
     */
    @Transactional
    public CitizenMessage accept(PortalUser user, long id, String type, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        CitizenMessage m = lock(id);
        requireStatus(m, MessageStatus.RECEIVED);
        MessageType read = type == null || type.isBlank() ? m.type
                : MessageType.parse(type).orElseThrow(() -> UserError.badInput("type", x -> hd().badType()));
        String retyped = "";
        if (read != m.type) {
            retyped = " 类型由" + hd().typeLabel(m.type) + "改为" + hd().typeLabel(read) + "，办理期限 " + m.dueOn;
            m.type = read;
            rules.setDue(m, m.receivedOn);
            retyped += " → " + m.dueOn;
        }
        m.status = MessageStatus.ACCEPTED;
        m.decidedAt = clock.instant();
        m.decidedBy = user.username();
        audit.record(actor, "message.accept", "message", m.id, m.trackingCode + retyped);
        return m;
    }

    /** 不予受理, with the reason the citizen reads. */
    @Transactional
    public CitizenMessage reject(PortalUser user, long id, String reason, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        CitizenMessage m = lock(id);
        requireStatus(m, MessageStatus.RECEIVED);
        String r = required("reason", reason, 1000, h -> h.rejectNeedsReason());
        m.status = MessageStatus.REJECTED;
        m.rejectReason = r;
        m.decidedAt = clock.instant();
        m.decidedBy = user.username();
        audit.record(actor, "message.reject", "message", m.id, m.trackingCode + ": " + r);
        return m;
    }

    /** 转办 to these organizations; {@code lead} (one of them) answers. */
    @Transactional
    public CitizenMessage assign(PortalUser user, long id, List<String> orgCodes, String lead, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        CitizenMessage m = lock(id);
        requireStatus(m, MessageStatus.ACCEPTED);
        Set<String> codes = new LinkedHashSet<>();
        if (orgCodes != null) {
            orgCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(codes::add);
        }
        if (lead != null && !lead.isBlank()) {
            codes.add(lead.strip());
        }
        if (codes.isEmpty() || lead == null || lead.isBlank()) {
            throw UserError.badInput("lead", x -> hd().assignNeedsLead());
        }
        List<Organization> orgs = new ArrayList<>();
        for (String c : codes) {
            orgs.add(Organization.findByCode(c).orElseThrow(() -> UserError.badInput("organizations", x -> hd().badOrganization())));
        }
        Instant now = clock.instant();
        for (Organization o : orgs) {
            MessageAssignment a = new MessageAssignment();
            a.message = m;
            a.organization = o;
            a.lead = o.code.equals(lead.strip());
            a.assignedAt = now;
            a.assignedBy = user.username();
            a.persist();
        }
        // a letter a unit sent back is 改派: the record says so, the clock is the one it had (counted from receipt)
        String again = MessageSendBack.awaitingReassignment(m) ? "（改派，答复期限仍为 " + m.dueOn + "）" : "";
        m.status = MessageStatus.HANDLING;
        m.assignedAt = now;
        audit.record(actor, "message.assign", "message", m.id, m.trackingCode + " 主办 " + lead.strip() + "，交办 " + codes + again);
        return m;
    }

    /**
     * 申请退回: the lead unit's editor or reviewer says the letter is not the unit's business and sends it back to
     * the platform operator for 改派, saying why (browser walk: a 社保 question assigned to 市财政局 could only be
     * answered by it). The letter is 已受理 again, marked 退回待改派 for the operator; its assignments are removed,
     * so no unit sees it until it is assigned again, and what they were is kept with the reason. The time limit is
     * not touched: it is counted from receipt ({@link MessageRules#dueOn}), and only the citizen's 重办 restarts it;
     * the citizen reads 转办中, never the reason.
     */
    @Transactional
    public CitizenMessage sendBack(PortalUser user, long id, String reason, Actor actor) {
        CitizenMessage m = visibleLocked(user, id);
        MessageAssignment lead = MessageAssignment.lead(m).orElseThrow(() -> UserError.forbidden(x -> hd().notAssigned()));
        ownership.requireEditorOrReviewer(user, lead.organization);
        requireStatus(m, MessageStatus.HANDLING);
        String why = required("reason", reason, 1000, h -> h.sendBackNeedsReason());
        MessageSendBack b = new MessageSendBack();
        b.message = m;
        b.organization = lead.organization;
        b.reason = why;
        b.sentBackBy = user.username();
        b.sentBackAt = clock.instant();
        b.assignments = assignmentsInWords(MessageAssignment.of(m));
        b.persist();
        MessageAssignment.delete("message", m);
        m.status = MessageStatus.ACCEPTED;
        m.assignedAt = null;
        audit.record(actor, "message.send-back", "message", m.id, m.trackingCode + " 由 " + lead.organization.code
                + " 申请退回改派：" + why.replaceAll("[。；;，,、\\s]+$", "") + "；答复期限仍为 " + m.dueOn);
        return m;
    }

    /** The assignments a send-back removes, as the operator reads them: who led, who helped, what each noted. */
    private static String assignmentsInWords(List<MessageAssignment> assignments) {
        HudongMessages h = hd();
        List<String> lines = new ArrayList<>();
        for (MessageAssignment a : assignments) {
            lines.add(a.organization.name + (a.lead ? "（" + h.lead() + "）" : "")
                    + (a.handlingNote == null ? "" : "：" + a.handlingNote + "（" + a.handledBy + "）"));
        }
        return String.join("\n", lines);
    }

    // ---- the organizations -----------------------------------------------------------------

    /** 办理: an editor of an assigned organization records what it did or found. */
    @Transactional
    public MessageAssignment handle(PortalUser user, long id, String orgCode, String note, Actor actor) {
        CitizenMessage m = visibleLocked(user, id);
        MessageAssignment a = MessageAssignment.of(m, orgCode == null ? "" : orgCode.strip())
                .orElseThrow(() -> UserError.forbidden(x -> hd().notAssigned()));
        ownership.require(user, Role.EDITOR, a.organization);
        requireStatus(m, MessageStatus.HANDLING);
        a.handlingNote = required("note", note, 2000, h -> h.handlingNeedsNote());
        a.handledAt = clock.instant();
        a.handledBy = user.username();
        audit.record(actor, "message.handle", "message", m.id, m.trackingCode + " by " + a.organization.code);
        return a;
    }

    /**
     * The lead unit's editor sends the reply to review. Sensitive words found in it must have been
     * seen ({@code acknowledged}), as for a draft.
     */
    @Transactional
    public MessageReply submitReply(PortalUser user, long id, String body, boolean acknowledged, Actor actor) {
        return submitReply(user, id, body, null, acknowledged, actor);
    }

    /** Most words one reply may ask to be masked, and the longest one. */
    static final int MAX_MASKED_WORDS = 30, MAX_MASKED_WORD = 50;

    /**
     * As above, with the words the published copy masks besides what is found ({@code maskedWords}, one
     * per line): a name in running text the detectors cannot tell from other words.
     */
    @Transactional
    public MessageReply submitReply(PortalUser user, long id, String body, String maskedWords, boolean acknowledged, Actor actor) {
        CitizenMessage m = visibleLocked(user, id);
        MessageAssignment lead = MessageAssignment.lead(m).orElseThrow(() -> UserError.conflict(x -> hd().notAssigned()));
        ownership.require(user, Role.EDITOR, lead.organization);
        requireStatus(m, MessageStatus.HANDLING);
        String text = required("reply", body, MessageInput.MAX_TEXT, h -> h.replyNeedsText());
        String masks = maskedWords(maskedWords);
        int hits = sensitiveWords.check(DraftInput.Field.BODY, text).size();
        if (hits > 0 && !acknowledged) {
            throw UserError.conflict(x -> hd().replySensitive(hits));
        }
        MessageReply r = new MessageReply();
        r.message = m;
        r.organization = lead.organization;
        r.round = m.redoCount + 1;
        r.body = text;
        r.maskedWords = masks;
        r.status = MessageReply.Status.SUBMITTED;
        r.requiredLevels = org.zwgk.portal.workflow.ReviewLevels.requiredBy(lead.organization);
        r.author = user.username();
        r.createdAt = clock.instant();
        r.persist();
        m.status = MessageStatus.REPLY_REVIEW;
        audit.record(actor, "message.reply.submit", "message", m.id, m.trackingCode + (hits > 0 ? " 已核对 " + hits + " 处敏感词" : ""));
        return r;
    }

    /**
     * A reviewer of the lead unit who did not write the reply approves its next level (a different
     * person at each); the last level sends it: the citizen reads it from now on, the clock stops, and
     * with the citizen's consent the de-identified message and reply are published (a new version of
     * the same document after a 重办).
     */
    @Transactional
    public CitizenMessage approveReply(PortalUser user, long id, String comment, Actor actor) {
        return approve(user, id, null, false, comment, actor);
    }

    /**
     * As above, from a reviewer's page, which names the reply it showed ({@code seenReply}, its id; 400 when
     * missing): a reply written again since is refused (security review: a page kept open over a return and
     * a new reply approved the new one unread).
     */
    @Transactional
    public CitizenMessage approveReply(PortalUser user, long id, Long seenReply, String comment, Actor actor) {
        return approve(user, id, seenReply, true, comment, actor);
    }

    private CitizenMessage approve(PortalUser user, long id, Long seenReply, boolean fromPage, String comment, Actor actor) {
        CitizenMessage m = visibleLocked(user, id);
        MessageReply r = reviewable(user, m, seenReply, fromPage);
        org.zwgk.portal.workflow.ReviewLevels.Step step = levels.approval(user, r.reviewItem(), REPLIES);
        org.zwgk.portal.access.PublicationApproval.record(MessageReply.REVIEW_TYPE, r.id, step.level(), user.username(),
                blankToNull(comment), clock.instant());
        if (!step.last()) {
            audit.record(actor, "message.reply.approve-level", "message", m.id, m.trackingCode + " 第 " + step.level() + " 级审核（共 " + step.of() + " 级）");
            return m;
        }
        r.status = MessageReply.Status.APPROVED;
        r.reviewer = user.username();
        r.reviewComment = blankToNull(comment);
        r.reviewedAt = clock.instant();
        m.status = MessageStatus.REPLIED;
        m.repliedAt = r.reviewedAt;
        m.repliedOn = today();
        m.satisfaction = null;
        audit.record(actor, "message.reply.approve", "message", m.id, m.trackingCode);
        if (m.publishConsent) {
            publish(m, r, actor);
        }
        return m;
    }

    /** Back to the lead unit's editors with the reason. */
    @Transactional
    public CitizenMessage returnReply(PortalUser user, long id, Long seenReply, String comment, Actor actor) {
        CitizenMessage m = visibleLocked(user, id);
        MessageReply r = reviewable(user, m, seenReply, true);
        String c = required("comment", comment, 1000, h -> h.returnNeedsComment());
        r.status = MessageReply.Status.RETURNED;
        r.reviewer = user.username();
        r.reviewComment = c;
        r.reviewedAt = clock.instant();
        m.status = MessageStatus.HANDLING;
        audit.record(actor, "message.reply.return", "message", m.id, m.trackingCode + ": " + c);
        return m;
    }

    private MessageReply reviewable(PortalUser user, CitizenMessage m, Long seenReply, boolean fromPage) {
        MessageAssignment lead = MessageAssignment.lead(m).orElseThrow(() -> UserError.conflict(x -> hd().notAssigned()));
        ownership.require(user, Role.REVIEWER, lead.organization);
        requireStatus(m, MessageStatus.REPLY_REVIEW);
        MessageReply r = MessageReply.inReview(m).orElseThrow(() -> UserError.conflict(x -> hd().wrongStatus()));
        levels.requireReviewer(user, r.reviewItem(), REPLIES);
        if (fromPage && seenReply == null) {
            throw UserError.badInput("reply", x -> hd().replyNotNamed());
        }
        if (seenReply != null && !seenReply.equals(r.id)) {
            throw UserError.conflict(x -> org.zwgk.portal.workflow.PublicationLevels.changedSinceSeen());
        }
        return r;
    }

    /** What the public will read of a letter and its reply: its subject, the letter and the reply, de-identified. */
    public record PublicCopy(String subject, String letter, String reply) {
    }

    /**
     * The letter and reply as published, and as the reviewer sees them before approving: what the letter
     * gave (the writer's name, address, numbers) is masked wherever it stands, in the reply too (王五您好,
     * 您反映的前进西路88号…).
     */
    /** The words to mask, one per line, blank lines and repeats dropped; null when none. Refused: one character, too long, too many. */
    static String maskedWords(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!org.zwgk.portal.web.validation.PlainText.Check.isPlain(typed)) {
            throw UserError.badInput("maskedWords", x -> hd().maskedWordsInvalid());
        }
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        for (String line : typed.split("[\\r\\n]+")) {
            String w = org.zwgk.portal.common.VisibleText.clean(line);
            if (w.isEmpty()) {
                continue;
            }
            if (w.codePointCount(0, w.length()) < 2 || w.length() > MAX_MASKED_WORD) {
                throw UserError.badInput("maskedWords", x -> hd().maskedWordLength(w.length() > MAX_MASKED_WORD ? w.substring(0, 20) + "…" : w, MAX_MASKED_WORD));
            }
            words.add(w);
        }
        if (words.size() > MAX_MASKED_WORDS) {
            throw UserError.badInput("maskedWords", x -> hd().maskedWordsTooMany(MAX_MASKED_WORDS));
        }
        return words.isEmpty() ? null : String.join("\n", words);
    }

    public PublicCopy publicCopy(CitizenMessage m, MessageReply r) {
        Deidentifier.Letter letter = deidentifier.letter(m.subject, m.body, m.contact, r.maskedWordList(), r.body);
        return new PublicCopy(letter.subject(), letter.body(), letter.apply(r.body));
    }

    /** The public copy of the reply under review, for its reviewer; empty when the writer did not consent to publication. */
    public java.util.Optional<PublicCopy> publicCopyUnderReview(CitizenMessage m) {
        return m.publishConsent ? MessageReply.inReview(m).map(r -> publicCopy(m, r)) : java.util.Optional.empty();
    }

    /** The published copy: what the public may read of the message and its reply, de-identified. */
    private void publish(CitizenMessage m, MessageReply r, Actor actor) {
        Channel channel = Channel.findByCode(CHANNEL).orElse(null);
        if (channel == null) {
            LOG.warnf("no channel %s: message %s is not published", CHANNEL, m.trackingCode);
            return;
        }
        HudongMessages h = hd();
        PublicCopy copy = publicCopy(m, r);
        String title = copy.subject();
        String body = "## " + h.publishedQuestion() + "\n\n" + LiteralMarkdown.of(copy.letter()) + "\n\n## " + h.publishedReply(r.organization.name)
                + "\n\n" + LiteralMarkdown.of(copy.reply()) + "\n\n"
                + h.publishedFacts(h.typeLabel(m.type), m.receivedOn.toString(), m.repliedOn.toString(), rules.daysTaken(m.receivedOn, m.repliedOn)) + "\n";
        DocumentMetadata meta = DocumentMetadata.proactive(DocumentType.RESPONSE, title, body);
        meta.writtenOn = m.repliedOn;
        meta.summary = h.publishedSummary(h.typeLabel(m.type), r.organization.name);
        DocumentContent content = new DocumentContent(r.organization, channel, meta, null);
        if (m.publishedDocument == null) {
            m.publishedDocument = documents.publish(content, new DocumentService.Origin(null, null, null), h.publishedNote(), actor);
        } else {
            documents.revise(m.publishedDocument, content, ChangeKind.MAJOR, h.publishedRedoNote(), null, actor);
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    /** Whether this person sees the message: the operator and auditors all, an organization's staff those assigned to it. */
    public boolean sees(PortalUser user, CitizenMessage m) {
        if (user == null) {
            return false;
        }
        return handles(user, m) || user.hasSiteRole(Role.AUDITOR);
    }

    /**
     * Whether this person handles the message (the operator, the staff of an organization it is
     * assigned to) rather than only overseeing it (auditors): only those who handle it see the
     * citizen's contact and personal data unmasked.
     */
    public boolean handles(PortalUser user, CitizenMessage m) {
        return user != null && (user.siteAdmin()
                || MessageAssignment.of(m).stream().anyMatch(a -> user.roles().containsKey(a.organization.code)));
    }

    /** A message this person may see; one they may not answers 404 like one that does not exist. */
    @Transactional
    public CitizenMessage visible(PortalUser user, long id) {
        ownership.requireLoggedIn(user);
        CitizenMessage m = CitizenMessage.findById(id);
        if (m == null || !sees(user, m)) {
            throw UserError.notFound(x -> hd().notFound());
        }
        return m;
    }

    /** The operator's and auditors' queue (all open messages), or an organization member's (theirs). */
    @Transactional
    public List<CitizenMessage> queue(PortalUser user) {
        ownership.requireLoggedIn(user);
        if (user.siteAdmin() || user.hasSiteRole(Role.AUDITOR)) {
            return CitizenMessage.inStatus(IN_HAND);
        }
        return MessageAssignment.messagesOf(user.roles().keySet(), IN_HAND);
    }

    /**
     * The messages this person saw through that are done with (办结 or 不予受理), newest first, a page at a
     * time: they grow with every year, the work in hand does not.
     */
    public org.zwgk.portal.web.Page<CitizenMessage> done(PortalUser user, org.zwgk.portal.web.PageRequest page) {
        ownership.requireLoggedIn(user);
        if (user.siteAdmin() || user.hasSiteRole(Role.AUDITOR)) {
            var query = CitizenMessage.<CitizenMessage>find("status in ?1 order by id desc", DONE);
            return new org.zwgk.portal.web.Page<>(query.count(), page.page(), page.size(),
                    query.page(page.page() - 1, page.size()).list());
        }
        return MessageAssignment.doneOf(user.roles().keySet(), DONE, page);
    }

    /** Statuses of the work in hand: waiting for someone here, or answered and waiting for the citizen's rating. */
    static final List<MessageStatus> IN_HAND = List.of(MessageStatus.RECEIVED, MessageStatus.ACCEPTED, MessageStatus.HANDLING,
            MessageStatus.REPLY_REVIEW, MessageStatus.REPLIED);
    static final List<MessageStatus> DONE = List.of(MessageStatus.CLOSED, MessageStatus.REJECTED);

    private CitizenMessage visibleLocked(PortalUser user, long id) {
        visible(user, id);
        return lock(id);
    }

    private static CitizenMessage lock(long id) {
        CitizenMessage m = CitizenMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw UserError.notFound(x -> hd().notFound());
        }
        return m;
    }

    private static void requireStatus(CitizenMessage m, MessageStatus expected) {
        if (m.status != expected) {
            throw UserError.conflict(x -> hd().wrongStatus());
        }
    }

    private static String required(String field, String value, int max, Function<HudongMessages, String> message) {
        if (value == null || value.isBlank()) {
            throw UserError.badInput(field, x -> message.apply(hd()));
        }
        if (value.strip().length() > max) {
            throw UserError.badInput(field, x -> hd().tooLong(max));
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String newTrackingCode(LocalDate day) {
        for (int i = 0; i < 10; i++) {
            String code = org.zwgk.portal.common.ReceiptSecrets.LETTER_PREFIX + CODE_DATE.format(day) + random(6);
            if (CitizenMessage.byTrackingCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code");
    }

    private static String random(int n) {
        return ReceiptSecrets.random(ALPHABET, n);
    }

    static HudongMessages hd() {
        return MessageBundles.get(HudongMessages.class);
    }
}
