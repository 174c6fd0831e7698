package org.surgepolicy.adapter.persistence.activation;

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
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.domain.policy.ActivationDecision;

/** The activation decisions in JDBC, with a counter that every add increments for the callers' caches. */
public final class JdbcActivationDecisionStore implements ActivationDecisionStore {

    private static final RowMapper<ActivationDecision> DECISION = (rs, row) -> new ActivationDecision(rs.getLong(1),
        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
        StoredInstants.fromDatabase(rs.getObject(6, OffsetDateTime.class)), rs.getString(7));

    private final JdbcClient jdbc;
    private final CommitClock commitClock;

    public JdbcActivationDecisionStore(DataSource dataSource, CommitClock commitClock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.commitClock = commitClock;
    }

    /** Locks the counter row, which every add updates first, until the caller's transaction ends. */
    @Override
    public void hold() {
        Transactions.requireActive("Holding the activation decisions");
        jdbc.sql("update activation_decision_ledger set version = version where id = 1").update();
    }

    /**
     * Increments the counter before inserting: the update locks the counter row, so adds are serialised and a
     * decision is never visible under a version smaller than its own. The decision is stamped with the commit stamp,
     * taken now (the caller gets it back), so the rest of the transaction holds the commit clock: it may then only
     * write what is itself stamped at the commit (determinations, audit entries).
     */
    @Override
    public ActivationDecision add(String policyId, ActivationDecision decision) {
        Objects.requireNonNull(policyId, "policyId");
        Transactions.requireActive("Adding an activation decision");
        jdbc.sql("update activation_decision_ledger set version = version + 1 where id = 1").update();
        commitClock.changes().versionChanged();
        KeyHolder keys = new GeneratedKeyHolder();
        Instant recordedAt = commitClock.stampNow();
        jdbc.sql("insert into activation_decision (policy_id, determination_date, decided_on, reason, authority,"
                + " recorded_at, recorded_by) values (:policy, :determinationDate, :decidedOn, :reason, :authority,"
                + " :recordedAt, :recordedBy)")
            .param("policy", policyId)
            .param("determinationDate", decision.determinationDate())
            .param("decidedOn", decision.decidedOn())
            .param("reason", decision.reason())
            .param("authority", decision.authority())
            .param("recordedAt", StoredInstants.toDatabase(recordedAt))
            .param("recordedBy", decision.recordedBy())
            .update(keys, "id");
        return new ActivationDecision(keys.getKeyAs(Long.class), decision.determinationDate(), decision.decidedOn(),
            decision.reason(), decision.authority(), recordedAt, decision.recordedBy());
    }

    /** As they are now, kept in memory until one is added (see {@link ChangeWatch}); as known at an instant, read. */
    @Override
    public List<ActivationDecision> list(String policyId, Instant knownAt) {
        if (knownAt == null) {
            return commitClock.changes().current("activation_decision:" + policyId,
                () -> List.copyOf(read(policyId, null)));
        }
        return read(policyId, knownAt);
    }

    private List<ActivationDecision> read(String policyId, Instant knownAt) {
        return commitClock.policyRows("select id, determination_date, decided_on, reason, authority, recorded_at,"
            + " recorded_by from activation_decision", policyId, knownAt, "recorded_at, id", DECISION);
    }

    @Override
    public long version() {
        return commitClock.changes().current("activation_decision_ledger",
            () -> jdbc.sql("select version from activation_decision_ledger where id = 1").query(Long.class).single());
    }
}
