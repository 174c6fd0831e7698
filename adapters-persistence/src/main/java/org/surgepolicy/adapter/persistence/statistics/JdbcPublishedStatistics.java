package org.surgepolicy.adapter.persistence.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.persistence.StoredInstants;
import org.surgepolicy.adapter.persistence.Transactions;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.tally.Component;

/** The published statistics in JDBC: an import's staged rows merged in one statement, totals grouped in SQL. */
public final class JdbcPublishedStatistics implements PublishedStatistics {

    private static final String KEY = "dataset, statistic_month, component, area, demographic, citizenship,"
        + " title_of_authority, encounter_type";

    private final JdbcClient jdbc;

    public JdbcPublishedStatistics(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public PublishResult publish(long importId, Instant publishedAt) {
        Transactions.requireActive("Publishing statistics");
        long staged = jdbc.sql("select count(*) from import_staged_statistic where import_id = :id")
            .param("id", importId).query(Long.class).single();
        long revised = jdbc.sql("merge into published_statistic p using (select " + KEY + ", encounter_count"
                + " from import_staged_statistic where import_id = :id) s on (p.dataset = s.dataset"
                + " and p.statistic_month = s.statistic_month and p.component = s.component"
                + " and p.area is not distinct from s.area and p.demographic = s.demographic"
                + " and p.citizenship = s.citizenship and p.title_of_authority = s.title_of_authority"
                + " and p.encounter_type = s.encounter_type)"
                + " when matched and p.encounter_count <> s.encounter_count then update"
                + " set encounter_count = s.encounter_count, import_id = :id, published_at = :at"
                + " when not matched then insert (" + KEY + ", encounter_count, import_id, published_at)"
                + " values (s.dataset, s.statistic_month, s.component, s.area, s.demographic, s.citizenship,"
                + " s.title_of_authority, s.encounter_type, s.encounter_count, :id, :at)")
            .param("id", importId).param("at", StoredInstants.toDatabase(publishedAt))
            .update();
        return new PublishResult(revised, staged - revised);
    }

    @Override
    public List<MonthlyTotal> totals(YearMonth from, YearMonth to) {
        return jdbc.sql("select dataset, statistic_month, component, area, sum(encounter_count)"
                + " from published_statistic where statistic_month between :from and :to"
                + " group by dataset, statistic_month, component, area order by statistic_month, dataset, component,"
                + " area")
            .param("from", from.atDay(1)).param("to", to.atDay(1))
            .query((rs, row) -> new MonthlyTotal(Dataset.valueOf(rs.getString(1)),
                YearMonth.from(rs.getObject(2, LocalDate.class)), Component.valueOf(rs.getString(3)),
                rs.getString(4), rs.getLong(5)))
            .list();
    }
}
