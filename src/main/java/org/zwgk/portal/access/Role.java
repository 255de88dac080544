package org.zwgk.portal.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do. EDITOR, REVIEWER and ORG_ADMIN hold inside one organization; SITE_ADMIN
 * (平台管理员) and AUDITOR (监督考评, read-only) hold for the whole site. The external names are the
 * role names in the Keycloak realm.
 */
public enum Role {
    EDITOR(false), REVIEWER(false), ORG_ADMIN(false), SITE_ADMIN(true), AUDITOR(true);

    public final boolean siteWide;

    Role(boolean siteWide) {
        this.siteWide = siteWide;
    }

    /** editor, reviewer, org-admin, site-admin, auditor. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromExternal(String name) {
        for (Role r : values()) {
            if (r.externalName().equals(name) || r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
