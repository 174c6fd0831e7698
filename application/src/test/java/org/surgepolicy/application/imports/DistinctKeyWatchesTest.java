package org.surgepolicy.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.Tallies;
import org.surgepolicy.domain.imports.ImportLine;

class DistinctKeyWatchesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private final DistinctKeyWatches watches = new DistinctKeyWatches();

    @Test
    void aFileStagedFromItsFirstLineInDateOrderIsProvenOnceForItsPublish() {
        watches.see(7, List.of(row(2, DAY, "RGV"), row(3, DAY, "ELC")));
        watches.see(7, List.of(row(4, DAY.plusDays(1), "RGV")));

        assertThat(watches.takeProof(7)).isTrue();
        assertThat(watches.takeProof(7)).as("the publish took it").isFalse();
    }

    @Test
    void eachImportHasItsOwnWatch() {
        watches.see(7, List.of(row(2, DAY, "RGV")));
        watches.see(8, List.of(row(2, DAY, "RGV"), row(3, DAY, "RGV")));

        assertThat(watches.takeProof(8)).isFalse();
        assertThat(watches.takeProof(7)).isTrue();
    }

    @Test
    void aRunResumedFromTheMiddleOfTheFileHasNoProof() {
        watches.see(7, List.of(row(10_002, DAY, "RGV"), row(10_003, DAY, "ELC")));

        assertThat(watches.takeProof(7)).isFalse();
    }

    @Test
    void aRunThatEndedIsForgottenSoThatItsResumptionHasNoProof() {
        watches.see(7, List.of(row(2, DAY, "RGV"), row(3, DAY, "ELC")));
        watches.forget(7);
        watches.see(7, List.of(row(4, DAY, "SDC")));

        assertThat(watches.takeProof(7)).isFalse();
    }

    @Test
    void aFileReadAgainFromItsFirstLineStartsAnewWatch() {
        watches.see(7, List.of(row(2, DAY, "RGV"), row(3, DAY, "ELC")));
        watches.see(7, List.of(row(2, DAY, "RGV"), row(3, DAY, "ELC")));
        watches.see(7, List.of(row(4, DAY, "SDC")));

        assertThat(watches.takeProof(7)).isTrue();
    }

    @Test
    void aChunkSeenTwiceWithoutStartingAgainLosesTheProof() {
        watches.see(7, List.of(row(2, DAY, "RGV"), row(3, DAY, "ELC")));
        watches.see(7, List.of(row(4, DAY, "SDC"), row(5, DAY, "YUM")));
        watches.see(7, List.of(row(4, DAY, "SDC"), row(5, DAY, "YUM")));

        assertThat(watches.takeProof(7)).isFalse();
    }

    private static ImportLine.TallyLine row(long line, LocalDate date, String area) {
        return new ImportLine.TallyLine(line, Tallies.borderPatrol(date, area, 100), "raw");
    }
}
