package org.surgepolicy.domain.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.Tallies.counted;
import static org.surgepolicy.domain.fixtures.Tallies.revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latest revision of each key counts, whatever order the revisions come in. */
class LatestRevisionsTest {

    static final LocalDate DAY = LocalDate.of(2024, 7, 1);

    @Test
    void theLatestRecordedRevisionOfAKeyWins() {
        TallyRevision first = revision(counted(DAY, 100), 1);
        TallyRevision second = revision(counted(DAY, 120), 2);
        TallyRevision third = revision(counted(DAY, 90), 3);

        assertThat(LatestRevisions.of(List.of(second, third, first))).containsExactly(counted(DAY, 90));
        assertThat(LatestRevisions.of(List.of(third, first, second))).containsExactly(counted(DAY, 90));
    }

    @Test
    void revisionsRecordedAtTheSameInstantAreOrderedByTheLedgerSequence() {
        Instant same = Instant.parse("2024-07-02T10:00:00Z");
        TallyRevision earlier = new TallyRevision(counted(DAY, 100), same, "a", "api", 7);
        TallyRevision later = new TallyRevision(counted(DAY, 80), same, "b", "file", 8);

        assertThat(LatestRevisions.of(List.of(later, earlier))).containsExactly(counted(DAY, 80));
    }

    @Test
    void aZeroCountRevisionStillReportsTheDay() {
        DailyAggregates data = DailyAggregates.ofRevisions(List.of(revision(counted(DAY, 100), 1),
            revision(counted(DAY, 0), 2)));

        assertThat(data.isReported(DAY)).isTrue();
        assertThat(data.sum(DAY, cell -> true)).contains(0L);
        assertThat(data.sum(DAY.plusDays(1), cell -> true)).isEmpty();
    }

    @Test
    void aggregatesOfOneDayAreMadeOnce() {
        DayAggregate day = DailyAggregates.of(List.of(counted(DAY, 1))).day(DAY).orElseThrow();

        assertThatThrownBy(() -> DailyAggregates.ofDays(List.of(day, day)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("two aggregates for 2024-07-01");
        assertThat(DailyAggregates.ofDays(List.of(day)).withDays(List.of(
            DailyAggregates.of(List.of(counted(DAY, 5))).day(DAY).orElseThrow())).sum(DAY, c -> true))
            .contains(5L);
    }
}
