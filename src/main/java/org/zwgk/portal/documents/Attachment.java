package org.zwgk.portal.documents;

import org.zwgk.portal.web.Routes;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.zwgk.portal.attachments.AttachedFile;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** A file attached to a document, stored by its SHA-256 under the data directory. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Document document;

    @Embedded
    public AttachedFile file = new AttachedFile();
    public int sortOrder;
    public java.time.Instant retiredAt;

    public String url() {
        return Routes.attachment(id, file.fileName);
    }

    public static List<Attachment> of(Document document) {
        return list("document = ?1 and retiredAt is null order by sortOrder, id", document);
    }
}
