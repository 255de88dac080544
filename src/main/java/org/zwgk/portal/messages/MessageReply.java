package org.zwgk.portal.messages;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 答复: the lead unit's answer, written by one of its editors and sent to the citizen only when
 * reviewers of the same organization who did not write it approve it at each of its review levels
 * (one person per level, as for documents: {@link org.zwgk.portal.workflow.ReviewLevels}).
 * Round 1 is the first answer, round 2 the answer after a 重办.
 */
@Entity
@Table(name = "message_reply")
public class MessageReply extends PanacheEntity {

    public enum Status { SUBMITTED, RETURNED, APPROVED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CitizenMessage message;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Column(name = "round_no")
    public int round;
    public String body;
    /** What the editor asked to be masked in the published copy too, one per line (null: nothing more). */
    @Column(name = "masked_words")
    public String maskedWords;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String author;
    public Instant createdAt;
    /** The reviewer whose approval sent it (the last level), or who returned it. */
    public String reviewer;
    public String reviewComment;
    public Instant reviewedAt;
    /** The lead unit's review levels when it went to review; each approval is a {@link org.zwgk.portal.access.PublicationApproval}. */
    public int requiredLevels = 1;
    /** How its approvals are named among {@link org.zwgk.portal.access.PublicationApproval}s. */
    public static final String REVIEW_TYPE = "message-reply";

    /** Who approved its levels so far, level 1 first. */
    public List<String> approvers() {
        return org.zwgk.portal.access.PublicationApproval.approvers(REVIEW_TYPE, id);
    }

    /** This reply as the review-level rule sees it: its author may review no level, nobody two. */
    public org.zwgk.portal.workflow.ReviewLevels.Item reviewItem() {
        List<String> approvers = approvers();
        return new org.zwgk.portal.workflow.ReviewLevels.Item(organization, requiredLevels, approvers.size(), java.util.Set.of(author), approvers);
    }

    /** {@link #maskedWords} as a list. */
    public List<String> maskedWordList() {
        return maskedWords == null ? List.of() : maskedWords.lines().map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** Every word the message's editors listed to mask, over all its replies: whatever one of them saw, any view masks. */
    public static List<String> maskedWordsOf(CitizenMessage m) {
        return of(m).stream().flatMap(r -> r.maskedWordList().stream()).distinct().toList();
    }

    public static List<MessageReply> of(CitizenMessage m) {
        return list("message = ?1 order by id", m);
    }

    /** The reply the citizen was sent last (the newest approved one). */
    public static Optional<MessageReply> sent(CitizenMessage m) {
        return find("message = ?1 and status = ?2 order by id desc", m, Status.APPROVED).firstResultOptional();
    }

    public static Optional<MessageReply> inReview(CitizenMessage m) {
        return find("message = ?1 and status = ?2 order by id desc", m, Status.SUBMITTED).firstResultOptional();
    }
}
