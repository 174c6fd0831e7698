package org.surgepolicy.adapter.rest.error;

import java.time.Duration;

/** The value of a {@code Retry-After} header (RFC 9110): whole seconds, rounded up, so that waiting as long does. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** At least one second: zero would invite an immediate retry that is bound to fail as well. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
