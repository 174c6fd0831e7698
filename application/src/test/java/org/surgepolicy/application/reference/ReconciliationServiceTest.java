package org.surgepolicy.application.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery.Line;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.tally.Component;

class ReconciliationServiceTest {

    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final YearMonth JULY = YearMonth.of(2024, 7);

    /** The ledger: June has RGV 1,000 and TCA 500 (southwest), BLW 40 (northern); OFO ELP 300; July RGV 700. */
    private static final List<LedgerTotals.MonthlyAreaTotal> LEDGER = List.of(
        new LedgerTotals.MonthlyAreaTotal(JUNE, Component.USBP, "RGV", 1_000),
        new LedgerTotals.MonthlyAreaTotal(JUNE, Component.USBP, "TCA", 500),
        new LedgerTotals.MonthlyAreaTotal(JUNE, Component.USBP, "BLW", 40),
        new LedgerTotals.MonthlyAreaTotal(JUNE, Component.OFO, "ELP", 300),
        new LedgerTotals.MonthlyAreaTotal(JULY, Component.USBP, "RGV", 700));

    private static ReconciliationService service(List<PublishedStatistics.MonthlyTotal> published) {
        LedgerTotals ledger = new LedgerTotals() {
            @Override
            public List<MonthlyAreaTotal> monthlyTotals(YearMonth from, YearMonth to) {
                return LEDGER.stream().filter(t -> !t.month().isBefore(from) && !t.month().isAfter(to)).toList();
            }

            @Override
            public Optional<SourceSpan> spanOfSource(String source) {
                return Optional.of(new SourceSpan(LocalDate.MIN, LocalDate.MAX, 0));
            }
        };
        PublishedStatistics statistics = new PublishedStatistics() {
            @Override
            public PublishResult publish(long importId, Instant publishedAt) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<MonthlyTotal> totals(YearMonth from, YearMonth to) {
                return published.stream().filter(t -> !t.month().isBefore(from) && !t.month().isAfter(to)).toList();
            }
        };
        return new ReconciliationService(ledger, statistics);
    }

    @Test
    void theSouthwestFileIsComparedWithTheLedgersSouthwestAreasByComponent() {
        ReconcileQuery.Reconciliation result = service(List.of(
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.USBP, null, 1_480),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.OFO, null, 300),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JULY, Component.USBP, null, 700)))
            .reconcile(new ReconcileQuery.Query(JUNE, JULY));

        assertThat(result.lines()).containsExactly(
            Line.of(JUNE, Dataset.CBP_SOUTHWEST, Component.USBP, null, 1_500L, 1_480L),
            Line.of(JUNE, Dataset.CBP_SOUTHWEST, Component.OFO, null, 300L, 300L),
            Line.of(JULY, Dataset.CBP_SOUTHWEST, Component.USBP, null, 700L, 700L));
        assertThat(result.differences()).containsExactly(
            Line.of(JUNE, Dataset.CBP_SOUTHWEST, Component.USBP, null, 1_500L, 1_480L));
    }

    @Test
    void theNationwideFileIsComparedAreaByAreaAndOverAllAreas() {
        ReconcileQuery.Reconciliation result = service(List.of(
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "RGV", 1_000),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "TCA", 510),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "BLW", 40)))
            .reconcile(new ReconcileQuery.Query(JUNE, JUNE));

        assertThat(result.lines()).containsExactly(
            Line.of(JUNE, Dataset.CBP_NATIONWIDE, Component.USBP, null, 1_540L, 1_550L),
            Line.of(JUNE, Dataset.CBP_NATIONWIDE, Component.USBP, "BLW", 40L, 40L),
            Line.of(JUNE, Dataset.CBP_NATIONWIDE, Component.USBP, "RGV", 1_000L, 1_000L),
            Line.of(JUNE, Dataset.CBP_NATIONWIDE, Component.USBP, "TCA", 500L, 510L),
            Line.of(JUNE, Dataset.CBP_NATIONWIDE, Component.OFO, null, 300L, 0L),
            Line.of(JUNE, Dataset.CBP_NATIONWIDE, Component.OFO, "ELP", 300L, 0L));
    }

    @Test
    void aMonthNotPublishedYetHasNoPublishedTotalAndNoDifferenceRatherThanZero() {
        ReconcileQuery.Reconciliation result = service(List.of(
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.USBP, null, 1_500),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.OFO, null, 300)))
            .reconcile(new ReconcileQuery.Query(JUNE, JULY));

        Line july = new Line(JULY, Dataset.CBP_SOUTHWEST, Component.USBP, null, 700L, null, null);
        assertThat(result.lines()).containsExactly(
            Line.of(JUNE, Dataset.CBP_SOUTHWEST, Component.USBP, null, 1_500L, 1_500L),
            Line.of(JUNE, Dataset.CBP_SOUTHWEST, Component.OFO, null, 300L, 300L),
            july);
        assertThat(result.differences()).isEmpty();
        assertThat(result.notPublished()).containsExactly(july);
        Unavailable unpublished = Unavailable.because(Unavailable.Reason.NOT_PUBLISHED, "CBP_SOUTHWEST has no"
            + " statistics for 2024-07 (not published yet, or not covered by the files imported)");
        assertThat(july.unavailable()).containsExactly(Map.entry("published", unpublished),
            Map.entry("difference", unpublished));
    }

    @Test
    void aPublishedMonthTheLedgerHasNoDayOfHasNoLedgerTotalRatherThanZero() {
        YearMonth may = YearMonth.of(2024, 5);
        ReconcileQuery.Reconciliation result = service(List.of(
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, may, Component.USBP, null, 117_905),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.USBP, null, 1_500),
            new PublishedStatistics.MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.OFO, null, 300)))
            .reconcile(new ReconcileQuery.Query(may, JUNE));

        Line mayLine = new Line(may, Dataset.CBP_SOUTHWEST, Component.USBP, null, null, 117_905L, null);
        assertThat(result.lines()).startsWith(mayLine);
        assertThat(result.notInLedger()).containsExactly(mayLine);
        assertThat(result.differences()).isEmpty();
        assertThat(mayLine.unavailable().get("ledger").reason()).isEqualTo(Unavailable.Reason.NOT_IN_LEDGER);
    }

    @Test
    void withoutPublishedStatisticsThereIsNothingToCompare() {
        assertThat(service(List.of()).reconcile(new ReconcileQuery.Query(null, null)).lines()).isEmpty();
    }
}
