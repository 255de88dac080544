package org.zwgk.portal.access;

import io.quarkus.qute.TemplateExtension;

/**
 * A colleague's name where a page holds only their user name (撰稿人, who reviewed): 市政府办公室撰稿人
 * (szfb-editor), so a reviewer reads who wrote a draft, not a login (browser walk). A name the portal
 * has no account for (one signed in through Keycloak) stays as it is.
 */
@TemplateExtension(namespace = "staffname")
public class StaffNames {

    static String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return Account.findByUsername(username)
                .filter(a -> a.displayName != null && !a.displayName.isBlank() && !a.displayName.equals(username))
                .map(a -> a.displayName + "（" + username + "）").orElse(username);
    }
}
