package org.surgepolicy.adapter.persistence.statistics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.application.contracts.PublishedStatisticsContract;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.domain.statistics.Statistic;

/**
 * The contract of the published statistics on each database (a subclass names it), with the import's staged rows
 * written as the import writes them; and what only the JDBC adapter does: it publishes only inside a transaction.
 */
abstract class JdbcPublishedStatisticsContract extends PublishedStatisticsContract<TestDatabase> {

    @Override
    protected PublishedStatistics newPublishedStatistics(TestDatabase database) {
        return new JdbcPublishedStatistics(database.dataSource());
    }

    @Override
    protected void stage(long importId, List<Statistic> staged) {
        for (int line = 0; line < staged.size(); line++) {
            Statistic s = staged.get(line);
            store.jdbc().sql("insert into import_staged_statistic (import_id, line_number, dataset, statistic_month,"
                    + " component, area, demographic, citizenship, title_of_authority, encounter_type,"
                    + " encounter_count, raw) values (:id, :line, :dataset, :month, :component, :area, :demographic,"
                    + " :citizenship, :title, :type, :count, :raw)")
                .param("id", importId).param("line", line + 1L).param("dataset", s.dataset().name())
                .param("month", s.month().atDay(1)).param("component", s.component().name())
                .param("area", s.area() == null ? null : s.area().value())
                .param("demographic", s.demographic().name()).param("citizenship", s.citizenship().name())
                .param("title", s.title().name()).param("type", s.encounterType().name())
                .param("count", s.count()).param("raw", s.toString())
                .update();
        }
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> statistics.publish(1, T1))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a transaction");
    }
}
