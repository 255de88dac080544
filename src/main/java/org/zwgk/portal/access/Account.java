package org.zwgk.portal.access;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who logs in to the workbench. Citizens need no account to read. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntity {

    public String username;

    /** As the column allows. */
    public static final int LONGEST_USERNAME = 64;
    public String displayName;
    /** PBKDF2 hash ({@link PasswordHasher}); null for accounts that log in through Keycloak only. */
    public String passwordHash;
    /** Site-wide roles, comma-separated. */
    public String siteRoles = "";
    public boolean enabled = true;
    /** Set on an initial password someone else chose; cleared when the owner sets their own. */
    public boolean mustChangePassword;
    public Instant createdAt;
    /** Wrong passwords typed for this account since its last login, the last one's time and address. */
    public int failedLogins;
    public Instant lastFailedLoginAt;
    public String lastFailedLoginAddress;

    public Set<Role> siteRoleSet() {
        return siteRoles == null || siteRoles.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(siteRoles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setSiteRoles(Set<Role> roles) {
        siteRoles = roles.stream().filter(r -> r.siteWide).map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
