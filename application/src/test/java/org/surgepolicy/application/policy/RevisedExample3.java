package org.surgepolicy.application.policy;

import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;

/** Worked example 3 through the in-memory application: submitted, then revised through the use case. */
final class RevisedExample3 {

    /** When example 3's tallies are submitted: 2024-07-12 in New York, with the LOW of 07-11 recorded. */
    static final Instant SUBMITTED = Instant.parse("2024-07-12T14:00:00Z");
    /** When 2024-07-10 is revised from 1,493 to 1,500, which takes the LOW determination away. */
    static final Instant REVISED = Instant.parse("2024-07-15T14:00:00Z");
    static final Instant NOW = Instant.parse("2024-07-20T14:00:00Z");

    private RevisedExample3() {
    }

    /** The application with the shipped policy, its clock at {@link #SUBMITTED}. */
    static InMemoryApplication application() {
        return new InMemoryApplication(SUBMITTED, securingTheBorder());
    }

    /** Example 3 submitted, then 2024-07-10 revised by {@code revisedCount} through the use case, now {@link #NOW}. */
    static void submitThenRevise(InMemoryApplication app, long revisedCount) {
        app.submit(WorkedExample3.tallies());
        app.clock().set(REVISED);
        app.submit(List.of(counted(WorkedExample3.FALL, revisedCount)));
        app.clock().set(NOW);
    }
}
