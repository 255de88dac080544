package org.zwgk.portal.workflow;

import org.zwgk.portal.documents.Attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.zwgk.portal.attachments.AttachedFile;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** A file uploaded to a draft, already in the content-addressed store; it becomes an Attachment on publication. */
@Entity
@Table(name = "draft_attachment")
public class DraftAttachment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Draft draft;
    @Embedded
    public AttachedFile file = new AttachedFile();
    public int sortOrder;

    public static List<DraftAttachment> of(Draft draft) {
        return list("draft = ?1 order by sortOrder, id", draft);
    }
}
