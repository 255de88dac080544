package org.zwgk.portal.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's decision on one finding of a subject ({@code draft:12}, {@code document:7}): masked
 * as personal, or kept as not personal with a reason. Keyed by {@link Finding#key()}, never the value.
 */
@Entity
@Table(name = "privacy_decision")
public class PrivacyDecision extends PanacheEntity {

    public enum Decision {
        /** Personal data: masked when published. */
        MASK,
        /** Not personal data (a reviewer's reason says why): published as written. */
        NOT_PERSONAL
    }

    public String subject;
    @Column(name = "finding_key")
    public String findingKey;
    @Enumerated(EnumType.STRING)
    public PiiType piiType;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String reason;
    public String decidedBy;
    public Instant decidedAt;

    public static List<PrivacyDecision> of(String subject) {
        return list("subject", subject);
    }
}
