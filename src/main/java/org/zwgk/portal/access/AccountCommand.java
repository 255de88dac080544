package org.zwgk.portal.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.web.UserError;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code account USERNAME "NAME" ROLE[@ORG]...}: creates a local account or sets its name, roles and
 * password. How production gets its first site admin without a known password in the repository.
 * The password comes from {@code PORTAL_ACCOUNT_PASSWORD} or is asked for on the console.
 */
@ApplicationScoped
public class AccountCommand {

    private final AccountService accounts;
    private final org.zwgk.portal.web.Messages messages;

    AccountCommand(AccountService accounts, org.zwgk.portal.web.Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, () -> {
            String password = System.getenv("PORTAL_ACCOUNT_PASSWORD");
            if (password == null && System.console() != null) {
                password = new String(System.console().readPassword("password for %s: ", args.get(0)));
            }
            return password;
        });
    }

    /** The same, with the password from {@code passwords} (null when there is none). */
    int run(List<String> args, PrintStream out, PrintStream err, java.util.function.Supplier<String> passwords) {
        if (args.size() < 3) {
            err.println("usage: account USERNAME \"DISPLAY NAME\" ROLE[@ORG]...   (roles: "
                    + String.join(", ", java.util.Arrays.stream(Role.values()).map(Role::externalName).toList())
                    + "; editor, reviewer and org-admin take @ORGANIZATION_CODE)");
            return 2;
        }
        Set<Role> site = EnumSet.noneOf(Role.class);
        Map<String, Set<Role>> byOrg = new LinkedHashMap<>();
        for (String spec : args.subList(2, args.size())) {
            String[] parts = spec.split("@", 2);
            Role role = Role.fromExternal(parts[0]).orElse(null);
            if (role == null || role.siteWide != (parts.length == 1)) {
                err.println("bad role '" + spec + "': site-admin and auditor stand alone, the others need @ORGANIZATION");
                return 2;
            }
            if (role.siteWide) {
                site.add(role);
            } else {
                byOrg.computeIfAbsent(parts[1], k -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        String password = passwords.get();
        if (password == null) {
            err.println("no password: set PORTAL_ACCOUNT_PASSWORD or run on a terminal");
            return 2;
        }
        String pw = password;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                accounts.upsert(args.get(0), args.get(1), pw, site, byOrg, AuditLog.system("account-command"));
            });
        } catch (UserError e) {
            err.println(e.parameter() + ": " + e.message(messages));
            return 1;
        }
        // the roles as they were typed (editor@czj), not as Java prints sets and maps
        List<String> roles = new java.util.ArrayList<>(site.stream().map(Role::externalName).toList());
        byOrg.forEach((org, rs) -> rs.forEach(r -> roles.add(r.externalName() + "@" + org)));
        out.println("account " + args.get(0) + " saved, roles: " + (roles.isEmpty() ? "none" : String.join(" ", roles)));
        return 0;
    }
}
