package org.surgepolicy.adapter.persistence.tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.domain.tally.Component;

/** Monthly sums of the latest counts (tally_latest), grouped in the database. */
public final class JdbcLedgerTotals implements LedgerTotals {

    private final JdbcClient jdbc;

    public JdbcLedgerTotals(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<MonthlyAreaTotal> monthlyTotals(YearMonth from, YearMonth to) {
        return jdbc.sql("select y, m, component, area, sum(encounter_count) from (select extract(year from tally_date)"
                + " as y, extract(month from tally_date) as m, component, area, encounter_count from tally_latest"
                + " where tally_date between :from and :to) t group by y, m, component, area order by y, m, component,"
                + " area")
            .param("from", from.atDay(1)).param("to", to.atEndOfMonth())
            .query((rs, row) -> new MonthlyAreaTotal(YearMonth.of(rs.getInt(1), rs.getInt(2)),
                Component.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5)))
            .list();
    }

    @Override
    public Optional<SourceSpan> spanOfSource(String source) {
        return jdbc.sql("select min(tally_date), max(tally_date), count(*) from tally_revision where source = :source")
            .param("source", source)
            .query((rs, row) -> {
                LocalDate first = rs.getObject(1, LocalDate.class);
                return first == null ? null : new SourceSpan(first, rs.getObject(2, LocalDate.class), rs.getLong(3));
            })
            .optional();
    }
}
