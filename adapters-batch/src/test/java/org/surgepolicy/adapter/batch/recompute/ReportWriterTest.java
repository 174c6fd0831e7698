package org.surgepolicy.adapter.batch.recompute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.tally.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports say what the status says: the rule's state with its own since beside the effective state with the
 * override's, the override's range, stale data, and months not published apart from real differences.
 */
class ReportWriterTest {

    /** 1,000 a day from the look-back on: LOW on 2024-06-05, discontinued by the rule from 2024-06-19. */
    private static final DailySeries DATA = DailySeries.startingOn(LocalDate.of(2024, 5, 2))
        .through(LocalDate.of(2024, 8, 31), 1_000);
    private static final LocalDate TODAY = LocalDate.of(2024, 9, 10);
    private static final PolicyOverride ORDER = Evaluations.courtOrder(3, PolicyStateKind.IN_EFFECT,
        LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));
    private static final YearMonth AUGUST = YearMonth.of(2024, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

    @TempDir
    Path folder;

    private static NightlyReport report() {
        PolicyDefinition definition = securingTheBorder();
        PolicyEvaluator.Evaluation evaluation = PolicyEvaluator.evaluateWithStatus(new EvaluationInput(definition,
            DATA.aggregates(), List.of(ORDER), TODAY), Evaluations.STALE_AFTER_DAYS);
        ReconcileQuery.Reconciliation reconciliation = new ReconcileQuery.Reconciliation(AUGUST, SEPTEMBER, List.of(
            ReconcileQuery.Line.of(AUGUST, Dataset.CBP_SOUTHWEST, Component.USBP, null, 31_000L, 30_500L),
            ReconcileQuery.Line.of(SEPTEMBER, Dataset.CBP_SOUTHWEST, Component.USBP, null, 500L, null)));
        return new NightlyReport(Instant.parse("2024-09-10T06:30:00Z"), 42, List.of(new NightlyReport.PolicyReport(
            definition, evaluation.timeline().days(), evaluation.status(),
            new GetRestatementsQuery.Restatements(definition.id(), List.of(), evaluation.timeline().determinations(),
                List.of()), 0, 0)), reconciliation, new CheckAggregatesQuery.AggregateCheck(1, 1, List.of()), null);
    }

    private JsonNode summary() throws Exception {
        ReportWriter.write(report(), ReportWriter.chartScripts(), new RunFolder(folder, new ExecutionContext()));
        return JsonMapper.builder().build().readTree(Files.readString(folder.resolve(ReportWriter.SUMMARY)));
    }

    @Test
    void theSummaryPairsTheEffectiveStateWithTheOverridesFirstDayAndTheRuleWithItsOwnSince() throws Exception {
        JsonNode policy = summary().get("policies").get(0);

        assertThat(policy.get("state").asString()).isEqualTo("DISCONTINUED");
        assertThat(policy.get("since").asString()).isEqualTo("2024-06-19");
        assertThat(policy.get("effectiveState").asString()).isEqualTo("IN_EFFECT");
        assertThat(policy.get("effectiveSince").asString()).isEqualTo("2024-09-01");
        assertThat(policy.get("override").get("from").asString()).isEqualTo("2024-09-01");
        assertThat(policy.get("override").get("to").asString()).isEqualTo("2024-09-30");
        assertThat(policy.get("override").get("authority").asString()).isEqualTo("U.S. District Court, D.D.C.");
        assertThat(policy.get("earliestEffectiveChange").get("on").asString()).isEqualTo("2024-10-01");
        assertThat(policy.get("earliestEffectiveChange").get("cause").asString()).isEqualTo("OVERRIDE_ENDS");
        assertThat(policy.get("earliestPossibleDiscontinuation").isNull()).isTrue();
        assertThat(policy.get("unavailable").get("earliestPossibleDiscontinuation").get("reason").asString())
            .isEqualTo("DISCONTINUED");
        assertThat(policy.get("restatements").get("current").asInt()).isEqualTo(1);
        assertThat(policy.get("restatements").get("added").asInt()).isZero();
    }

    @Test
    void theSummarySaysTheDataIsStaleAndHowOld() throws Exception {
        JsonNode policy = summary().get("policies").get(0);

        assertThat(policy.get("dataThrough").asString()).isEqualTo("2024-08-31");
        assertThat(policy.get("dataAgeDays").asInt()).isEqualTo(10);
        assertThat(policy.get("stale").asBoolean()).isTrue();
        assertThat(policy.get("staleAfterDays").asInt()).isEqualTo(3);
        assertThat(policy.get("latestWindowComplete").asBoolean()).isTrue();
    }

    @Test
    void theSummaryCountsOnlyRealDifferencesAndSaysWhichMonthsAreNotPublished() throws Exception {
        JsonNode reconciliation = summary().get("reconciliation");

        assertThat(reconciliation.get("comparisons").asInt()).isEqualTo(2);
        assertThat(reconciliation.get("differences").asInt()).isEqualTo(1);
        assertThat(reconciliation.get("notPublished").asInt()).isEqualTo(1);
        JsonNode september = reconciliation.get("lines").get(1);
        assertThat(september.get("ledger").asLong()).isEqualTo(500);
        assertThat(september.get("published").isNull()).isTrue();
        assertThat(september.get("difference").isNull()).isTrue();
        assertThat(september.get("unavailable").get("published").get("reason").asString()).isEqualTo("NOT_PUBLISHED");
    }

    @Test
    void theChartPageSaysTheEffectiveStateSinceTheOverrideNotSinceTheRulesDiscontinuation() throws Exception {
        ReportWriter.write(report(), ReportWriter.chartScripts(), new RunFolder(folder, new ExecutionContext()));
        String html = Files.readString(folder.resolve(ReportWriter.chartFile("securing-the-border")));

        assertThat(html).contains("<p data-field=\"state\">Effective state: <strong>IN_EFFECT</strong> since 2024-09-01,"
                + " by the override of U.S. District Court, D.D.C. (Preliminary injunction) from 2024-09-01 to"
                + " 2024-09-30.</p>")
            .contains("<p data-field=\"rule\">The rule alone: <strong>DISCONTINUED</strong> since 2024-06-19, under"
                + " p10773.</p>")
            .contains("<p class=\"warning\" role=\"alert\" data-field=\"stale\">The data is stale: the newest reported"
                + " day is 10 days old (more than 3).</p>")
            .contains("Earliest possible change: 2024-10-01. The override recorded by U.S. District Court, D.D.C."
                + " ends on 2024-09-30")
            .doesNotContain("IN_EFFECT</strong> since 2024-06-19")
            .contains("window.PolicyChart = ")
            .contains("\"overrideId\":3")
            .doesNotContain("<script src=");
    }
}
