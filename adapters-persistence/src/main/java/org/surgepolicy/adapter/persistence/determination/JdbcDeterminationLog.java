package org.surgepolicy.adapter.persistence.determination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.adapter.persistence.Transactions;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedDetermination;
import tools.jackson.databind.json.JsonMapper;

/** The determination log in JDBC, the evidence of each determination stored as a JSON document. */
public final class JdbcDeterminationLog implements DeterminationLog {

    private static final String COLUMNS = "policy_id, determination_date, determination_type, effective_on,"
        + " version_id, citation, evidence, recorded_at";

    private record Key(LocalDate date, DeterminationType type) {
    }

    private final JdbcClient jdbc;
    private final CommitClock commitClock;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdbcDeterminationLog(DataSource dataSource, CommitClock commitClock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.commitClock = commitClock;
    }

    /**
     * Inserts each determination whose policy, date and type are not there yet, and stamps those inserted with the
     * commit stamp just before the transaction commits. The ones already recorded are read first, since most calls
     * bring mostly those. ON CONFLICT DO NOTHING (which H2 accepts in PostgreSQL mode) makes a concurrent insert of
     * the same determination wait for the first one and then skip, without an error that would abort the caller's
     * transaction on PostgreSQL; its row count says which insert took place.
     */
    @Override
    public List<Determination> recordNew(String policyId, List<Determination> determinations) {
        Objects.requireNonNull(policyId, "policyId");
        Transactions.requireActive("Recording determinations");
        if (determinations.isEmpty()) {
            return List.of();
        }
        Set<Key> known = new HashSet<>(jdbc.sql("select determination_date, determination_type from determination"
                + " where policy_id = :policy")
            .param("policy", policyId)
            .query((rs, row) -> new Key(rs.getObject(1, LocalDate.class), DeterminationType.valueOf(rs.getString(2))))
            .list());
        Instant provisional = commitClock.provisional();
        List<Determination> recorded = new ArrayList<>();
        for (Determination d : determinations) {
            if (known.add(new Key(d.date(), d.type())) && insert(policyId, d, provisional)) {
                recorded.add(d);
            }
        }
        if (!recorded.isEmpty()) {
            commitClock.atCommit(at -> stamp(policyId, recorded, at));
        }
        return recorded;
    }

    private void stamp(String policyId, List<Determination> recorded, Instant at) {
        for (Determination d : recorded) {
            jdbc.sql("update determination set recorded_at = :at"
                    + " where policy_id = :policy and determination_date = :date and determination_type = :type")
                .param("at", StoredInstants.toDatabase(at))
                .param("policy", policyId).param("date", d.date()).param("type", d.type().name())
                .update();
        }
    }

    private boolean insert(String policyId, Determination d, Instant at) {
        return jdbc.sql("insert into determination (" + COLUMNS + ")"
                + " values (:policy, :date, :type, :effectiveOn, :version, :citation, :evidence, :recordedAt)"
                + " on conflict do nothing")
            .param("policy", policyId)
            .param("date", d.date())
            .param("type", d.type().name())
            .param("effectiveOn", d.effectiveOn())
            .param("version", d.versionId())
            .param("citation", d.citation())
            .param("evidence", json.writeValueAsString(EvidenceDocument.of(d)))
            .param("recordedAt", StoredInstants.toDatabase(at))
            .update() == 1;
    }

    @Override
    public List<RecordedDetermination> recorded(String policyId, Instant knownAt) {
        return commitClock.policyRows("select " + COLUMNS + " from determination", policyId, knownAt,
            "determination_date, determination_type", (rs, row) -> read(rs));
    }

    private RecordedDetermination read(ResultSet rs) throws SQLException {
        EvidenceDocument evidence = json.readValue(rs.getString(7), EvidenceDocument.class);
        Determination determination = new Determination(rs.getObject(2, LocalDate.class),
            DeterminationType.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
            rs.getString(6), evidence.toEvidence(), evidence.markedCapReached());
        return new RecordedDetermination(rs.getString(1), determination,
            StoredInstants.fromDatabase(rs.getObject(8, OffsetDateTime.class)));
    }
}
