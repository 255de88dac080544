package org.zwgk.portal.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.audit.AuditLog;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the demo accounts of {@code demo-accounts.yaml} at start, only when
 * {@code portal.security.demo-accounts} is on (dev, demo and test profiles). The start-up sequence
 * (startup.StartupSequence) runs this after the content import, which creates the organizations
 * they belong to.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final PortalConfig config;
    private final MembershipRegistry registry;
    private final PasswordHasher hasher;

    DemoAccounts(AccountService accounts, MembershipRegistry registry, PortalConfig config, PasswordHasher hasher) {
        this.accounts = accounts;
        this.registry = registry;
        this.config = config;
        this.hasher = hasher;
    }

    /**
     * Creates the demo accounts when they are on; when they are off (production), warns if a demo
     * start on the same data directory left some behind with the published password: they still log in.
     */
    public void createIfEnabled() {
        if (config.security().sso()) {
            return;
        }
        if (!config.security().demoAccounts()) {
            List<String> left = withPublishedPassword();
            if (!left.isEmpty()) {
                LOG.warnf("demo accounts with the published password are in this database and log in: %s (a start with"
                        + " -Dquarkus.profile=demo used this data directory). Use a fresh data directory for production, or give"
                        + " each a password of its own with the account command (README, \"Demo accounts\")", String.join(", ", left));
            }
            return;
        }
        Map<String, Object> file = read();
        String password = (String) file.get("password");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) file.get("accounts");
        int created = QuarkusTransaction.requiringNew().call(() -> {
            int n = 0;
            for (Map<String, Object> a : list) {
                String username = (String) a.get("username");
                if (Account.findByUsername(username).isPresent()) {
                    continue;
                }
                Set<Role> site = EnumSet.noneOf(Role.class);
                Map<String, Set<Role>> memberships = new LinkedHashMap<>();
                @SuppressWarnings("unchecked")
                List<String> roles = (List<String>) a.get("roles");
                for (String r : roles) {
                    String[] parts = r.split("@");
                    Role role = Role.fromExternal(parts[0]).orElseThrow(() -> new IllegalStateException("demo role " + r));
                    if (parts.length == 1) {
                        site.add(role);
                    } else {
                        if (registry.organizationExists(parts[1])) {
                            memberships.computeIfAbsent(parts[1], k -> EnumSet.noneOf(Role.class)).add(role);
                        }
                    }
                }
                accounts.upsert(username, (String) a.get("name"), password, site, memberships, AuditLog.system("demo-accounts"));
                n++;
            }
            return n;
        });
        if (created > 0) {
            LOG.warnf("created %d demo accounts with a published password: never enable portal.security.demo-accounts in production", created);
        }
    }

    /** The demo accounts that exist, enabled, with the published password still theirs. */
    public List<String> withPublishedPassword() {
        Map<String, Object> file = read();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) file.get("accounts");
        return withPassword(list.stream().map(a -> (String) a.get("username")).toList(), (String) file.get("password"));
    }

    /** Of {@code usernames}, the enabled local accounts whose password is {@code password}. */
    List<String> withPassword(List<String> usernames, String password) {
        // the hashes are read in one short transaction and checked outside it (each check takes a PBKDF2 derivation)
        Map<String, String> hashes = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> found = new LinkedHashMap<>();
            for (String username : usernames) {
                Account.findByUsername(username).filter(a -> a.enabled && a.passwordHash != null)
                        .ifPresent(a -> found.put(username, a.passwordHash));
            }
            return found;
        });
        return hashes.entrySet().stream().filter(e -> hasher.verify(password, e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Object> read() {
        try (InputStream in = DemoAccounts.class.getResourceAsStream("/demo-accounts.yaml")) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
