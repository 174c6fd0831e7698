package org.surgepolicy.adapter.persistence.tally;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.DayAggregate;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.tally.TallyRevision;

/** How the ledger's rows map to domain values, and back. */
final class TallyRows {

    /** The key columns, in the order {@link #readKey} and {@link #bindKey} use. */
    static final String KEY_COLUMNS = "tally_date, component, area, demographic, citizenship, encounter_type";

    /** The columns of a revision, in the order {@link #REVISION} reads them. */
    static final String REVISION_COLUMNS =
        "r.id, r.tally_date, r.component, r.area, r.demographic, r.citizenship, r.encounter_type, r.encounter_count,"
            + " r.recorded_at, r.recorded_by, r.source";

    /** The columns that identify an aggregate row: its day and cell. */
    static final String CELL_COLUMNS = "tally_date, component, region, demographic, contiguous_citizenship";

    /** The columns of an aggregate row, in the order {@link AggregateCollector} reads them. */
    static final String AGGREGATE_COLUMNS = CELL_COLUMNS + ", total";

    static final RowMapper<TallyRevision> REVISION = (rs, row) -> new TallyRevision(
        new Tally(readKey(rs, 2), rs.getLong(8)),
        StoredInstants.fromDatabase(rs.getObject(9, OffsetDateTime.class)), rs.getString(10), rs.getString(11),
        rs.getLong(1));

    private TallyRows() {
    }

    /** Reads the six key columns starting at column {@code first}. */
    static TallyKey readKey(ResultSet rs, int first) throws SQLException {
        return new TallyKey(rs.getObject(first, LocalDate.class), Component.valueOf(rs.getString(first + 1)),
            new AreaCode(rs.getString(first + 2)), Demographic.valueOf(rs.getString(first + 3)),
            new Citizenship(rs.getString(first + 4)), EncounterType.valueOf(rs.getString(first + 5)));
    }

    /** Binds the six key columns starting at parameter {@code first}. */
    /** A key's values in the order of {@link #KEY_COLUMNS}, as a row of an {@code in} list. */
    static Object[] keyValues(TallyKey key) {
        return new Object[] {key.date(), key.component().name(), key.area().value(), key.demographic().name(),
            key.citizenship().name(), key.encounterType().name()};
    }

    static void bindKey(PreparedStatement ps, int first, TallyKey key) throws SQLException {
        ps.setObject(first, key.date());
        ps.setString(first + 1, key.component().name());
        ps.setString(first + 2, key.area().value());
        ps.setString(first + 3, key.demographic().name());
        ps.setString(first + 4, key.citizenship().name());
        ps.setString(first + 5, key.encounterType().name());
    }

    /** Binds a day and an aggregate cell starting at parameter {@code first}. */
    static void bindCell(PreparedStatement ps, int first, LocalDate date, AggregateCell cell) throws SQLException {
        ps.setObject(first, date);
        ps.setString(first + 1, cell.component().name());
        ps.setString(first + 2, cell.region().name());
        ps.setString(first + 3, cell.demographic().name());
        ps.setBoolean(first + 4, cell.contiguousCitizenship());
    }

    /** Gathers aggregate rows ({@link #AGGREGATE_COLUMNS}, ordered by day) into days. */
    static final class AggregateCollector implements RowCallbackHandler {

        private final List<DayAggregate> days = new ArrayList<>();
        private LocalDate day;
        private Map<AggregateCell, Long> totals = new HashMap<>();

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            add(rs, rs.getLong(6));
        }

        /**
         * Adds a row whose total is in the column {@code totalColumn}, which may be null (the day's cell has no total
         * on that side: nothing is added).
         */
        void processRow(ResultSet rs, String totalColumn) throws SQLException {
            long total = rs.getLong(totalColumn);
            if (!rs.wasNull()) {
                add(rs, total);
            }
        }

        private void add(ResultSet rs, long total) throws SQLException {
            LocalDate date = rs.getObject(1, LocalDate.class);
            if (!date.equals(day)) {
                flush();
                day = date;
            }
            AggregateCell cell = AggregateCells.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
            totals.merge(cell, total, Long::sum);
        }

        private void flush() {
            if (day != null) {
                days.add(new DayAggregate(day, totals));
                totals = new HashMap<>();
            }
        }

        List<DayAggregate> days() {
            flush();
            day = null;
            return days;
        }

        DailyAggregates aggregates() {
            return DailyAggregates.ofDays(days());
        }
    }
}
