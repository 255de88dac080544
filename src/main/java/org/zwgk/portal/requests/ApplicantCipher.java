package org.zwgk.portal.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.web.UserError;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seals applicants' personal data with AES-256-GCM (authenticated: a changed byte fails to open).
 * The row's tracking code is the associated data, so a sealed value copied onto another request does
 * not open there. The key id is stored beside the ciphertext; rotating means adding a key and making
 * it {@code key-id}: old rows open with their own key and are sealed anew with the current one when
 * next written (docs/requests.md (keys)).
 */
@ApplicationScoped
public class ApplicantCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What goes in the row: the key's id and Base64(IV ‖ ciphertext ‖ tag). */
    public record Sealed(String keyId, String text) {
    }

    private final Optional<String> current;
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    ApplicantCipher(RequestsConfig config) {
        config.keys().forEach((id, value) -> {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("portal.requests.keys." + id + " is not Base64");
            }
            if (raw.length != 32) {
                throw new IllegalStateException("portal.requests.keys." + id + " must be 32 bytes (AES-256), is " + raw.length);
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        this.current = config.keyId().filter(id -> !id.isBlank());
        if (current.isPresent() && !keys.containsKey(current.get())) {
            throw new IllegalStateException("portal.requests.key-id names " + current.get() + ", which is not among portal.requests.keys");
        }
    }

    /** Whether requests can be taken: a current key is configured. */
    public boolean ready() {
        return current.isPresent();
    }

    public String currentKeyId() {
        return current.orElse(null);
    }

    public Sealed seal(Applicant applicant, String trackingCode) {
        String id = current.orElseThrow(() -> UserError.unavailable(m -> Ysq.text().ysqNotConfigured()));
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(id), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(aad(trackingCode));
            byte[] ct = c.doFinal(JSON.writeValueAsBytes(applicant));
            return new Sealed(id, Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array()));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("sealing applicant data failed", e);
        }
    }

    public Applicant open(Sealed sealed, String trackingCode) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("no key " + sealed.keyId() + " in portal.requests.keys: it was removed before its data was sealed anew");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.text());
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            c.updateAAD(aad(trackingCode));
            byte[] plain = c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return JSON.readValue(plain, Applicant.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            // never the value itself in the message
            throw new IllegalStateException("applicant data of request " + trackingCode + " does not open with key " + sealed.keyId());
        }
    }

    /** Whether this row should be sealed anew with the current key. */
    public boolean stale(String keyId) {
        return current.isPresent() && !current.get().equals(keyId);
    }

    private static byte[] aad(String trackingCode) {
        return ("ysq:" + trackingCode).getBytes(StandardCharsets.UTF_8);
    }
}
