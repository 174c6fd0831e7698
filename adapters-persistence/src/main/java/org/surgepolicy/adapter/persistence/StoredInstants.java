package org.surgepolicy.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Instants as the databases store them: {@code timestamp with time zone} keeps microseconds, so an instant is cut to
 * microseconds before it is written or compared. Otherwise a value read back would differ from the one written, and
 * PostgreSQL, which rounds, could place a revision after the very instant it was recorded at.
 */
public final class StoredInstants {

    private StoredInstants() {
    }

    /** The instant as it will be stored. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The JDBC value of an instant (both drivers bind {@link OffsetDateTime}; neither is required to bind Instant). */
    public static OffsetDateTime toDatabase(Instant instant) {
        return stored(instant).atOffset(ZoneOffset.UTC);
    }

    public static Instant fromDatabase(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** The condition {@code and <column> <= :knownAt} when reading as known at an instant, nothing when not. */
    public static String upToKnownAt(String column, Instant knownAt) {
        return knownAt == null ? "" : " and " + column + " <= :knownAt";
    }

    /** Binds {@code :knownAt} for {@link #upToKnownAt} when there is an instant. */
    public static JdbcClient.StatementSpec bindKnownAt(JdbcClient.StatementSpec statement, Instant knownAt) {
        return knownAt == null ? statement : statement.param("knownAt", toDatabase(knownAt));
    }
}
