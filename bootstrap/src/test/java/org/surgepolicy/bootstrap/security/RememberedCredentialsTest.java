package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Verified credentials are remembered briefly; anything else is verified every time. */
class RememberedCredentialsTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private final AuthenticationProvider verifier = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            verifications.incrementAndGet();
            if (!"right".equals(request.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null,
                List.of(new SimpleGrantedAuthority("ROLE_VIEWER")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    };

    private RememberedCredentials remembering(Duration ttl) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new RememberedCredentials(verifier, ttl, clock, new SecureRandom());
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void theSameVerifiedCredentialsAreVerifiedOnceWhileRemembered() {
        RememberedCredentials provider = remembering(Duration.ofMinutes(5));

        Authentication first = provider.authenticate(basic("viewer", "right"));
        Authentication second = provider.authenticate(basic("viewer", "right"));

        assertThat(verifications).hasValue(1);
        assertThat(second.getName()).isEqualTo("viewer");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
    }

    @Test
    void aWrongPasswordIsNeverRememberedNorLetThroughByARememberedOne() {
        RememberedCredentials provider = remembering(Duration.ofMinutes(5));
        provider.authenticate(basic("viewer", "right"));

        assertThatThrownBy(() -> provider.authenticate(basic("viewer", "wrong")))
            .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(basic("viewer", "wrong")))
            .isInstanceOf(BadCredentialsException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void anotherUserWithTheSamePasswordIsVerified() {
        RememberedCredentials provider = remembering(Duration.ofMinutes(5));
        provider.authenticate(basic("viewer", "right"));

        Authentication other = provider.authenticate(basic("admin", "right"));

        assertThat(other.getName()).isEqualTo("admin");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void rememberedCredentialsExpire() {
        RememberedCredentials provider = remembering(Duration.ofMinutes(5));
        provider.authenticate(basic("viewer", "right"));

        now = now.plus(Duration.ofMinutes(5));
        provider.authenticate(basic("viewer", "right"));

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aZeroDurationRemembersNothing() {
        RememberedCredentials provider = remembering(Duration.ZERO);

        provider.authenticate(basic("viewer", "right"));
        provider.authenticate(basic("viewer", "right"));

        assertThat(verifications).hasValue(2);
    }
}
