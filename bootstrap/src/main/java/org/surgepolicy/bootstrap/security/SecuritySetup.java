package org.surgepolicy.bootstrap.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * How this run lets people in, for the audit trail: never a password.
 *
 * @param modes    {@code users} (configured HTTP Basic users), {@code generated} (made up for this run) and
 *                 {@code jwt} (bearer tokens), those that apply
 * @param accounts the HTTP Basic users and their roles, by username
 * @param jwt      how bearer tokens name the user and the roles, when they are accepted (null otherwise)
 */
public record SecuritySetup(List<String> modes, List<Account> accounts, SurgeSecurityProperties.Jwt jwt) {

    /** A summary is for reading; the digest covers every user however many there are. */
    private static final int MAX_SUMMARY = 1_000;

    public SecuritySetup {
        modes = List.copyOf(modes);
        accounts = List.copyOf(accounts);
    }

    /** A user who may sign in with HTTP Basic, and the roles the user holds. */
    public record Account(String username, List<String> roles) {
    }

    static SecuritySetup of(Accounts accounts, boolean bearer, SurgeSecurityProperties.Jwt jwt) {
        List<String> modes = new ArrayList<>();
        if (accounts.any()) {
            modes.add(accounts.generated() ? "generated" : "users");
        }
        if (bearer) {
            modes.add("jwt");
        }
        List<Account> users = accounts.users().stream().map(SecuritySetup::account).toList();
        return new SecuritySetup(modes, users, bearer ? jwt : null);
    }

    private static Account account(UserDetails user) {
        return new Account(user.getUsername(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .map(a -> Role.find(a).map(Role::name).orElse(a)).sorted().toList());
    }

    /** The modes joined, such as {@code users+jwt}. */
    public String mode() {
        return modes.isEmpty() ? "none" : String.join("+", modes);
    }

    /** One line per fact, in a fixed order: what the audit event's digest is taken of. */
    public String canonical() {
        StringBuilder text = new StringBuilder("mode=" + mode());
        accounts.forEach(a -> text.append("\nuser=").append(a.username()).append(':')
            .append(String.join(",", a.roles())));
        if (jwt != null) {
            text.append("\njwt.roles-claim=").append(jwt.rolesClaim()).append("\njwt.username-claim=")
                .append(jwt.usernameClaim());
        }
        return text.toString();
    }

    /** For a person: "users: alice (VIEWER), bob (ADMIN); bearer tokens". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!accounts.isEmpty()) {
            parts.add((modes.contains("generated") ? "users made up for this run: " : "users: ")
                + accounts.stream().map(a -> a.username() + " (" + String.join(", ", a.roles()) + ")")
                .collect(Collectors.joining(", ")));
        }
        if (jwt != null) {
            parts.add("bearer tokens (roles from the claim '" + jwt.rolesClaim() + "')");
        }
        String summary = parts.isEmpty() ? "nobody can sign in" : String.join("; ", parts);
        return summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 3) + "...";
    }
}
