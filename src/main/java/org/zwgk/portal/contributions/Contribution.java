package org.zwgk.portal.contributions;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.zwgk.portal.access.Owner;

import java.time.Instant;

/**
 * A citizen's text that waits for moderation and, once approved, shows de-identified on a public page:
 * a consultation's comment, an interview's question, a survey's free-text answer. The columns they
 * share; each feature's entity adds what it belongs to ({@link #subject()}) and keeps its own table.
 */
@MappedSuperclass
public abstract class Contribution extends PanacheEntity {

    /**
     * PENDING until the subject's organization approves (shown) or rejects (never shown) it;
     * COUNTED for a survey's ticked option, which is counted and never moderated.
     */
    public enum Status { PENDING, APPROVED, REJECTED, COUNTED }

    /** What a contribution belongs to: the audit entity ({@code "consultation"}), its id, and who moderates it. */
    public record Subject(String type, long id, Owner owner) {
    }

    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String moderatedBy;
    public Instant moderatedAt;

    /** The consultation, interview or survey this contribution was sent to. */
    public abstract Subject subject();
}
