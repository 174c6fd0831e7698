package org.surgepolicy.application.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryTallyLedger;
import org.surgepolicy.application.fakes.MutableClock;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery.Query;
import org.surgepolicy.domain.tally.TallyRevision;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

class TallyQueryServiceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Instant T1 = Instant.parse("2024-06-02T12:00:00Z");
    private static final Instant T2 = Instant.parse("2024-06-03T12:00:00Z");

    private final MutableClock clock = new MutableClock(T1);
    private final InMemoryTallyLedger ledger = new InMemoryTallyLedger(clock);
    private final TallyQueryService service = new TallyQueryService(ledger);

    @BeforeEach
    void twoReportsOfTheSameDay() {
        ledger.append(List.of(borderPatrol(DAY, "RGV", 5), borderPatrol(DAY.plusDays(1), "RGV", 9)), "alice",
            "first-report");
        clock.set(T2);
        ledger.append(List.of(borderPatrol(DAY, "RGV", 7), borderPatrol(DAY, "MIP", 3)), "bob", "second-report");
    }

    private List<Long> counts(String area, Instant knownAt, boolean history) {
        return service.tallies(new Query(DAY, area, knownAt, history)).stream().map(r -> r.tally().count()).toList();
    }

    @Test
    void theLatestRevisionOfEachKeyIsReadByDefault() {
        List<TallyRevision> latest = service.tallies(new Query(DAY, null, null, false));

        assertThat(latest).extracting(TallyRevision::tally)
            .containsExactly(borderPatrol(DAY, "RGV", 7), borderPatrol(DAY, "MIP", 3));
        assertThat(latest).extracting(TallyRevision::recordedBy).containsExactly("bob", "bob");
    }

    @Test
    void theHistoryHoldsEveryRevisionInRecordingOrder() {
        List<TallyRevision> history = service.tallies(new Query(DAY, null, null, true));

        assertThat(history).extracting(r -> r.tally().count()).containsExactly(5L, 7L, 3L);
        assertThat(history).extracting(TallyRevision::recordedAt).containsExactly(T1, T2, T2);
        assertThat(history).extracting(TallyRevision::source)
            .containsExactly("first-report", "second-report", "second-report");
    }

    @Test
    void knownAtReadsTheRevisionsRecordedUpToTheInstant() {
        assertThat(counts(null, T1, false)).containsExactly(5L);
        assertThat(counts(null, T2.minusSeconds(1), true)).containsExactly(5L);
        assertThat(counts(null, T2, false)).containsExactly(7L, 3L);
        assertThat(counts(null, T1.minusSeconds(1), true)).isEmpty();
    }

    @Test
    void anAreaNarrowsTheRows() {
        assertThat(counts("MIP", null, true)).containsExactly(3L);
        assertThat(counts("RGV", T1, false)).containsExactly(5L);
        assertThat(counts("TCA", null, true)).isEmpty();
    }

    @Test
    void anUnknownAreaCodeIsRefusedNamingIt() {
        assertThatThrownBy(() -> service.tallies(new Query(DAY, "XYZ", null, false)))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("area");
                    assertThat(v.message()).startsWith("unknown area code 'XYZ'");
                }));
    }

    @Test
    void aQueryWithoutADateIsRefused() {
        assertThatThrownBy(() -> new Query(null, null, null, false))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("date", "is required")));
    }
}
