package org.surgepolicy.bootstrap.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API: users for HTTP Basic, and how bearer tokens name their roles.
 *
 * @param users the users, each with its password encoded as Spring Security writes it ({@code {bcrypt}$2a$...})
 */
@ConfigurationProperties("surge.security")
public record SurgeSecurityProperties(List<User> users, @DefaultValue Jwt jwt) {

    public SurgeSecurityProperties {
        users = users == null ? List.of() : users;
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
