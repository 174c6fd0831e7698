package org.surgepolicy.bootstrap.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API: users for HTTP Basic, how bearer tokens name their roles, and how failed sign-ins are limited.
 *
 * @param users               the users, each with its password encoded as Spring Security writes it
 *                            ({@code {bcrypt}$2a$...})
 * @param rememberCredentials how long credentials just verified are remembered, so that HTTP Basic does not pay a
 *                            deliberately slow password hash on every request (zero: never)
 * @param signInThrottle      how many sign-ins may fail before more are refused for a while
 */
@ConfigurationProperties("surge.security")
public record SurgeSecurityProperties(List<User> users, @DefaultValue Jwt jwt,
                                      @DefaultValue("5m") Duration rememberCredentials,
                                      @DefaultValue SignInLimits signInThrottle) {

    private static final String PREFIX = "surge.security.";

    public SurgeSecurityProperties {
        users = users == null ? List.of() : users;
        if (rememberCredentials.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "remember-credentials must not be negative");
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

    /**
     * Failed HTTP Basic sign-ins allowed per window; past either limit, sign-ins are refused (429) until the window
     * that counted them has passed.
     *
     * @param failuresPerUser    failures for one user name, from any address
     * @param failuresPerAddress failures from one client address, for any user names
     * @param window             how long failures are counted before the count starts again
     */
    public record SignInLimits(@DefaultValue("10") int failuresPerUser, @DefaultValue("30") int failuresPerAddress,
                               @DefaultValue("5m") Duration window) {

        public SignInLimits {
            String at = PREFIX + "sign-in-throttle.";
            if (failuresPerUser < 1) {
                throw new IllegalArgumentException(at + "failures-per-user must be 1 or more, was " + failuresPerUser);
            }
            if (failuresPerAddress < 1) {
                throw new IllegalArgumentException(at + "failures-per-address must be 1 or more, was "
                    + failuresPerAddress);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException(at + "window must be longer than zero, was " + window);
            }
        }
    }
}
