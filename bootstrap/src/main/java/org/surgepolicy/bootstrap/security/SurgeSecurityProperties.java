package org.surgepolicy.bootstrap.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API: users for HTTP Basic, and how bearer tokens name their roles.
 *
 * @param users               the users, each with its password encoded as Spring Security writes it
 *                            ({@code {bcrypt}$2a$...})
 * @param rememberCredentials how long credentials just verified are remembered, so that HTTP Basic does not pay a
 *                            deliberately slow password hash on every request (zero: never)
 */
@ConfigurationProperties("surge.security")
public record SurgeSecurityProperties(List<User> users, @DefaultValue Jwt jwt,
                                      @DefaultValue("5m") Duration rememberCredentials) {

    public SurgeSecurityProperties {
        users = users == null ? List.of() : users;
        if (rememberCredentials.isNegative()) {
            throw new IllegalArgumentException("surge.security.remember-credentials must not be negative");
        }
    }

    /** A user of HTTP Basic, as configured. */
    public record User(String username, String password, List<String> roles) {
    }

    /**
     * How bearer tokens are read.
     *
     * @param rolesClaim    the claim that lists the roles (a list, or a string separated by spaces or commas)
     * @param usernameClaim the claim whose value is recorded as the user who sent a request
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String usernameClaim) {
    }
}
