package org.zwgk.portal.messages;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's 咨询, 投诉 or 建议 as sent, with where it stands. The citizen follows it by its
 * tracking code and secret; only the secret's SHA-256 is kept. The text as sent is never public:
 * what is published is a de-identified copy, as a document, and only with the citizen's consent.
 */
@Entity
@Table(name = "citizen_message")
public class CitizenMessage extends PanacheEntity {

    public String trackingCode;
    public String secretHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "message_type")
    public MessageType type;
    /** The organization the citizen named, if any: a hint for the operator, not an assignment. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organization suggestedOrg;
    public String subject;
    public String body;
    public String contact;
    public boolean publishConsent;
    @Enumerated(EnumType.STRING)
    public MessageStatus status;
    public Instant receivedAt;
    public LocalDate receivedOn;
    /** The last day of the time limit (working days of the message's type; restarted by a 重办). */
    public LocalDate dueOn;
    /**
     * {@link #dueOn} was counted over a year whose holiday notice the site did not hold: counted again at start on the
     * files then in use ({@link MessageDueDays}) until it is final.
     */
    public boolean dueProvisional;
    public Instant decidedAt;
    public String decidedBy;
    public String rejectReason;
    public Instant assignedAt;
    public Instant repliedAt;
    public LocalDate repliedOn;
    public int redoCount;
    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;
    public Instant ratedAt;
    /**
     * Why the citizen was not satisfied, typed with the latest 不满意 (required with it): the unit reads it for the
     * 重办. Staff only, never published; kept when a later rating is 满意, as the reason of the earlier one.
     */
    public String unsatisfiedReason;
    @ManyToOne(fetch = FetchType.LAZY)
    public Document publishedDocument;

    @Version
    public long lockVersion;

    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, UNSATISFIED }

    /** The message of this code, typed with or without the separators of its receipt ({@link #readableCode}). */
    public static Optional<CitizenMessage> byTrackingCode(String code) {
        return find("trackingCode", org.zwgk.portal.common.ReceiptSecrets.compactCode(code)).firstResultOptional();
    }

    /**
     * The code as receipts and pages show it, in groups for reading and copying: HD261204VW4CVZ is
     * HD261204-VW4-CVZ (the day of receipt, then the random part in threes). Stored without separators.
     */
    public static String readableCode(String code) {
        return code != null && code.matches("HD\\d{6}[A-Z0-9]{6}")
                ? code.substring(0, 8) + "-" + code.substring(8, 11) + "-" + code.substring(11) : code;
    }

    public static List<CitizenMessage> inStatus(Collection<MessageStatus> statuses) {
        return list("status in ?1 order by dueOn, id", statuses);
    }

    /** Published with the citizen's consent, newest reply first. */
    public static List<CitizenMessage> published(int first, int max) {
        return find("publishedDocument is not null order by repliedAt desc, id desc").range(first, first + max - 1).list();
    }

    public static long publishedCount() {
        return count("publishedDocument is not null");
    }
}
