package org.zwgk.portal.workflow;

import org.zwgk.portal.attachments.AttachedFile;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.FileDownload;
import org.zwgk.portal.attachments.FileSniffer;
import org.zwgk.portal.attachments.UploadCheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.common.VisibleText;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.UserError;


/**
 * Files on a draft: checked (size limit, real type sniffed from the bytes, name), stored by SHA-256,
 * and only then recorded. Same ownership and lock rules as editing the draft.
 */
@ApplicationScoped
public class DraftAttachments {

    private final WorkflowService workflow;
    private final AttachmentStore store;
    private final long maxBytes;

    DraftAttachments(WorkflowService workflow, AttachmentStore store, PortalConfig config) {
        this.workflow = workflow;
        this.store = store;
        this.maxBytes = config.workflow().maxAttachmentBytes();
    }

    /**
     * Whether this user may change the draft is asked first: someone who may not gets 403 before a
     * byte of the file is looked at. The file's checks come next, all before anything is stored.
     */
    @Transactional
    public DraftAttachment add(PortalUser user, long draftId, long lockVersion, String title, FileUpload file, Actor actor) {
        Draft d = workflow.touchForAttachment(user, draftId, lockVersion);
        UploadCheck.Checked checked = UploadCheck.check(file, maxBytes);
        String fileName = checked.fileName();
        FileSniffer.Kind kind = checked.kind();
        AttachmentStore.StoredFile stored = store.storeUpload(file.uploadedFile(), kind, "file");
        DraftAttachment a = new DraftAttachment();
        a.draft = d;
        String visibleTitle = VisibleText.clean(title);
        String shownTitle = visibleTitle == null || visibleTitle.isEmpty() ? fileName : visibleTitle;
        if (shownTitle.length() > 300) {
            throw UserError.badInput("title", m -> m.draftFieldTooLong(m.attachmentTitle(), 300));
        }
        a.file = AttachedFile.of(shownTitle, fileName, kind.mediaType, stored);
        a.sortOrder = (int) DraftAttachment.count("draft", d);
        a.persist();
        workflow.audited(actor, "draft.attachment.add", d, a.file.fileName + " " + a.file.mediaType + " sha256 " + a.file.sha256);
        return a;
    }

    @Transactional
    public void remove(PortalUser user, long draftId, long lockVersion, long attachmentId, Actor actor) {
        Draft d = workflow.touchForAttachment(user, draftId, lockVersion);
        DraftAttachment a = DraftAttachment.findById(attachmentId);
        if (a == null || a.draft != d) {
            throw UserError.notFound(m -> m.attachmentNotFound());
        }
        a.delete();
        workflow.audited(actor, "draft.attachment.remove", d, a.file.fileName + " sha256 " + a.file.sha256);
    }

    /**
     * A draft's file for whoever may read the draft (its organization's staff, site admins): a reviewer
     * opens it before approving, above all one the privacy check could not read. A draft this user may
     * not read answers as one that does not exist, a file of another draft as one that does not exist;
     * each download is audited by the file's hash (it may hold personal data not yet masked).
     */
    @Transactional
    public FileDownload file(PortalUser user, long draftId, long attachmentId, Actor actor) {
        Draft d = workflow.visible(user, draftId);
        DraftAttachment a = DraftAttachment.findById(attachmentId);
        if (a == null || a.draft != d) {
            throw UserError.notFound(m -> m.attachmentNotFound());
        }
        java.nio.file.Path path = store.pathOf(a.file.sha256);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw UserError.notFound(m -> m.attachmentNotFound());
        }
        workflow.audited(actor, "draft.attachment.download", d, a.file.fileName + " sha256 " + a.file.sha256);
        return new FileDownload(path, a.file.fileName, a.file.mediaType);
    }

    static String cleanName(String name) {
        return UploadCheck.cleanName(name);
    }
}
