package org.zwgk.portal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.DocumentType;

import java.time.LocalDate;

/**
 * What an author decides about a document: its 信息类别, title, 文号, classifications, dates, 有效性,
 * 公开属性, summary and body. The one declaration of document metadata: a document, each of its
 * versions and a draft embed it, with the same columns in each table.
 */
@Embeddable
public class DocumentMetadata {

    public static final int MAX_TITLE = 500;
    public static final int MAX_DOC_NUMBER = 200;
    public static final int MAX_WITHHELD_REASON = 1000;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_BODY = 2_000_000;
    public static final int MAX_PUBLISHER = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    public DocumentType type;
    public String title;
    public String docNumber;
    @ManyToOne(fetch = FetchType.LAZY)
    public Classification topic;
    @ManyToOne(fetch = FetchType.LAZY)
    public Classification genre;
    public LocalDate writtenOn;
    @Enumerated(EnumType.STRING)
    public Validity validity;
    @Enumerated(EnumType.STRING)
    public Disclosure disclosure;
    public String withheldReason;
    public String summary;
    public String body;
    /**
     * The 发布机构 when it is not the owning organization (a national law filed in a local channel:
     * 国务院, 全国人民代表大会常务委员会 …); null means the owner published it.
     */
    public String publisher;

    /** Proactively disclosed (主动公开) metadata with the three things every document has. */
    public static DocumentMetadata proactive(DocumentType type, String title, String body) {
        DocumentMetadata m = new DocumentMetadata();
        m.type = type;
        m.title = title;
        m.body = body;
        m.disclosure = Disclosure.PROACTIVE;
        return m;
    }

    /** A separate copy: an embedded value belongs to one row, so a snapshot never shares it. */
    public DocumentMetadata copy() {
        DocumentMetadata c = new DocumentMetadata();
        c.type = type;
        c.title = title;
        c.docNumber = docNumber;
        c.topic = topic;
        c.genre = genre;
        c.writtenOn = writtenOn;
        c.validity = validity;
        c.disclosure = disclosure;
        c.withheldReason = withheldReason;
        c.summary = summary;
        c.body = body;
        c.publisher = publisher;
        return c;
    }
}
