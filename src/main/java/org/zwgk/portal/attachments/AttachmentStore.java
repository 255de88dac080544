package org.zwgk.portal.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.common.PortalConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Content-addressed file store under {@code <data-dir>/attachments}: a file lives at its SHA-256, so
 * the same bytes are stored once and a stored file can never be silently changed.
 */
@ApplicationScoped
public class AttachmentStore {

    public record StoredFile(String sha256, long size) {
    }

    private final Path root;

    AttachmentStore(PortalConfig config) {
        this.root = config.dataDir().resolve("attachments");
    }

    public StoredFile store(Path source) {
        if (source.getParent() != null && source.getParent().getParent() != null
                && source.toAbsolutePath().normalize().getParent().getParent().equals(root.toAbsolutePath().normalize())) {
            // already in the store (a draft's upload being published): named by its hash, never changed
            try {
                return new StoredFile(source.getFileName().toString(), Files.size(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = Files.newInputStream(source)) {
            return store(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An upload checked as {@code kind}: a picture without the metadata its camera wrote (the place, the
     * time, the device: {@link ImageMetadata}), anything else as sent. A picture that cannot be read
     * to its end is refused on {@code field}.
     */
    public StoredFile storeUpload(Path source, FileSniffer.Kind kind, String field) {
        if (kind != FileSniffer.Kind.JPEG && kind != FileSniffer.Kind.PNG) {
            return store(source);
        }
        try {
            return store(new java.io.ByteArrayInputStream(ImageMetadata.stripped(Files.readAllBytes(source), kind)));
        } catch (ImageMetadata.Malformed e) {
            throw org.zwgk.portal.web.UserError.badInput(field, m -> m.imageUnreadable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StoredFile store(InputStream in) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload", ".tmp");
            MessageDigest digest = org.zwgk.portal.common.Sha256.digest();
            long size;
            try (DigestInputStream din = new DigestInputStream(in, digest)) {
                size = Files.copy(din, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredFile(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public static String sha256Of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = org.zwgk.portal.common.Sha256.digest();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
