package org.surgepolicy.bootstrap.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users who may sign in with HTTP Basic: the configured ones once each entry is checked, or, on the embedded
 * default with neither users nor a token issuer configured, one made up per role for this run, whose credentials are
 * printed once in the log. Production (the prod profile) has none: it takes bearer tokens only.
 */
public final class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final String PROPERTY = "surge.security.users";
    private static final Pattern ENCODER_ID = Pattern.compile("^\\{([^}]*)}");
    private static final String ENCODED_EXAMPLE = "{bcrypt}$2a$10$...";
    private static final String ISSUER_SETTINGS = "spring.security.oauth2.resourceserver.jwt.issuer-uri (or "
        + "jwk-set-uri, or public-key-location)";

    private final List<UserDetails> users;
    private final boolean generated;

    private Accounts(List<UserDetails> users, boolean generated) {
        this.users = List.copyOf(users);
        this.generated = generated;
    }

    List<UserDetails> users() {
        return users;
    }

    boolean any() {
        return !users.isEmpty();
    }

    /** Whether the users were made up for this run, none being configured. */
    boolean generated() {
        return generated;
    }

    /** Nobody signs in with HTTP Basic. */
    static Accounts none() {
        return new Accounts(List.of(), false);
    }

    /**
     * @param production      whether the prod profile is active, which takes bearer tokens only
     * @param tokensAccepted  whether bearer tokens are accepted (a token issuer or key is configured)
     * @param embeddedDefault whether the database is the embedded default (an H2 file), the one place users may be
     *                        made up: a server database holds data that matters
     * @throws SecuritySetupException when an entry is unusable, when production is given users, or when nobody
     *                                could sign in
     */
    static Accounts of(List<SurgeSecurityProperties.User> configured, boolean production, boolean tokensAccepted,
                       boolean embeddedDefault, PasswordEncoder encoder) {
        if (production) {
            if (!configured.isEmpty()) {
                throw new SecuritySetupException("The prod profile takes bearer tokens only, but users are configured "
                    + "(" + PROPERTY + "): HTTP Basic is never accepted in production.",
                    "Remove " + PROPERTY + " and configure the issuer of the bearer tokens with " + ISSUER_SETTINGS
                        + ".");
            }
            if (!tokensAccepted) {
                throw new SecuritySetupException("The prod profile is active, but no token issuer is configured: "
                    + "nobody could use the API.", "Configure the issuer of the bearer tokens with " + ISSUER_SETTINGS
                    + ".");
            }
            return none();
        }
        if (!configured.isEmpty()) {
            return new Accounts(checked(configured, encoder), false);
        }
        if (tokensAccepted) {
            return none();
        }
        if (embeddedDefault) {
            return generated(new SecureRandom());
        }
        throw new SecuritySetupException("Neither users (" + PROPERTY + ") nor a token issuer are configured, and the "
            + "database is not the embedded default: users are made up only for the embedded H2 file database, "
            + "never for a database that holds data that matters.",
            "Configure users with " + PROPERTY + "[0].username, " + PROPERTY + "[0].password (encoded, such as "
                + ENCODED_EXAMPLE + ") and " + PROPERTY + "[0].roles (" + Role.names() + "), or the issuer of "
                + "bearer tokens with " + ISSUER_SETTINGS + ".");
    }

    private static List<UserDetails> checked(List<SurgeSecurityProperties.User> entries, PasswordEncoder encoder) {
        List<String> problems = new ArrayList<>();
        List<UserDetails> users = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SurgeSecurityProperties.User entry = entries.get(i);
            String username = entry.username() == null ? "" : entry.username().strip();
            String at = PROPERTY + "[" + i + "]" + (username.isEmpty() ? "" : " (username '" + username + "')");
            List<String> wrong = new ArrayList<>();
            if (username.isEmpty()) {
                wrong.add("the username is missing");
            } else {
                Integer first = seen.putIfAbsent(username, i);
                if (first != null) {
                    wrong.add("the username is already that of " + PROPERTY + "[" + first + "]");
                }
            }
            passwordProblem(entry.password(), encoder).ifPresent(wrong::add);
            List<Role> roles = new ArrayList<>();
            if (entry.roles() == null || entry.roles().isEmpty()) {
                wrong.add("no roles are given; give one or more of " + Role.names());
            } else {
                for (String name : entry.roles()) {
                    Role.find(name).ifPresentOrElse(roles::add, () -> wrong.add("unknown role '" + name
                        + "'; expected one of " + Role.names()));
                }
            }
            wrong.forEach(problem -> problems.add(at + ": " + problem));
            if (wrong.isEmpty()) {
                users.add(User.withUsername(username).password(entry.password())
                    .authorities(roles.stream().map(Role::authority).toArray(String[]::new)).build());
            }
        }
        if (!problems.isEmpty()) {
            throw new SecuritySetupException("The users configured in " + PROPERTY + " cannot be used:\n  - "
                + String.join("\n  - ", problems),
                "Give every entry of " + PROPERTY + " a username, a password encoded the way Spring Security "
                    + "writes it (such as " + ENCODED_EXAMPLE + "), and one or more roles of " + Role.names() + ".");
        }
        return users;
    }

    /** What is wrong with a configured password, if anything; never quoting the password itself. */
    private static Optional<String> passwordProblem(String password, PasswordEncoder encoder) {
        if (password == null || password.isBlank()) {
            return Optional.of("the password is missing; give it encoded, such as " + ENCODED_EXAMPLE);
        }
        Matcher id = ENCODER_ID.matcher(password);
        if (!id.find()) {
            return Optional.of("the password does not name how it is encoded; write it as Spring Security does, "
                + "such as " + ENCODED_EXAMPLE);
        }
        if (id.end() == password.length()) {
            return Optional.of("the password is empty after its encoding '{" + id.group(1) + "}'");
        }
        try {
            // Any password will do: only whether the encoding is known matters (an unknown one throws).
            encoder.matches("probe", password);
            return Optional.empty();
        } catch (IllegalArgumentException unknownEncoding) {
            return Optional.of("the password's encoding '{" + id.group(1) + "}' is not one Spring Security knows; "
                + "use one such as {bcrypt}, {pbkdf2} or {argon2}");
        }
    }

    private static Accounts generated(SecureRandom random) {
        List<UserDetails> users = new ArrayList<>();
        StringBuilder banner = new StringBuilder(String.format("%n%n%s%n", "=".repeat(76)))
            .append(String.format("  No users are configured (%s), so these were made for this run only.%n",
                PROPERTY))
            .append(String.format("  Sign in with HTTP Basic:%n%n"));
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase(Locale.ROOT);
            byte[] secret = new byte[18];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            // In memory for this run only, and printed below anyway: a hash would only slow every request down.
            users.add(User.withUsername(username).password("{noop}" + password).authorities(role.authority())
                .build());
            banner.append(String.format("    %-10s %s   %s%n", username, password, role.name()));
        }
        banner.append(String.format("%n  They change at every start. Configure %s to keep your own.%n", PROPERTY))
            .append(String.format("  Users are made up for the embedded H2 database only, never in production.%n%s%n",
                "=".repeat(76)));
        log.warn(banner.toString());
        return new Accounts(users, true);
    }
}
