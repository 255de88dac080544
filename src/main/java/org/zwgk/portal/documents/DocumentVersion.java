package org.zwgk.portal.documents;

import org.zwgk.portal.web.Routes;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One published state of a document, kept readable forever with its change note. */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Document document;

    public int major;
    public int minor;

    @Enumerated(EnumType.STRING)
    public ChangeKind changeKind;
    public String changeNote;

    @Embedded
    public DocumentMetadata meta = new DocumentMetadata();

    public Instant createdAt;
    public String createdBy;

    public String label() {
        return major + "." + minor;
    }

    public String url() {
        return Routes.documentVersion(document.id, label());
    }

    public static List<DocumentVersion> history(Document document) {
        return list("document = ?1 order by major desc, minor desc", document);
    }

    public static Optional<DocumentVersion> find(Document document, int major, int minor) {
        return find("document = ?1 and major = ?2 and minor = ?3", document, major, minor).firstResultOptional();
    }
}
