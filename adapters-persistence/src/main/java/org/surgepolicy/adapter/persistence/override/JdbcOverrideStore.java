package org.surgepolicy.adapter.persistence.override;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.adapter.persistence.Transactions;
import org.surgepolicy.adapter.persistence.change.ChangeWatch;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** The overrides in JDBC, with a counter that every add increments for the callers' caches. */
public final class JdbcOverrideStore implements OverrideStore {

    private static final RowMapper<PolicyOverride> OVERRIDE = (rs, row) -> new PolicyOverride(rs.getLong(1),
        PolicyStateKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
        rs.getString(5), rs.getString(6), StoredInstants.fromDatabase(rs.getObject(7, OffsetDateTime.class)),
        rs.getString(8));

    private final JdbcClient jdbc;
    private final CommitClock commitClock;

    public JdbcOverrideStore(DataSource dataSource, CommitClock commitClock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.commitClock = commitClock;
    }

    /**
     * Increments the counter before inserting: the update locks the counter row, so adds are serialised and an
     * override is never visible under a version smaller than its own. The override is stamped with the commit stamp,
     * taken now (the caller gets it back), so the rest of the transaction holds the commit clock: an override's
     * transaction writes nothing after it but its audit entry.
     */
    @Override
    public PolicyOverride add(String policyId, PolicyOverride override) {
        Objects.requireNonNull(policyId, "policyId");
        Transactions.requireActive("Adding an override");
        jdbc.sql("update override_ledger set version = version + 1 where id = 1").update();
        commitClock.changes().versionChanged();
        KeyHolder keys = new GeneratedKeyHolder();
        Instant recordedAt = commitClock.stampNow();
        jdbc.sql("insert into policy_override (policy_id, state, from_date, to_date, reason, authority, recorded_at,"
                + " recorded_by) values (:policy, :state, :from, :to, :reason, :authority, :recordedAt, :recordedBy)")
            .param("policy", policyId)
            .param("state", override.state().name())
            .param("from", override.from())
            .param("to", override.to(), Types.DATE)
            .param("reason", override.reason())
            .param("authority", override.authority())
            .param("recordedAt", StoredInstants.toDatabase(recordedAt))
            .param("recordedBy", override.recordedBy())
            .update(keys, "id");
        return new PolicyOverride(keys.getKeyAs(Long.class), override.state(), override.from(), override.to(),
            override.reason(), override.authority(), recordedAt, override.recordedBy());
    }

    /** As they are now, kept in memory until one is added (see {@link ChangeWatch}); as known at an instant, read. */
    @Override
    public List<PolicyOverride> list(String policyId, Instant knownAt) {
        if (knownAt == null) {
            return commitClock.changes().current("policy_override:" + policyId,
                () -> List.copyOf(read(policyId, null)));
        }
        return read(policyId, knownAt);
    }

    private List<PolicyOverride> read(String policyId, Instant knownAt) {
        return commitClock.policyRows("select id, state, from_date, to_date, reason, authority, recorded_at,"
            + " recorded_by from policy_override", policyId, knownAt, "recorded_at, id", OVERRIDE);
    }

    @Override
    public long version() {
        return commitClock.changes().current("override_ledger",
            () -> jdbc.sql("select version from override_ledger where id = 1").query(Long.class).single());
    }
}
