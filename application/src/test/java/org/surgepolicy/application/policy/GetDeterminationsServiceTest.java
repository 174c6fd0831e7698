package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.policy.RevisedExample3.REVISED;
import static org.surgepolicy.application.policy.RevisedExample3.SUBMITTED;
import static org.surgepolicy.application.policy.RevisedExample3.submitThenRevise;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;

class GetDeterminationsServiceTest {

    private final InMemoryApplication app = RevisedExample3.application();

    @Test
    void determinationsAreThoseOfTheDataNowOrAsKnownThen() {
        submitThenRevise(app, 1_500);

        assertThat(app.determinations().determinations(new GetDeterminationsQuery.Query(SHIPPED_ID, null)).toOptional())
            .contains(List.of());
        assertThat(app.determinations().determinations(new GetDeterminationsQuery.Query(SHIPPED_ID,
            REVISED.minusSeconds(1))).toOptional()).contains(List.of(WorkedExample3.low()));
        assertThat(app.determinations().determinations(new GetDeterminationsQuery.Query(SHIPPED_ID,
            SUBMITTED.minusSeconds(1))).toOptional()).contains(List.of());
    }

    @Test
    void anUnknownPolicyIsAnsweredWithNothing() {
        assertThat(app.determinations().determinations(new GetDeterminationsQuery.Query("no-such-policy", null))
            .toOptional()).isEmpty();
    }
}
