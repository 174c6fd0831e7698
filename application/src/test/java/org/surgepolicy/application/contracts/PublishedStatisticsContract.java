package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.application.reference.port.out.PublishedStatistics.MonthlyTotal;
import org.surgepolicy.application.reference.port.out.PublishedStatistics.PublishResult;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.statistics.TitleOfAuthority;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;

/**
 * What every {@link PublishedStatistics} must do, run by each implementation's subclass, which also stages an import's
 * statistics the way that implementation reads them.
 */
public abstract class PublishedStatisticsContract<S extends ContractStore> extends PortContract<S> {

    protected static final YearMonth JUNE = YearMonth.of(2024, 6);
    protected static final YearMonth JULY = YearMonth.of(2024, 7);
    protected static final Instant T1 = Instant.parse("2024-08-01T10:00:00Z");
    protected static final Instant T2 = Instant.parse("2024-09-01T10:00:00Z");

    protected PublishedStatistics statistics;

    /** The implementation under test, keeping its data in {@code store}. */
    protected abstract PublishedStatistics newPublishedStatistics(S store);

    /** Stages the statistics of an import, as the import's validation leaves them, for {@code publish} to take. */
    protected abstract void stage(long importId, List<Statistic> staged);

    @BeforeEach
    void createPublishedStatistics() {
        statistics = newPublishedStatistics(store);
    }

    protected static Statistic nationwide(YearMonth month, String area, TitleOfAuthority title, long count) {
        return new Statistic(Dataset.CBP_NATIONWIDE, month, Component.USBP, new AreaCode(area),
            Demographic.SINGLE_ADULTS, Citizenship.MEXICO, title, EncounterType.APPREHENSIONS, count);
    }

    protected static Statistic southwest(YearMonth month, Demographic demographic, long count) {
        return new Statistic(Dataset.CBP_SOUTHWEST, month, Component.USBP, null, demographic, Citizenship.MEXICO,
            TitleOfAuthority.TITLE_8, EncounterType.APPREHENSIONS, count);
    }

    protected PublishResult publish(Instant at, long importId) {
        return committedAt(at, () -> statistics.publish(importId, at));
    }

    @Test
    void nothingPublishedHasNoTotals() {
        assertThat(statistics.totals(YearMonth.of(1900, 1), YearMonth.of(9999, 12))).isEmpty();
    }

    @Test
    void aPublishedImportIsTotalledPerDatasetMonthComponentAndArea() {
        stage(1, List.of(
            nationwide(JUNE, "RGV", TitleOfAuthority.TITLE_8, 100),
            nationwide(JUNE, "RGV", TitleOfAuthority.TITLE_42, 20),
            nationwide(JUNE, "TCA", TitleOfAuthority.TITLE_8, 30),
            southwest(JUNE, Demographic.SINGLE_ADULTS, 140),
            southwest(JUNE, Demographic.FMUA, 10),
            nationwide(JULY, "RGV", TitleOfAuthority.TITLE_8, 5)));

        assertThat(publish(T1, 1)).isEqualTo(new PublishResult(6, 0));

        assertThat(statistics.totals(JUNE, JUNE)).containsExactly(
            new MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "RGV", 120),
            new MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "TCA", 30),
            new MonthlyTotal(Dataset.CBP_SOUTHWEST, JUNE, Component.USBP, null, 150));
        assertThat(statistics.totals(JUNE, JULY)).hasSize(4).last()
            .isEqualTo(new MonthlyTotal(Dataset.CBP_NATIONWIDE, JULY, Component.USBP, "RGV", 5));
        assertThat(statistics.totals(JULY.plusMonths(1), JULY.plusMonths(12))).isEmpty();
    }

    @Test
    void aLaterImportReplacesTheCountsOfItsKeysAndEqualCountsAreNoOps() {
        stage(1, List.of(nationwide(JUNE, "RGV", TitleOfAuthority.TITLE_8, 100),
            nationwide(JUNE, "TCA", TitleOfAuthority.TITLE_8, 30)));
        publish(T1, 1);
        stage(2, List.of(nationwide(JUNE, "RGV", TitleOfAuthority.TITLE_8, 100),
            nationwide(JUNE, "TCA", TitleOfAuthority.TITLE_8, 35),
            nationwide(JUNE, "ELC", TitleOfAuthority.TITLE_8, 7)));

        assertThat(publish(T2, 2)).isEqualTo(new PublishResult(2, 1));

        assertThat(statistics.totals(JUNE, JUNE)).containsExactly(
            new MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "ELC", 7),
            new MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "RGV", 100),
            new MonthlyTotal(Dataset.CBP_NATIONWIDE, JUNE, Component.USBP, "TCA", 35));
    }

    @Test
    void anImportWithNothingStagedPublishesNothing() {
        stage(1, List.of(nationwide(JUNE, "RGV", TitleOfAuthority.TITLE_8, 100)));

        assertThat(publish(T1, 2)).isEqualTo(new PublishResult(0, 0));
        assertThat(statistics.totals(JUNE, JUNE)).isEmpty();
    }
}
