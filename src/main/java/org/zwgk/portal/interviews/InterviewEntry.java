package org.zwgk.portal.interviews;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One entry of the live page and later the transcript: who spoke, what was said, and maybe a picture. */
@Entity
@Table(name = "interview_entry")
public class InterviewEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Interview interview;
    public String speaker;
    public String body;
    /** The picture in the attachment store (content-addressed), its checked type and size; null without one. */
    public String pictureSha256;
    public String pictureType;
    public Long pictureSize;
    public String postedBy;
    public Instant postedAt;

    public static List<InterviewEntry> of(Interview i) {
        return list("interview = ?1 order by id", i);
    }
}
