package org.zwgk.portal.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Everything the portal reads from configuration under {@code portal.*}. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** The portal shows and counts dates in China Standard Time, whatever the server's zone. */
    java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** All state lives here: the H2 database, attachments, the search index. */
    Path dataDir();

    /** The content repository (organizations, channels, documents as files). */
    Path contentDir();

    /**
     * The portal's public address as visitors reach it, e.g. {@code https://xxgk.ks.gov.cn} (no path).
     * Redirects point there. Unset (the default): redirects are relative ({@code Location: /path}).
     * Either way a redirect never repeats the Host header a request sent.
     */
    java.util.Optional<String> publicUrl();

    /** {@link #publicUrl} as every use wants it: stripped, without a trailing slash, empty when blank. */
    default java.util.Optional<String> publicBase() {
        return publicUrl().map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    Content content();

    IndexNumber indexNumber();

    Security security();

    Workflow workflow();

    interface Security {
        /** LOCAL: accounts in the database and a login form. KEYCLOAK: quarkus-oidc against a realm. */
        @WithDefault("LOCAL")
        LoginMode login();

        /** Accounts and passwords live in the Keycloak realm, not here. */
        default boolean sso() {
            return login() == LoginMode.KEYCLOAK;
        }

        /** How long a local session lasts without use. */
        @WithDefault("PT8H")
        java.time.Duration sessionIdle();

        /**
         * How long a local session lasts at most, used or not: a stolen session cookie kept busy dies with it
         * (security audit). A working day and its evening; then the password again.
         */
        @WithDefault("PT12H")
        java.time.Duration sessionMaxAge();

        /** How often expired session rows are deleted. */
        @WithDefault("1h")
        String sessionPurgeEvery();

        /** Off only for plain-HTTP development on a host that is not loopback. */
        @WithDefault("true")
        boolean cookieSecure();

        /** PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP 2023: 600,000). */
        @WithDefault("600000")
        int passwordIterations();

        /**
         * Failed logins for one user name from one address before each further try waits a growing
         * delay; one address gets four times as many for all names together.
         */
        @WithDefault("5")
        int loginAttempts();

        /**
         * The longest wait of a (name, address) pair, the window of an address's allowance, and how
         * long failures are remembered.
         */
        @WithDefault("PT15M")
        java.time.Duration loginLockout();

        /** Demo accounts with known passwords: only ever true in the dev, demo and test profiles. */
        @WithDefault("false")
        boolean demoAccounts();

        /**
         * A sample consultation, survey and interview written and published by the demo accounts at the first
         * start, so the 互动交流 pages show what they do (demo and dev profiles only; never in production).
         */
        @WithDefault("false")
        boolean demoInteractions();
    }

    enum LoginMode { LOCAL, KEYCLOAK }

    interface Workflow {
        /** Largest attachment accepted by upload. */
        @WithDefault("20971520")
        long maxAttachmentBytes();

        /** How often approved drafts with a publication time are looked at. */
        @WithDefault("30s")
        String schedulerEvery();
    }

    interface Content {
        /** The embedded default imports content at start; production imports by command. */
        @WithDefault("true")
        boolean importOnStart();
    }

    interface IndexNumber {
        /** Placeholders {unit}, {year} and {serial}. */
        @WithDefault("{unit}/{year}-{serial}")
        String pattern();

        @WithDefault("5")
        int serialWidth();
    }
}
