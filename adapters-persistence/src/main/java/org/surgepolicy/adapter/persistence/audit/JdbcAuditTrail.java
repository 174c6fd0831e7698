package org.surgepolicy.adapter.persistence.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.CommitClock;
import org.surgepolicy.adapter.persistence.LockTimeouts;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.adapter.persistence.Transactions;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/** The audit trail in JDBC: entries in sequence order, and a head row that appends lock and move forward. */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS =
        "sequence, recorded_at, actor, action, subject, payload_digest, summary, previous_hash, hash";

    private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong(1),
        new AuditEvent(StoredInstants.fromDatabase(rs.getObject(2, OffsetDateTime.class)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
        rs.getString(8), rs.getString(9));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CommitClock commitClock;
    /** One object for the whole trail, so that the commit clock writes a transaction's entries together. */
    private final CommitClock.AtCommitTogether<AuditEvent> writeAll = this::write;

    public JdbcAuditTrail(DataSource dataSource, CommitClock commitClock) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.commitClock = commitClock;
    }

    /**
     * Writes the entry just before the transaction commits, with the commit stamp: the head is locked only then (after
     * the commit clock), so entries follow commit order and their hashes cover the instant they carry. The entries of
     * one transaction are written together, in the order they were appended, with one lock and one move of the head.
     */
    @Override
    public void append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        Transactions.requireActive("Appending to the audit trail");
        commitClock.atCommitTogether(writeAll, event);
    }

    private void write(List<AuditEvent> events, Instant at) {
        Head head = LockTimeouts.locking("The audit trail's lock", () -> jdbc.sql(
                "select sequence, hash from audit_head where id = 1 for update")
            .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single());
        List<AuditEntry> entries = new ArrayList<>(events.size());
        long sequence = head.sequence();
        String hash = head.hash();
        for (AuditEvent event : events) {
            // The hash covers the instant as stored, so that it can be recomputed from the row.
            AuditEvent stored = new AuditEvent(at, event.actor(), event.action(), event.subject(),
                event.payloadDigest(), event.summary());
            AuditEntry entry = AuditChain.next(sequence, hash, stored);
            entries.add(entry);
            sequence = entry.sequence();
            hash = entry.hash();
        }
        OffsetDateTime stamp = StoredInstants.toDatabase(at);
        template.batchUpdate("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries,
            entries.size(), (ps, entry) -> {
                ps.setLong(1, entry.sequence());
                ps.setObject(2, stamp);
                ps.setString(3, entry.event().actor());
                ps.setString(4, entry.event().action());
                ps.setString(5, entry.event().subject());
                ps.setString(6, entry.event().payloadDigest());
                ps.setString(7, entry.event().summary());
                ps.setString(8, entry.previousHash());
                ps.setString(9, entry.hash());
            });
        jdbc.sql("update audit_head set sequence = :sequence, hash = :hash where id = 1")
            .param("sequence", sequence)
            .param("hash", hash)
            .update();
    }

    @Override
    public AuditPage list(Filter filter, int page, int size) {
        if (filter.to() != null) {
            commitClock.settle(filter.to());
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Map.Entry<String, Object>> params = new ArrayList<>();
        if (filter.from() != null) {
            where.append(" and recorded_at >= :from");
            params.add(Map.entry("from", StoredInstants.toDatabase(filter.from())));
        }
        if (filter.to() != null) {
            where.append(" and recorded_at <= :to");
            params.add(Map.entry("to", StoredInstants.toDatabase(filter.to())));
        }
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
            params.add(Map.entry("actor", filter.actor()));
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.add(Map.entry("action", filter.action()));
        }
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from audit_entry" + where);
        JdbcClient.StatementSpec select = jdbc.sql("select " + COLUMNS + " from audit_entry" + where
                + " order by sequence desc limit :limit offset :offset")
            .param("limit", size)
            .param("offset", (long) page * size);
        for (Map.Entry<String, Object> param : params) {
            count = count.param(param.getKey(), param.getValue());
            select = select.param(param.getKey(), param.getValue());
        }
        return new AuditPage(select.query(ENTRY).list(), count.query(Long.class).single(), page, size);
    }

    @Override
    public AuditChain.Verification verify() {
        AuditChain.Walker walker = new AuditChain.Walker();
        return walk(walker, Long.MAX_VALUE).orElseGet(() -> walker.finish(head().sequence()));
    }

    @Override
    public Head head() {
        return jdbc.sql("select sequence, hash from audit_head where id = 1")
            .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    @Override
    public AuditChain.Verification verifyAgainst(HeadDigest digest) {
        AuditChain.Walker walker = new AuditChain.Walker();
        return walk(walker, digest.sequence()).orElseGet(() -> walker.finishAgainst(digest));
    }

    /** Gives the walker the entries up to {@code last} in order, streamed; the first break, if any. */
    private Optional<AuditChain.Verification> walk(AuditChain.Walker walker, long last) {
        try (Stream<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from audit_entry where sequence <= :last"
                + " order by sequence")
            .param("last", last).withFetchSize(1_000).query(ENTRY).stream()) {
            return entries.map(walker::accept).flatMap(Optional::stream).findFirst();
        }
    }
}
