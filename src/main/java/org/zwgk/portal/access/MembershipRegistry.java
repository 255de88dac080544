package org.zwgk.portal.access;

import java.util.Map;
import java.util.Set;

/**
 * Where an account's roles in organizations are kept. The organizations feature implements it, so
 * access knows organizations by code only.
 */
public interface MembershipRegistry {

    /** Roles per organization code. */
    Map<String, Set<Role>> rolesOf(long accountId);

    /** Replaces all of the account's organization roles; an unknown organization code is a 400. */
    void replace(long accountId, Map<String, Set<Role>> roles);

    boolean organizationExists(String code);
}
