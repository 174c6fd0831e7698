package org.surgepolicy.adapter.persistence.restatement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedRestatement;
import org.surgepolicy.domain.rule.Restatement;

/** The restatements in JDBC: each inserted once, identified by the digest of what it says. */
public final class JdbcRestatementLog implements RestatementLog {

    private static final int MAX_DESCRIPTION = 4_000;

    private final JdbcClient jdbc;

    public JdbcRestatementLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<RecordedRestatement> recordNew(String policyId, List<Restatement> restatements, Instant detectedAt) {
        List<RecordedRestatement> recorded = new ArrayList<>();
        Instant at = StoredInstants.stored(detectedAt);
        for (Restatement r : restatements) {
            String description = r.description().length() <= MAX_DESCRIPTION ? r.description()
                : r.description().substring(0, MAX_DESCRIPTION);
            String digest = AuditDigest.sha256(String.join("\n", policyId, r.date().toString(), r.type().name(),
                r.kind().name(), r.description()));
            int inserted = jdbc.sql("insert into restatement (policy_id, determination_date, determination_type, kind,"
                    + " description, digest, detected_at) values (:policy, :date, :type, :kind, :description, :digest,"
                    + " :at) on conflict do nothing")
                .param("policy", policyId).param("date", r.date()).param("type", r.type().name())
                .param("kind", r.kind().name()).param("description", description).param("digest", digest)
                .param("at", StoredInstants.toDatabase(at))
                .update();
            if (inserted == 1) {
                recorded.add(new RecordedRestatement(policyId, r.date(), r.type(), r.kind(), description, at));
            }
        }
        return recorded;
    }

    @Override
    public List<RecordedRestatement> recorded(String policyId) {
        return jdbc.sql("select policy_id, determination_date, determination_type, kind, description, detected_at"
                + " from restatement where policy_id = :policy order by detected_at, id")
            .param("policy", policyId)
            .query((rs, row) -> new RecordedRestatement(rs.getString(1), rs.getObject(2, LocalDate.class),
                DeterminationType.valueOf(rs.getString(3)), Restatement.Kind.valueOf(rs.getString(4)),
                rs.getString(5), StoredInstants.fromDatabase(rs.getObject(6, OffsetDateTime.class))))
            .list();
    }
}
