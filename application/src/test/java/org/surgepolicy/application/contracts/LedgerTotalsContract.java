package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.contracts.TallyLedgerContract.tally;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.application.tally.port.out.LedgerTotals.MonthlyAreaTotal;
import org.surgepolicy.application.tally.port.out.LedgerTotals.SourceSpan;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Tally;

/**
 * What every {@link LedgerTotals} must do, run by each implementation's subclass over the tally ledger it sums.
 */
public abstract class LedgerTotalsContract<S extends ContractStore> extends PortContract<S> {

    protected static final YearMonth JUNE = YearMonth.of(2024, 6);
    protected static final YearMonth JULY = YearMonth.of(2024, 7);
    protected static final Instant T1 = Instant.parse("2024-08-01T10:00:00Z");
    protected static final Instant T2 = Instant.parse("2024-08-02T10:00:00Z");

    protected LedgerTotals totals;
    protected TallyLedger ledger;

    /** The implementation under test, summing the ledger kept in {@code store}. */
    protected abstract LedgerTotals newLedgerTotals(S store);

    /** The ledger whose latest counts the totals sum, keeping its data in {@code store}. */
    protected abstract TallyLedger newLedger(S store);

    @BeforeEach
    void createLedgerTotals() {
        totals = newLedgerTotals(store);
        ledger = newLedger(store);
    }

    private void append(Instant at, String source, Tally... tallies) {
        committedAt(at, () -> ledger.append(List.of(tallies), "operator", source));
    }

    private static Tally rgv(LocalDate date, String demographic, long count) {
        return tally(date, "RGV", demographic, "MEXICO", "APPREHENSIONS", count);
    }

    @Test
    void anEmptyLedgerHasNoTotalsAndNoSources() {
        assertThat(totals.monthlyTotals(JUNE, JULY)).isEmpty();
        assertThat(totals.spanOfSource("daily-report")).isEmpty();
    }

    @Test
    void theLatestCountsAreSummedPerMonthComponentAndAreaBetweenTwoMonths() {
        append(T1, "daily-report",
            rgv(JUNE.atDay(1), "SINGLE_ADULTS", 100),
            rgv(JUNE.atEndOfMonth(), "FMUA", 20),
            tally(JUNE.atDay(15), "TCA", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS", 30),
            tally(JUNE.atDay(15), "ELP", "SINGLE_ADULTS", "MEXICO", "INADMISSIBLES", 7),
            rgv(JULY.atDay(1), "SINGLE_ADULTS", 5),
            rgv(JULY.plusMonths(1).atDay(1), "SINGLE_ADULTS", 9));
        append(T2, "revision", rgv(JUNE.atDay(1), "SINGLE_ADULTS", 90));

        assertThat(totals.monthlyTotals(JUNE, JULY)).containsExactly(
            new MonthlyAreaTotal(JUNE, Component.OFO, "ELP", 7),
            new MonthlyAreaTotal(JUNE, Component.USBP, "RGV", 110),
            new MonthlyAreaTotal(JUNE, Component.USBP, "TCA", 30),
            new MonthlyAreaTotal(JULY, Component.USBP, "RGV", 5));
        assertThat(totals.monthlyTotals(JULY, JULY)).containsExactly(
            new MonthlyAreaTotal(JULY, Component.USBP, "RGV", 5));
    }

    @Test
    void aSourceSpansTheDaysOfItsRevisions() {
        append(T1, "import-1", rgv(JUNE.atDay(3), "SINGLE_ADULTS", 1), rgv(JUNE.atDay(9), "SINGLE_ADULTS", 2),
            rgv(JUNE.atDay(5), "FMUA", 3));
        append(T2, "import-2", rgv(JUNE.atDay(3), "SINGLE_ADULTS", 4));

        assertThat(totals.spanOfSource("import-1")).contains(new SourceSpan(JUNE.atDay(3), JUNE.atDay(9), 3));
        assertThat(totals.spanOfSource("import-2")).contains(new SourceSpan(JUNE.atDay(3), JUNE.atDay(3), 1));
        assertThat(totals.spanOfSource("import-3")).isEmpty();
    }
}
