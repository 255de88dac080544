package org.zwgk.portal.requests;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * {@code portal.requests.*}: the keys that seal applicants' personal data and the submission limits.
 * Keys are 32 random bytes in Base64, each under an id ({@code portal.requests.keys.<id>}); new data
 * is sealed with {@code key-id}, older data opens with the key its row names (docs/requests.md (keys)).
 * No production key is in the repository: without one, the form refuses with 503.
 */
@ConfigMapping(prefix = "portal.requests")
public interface RequestsConfig {

    /** The key that seals new data; empty: no request can be taken. */
    Optional<String> keyId();

    /** Every key that may still have to open data, by id. */
    Map<String, String> keys();

    /** Requests one client address may submit per hour. */
    @WithDefault("5")
    int submissionsPerHour();

    /** A TrueType/OpenType font with CJK glyphs for the 告知书 PDF; empty: the Debian package's (NoticePdf). */
    Optional<String> pdfFont();
}
