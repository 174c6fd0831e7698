package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.policy.RevisedExample3.NOW;
import static org.surgepolicy.application.policy.RevisedExample3.REVISED;
import static org.surgepolicy.application.policy.RevisedExample3.SUBMITTED;
import static org.surgepolicy.application.policy.RevisedExample3.submitThenRevise;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;

import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery.Restatements;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatement;

class GetRestatementsServiceTest {

    private final InMemoryApplication app = RevisedExample3.application();

    @Test
    void aRevisionThatTakesARecordedDeterminationAwayIsRestatedAsWithdrawn() {
        submitThenRevise(app, 1_500);

        Restatements restatements = app.restatements().restatements(SHIPPED_ID).toOptional().orElseThrow();

        RecordedDetermination recorded = new RecordedDetermination(SHIPPED_ID, WorkedExample3.low(), SUBMITTED);
        assertThat(restatements.recorded()).containsExactly(recorded);
        assertThat(restatements.current()).isEmpty();
        assertThat(restatements.differences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.WITHDRAWN);
            assertThat(r.date()).isEqualTo(WorkedExample3.LOW_ON);
            assertThat(r.type()).isEqualTo(DeterminationType.LOW);
            assertThat(r.recorded()).isEqualTo(recorded);
            assertThat(r.current()).isNull();
        });
    }

    @Test
    void aDeterminationTheDataYieldsButNobodyRecordedIsRestatedAsAdded() {
        app.clock().set(NOW);
        app.store(WorkedExample3.tallies());

        Restatements restatements = app.restatements().restatements(SHIPPED_ID).toOptional().orElseThrow();

        assertThat(restatements.recorded()).isEmpty();
        assertThat(restatements.current()).containsExactly(WorkedExample3.low());
        assertThat(restatements.differences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.ADDED);
            assertThat(r.date()).isEqualTo(WorkedExample3.LOW_ON);
            assertThat(r.current()).isEqualTo(WorkedExample3.low());
            assertThat(r.recorded()).isNull();
        });
    }

    @Test
    void aRevisionThatChangesTheEvidenceOfARecordedDeterminationIsRestatedAsRevised() {
        submitThenRevise(app, 1_400);

        Restatements restatements = app.restatements().restatements(SHIPPED_ID).toOptional().orElseThrow();

        assertThat(restatements.recorded()).extracting(RecordedDetermination::determination)
            .containsExactly(WorkedExample3.low());
        assertThat(restatements.current()).containsExactly(WorkedExample3.low(1_400));
        assertThat(restatements.differences()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.REVISED);
            assertThat(r.current()).isEqualTo(WorkedExample3.low(1_400));
            assertThat(r.description()).contains("window ending 2024-07-10: sum 10493 then, 10400 now");
        });
    }

    @Test
    void anUnknownPolicyIsAnsweredWithNothing() {
        assertThat(app.restatements().restatements("no-such-policy").toOptional()).isEmpty();
    }
}
