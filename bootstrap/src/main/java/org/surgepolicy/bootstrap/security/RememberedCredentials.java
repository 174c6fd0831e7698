package org.surgepolicy.bootstrap.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers, for a short time, user name and password pairs that were just verified, so that HTTP Basic, which sends
 * them with every request, does not pay the deliberately slow password hash (about 50 ms for bcrypt) each time. Only
 * a SHA-256 of the pair with a random salt of this process is kept, in memory; a failed verification is never
 * remembered, and a remembered pair expires after {@code ttl}.
 */
final class RememberedCredentials implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private final AuthenticationProvider verifier;
    private final Duration ttl;
    private final byte[] salt = new byte[32];
    private final Cache<String, Authentication> remembered;

    RememberedCredentials(AuthenticationProvider verifier, Duration ttl, Clock clock, SecureRandom random) {
        this.verifier = verifier;
        this.ttl = ttl;
        // Expiry follows the application's clock, which tests move.
        this.remembered = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_REMEMBERED)
            .ticker(() -> nanos(clock.instant())).build();
        random.nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (ttl.isZero() || !(request instanceof UsernamePasswordAuthenticationToken)
            || !(request.getCredentials() instanceof String password)) {
            return verifier.authenticate(request);
        }
        String key = key(request.getName(), password);
        Authentication known = remembered.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Authentication verified = verifier.authenticate(request);
        if (verified != null && verified.isAuthenticated()) {
            remembered.put(key, verified);
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return verifier.supports(authentication);
    }

    private String key(String username, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(username.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
