package org.zwgk.portal.attachments;

import java.nio.file.Path;

/** A file to attach, read from disk (the content repository or an upload's temporary file). */
public record NewAttachment(String title, String fileName, String mediaType, Path file) {
}
