package org.zwgk.portal.access;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * One reviewer's approval of one level of something reviewed before it goes out: a {@link Publishable}
 * (a survey, a consultation, an interview) or a message reply, told apart by {@code itemType}.
 */
@Entity
@Table(name = "publication_review")
public class PublicationApproval extends PanacheEntity {

    public String itemType;
    public Long itemId;
    @Column(name = "level_no")
    public int level;
    public String reviewer;
    public String comment;
    public Instant decidedAt;

    /** Who approved its levels so far, level 1 first. */
    public static List<String> approvers(Publishable item) {
        return approvers(item.reviewType(), item.reviewId());
    }

    public static List<String> approvers(String itemType, Long itemId) {
        if (itemId == null) {
            return List.of();
        }
        return PublicationApproval.<PublicationApproval>list("itemType = ?1 and itemId = ?2 order by level, id", itemType, itemId)
                .stream().map(a -> a.reviewer).toList();
    }

    /** Records one level's approval. */
    public static PublicationApproval record(String itemType, Long itemId, int level, String reviewer, String comment, Instant at) {
        PublicationApproval a = new PublicationApproval();
        a.itemType = itemType;
        a.itemId = itemId;
        a.level = level;
        a.reviewer = reviewer;
        a.comment = comment;
        a.decidedAt = at;
        a.persist();
        return a;
    }
}
