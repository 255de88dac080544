package org.zwgk.portal.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** A directed link between two documents; read in both directions (policy ⇄ interpretation). */
@Entity
@Table(name = "document_link")
public class DocumentLink extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Document source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Document target;

    @Enumerated(EnumType.STRING)
    public LinkType linkType;

    public static List<DocumentLink> from(Document source, LinkType type) {
        return list("source = ?1 and linkType = ?2", source, type);
    }

    public static List<DocumentLink> to(Document target, LinkType type) {
        return list("target = ?1 and linkType = ?2", target, type);
    }
}
