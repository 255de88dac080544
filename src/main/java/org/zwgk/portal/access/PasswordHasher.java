package org.zwgk.portal.access;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.common.PortalConfig;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA256 with a random salt, from the JDK alone. The stored form names its iteration
 * count, so raising the configured cost leaves existing hashes valid.
 * Format: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64).
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    public static final int MIN_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;
    /** Checked against when the user name is unknown, so both cases take the same time. */
    private final String decoy;

    @jakarta.inject.Inject
    PasswordHasher(PortalConfig config) {
        this(config.security().passwordIterations());
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
        this.decoy = hash("decoy-" + random.nextLong());
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(password, salt, iterations));
    }

    public boolean verify(String password, String stored) {
        String[] parts = (stored == null ? decoy : stored).split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && stored != null;
    }

    /** The rule new passwords meet: long enough, and not made of one kind of character. */
    public static boolean acceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return false;
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLetter) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return kinds >= 2;
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
