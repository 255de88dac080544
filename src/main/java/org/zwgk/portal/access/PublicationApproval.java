package org.zwgk.portal.access;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One reviewer's approval of one level of a {@link Publishable} (a survey, a consultation, an interview). */
@Entity
@Table(name = "publication_review")
public class PublicationApproval extends PanacheEntity {

    public String itemType;
    public Long itemId;
    @Column(name = "level_no")
    public int level;
    public String reviewer;
    public Instant decidedAt;

    /** Who approved its levels so far, level 1 first. */
    public static List<String> approvers(Publishable item) {
        if (item.reviewId() == null) {
            return List.of();
        }
        return PublicationApproval.<PublicationApproval>list("itemType = ?1 and itemId = ?2 order by level, id", item.reviewType(), item.reviewId())
                .stream().map(a -> a.reviewer).toList();
    }
}
