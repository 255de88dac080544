package org.zwgk.portal.documents;

import org.zwgk.portal.attachments.AttachedFile;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.NewAttachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.privacy.Deidentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rules of publishing: a published document only changes by gaining a version with a change
 * note, it leaves the public pages only by withdrawal or removal with a reason, and every such step
 * is audited in the same transaction.
 */
@ApplicationScoped
public class DocumentService implements org.zwgk.portal.channels.ChannelContents {

    private final IndexNumberAllocator indexNumbers;
    private final AttachmentStore attachments;
    private final AuditLog audit;
    private final Event<DocumentChanged> changed;
    private final Deidentifier gate;

    DocumentService(IndexNumberAllocator indexNumbers, AttachmentStore attachments, AuditLog audit,
                    Event<DocumentChanged> changed, Deidentifier gate) {
        this.indexNumbers = indexNumbers;
        this.attachments = attachments;
        this.audit = audit;
        this.changed = changed;
        this.gate = gate;
    }

    /** Where a document came from, so a later import finds it again. */
    public record Origin(String contentKey, String externalId, String contentHash) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Document publish(DocumentContent content, Origin origin, String note, Actor actor) {
        return publish(content, origin, note, actor, Deidentifier.Policy.DEFAULT);
    }

    /**
     * Publishes a document. What is stored as published has passed the de-identification gate
     * ({@link Deidentifier}) under {@code policy} (the values reviewers kept as not personal), so the
     * pages, the API, the index, feeds and exports built from it never hold the unmasked text.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Document publish(DocumentContent content, Origin origin, String note, Actor actor, Deidentifier.Policy policy) {
        Instant now = Instant.now();
        Document doc = new Document();
        doc.contentKey = origin.contentKey();
        doc.externalId = origin.externalId();
        doc.contentHash = origin.contentHash();
        apply(doc, content, policy);
        Instant published = content.publishedAt() != null ? content.publishedAt() : now;
        doc.publishedAt = content.undated() ? null : published;
        doc.status = DocumentStatus.PUBLISHED;
        int year = content.meta().writtenOn != null ? content.meta().writtenOn.getYear() : published.atZone(org.zwgk.portal.common.PortalConfig.ZONE).getYear();
        doc.indexNumber = indexNumbers.allocate(content.organization(), year);
        doc.currentMajor = 1;
        doc.currentMinor = 0;
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.persist();
        addVersion(doc, ChangeKind.MAJOR, gate.mask(note), actor, published);
        audit.record(actor, "document.publish", "document", doc.id, doc.indexNumber + " " + doc.meta.title);
        auditException(doc, content.meta(), actor);
        changed.fire(DocumentChanged.of(doc));
        return doc;
    }

    /** Records a change as a new version with its change note. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(Document doc, DocumentContent content, ChangeKind kind, String changeNote,
                          String contentHash, Actor actor) {
        revise(doc, content, kind, changeNote, contentHash, actor, Deidentifier.Policy.DEFAULT);
    }

    /** A new version, its text through the de-identification gate under {@code policy} (as {@link #publish}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(Document doc, DocumentContent content, ChangeKind kind, String changeNote,
                       String contentHash, Actor actor, Deidentifier.Policy policy) {
        Objects.requireNonNull(changeNote, "a change needs a change note");
        String before = describe(doc);
        apply(doc, content, policy);
        if (content.publishedAt() != null || content.undated()) {
            doc.publishedAt = content.publishedAt();
        }
        doc.contentHash = contentHash;
        doc.updatedAt = Instant.now();
        if (kind == ChangeKind.MAJOR) {
            doc.currentMajor++;
            doc.currentMinor = 0;
        } else {
            doc.currentMinor++;
        }
        addVersion(doc, kind, gate.mask(changeNote), actor, doc.updatedAt);
        audit.record(actor, "document.revise", "document", doc.id,
                "v" + doc.versionLabel() + " " + gate.mask(changeNote) + "; before: " + before);
        auditException(doc, content.meta(), actor);
        changed.fire(DocumentChanged.of(doc));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Document doc, String reason, Actor actor) {
        changeStatus(doc, DocumentStatus.WITHDRAWN, reason, actor, "document.withdraw");
    }

    /** For something published in error: its address answers 410 with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Document doc, String reason, Actor actor) {
        changeStatus(doc, DocumentStatus.REMOVED, reason, actor, "document.remove");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void republish(Document doc, Actor actor) {
        changeStatus(doc, DocumentStatus.PUBLISHED, null, actor, "document.republish");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setReplacedBy(Document doc, Document replacement, Actor actor) {
        if (doc.replacedBy == replacement) {
            return;
        }
        doc.replacedBy = replacement;
        audit.record(actor, "document.replaced-by", "document", doc.id,
                replacement == null ? "none" : replacement.indexNumber);
    }

    /** Makes the set of outgoing links of one type exactly {@code targets}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setLinks(Document source, LinkType type, List<Document> targets, Actor actor) {
        boolean changed = false;
        List<DocumentLink> existing = DocumentLink.from(source, type);
        for (DocumentLink link : existing) {
            if (!targets.contains(link.target)) {
                link.delete();
                changed = true;
            }
        }
        for (Document target : targets) {
            if (existing.stream().noneMatch(l -> l.target == target)) {
                DocumentLink link = new DocumentLink();
                link.source = source;
                link.target = target;
                link.linkType = type;
                link.persist();
                changed = true;
            }
        }
        if (changed) {
            audit.record(actor, "document.links", "document", source.id,
                    type + " " + targets.stream().map(d -> d.indexNumber).toList());
        }
    }

    /** Stores the files and makes them the document's current attachments; replaced ones are retired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setAttachments(Document doc, List<NewAttachment> files, Actor actor) {
        Instant now = Instant.now();
        for (Attachment old : Attachment.of(doc)) {
            old.retiredAt = now;
        }
        int order = 0;
        for (NewAttachment file : files) {
            AttachmentStore.StoredFile stored = attachments.store(file.file());
            Attachment a = new Attachment();
            a.document = doc;
            // the names are public on the document's page: through the gate like its text
            a.file = AttachedFile.of(gate.mask(file.title()), gate.mask(file.fileName()), file.mediaType(), stored);
            a.sortOrder = order++;
            a.persist();
        }
        audit.record(actor, "document.attachments", "document", doc.id, files.size() + " 个附件");
    }

    /** Moves every document of one channel to another (迁移整合); public pages and the index follow. */
    @Transactional(Transactional.TxType.MANDATORY)
    @Override
    public int moveAll(org.zwgk.portal.channels.Channel from, org.zwgk.portal.channels.Channel to, Actor actor) {
        List<Document> moved = Document.list("channel", from);
        for (Document doc : moved) {
            doc.channel = to;
            changed.fire(DocumentChanged.of(doc));
        }
        audit.record(actor, "document.move-channel", "channel", from.id, moved.size() + " 条信息移至 " + to.code);
        return moved.size();
    }

    private void changeStatus(Document doc, DocumentStatus status, String reason, Actor actor, String action) {
        if (status != DocumentStatus.PUBLISHED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a withdrawal or removal needs a reason");
        }
        if (doc.status == status && Objects.equals(doc.statusReason, reason)) {
            return;
        }
        doc.status = status;
        doc.statusReason = gate.mask(reason);
        doc.statusChangedAt = Instant.now();
        doc.updatedAt = doc.statusChangedAt;
        audit.record(actor, action, "document", doc.id, reason);
        changed.fire(DocumentChanged.of(doc));
    }

    private void apply(Document doc, DocumentContent c, Deidentifier.Policy policy) {
        doc.organization = c.organization();
        doc.channel = c.channel();
        doc.meta = deidentified(c.meta(), policy);
    }

    /**
     * The document's metadata with each masked text replaced by {@code raw}'s where masking {@code raw}
     * under {@code policy} gives exactly what is published: the text the current version was written
     * as, for its next draft. A text changed since (an import, a later version) stays as published.
     */
    public DocumentMetadata unmasked(Document doc, DocumentMetadata raw, Deidentifier.Policy policy) {
        DocumentMetadata published = doc.meta;
        DocumentMetadata masked = deidentified(raw, policy);
        DocumentMetadata m = published.copy();
        m.title = asWritten(raw.title, masked.title, published.title);
        m.docNumber = asWritten(raw.docNumber, masked.docNumber, published.docNumber);
        m.summary = asWritten(raw.summary, masked.summary, published.summary);
        m.body = asWritten(raw.body, masked.body, published.body);
        m.publisher = asWritten(raw.publisher, masked.publisher, published.publisher);
        m.withheldReason = asWritten(raw.withheldReason, masked.withheldReason, published.withheldReason);
        return m;
    }

    /** The raw text where its masked form is what is published, else the published text. */
    private static String asWritten(String raw, String masked, String published) {
        return Objects.equals(masked, published) ? raw : published;
    }

    /** The metadata as the public may see it: every text the public reads masked by the gate. */
    private DocumentMetadata deidentified(DocumentMetadata raw, Deidentifier.Policy policy) {
        DocumentMetadata m = raw.copy();
        Deidentifier.Policy p = new Deidentifier.Policy(m.type == null ? null : m.type.name(), policy.notPersonal());
        m.title = gate.mask(m.title, p);
        m.docNumber = gate.mask(m.docNumber, p);
        m.summary = gate.mask(m.summary, p);
        m.body = gate.maskMarkdown(m.body, p);
        m.publisher = gate.mask(m.publisher, p);
        m.withheldReason = gate.mask(m.withheldReason, p);
        return m;
    }

    /** A document type the law requires to name people in (惩戒公示) published them: recorded with its basis. */
    private void auditException(Document doc, DocumentMetadata raw, Actor actor) {
        if (raw.type == null) {
            return;
        }
        gate.rules().exceptionFor(raw.type.name()).ifPresent(e -> {
            long kept = java.util.stream.Stream.of(raw.title, raw.summary, raw.body)
                    .flatMap(t -> gate.find(t).stream()).filter(f -> e.keeps().contains(f.type())).count();
            if (kept > 0) {
                audit.record(actor, "privacy.exception", "document", doc.id,
                        raw.type.name() + ": " + kept + " finding(s) of " + e.keeps() + " published unmasked by law; " + e.basis());
            }
        });
    }

    private static void addVersion(Document doc, ChangeKind kind, String note, Actor actor, Instant at) {
        DocumentVersion v = new DocumentVersion();
        v.document = doc;
        v.major = doc.currentMajor;
        v.minor = doc.currentMinor;
        v.changeKind = kind;
        v.changeNote = note;
        v.meta = doc.meta.copy();
        v.createdAt = at;
        v.createdBy = actor.name();
        v.persist();
    }

    private static String describe(Document doc) {
        return "v" + doc.versionLabel() + " title=" + doc.meta.title + " docNumber=" + doc.meta.docNumber
                + " validity=" + doc.meta.validity;
    }
}
