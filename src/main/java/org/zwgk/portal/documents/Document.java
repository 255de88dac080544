package org.zwgk.portal.documents;

import org.zwgk.portal.web.Routes;
import org.zwgk.portal.catalog.DocumentType;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A piece of government information as it currently stands. Every published state is also kept
 * as a {@link DocumentVersion}; this row is the head of that history.
 */
@Entity
@Table(name = "document")
public class Document extends PanacheEntity {

    /** Stable key of the file in the content repository this document came from, if any. */
    public String contentKey;
    /** Identifier the record had in the corpus it was imported from, if any. */
    public String externalId;

    public String indexNumber;

    @Enumerated(EnumType.STRING)
    public DocumentStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Channel channel;

    @Embedded
    public DocumentMetadata meta = new DocumentMetadata();

    public Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    public Document replacedBy;

    /** Why it was withdrawn or removed; shown on the public notice. */
    public String statusReason;
    public Instant statusChangedAt;

    public int currentMajor;
    public int currentMinor;
    public String contentHash;

    @Version
    public int lockVersion;

    public Instant createdAt;
    public Instant updatedAt;

    /** What {@link ListingCounts} counted this document under when it was loaded or last changed; not stored. */
    @Transient
    ListingCounts.Counted counted;

    @PostLoad
    void rememberListing() {
        counted = ListingCounts.Counted.of(this);
    }

    public String versionLabel() {
        return currentMajor + "." + currentMinor;
    }

    /** Listed on public pages, in the API and (later) in the search index. */
    public boolean isListed() {
        return status == DocumentStatus.PUBLISHED && meta.disclosure == Disclosure.PROACTIVE;
    }

    /**
     * Issued by another body and held here for reference (a law's 国务院 as its stated 发布机构, or imported from a
     * corpus): published, searchable and listed on its channel, but not this government's information, so not in
     * the 政府信息公开目录, its counts or 最新信息 (browser walk: 3,424 national laws listed as 昆山市人民政府办公室's).
     */
    public boolean issuedElsewhere() {
        // the same rule as ISSUED_HERE, on a loaded document
        return meta.publisher != null || externalId != null;
    }

    /** {@link #issuedElsewhere}'s opposite in HQL over {@code Document d}: what the catalogue and Art. 19–20 counts keep. */
    static final String ISSUED_HERE = "d.meta.publisher is null and d.externalId is null";

    /** Has a public page: listed documents, and withdrawn ones (which show their reason). */
    public boolean hasPublicPage() {
        return meta.disclosure == Disclosure.PROACTIVE
                && (status == DocumentStatus.PUBLISHED || status == DocumentStatus.WITHDRAWN);
    }

    public String url() {
        return Routes.document(id);
    }

    /** The 发布机构 pages and results name: the publisher a document states (a law's 国务院), else its organization. */
    /** Under what the privacy review keeps this document's decisions (a draft's are carried here when it is published). */
    public String privacySubject() {
        return "document:" + id;
    }

    public String publisherName() {
        return meta.publisher == null ? organization.name : meta.publisher;
    }

    public static Optional<Document> findByContentKey(String key) {
        return find("contentKey", key).firstResultOptional();
    }

    public static Optional<Document> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }
}
