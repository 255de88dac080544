package org.zwgk.portal.attachments;

import jakarta.persistence.Embeddable;

/**
 * A file as something attached to a draft or a document shows it: its title, the name and type it
 * was given, and its size and SHA-256 in the content-addressed store. Both attachment tables embed it.
 */
@Embeddable
public class AttachedFile {

    public String title;
    public String fileName;
    public String mediaType;
    public long sizeBytes;
    public String sha256;

    public static AttachedFile of(String title, String fileName, String mediaType, AttachmentStore.StoredFile stored) {
        AttachedFile f = new AttachedFile();
        f.title = title;
        f.fileName = fileName;
        f.mediaType = mediaType;
        f.sizeBytes = stored.size();
        f.sha256 = stored.sha256();
        return f;
    }

    public AttachedFile copy() {
        AttachedFile f = new AttachedFile();
        f.title = title;
        f.fileName = fileName;
        f.mediaType = mediaType;
        f.sizeBytes = sizeBytes;
        f.sha256 = sha256;
        return f;
    }
}
