package org.surgepolicy.adapter.batch.recompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.surgepolicy.application.fakes.FixedPolicyCatalog;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.policy.ComparePoliciesService;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.domain.fixtures.BorderEmergencyFixtures;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.tally.Tally;

/**
 * The comparison files of a run: 3,000 a day from 2024-06-05 to 2024-06-07, then 5,000 a day to 2024-06-20. The rule
 * in force is in effect throughout; the proposed one from 2024-06-16 (its mandatory average on 2024-06-15).
 */
class ComparisonReportTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 6, 5);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 20);

    @TempDir
    Path folder;

    private static ComparePoliciesQuery.Comparison comparison() {
        PolicyDefinition[] definitions = {securingTheBorder(), borderEmergencyAuthority()};
        InMemoryApplication app = new InMemoryApplication(Instant.parse("2024-06-21T14:00:00Z"), definitions);
        List<Tally> tallies = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            tallies.add(counted(day, day.isBefore(LocalDate.of(2024, 6, 8)) ? 3_000 : 5_000));
        }
        app.submit(tallies).orElseThrow();
        return new ComparePoliciesService(new FixedPolicyCatalog(definitions), app.inputs(), app.evaluation())
            .compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, BorderEmergencyFixtures.ID), FIRST, LAST,
                null)).orElseThrow();
    }

    private List<Path> write() {
        return ComparisonReport.write(comparison(), null, ReportWriter.chartScripts(),
            new RunFolder(folder, new ExecutionContext()));
    }

    @Test
    void theCsvHasOneRowADayWithEachPolicysColumnsInTurn() throws Exception {
        write();

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(folder.resolve(ComparisonReport.CSV))) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(Files.readAllLines(folder.resolve(ComparisonReport.CSV)).getFirst()).isEqualTo("date,differ,"
            + "securing-the-border.status,securing-the-border.counted,securing-the-border.average,"
            + "securing-the-border.state,securing-the-border.effective_state,securing-the-border.determination,"
            + "securing-the-border.trigger,border-emergency-authority.status,border-emergency-authority.counted,"
            + "border-emergency-authority.average,border-emergency-authority.state,"
            + "border-emergency-authority.effective_state,border-emergency-authority.determination,"
            + "border-emergency-authority.trigger");
        assertThat(rows).hasSize(16);
        CSVRecord june15 = rows.get(10);
        assertThat(june15.get("date")).isEqualTo("2024-06-15");
        assertThat(june15.get("differ")).isEqualTo("true");
        assertThat(june15.get("securing-the-border.status")).isEqualTo("in-force");
        assertThat(june15.get("securing-the-border.effective_state")).isEqualTo("IN_EFFECT");
        assertThat(june15.get("border-emergency-authority.status")).isEqualTo("proposed");
        assertThat(june15.get("border-emergency-authority.counted")).isEqualTo("5000");
        assertThat(june15.get("border-emergency-authority.average")).isEqualTo("5000.0000");
        assertThat(june15.get("border-emergency-authority.effective_state")).isEqualTo("DISCONTINUED");
        assertThat(june15.get("border-emergency-authority.determination")).isEqualTo("HIGH");
        assertThat(june15.get("border-emergency-authority.trigger")).isEqualTo("MANDATORY_AVERAGE");
        assertThat(rows.get(11).get("differ")).isEqualTo("false");
        assertThat(rows.stream().filter(r -> r.get("differ").equals("true")).map(r -> r.get("date")))
            .containsExactlyElementsOf(FIRST.datesUntil(LocalDate.of(2024, 6, 16)).map(LocalDate::toString)
                .toList());
    }

    @Test
    void thePageSaysWhichRuleIsProposedListsTheDifferingDaysAndInlinesTheChart() throws Exception {
        assertThat(write()).extracting(p -> p.getFileName().toString())
            .containsExactly(ComparisonReport.CSV, ComparisonReport.HTML);

        String html = Files.readString(folder.resolve(ComparisonReport.HTML));

        assertThat(html)
            .contains("<title>Policies side by side: Securing the Border and Border Emergency Authority (proposed)"
                + "</title>")
            .contains("Border Emergency Authority (<code>border-emergency-authority</code>): <strong>proposed"
                + "</strong>, never law")
            .contains("<p data-field=\"differingDays\">From 2024-06-05 to 2024-06-20, the effective states differ on"
                + " 11 days: 2024-06-05 to 2024-06-15.</p>")
            .contains("PolicyChart.comparisonOption(data)")
            .contains("\"differingDays\":[\"2024-06-05\"")
            .contains("\"trigger\":\"MANDATORY_AVERAGE\"")
            .doesNotContain("<script src=");
    }

    @Test
    void consecutiveDaysAreWrittenAsRanges() {
        LocalDate d = LocalDate.of(2024, 6, 1);
        assertThat(ComparisonReport.ranges(List.of(d, d.plusDays(1), d.plusDays(2), d.plusDays(5), d.plusDays(7),
            d.plusDays(8)))).containsExactly("2024-06-01 to 2024-06-03", "2024-06-06", "2024-06-08 to 2024-06-09");
        assertThat(ComparisonReport.ranges(List.of())).isEmpty();
    }
}
