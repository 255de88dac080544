package org.zwgk.portal.messages;

import org.zwgk.portal.privacy.Deidentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A message as a page shows it, read inside its transaction: the citizen's status page (their own
 * text, the reply sent, the rating form) and the workbench's detail page (assignments, every reply
 * with its review). {@code unsatisfiedReason}, why the citizen rated a reply 不满意, is for staff only (null on the
 * citizen's page): masked as the letter for who oversees it, never published.
 */
public record MessageView(long id, String trackingCode, MessageType type, MessageStatus status, String subject, String body,
                          String contact, boolean publishConsent, String suggestedOrg, Instant receivedAt, LocalDate receivedOn,
                          LocalDate dueOn, MessageRules.Urgency urgency, String rejectReason, int redoCount,
                          CitizenMessage.Satisfaction satisfaction, String unsatisfiedReason, Instant repliedAt, String sentReply, String sentReplyOrg,
                          List<Assignment> assignments, List<Reply> replies, Long publishedDocumentId, int limitDays,
                          String leadCode, List<SentBack> sentBack, boolean reassigning) {

    /** Whether this unit sent the letter back before: the operator's 转办 lists say so beside its name. */
    public boolean sentBackBy(String orgName) {
        return sentBack.stream().anyMatch(b -> b.orgName().equals(orgName));
    }

    /** The types the operator may accept it as. */
    public List<MessageType> types() {
        return List.of(MessageType.values());
    }

    /**
     * 申请退回 of a unit, for staff (the citizen reads only that it is 转办中): which unit, who, when, why, and the
     * assignments it removed.
     */
    public record SentBack(String orgName, String by, Instant at, String reason, String assignments) {
    }

    public record Assignment(String orgCode, String orgName, boolean lead, String note, Instant handledAt, String handledBy) {
    }

    public record Reply(long id, int round, String body, MessageReply.Status status, String author, Instant createdAt,
                        String reviewer, String reviewComment, Instant reviewedAt, int requiredLevels,
                        List<String> approvers) {

        public int approvedLevels() {
            return approvers.size();
        }

        /** The level a reviewer's approval would complete now. */
        public int nextLevel() {
            return approvers.size() + 1;
        }
    }

    static MessageView of(CitizenMessage m, MessageRules rules, LocalDate today, Deidentifier deidentifier, boolean staff) {
        MessageReply sent = MessageReply.sent(m).orElse(null);
        List<Assignment> assignments = staff ? MessageAssignment.of(m).stream().map(a -> new Assignment(a.organization.code,
                a.organization.name, a.lead, a.handlingNote, a.handledAt, a.handledBy)).toList() : List.of();
        List<Reply> replies = staff ? MessageReply.of(m).stream().map(r -> new Reply(r.id, r.round, r.body, r.status, r.author,
                r.createdAt, r.reviewer, r.reviewComment, r.reviewedAt, r.requiredLevels, r.approvers())).toList() : List.of();
        String lead = MessageAssignment.lead(m).map(a -> a.organization.code).orElse(null);
        // the citizen's own letter is shown masked as on the receipt (browser walk: the receipt hid the phone, this page
        // showed it): whoever looks over their shoulder reads no more of it than the public would; the reply, written
        // to them (an office's contact number in it), stays as sent; the words an editor listed are masked here as in public
        Deidentifier.Letter masked = staff ? null : deidentifier.letter(m.subject, m.body, m.contact, MessageReply.maskedWordsOf(m),
                sent == null ? null : sent.body);
        return new MessageView(m.id, m.trackingCode, m.type, m.status, staff ? m.subject : masked.subject(),
                staff ? m.body : masked.body(), staff ? m.contact : null, m.publishConsent,
                m.suggestedOrg == null ? null : m.suggestedOrg.name, m.receivedAt, m.receivedOn, m.dueOn, rules.urgency(m, today),
                m.rejectReason, m.redoCount, m.satisfaction, staff ? m.unsatisfiedReason : null, m.repliedAt,
                sent == null ? null : sent.body, sent == null ? null : sent.organization.name,
                assignments, replies, m.publishedDocument == null ? null : m.publishedDocument.id, rules.limitDays(m.type), lead,
                staff ? MessageSendBack.of(m).stream().map(b -> new SentBack(b.organization.name, b.sentBackBy, b.sentBackAt,
                        b.reason, b.assignments)).toList() : List.of(),
                MessageSendBack.awaitingReassignment(m));
    }

    /**
     * The same message for someone who oversees the handling (an auditor: deadlines, replies, ratings)
     * without handling it: the citizen's contact left out and names, ID and phone numbers masked in every
     * text, as they would be on a public page, with the words the replying editors listed ({@code listed}).
     * Handling it needs the contact; overseeing it does not.
     */
    MessageView overseen(Deidentifier deidentifier, String contactHidden, List<String> listed) {
        // what the replies give away is masked in the letter too, as on the public page
        java.util.List<String> about = new java.util.ArrayList<>();
        about.add(sentReply);
        replies.forEach(r -> about.add(r.body()));
        Deidentifier.Letter mask = deidentifier.letter(subject, body, contact, listed, about.toArray(String[]::new));
        return new MessageView(id, trackingCode, type, status, mask.subject(), mask.body(),
                contact == null ? null : contactHidden, publishConsent, suggestedOrg, receivedAt, receivedOn, dueOn, urgency,
                mask.apply(rejectReason), redoCount, satisfaction, mask.citizenText(unsatisfiedReason), repliedAt, mask.apply(sentReply), sentReplyOrg,
                assignments.stream().map(a -> new Assignment(a.orgCode(), a.orgName(), a.lead(), mask.apply(a.note()),
                        a.handledAt(), a.handledBy())).toList(),
                replies.stream().map(r -> new Reply(r.id(), r.round(), mask.apply(r.body()), r.status(), r.author(),
                        r.createdAt(), r.reviewer(), mask.apply(r.reviewComment()), r.reviewedAt(), r.requiredLevels(),
                        r.approvers())).toList(),
                publishedDocumentId, limitDays, leadCode,
                sentBack.stream().map(b -> new SentBack(b.orgName(), b.by(), b.at(), mask.apply(b.reason()),
                        mask.apply(b.assignments()))).toList(), reassigning);
    }

    /** The send-back the operator is to act on now (the latest), or null when the letter does not wait for 改派. */
    public SentBack pendingSendBack() {
        return reassigning && !sentBack.isEmpty() ? sentBack.get(sentBack.size() - 1) : null;
    }

    public boolean rateable() {
        return status == MessageStatus.REPLIED;
    }

    public boolean replyInReview() {
        return status == MessageStatus.REPLY_REVIEW;
    }

    public Reply reviewing() {
        return replies.stream().filter(r -> r.status() == MessageReply.Status.SUBMITTED).reduce((a, b) -> b).orElse(null);
    }
}
