package org.surgepolicy.bootstrap.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per user name and per client address, each in a token bucket (Bucket4j) that holds a number
 * of failures and is filled again all at once when its window has passed. While either bucket of a sign-in is empty,
 * the sign-in is refused before its password is checked, so that guessing a password, or making the service pay its
 * slow hash over and over, takes as long as the windows say. Successful sign-ins take nothing from a bucket.
 *
 * <p>Per user name, so that guesses spread over many addresses still meet a limit for the account they aim at; per
 * address, at a higher limit, so that one client trying many names meets a limit too. Only failures leave a bucket
 * behind, and a bucket that has filled up again is forgotten: memory grows with the failures of one window, up to
 * {@link #MAX_TRACKED} names or addresses, past which those with the fewest failures are forgotten first.
 */
public final class SignInThrottle {

    /** Refused for now; {@code retryAfter} says when the empty bucket has been filled again. */
    record Refusal(String reason, Duration retryAfter) {
    }

    static final int MAX_TRACKED = 100_000;

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Limits users;
    private final Limits addresses;

    /** @param time where the buckets read the time; a test moves it instead of waiting */
    SignInThrottle(SurgeSecurityProperties.SignInLimits settings, TimeMeter time) {
        this.users = new Limits(settings.failuresPerUser(), settings.window(), time);
        this.addresses = new Limits(settings.failuresPerAddress(), settings.window(), time);
    }

    /** Why a sign-in must not be checked now, if it must not. */
    Optional<Refusal> refusal(String username, String address) {
        Optional<Duration> user = users.blocked(userKey(username));
        if (user.isPresent()) {
            return Optional.of(new Refusal("for this user name", user.get()));
        }
        return addresses.blocked(address).map(wait -> new Refusal("from this address", wait));
    }

    /** Counts a sign-in that failed. */
    void failed(String username, String address) {
        users.take(userKey(username));
        addresses.take(address);
    }

    /** User names are found regardless of case, so they are counted regardless of case. */
    private static String userKey(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    /** The buckets of one kind of key. */
    private static final class Limits {

        private final long capacity;
        private final Function<String, Bucket> newBucket;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        Limits(int capacity, Duration window, TimeMeter time) {
            this.capacity = capacity;
            this.newBucket = key -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, window)).build();
        }

        Optional<Duration> blocked(String key) {
            Bucket bucket = buckets.get(key);
            if (bucket == null) {
                return Optional.empty();
            }
            var probe = bucket.estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(
                probe.getNanosToWaitForRefill()));
        }

        void take(String key) {
            if (buckets.size() >= MAX_TRACKED && !buckets.containsKey(key)) {
                makeRoom();
            }
            buckets.computeIfAbsent(key, newBucket).tryConsume(1);
        }

        /** Forgets the buckets that have filled up again, and if that is not enough, those least used. */
        private void makeRoom() {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
            if (buckets.size() >= MAX_TRACKED) {
                log.warn("Failed sign-ins are being tracked for {} names or addresses; forgetting those with the"
                    + " most failures left before their limit", buckets.size());
                long half = Math.max(1, capacity / 2);
                buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= half);
            }
            if (buckets.size() >= MAX_TRACKED) {
                buckets.clear();
            }
        }
    }
}
