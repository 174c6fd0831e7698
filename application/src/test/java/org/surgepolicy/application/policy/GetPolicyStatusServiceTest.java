package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.policy.RevisedExample3.REVISED;
import static org.surgepolicy.application.policy.RevisedExample3.submitThenRevise;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.rule.DiscontinuationPending;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.WindowAverage;

class GetPolicyStatusServiceTest {

    private final InMemoryApplication app = RevisedExample3.application();

    private PolicyStatus status(Instant knownAt) {
        return app.policyStatus().status(new GetPolicyStatusQuery.Query(SHIPPED_ID, knownAt)).toOptional()
            .orElseThrow();
    }

    @Test
    void statusAsKnownBeforeARevisionIsWhatTheOlderDataGave() {
        submitThenRevise(app, 1_500);

        PolicyStatus now = status(null);
        PolicyStatus then = status(REVISED.minusSeconds(1));

        assertThat(now.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(now.asOf()).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(now.latestAverage()).isEqualTo(new WindowAverage(LocalDate.of(2024, 7, 4),
            WorkedExample3.FALL, 10_500, 7));
        assertThat(then.state()).isEqualTo(new DiscontinuationPending(P10773_FROM, WorkedExample3.LOW_ON,
            WorkedExample3.DISCONTINUED_FROM));
        assertThat(then.asOf()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(then).isEqualTo(Evaluations.status(securingTheBorder(), WorkedExample3.series().aggregates(),
            LocalDate.of(2024, 7, 15)));
        assertThat(status(REVISED).state()).isEqualTo(new InEffect(P10773_FROM));
    }

    @Test
    void anUnknownPolicyIsAnsweredWithNothing() {
        assertThat(app.policyStatus().status(new GetPolicyStatusQuery.Query("no-such-policy", null))
            .toOptional()).isEmpty();
        assertThat(app.policyStatus().status(new GetPolicyStatusQuery.Query(null, null)).toOptional()).isEmpty();
    }
}
