package org.zwgk.portal.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.TemplateExtension;

import java.time.Duration;

/**
 * A colleague's name where a page holds only their user name (撰稿人, who reviewed): 市政府办公室撰稿人
 * (szfb-editor), so a reviewer reads who wrote a draft, not a login (browser walk). A name the portal
 * has no account for (one signed in through Keycloak) stays as it is. Names are kept for a short while:
 * a review queue names the same few people on every row, and a page should not ask the database once
 * per row; a renamed colleague shows under the new name within {@link #KEPT}.
 */
@TemplateExtension(namespace = "staffname")
public class StaffNames {

    static final Duration KEPT = Duration.ofSeconds(30);
    private static final Cache<String, String> SHOWN = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();

    static String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return SHOWN.get(username, StaffNames::looked);
    }

    /** An account (re)named: its next page shows the new name. */
    static void forget(String username) {
        SHOWN.invalidate(username);
    }

    private static String looked(String username) {
        return Account.findByUsername(username)
                .filter(a -> a.displayName != null && !a.displayName.isBlank() && !a.displayName.equals(username))
                .map(a -> a.displayName + "（" + username + "）").orElse(username);
    }
}
