package org.surgepolicy.adapter.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The instant a test's transactions are stamped at as they commit: it stays where the test last set it. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The adapters read instants only, never the zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
