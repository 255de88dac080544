package org.zwgk.portal.documents;

import org.zwgk.portal.attachments.AttachedFile;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.NewAttachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;

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

    DocumentService(IndexNumberAllocator indexNumbers, AttachmentStore attachments, AuditLog audit,
                    Event<DocumentChanged> changed) {
        this.indexNumbers = indexNumbers;
        this.attachments = attachments;
        this.audit = audit;
        this.changed = changed;
    }

    /** Where a document came from, so a later import finds it again. */
    public record Origin(String contentKey, String externalId, String contentHash) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Document publish(DocumentContent content, Origin origin, String note, Actor actor) {
        Instant now = Instant.now();
        Document doc = new Document();
        doc.contentKey = origin.contentKey();
        doc.externalId = origin.externalId();
        doc.contentHash = origin.contentHash();
        apply(doc, content);
        Instant published = content.publishedAt() != null ? content.publishedAt() : now;
        doc.publishedAt = published;
        doc.status = DocumentStatus.PUBLISHED;
        int year = content.meta().writtenOn != null ? content.meta().writtenOn.getYear() : published.atZone(org.zwgk.portal.common.PortalConfig.ZONE).getYear();
        doc.indexNumber = indexNumbers.allocate(content.organization(), year);
        doc.currentMajor = 1;
        doc.currentMinor = 0;
        doc.createdAt = now;
        doc.updatedAt = now;
        doc.persist();
        addVersion(doc, ChangeKind.MAJOR, note, actor, published);
        audit.record(actor, "document.publish", "document", doc.id, doc.indexNumber + " " + doc.meta.title);
        changed.fire(DocumentChanged.of(doc));
        return doc;
    }

    /** Records a change as a new version with its change note. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revise(Document doc, DocumentContent content, ChangeKind kind, String changeNote,
                          String contentHash, Actor actor) {
        Objects.requireNonNull(changeNote, "a change needs a change note");
        String before = describe(doc);
        apply(doc, content);
        if (content.publishedAt() != null) {
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
        addVersion(doc, kind, changeNote, actor, doc.updatedAt);
        audit.record(actor, "document.revise", "document", doc.id,
                "v" + doc.versionLabel() + " " + changeNote + "; before: " + before);
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
            a.file = AttachedFile.of(file.title(), file.fileName(), file.mediaType(), stored);
            a.sortOrder = order++;
            a.persist();
        }
        audit.record(actor, "document.attachments", "document", doc.id, files.size() + " file(s)");
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
        audit.record(actor, "document.move-channel", "channel", from.id, moved.size() + " document(s) to " + to.code);
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
        doc.statusReason = reason;
        doc.statusChangedAt = Instant.now();
        doc.updatedAt = doc.statusChangedAt;
        audit.record(actor, action, "document", doc.id, reason);
        changed.fire(DocumentChanged.of(doc));
    }

    private static void apply(Document doc, DocumentContent c) {
        doc.organization = c.organization();
        doc.channel = c.channel();
        doc.meta = c.meta().copy();
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
