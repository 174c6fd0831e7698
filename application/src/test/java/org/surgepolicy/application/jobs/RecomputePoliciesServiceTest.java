package org.surgepolicy.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.jobs.port.in.RecomputePoliciesUseCase.Recomputation;
import org.surgepolicy.application.policy.CachedPolicyEvaluation;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.tally.DailyAggregates;

class RecomputePoliciesServiceTest {

    private static final String QUIET_POLICY = "border-watch";

    private final InMemoryApplication app = new InMemoryApplication(WorkedExample3.AFTERWARDS,
        aPolicy().withId(QUIET_POLICY).startingDiscontinued().build(), securingTheBorder());

    private Recomputation of(List<Recomputation> results, String policyId) {
        return results.stream().filter(r -> r.policyId().equals(policyId)).findFirst().orElseThrow();
    }

    private void example3RecomputedADayAgo() {
        app.store(WorkedExample3.tallies());
        app.recompute().recompute();
        app.clock().advance(Duration.ofDays(1));
    }

    @Test
    void aRecomputationRecordsTheDeterminationsNeverRecordedBefore() {
        app.store(WorkedExample3.tallies());

        List<Recomputation> results = app.recompute().recompute();

        RecordedDetermination low = new RecordedDetermination(SHIPPED_ID, WorkedExample3.low(),
            WorkedExample3.AFTERWARDS);
        assertThat(results).extracting(Recomputation::policyId).containsExactly(QUIET_POLICY, SHIPPED_ID);
        Recomputation shipped = of(results, SHIPPED_ID);
        assertThat(shipped.newlyRecorded()).containsExactly(WorkedExample3.low());
        assertThat(shipped.restatements()).isEmpty();
        assertThat(shipped.timeline().last().orElseThrow().date()).isEqualTo(WorkedExample3.AFTERWARDS
            .atZone(securingTheBorder().timeZone()).toLocalDate());
        assertThat(shipped.timeline().determinations()).containsExactly(WorkedExample3.low());
        assertThat(of(results, QUIET_POLICY).newlyRecorded()).isEmpty();
        assertThat(app.determinationLog().recorded(SHIPPED_ID, null)).containsExactly(low);
        assertThat(app.auditTrail().actions()).containsExactly("DETERMINATION_RECORDED");
    }

    @Test
    void aRecomputationReadsTheDataOnceForEveryPolicyAndLeavesItsEvaluationsToTheReadersAfterIt() {
        app.store(WorkedExample3.tallies());
        CachedPolicyEvaluation evaluations = (CachedPolicyEvaluation) app.evaluation();
        int readsBefore = app.ledger().rangeReads();

        app.recompute().recompute();
        long evaluated = evaluations.computed();
        PolicyStatus status = app.policyStatus().status(new GetPolicyStatusQuery.Query(SHIPPED_ID, null))
            .orElseThrow();
        app.policyStatus().status(new GetPolicyStatusQuery.Query(QUIET_POLICY, null)).orElseThrow();

        assertThat(app.ledger().rangeReads()).isEqualTo(readsBefore + 1);
        assertThat(evaluated).isEqualTo(2);
        assertThat(evaluations.computed()).isEqualTo(evaluated);
        // The status answered from the recomputation's evaluation is the one the data read afresh yields.
        DailyAggregates afresh = app.ledger().rebuildAggregates(LocalDate.MIN, LocalDate.MAX);
        assertThat(status).isEqualTo(app.evaluation().evaluate(app.inputs().current(securingTheBorder(), afresh))
            .status());
    }

    @Test
    void aSecondRecomputationRecordsNothingNew() {
        example3RecomputedADayAgo();

        List<Recomputation> again = app.recompute().recompute();

        assertThat(again).allSatisfy(r -> {
            assertThat(r.newlyRecorded()).isEmpty();
            assertThat(r.restatements()).isEmpty();
        });
        assertThat(app.determinationLog().recorded(SHIPPED_ID, null)).singleElement()
            .satisfies(r -> assertThat(r.recordedAt()).isEqualTo(WorkedExample3.AFTERWARDS));
        assertThat(app.auditTrail().actions()).containsExactly("DETERMINATION_RECORDED");
    }

    @Test
    void aRevisionThatWithdrawsARecordedDeterminationIsReportedAsARestatement() {
        example3RecomputedADayAgo();
        app.store(List.of(counted(WorkedExample3.FALL, 1_500)));

        Recomputation shipped = of(app.recompute().recompute(), SHIPPED_ID);

        assertThat(shipped.newlyRecorded()).isEmpty();
        assertThat(shipped.timeline().determinations()).isEmpty();
        assertThat(shipped.restatements()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.WITHDRAWN);
            assertThat(r.date()).isEqualTo(WorkedExample3.LOW_ON);
        });
    }

    @Test
    void aRestatementIsRecordedWhenFirstDetectedAndNotAgain() {
        example3RecomputedADayAgo();
        app.store(List.of(counted(WorkedExample3.FALL, 1_500)));

        Recomputation first = of(app.recompute().recompute(), SHIPPED_ID);
        app.clock().advance(Duration.ofDays(1));
        Recomputation second = of(app.recompute().recompute(), SHIPPED_ID);

        assertThat(first.newRestatements()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.WITHDRAWN);
            assertThat(r.date()).isEqualTo(WorkedExample3.LOW_ON);
            assertThat(r.detectedAt()).isEqualTo(WorkedExample3.AFTERWARDS.plus(Duration.ofDays(1)));
        });
        assertThat(second.restatements()).hasSize(1);
        assertThat(second.newRestatements()).isEmpty();
    }
}
