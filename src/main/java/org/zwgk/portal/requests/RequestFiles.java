package org.zwgk.portal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.attachments.AttachedFile;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.FileDownload;
import org.zwgk.portal.attachments.UploadCheck;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.common.VisibleText;
import org.zwgk.portal.web.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Files the receiving organization attaches to its answer (the information it releases), checked
 * like every attachment ({@link UploadCheck}: kind from the bytes, size, name) and kept in the
 * content-addressed {@link AttachmentStore}. Only the organization's staff attach them, to a drafted
 * answer: they are part of what the reviewer issues (签发), and nothing is added after it; only its
 * staff and whoever holds the tracking code and secret get them
 * (the applicant's downloads go through {@link RequestService#lookup}, so the same throttle
 * counts wrong secrets). Uploads and downloads are audited by tracking code and file hash.
 */
@ApplicationScoped
public class RequestFiles {

    private static final String ENTITY = "info_request";

    private final RequestService service;
    private final AttachmentStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    RequestFiles(RequestService service, AttachmentStore store, AuditLog audit, Clock clock, PortalConfig config) {
        this.service = service;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = config.workflow().maxAttachmentBytes();
    }

    /**
     * Who may is asked first (404 for anyone but the organization's staff), then the state, then the
     * file: nothing is stored before every check has passed.
     */
    @Transactional
    public RequestFile attach(PortalUser user, long requestId, String title, FileUpload upload, AuditLog.Actor actor) {
        InfoRequest r = service.writable(user, requestId);
        if (r.status != RequestStatus.REGISTERED || !r.answerProposed()) {
            throw UserError.conflict(m -> r.answerType != null ? Ysq.text().ysqFileAfterIssue() : Ysq.text().ysqFileNotProposed());
        }
        UploadCheck.Checked checked = UploadCheck.check(upload, maxBytes);
        String visibleTitle = VisibleText.clean(title);
        String shown = visibleTitle == null || visibleTitle.isBlank() ? checked.fileName() : visibleTitle.strip();
        if (shown.length() > 300) {
            throw UserError.badInput("title", m -> m.draftFieldTooLong(m.attachmentTitle(), 300));
        }
        AttachmentStore.StoredFile stored = store.storeUpload(upload.uploadedFile(), checked.kind(), "file");
        RequestFile f = new RequestFile();
        f.request = r;
        f.file = AttachedFile.of(shown, checked.fileName(), checked.kind().mediaType, stored);
        f.uploadedBy = user.username();
        f.uploadedAt = clock.instant();
        f.persist();
        changedUnderReview(r, user);
        audit.record(actor, "request.file.add", ENTITY, r.id, r.trackingCode + " " + f.file.mediaType + " 校验值（SHA-256）" + f.file.sha256);
        return f;
    }

    /**
     * Takes a file off the answer (attached by mistake, or to the wrong request): while the answer is
     * being drafted, any of the staff; once issued and until 归档, only a reviewer of the organization
     * (the applicant no longer sees or gets it: taking back what was released is the issuer's call).
     * After 归档 the answer is a record and stays as it was released. The bytes stay in the
     * content-addressed store (another attachment may share them); the audit row keeps who removed
     * which hash, and why.
     */
    @Transactional
    public void remove(PortalUser user, long requestId, long fileId, String reason, AuditLog.Actor actor) {
        InfoRequest r = service.writable(user, requestId);
        RequestFile f = RequestFile.of(r, fileId).orElseThrow(() -> UserError.notFound(m -> m.attachmentNotFound()));
        if (r.status != RequestStatus.ANSWERED && r.status != RequestStatus.REGISTERED) {
            throw UserError.conflict(m -> Ysq.text().ysqFileRemoveClosed());
        }
        if (r.status == RequestStatus.ANSWERED && !user.has(Role.REVIEWER, r.organization.code)) {
            throw UserError.forbidden(m -> Ysq.text().ysqFileRemoveNeedsReviewer());
        }
        String why = VisibleText.clean(reason);
        if (why == null || why.isBlank()) {
            throw UserError.badInput("reason", m -> Ysq.text().ysqFileRemoveReasonRequired());
        }
        if (why.strip().length() > 500) {
            throw UserError.badInput("reason", m -> m.draftFieldTooLong(Ysq.text().ysqFileRemoveReason(), 500));
        }
        f.delete();
        changedUnderReview(r, user);
        audit.record(actor, "request.file.remove", ENTITY, r.id,
                r.trackingCode + " 校验值（SHA-256）" + f.file.sha256 + " " + f.file.fileName + ": " + why.strip());
    }

    /**
     * The request's version moves with its files: a reviewer who opened the drafted answer before a file
     * was added or taken off issues nothing until they have seen the files as they are now; and whoever
     * changed them is one of the answer's drafters, who does not issue it.
     */
    private static void changedUnderReview(InfoRequest r, PortalUser user) {
        if (r.status == RequestStatus.REGISTERED) {
            r.fileChangedBy(user.username());
            InfoRequest.getEntityManager().lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    /** For the organization's staff. */
    @Transactional
    public FileDownload forStaff(PortalUser user, long requestId, long fileId, AuditLog.Actor actor) {
        InfoRequest r = service.visible(user, requestId);
        return served(r, fileId, actor);
    }

    /** For whoever holds code and secret: a wrong pair, or a file of another request, is 404. */
    @Transactional
    public FileDownload forApplicant(String code, String secret, long fileId, AuditLog.Actor actor) {
        InfoRequest r = service.lookup(code, secret, actor.address());
        if (r.answerType == null) {
            throw UserError.notFound(m -> m.attachmentNotFound());
        }
        return served(r, fileId, actor);
    }

    private FileDownload served(InfoRequest r, long fileId, AuditLog.Actor actor) {
        RequestFile f = RequestFile.of(r, fileId).orElseThrow(() -> UserError.notFound(m -> m.attachmentNotFound()));
        Path path = store.pathOf(f.file.sha256);
        if (!Files.isRegularFile(path)) {
            throw UserError.notFound(m -> m.attachmentNotFound());
        }
        audit.record(actor, "request.file.download", ENTITY, r.id, r.trackingCode + " 校验值（SHA-256）" + f.file.sha256);
        return new FileDownload(path, f.file.fileName, f.file.mediaType);
    }
}
