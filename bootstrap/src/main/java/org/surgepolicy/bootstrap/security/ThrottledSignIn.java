package org.surgepolicy.bootstrap.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link SignInThrottle} in front of the password check, and in front of the remembered credentials too:
 * otherwise, while a user's credentials are remembered, a refused guesser could still tell the right password from
 * the others by which one is let in.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    /** A sign-in refused unchecked because too many failed for its user name or from its address. */
    static final class TooManyFailures extends AuthenticationException {

        private final transient Duration retryAfter;

        TooManyFailures(SignInThrottle.Refusal refusal) {
            super("Too many failed sign-ins " + refusal.reason());
            this.retryAfter = refusal.retryAfter();
        }

        /** When the sign-in may be tried again. */
        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final AuthenticationProvider verifier;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider verifier, SignInThrottle throttle) {
        this.verifier = verifier;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request instanceof UsernamePasswordAuthenticationToken)) {
            return verifier.authenticate(request);
        }
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        throttle.refusal(username, address).ifPresent(refusal -> {
            throw new TooManyFailures(refusal);
        });
        try {
            return verifier.authenticate(request);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }
}
