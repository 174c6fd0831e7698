package org.surgepolicy.domain.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerAppendTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private static Tally rgv(long count) {
        return new Tally(TallyKey.parse(DAY, "USBP", "RGV", "SINGLE_ADULTS", "MEXICO", "APPREHENSIONS"), count);
    }

    private static Tally elPaso(long count) {
        return new Tally(TallyKey.parse(DAY, "USBP", "EPT", "FMUA", "GUATEMALA", "APPREHENSIONS"), count);
    }

    @Test
    void aNewKeyIsAddedAChangedCountRevisedAndAnEqualOneChangesNothing() {
        Map<TallyKey, Long> latest = Map.of(rgv(0).key(), 10L);

        LedgerAppend.Outcome outcome = LedgerAppend.of(List.of(rgv(10), elPaso(3)), latest::get, 41);

        assertThat(outcome.revisions()).containsExactly(new LedgerAppend.Revision(42, elPaso(3), null));
        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.revised()).isZero();
        assertThat(outcome.unchanged()).isEqualTo(1);

        LedgerAppend.Outcome changed = LedgerAppend.of(List.of(rgv(12)), latest::get, 41);
        assertThat(changed.revisions()).containsExactly(new LedgerAppend.Revision(42, rgv(12), 10L));
        assertThat(changed.revised()).isEqualTo(1);
        assertThat(changed.cellDeltas()).containsExactly(
            Map.entry(new LedgerAppend.DayCell(DAY, rgv(12).key().cell()), 2L));
    }

    @Test
    void aKeyGivenTwiceIsRevisedTwiceInListOrderAndItsCellMovesByTheWholeChange() {
        LedgerAppend.Outcome outcome = LedgerAppend.of(List.of(rgv(5), rgv(5), rgv(8)), key -> null, 0);

        assertThat(outcome.revisions()).containsExactly(new LedgerAppend.Revision(1, rgv(5), null),
            new LedgerAppend.Revision(2, rgv(8), 5L));
        assertThat(outcome.added()).isEqualTo(1);
        assertThat(outcome.revised()).isEqualTo(1);
        assertThat(outcome.unchanged()).isEqualTo(1);
        assertThat(outcome.latest()).containsExactly(Map.entry(rgv(0).key(), new LedgerAppend.Revision(2, rgv(8), 5L)));
        assertThat(outcome.cellDeltas().values()).containsExactly(8L);
    }

    @Test
    void aNewKeyWithACountOfZeroStillReportsItsCell() {
        LedgerAppend.Outcome outcome = LedgerAppend.of(List.of(elPaso(0)), key -> null, 7);

        assertThat(outcome.revisions()).hasSize(1);
        assertThat(outcome.cellDeltas()).containsExactly(
            Map.entry(new LedgerAppend.DayCell(DAY, elPaso(0).key().cell()), 0L));
    }
}
