package org.surgepolicy.application.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.borderPatrol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.policy.CachedPolicyEvaluation;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.PolicyStateSummary;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.Receipt;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.RecordedDetermination;

/**
 * Many writers at once: submissions are stored in groups, and yet each receipt reflects its own rows, the
 * determination that follows is recorded once, the audit chain holds, and every policy is evaluated once per group.
 */
class ConcurrentSubmissionsTest {

    private static final int WRITERS = 20;
    private static final int EACH = 10;
    /** Days long before anything the policy looks at: rows on them change no status. */
    private static final LocalDate FILLER = LocalDate.of(2021, 1, 1);

    /** A receipt, and where its submission stood among the others: started and answered, by a common count. */
    private record Answered(String what, long started, long answered, Receipt receipt) {
    }

    @Test
    void eachReceiptReflectsItsOwnRowsAndTheDeterminationIsRecordedOnceWithOneEvaluationPerGroup() throws Exception {
        InMemoryApplication app = new InMemoryApplication(WorkedExample3.AFTERWARDS, securingTheBorder());
        CachedPolicyEvaluation evaluation = (CachedPolicyEvaluation) app.evaluation();
        long evaluatedBefore = evaluation.computed();
        AtomicLong clock = new AtomicLong();
        List<Answered> answered = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < EACH; i++) {
                    boolean decisive = writer == WRITERS / 2 && i == EACH / 2;
                    long started = clock.incrementAndGet();
                    Outcome<Receipt> outcome = decisive ? app.submit(WorkedExample3.tallies())
                        : app.submit(List.of(borderPatrol(FILLER.plusDays(writer * EACH + i), "RGV", 1 + i)));
                    Receipt receipt = ((Outcome.Done<Receipt>) outcome).value();
                    answered.add(new Answered(decisive ? "decisive" : "filler", started, clock.incrementAndGet(),
                        receipt));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        PolicyStateSummary discontinued = new PolicyStateSummary(SHIPPED_ID, PolicyStateKind.DISCONTINUED,
            WorkedExample3.DISCONTINUED_FROM, PolicyStateKind.DISCONTINUED, WorkedExample3.DISCONTINUED_FROM);
        Answered decisive = answered.stream().filter(a -> a.what().equals("decisive")).findFirst().orElseThrow();
        assertThat(decisive.receipt().policies()).as("the decisive submission's own rows").containsExactly(discontinued);
        assertThat(decisive.receipt().added()).isEqualTo(WorkedExample3.tallies().size());
        assertThat(answered).hasSize(WRITERS * EACH);
        assertThat(answered).filteredOn(a -> a.what().equals("filler")).allSatisfy(a -> {
            assertThat(a.receipt().received()).isOne();
            assertThat(a.receipt().added()).as("each filler's own row").isOne();
        });
        assertThat(answered).filteredOn(a -> a.started() > decisive.answered())
            .as("submissions started after the decisive one was answered").isNotEmpty()
            .allSatisfy(a -> assertThat(a.receipt().policies()).containsExactly(discontinued));
        assertThat(answered).filteredOn(a -> a.answered() < decisive.started())
            .allSatisfy(a -> assertThat(a.receipt().policies()).doesNotContain(discontinued));

        assertThat(app.determinationLog().recorded(SHIPPED_ID, null)).extracting(RecordedDetermination::determination)
            .containsExactly(WorkedExample3.low());
        assertThat(app.auditTrail().actions()).filteredOn("DETERMINATION_RECORDED"::equals).hasSize(1);
        assertThat(app.auditTrail().actions()).filteredOn("TALLIES_SUBMITTED"::equals).hasSize(WRITERS * EACH);
        assertThat(app.auditTrail().verify().intact()).isTrue();

        long groups = app.submitTallies().groupsStored();
        assertThat(groups).isBetween(1L, (long) WRITERS * EACH);
        assertThat(evaluation.computed() - evaluatedBefore).as("one evaluation of the one policy per group")
            .isEqualTo(groups);
        assertThat(app.policyStatus().status(new GetPolicyStatusQuery.Query(SHIPPED_ID, null)))
            .isInstanceOf(Outcome.Done.class);
        assertThat(evaluation.computed() - evaluatedBefore).as("the status after the last group: no new evaluation")
            .isEqualTo(groups);
    }
}
