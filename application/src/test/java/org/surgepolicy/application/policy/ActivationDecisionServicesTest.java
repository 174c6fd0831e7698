package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.DISCRETIONARY_AVERAGE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.HISTORY_START;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.ID;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.RecordActivationDecisionUseCase.Command;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.validation.Violation;

/**
 * The second rule's worked example 3 (docs/rule.md, "A second rule: the Border Emergency Authority"), through the
 * activation decision use cases: seven days at 4,000 make a discretionary finding on 2024-07-08 that changes nothing;
 * a decision recorded that day citing it puts the authority in effect from the next day.
 */
class ActivationDecisionServicesTest {

    private static final Instant NOW = Instant.parse("2024-07-08T16:00:00Z");
    private static final LocalDate JULY_1 = LocalDate.of(2024, 7, 1);
    private static final LocalDate JULY_7 = LocalDate.of(2024, 7, 7);
    private static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    private static final LocalDate JULY_9 = LocalDate.of(2024, 7, 9);
    private static final String REASON = "Sustained encounters above 4,000 a day";
    private static final String AUTHORITY = "Secretary of Homeland Security";

    private final InMemoryApplication app = new InMemoryApplication(NOW, securingTheBorder(),
        borderEmergencyAuthority());

    @BeforeEach
    void sevenDaysAt4000() {
        DailySeries series = DailySeries.startingOn(HISTORY_START).through(JULY_1.minusDays(1), 1_000)
            .repeat(4_000, 7);
        assertThat(app.submit(series.tallies())).isInstanceOf(Outcome.Done.class);
    }

    private Outcome<ActivationDecision> record(String policyId, LocalDate determinationDate, String reason,
                                               String authority) {
        return app.recordDecision().record(new Command(policyId, determinationDate, reason, authority, "admin"));
    }

    private Outcome<ActivationDecision> record(LocalDate determinationDate) {
        return record(ID, determinationDate, REASON, AUTHORITY);
    }

    private int audited() {
        return app.auditTrail().entries().size();
    }

    private String refused(Outcome<ActivationDecision> outcome, int auditedBefore) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
        assertThat(app.decisionStore().version()).isZero();
        assertThat(audited()).isEqualTo(auditedBefore);
        return ((Outcome.Conflict<ActivationDecision>) outcome).reason();
    }

    private PolicyStatus status(Instant knownAt) {
        return app.policyStatus().status(new GetPolicyStatusQuery.Query(ID, knownAt)).toOptional().orElseThrow();
    }

    @Test
    void theDiscretionaryFindingAloneChangesNothing() {
        PolicyStatus status = status(null);

        assertThat(status.state().kind()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(app.determinationLog().recorded(ID, null)).singleElement().satisfies(d -> {
            assertThat(d.determination().date()).isEqualTo(JULY_8);
            assertThat(d.determination().type()).isEqualTo(DeterminationType.HIGH);
            assertThat(d.determination().trigger()).isEqualTo(DISCRETIONARY_AVERAGE);
        });
    }

    @Test
    void aDecisionCitingTheFindingIsRecordedAuditedAndPutsThePolicyInEffectTheNextDay() {
        int before = audited();

        ActivationDecision stored = ((Outcome.Done<ActivationDecision>) record(JULY_8)).value();

        assertThat(stored).isEqualTo(new ActivationDecision(1, JULY_8, JULY_8, REASON, AUTHORITY, NOW, "admin"));
        assertThat(app.listDecisions().decisions(ID, null).toOptional()).contains(List.of(stored));
        assertThat(app.listDecisions().decisions(ID, NOW.minusSeconds(1)).toOptional()).contains(List.of());
        assertThat(app.auditTrail().entries()).hasSize(before + 1).last().satisfies(entry -> {
            AuditEvent event = entry.event();
            assertThat(event.action()).isEqualTo("ACTIVATION_DECISION_RECORDED");
            assertThat(event.actor()).isEqualTo("admin");
            assertThat(event.subject()).isEqualTo(ID);
            assertThat(event.summary()).isEqualTo("activated on 2024-07-08 citing the determination of 2024-07-08 ("
                + AUTHORITY + ")");
        });
        assertThat(status(null).reactivationEffectiveOn()).isEqualTo(JULY_9);
        assertThat(status(NOW.minusSeconds(1)).reactivationEffectiveOn()).isNull();

        app.clock().set(NOW.plus(Duration.ofDays(3)));
        List<TimelineDay> days = app.timeline().timeline(new GetTimelineQuery.Query(ID, JULY_7, JULY_9.plusDays(1),
            null)).toOptional().orElseThrow();
        assertThat(days).extracting(d -> d.state().kind()).containsExactly(PolicyStateKind.DISCONTINUED,
            PolicyStateKind.DISCONTINUED, PolicyStateKind.IN_EFFECT, PolicyStateKind.IN_EFFECT);
        assertThat(status(null).state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(status(null).since()).isEqualTo(JULY_9);
    }

    @Test
    void aDecisionCitingADayWithoutADiscretionaryDeterminationIsAConflict() {
        int before = audited();

        assertThat(refused(record(JULY_7), before)).startsWith("an activation decision of 2024-07-08 citing the"
            + " determination of 2024-07-07 would not act: no determination was made on 2024-07-07");
    }

    @Test
    void aDecisionCitingADayAfterTodayIsAConflict() {
        int before = audited();

        assertThat(refused(record(JULY_9), before)).contains("2024-07-09");
    }

    @Test
    void aPolicyWithoutDiscretionaryTriggersTakesNoDecision() {
        int before = audited();

        assertThat(refused(record(SHIPPED_ID, JULY_8, REASON, AUTHORITY), before))
            .isEqualTo("policy securing-the-border has no discretionary trigger: its triggers activate it by"
                + " themselves, so there is no activation decision to record");
    }

    @Test
    void aMissingReasonAuthorityOrDateIsNamed() {
        assertThat(record(ID, JULY_8, " ", "")).isEqualTo(new Outcome.Invalid<>(List.of(
            new Violation("reason", "is required"), new Violation("authority", "is required"))));
        Outcome<ActivationDecision> noDate = record(ID, null, REASON, AUTHORITY);
        assertThat(noDate).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<ActivationDecision>) noDate).violations()).extracting(Violation::field)
            .containsExactly("determinationDate");
        assertThat(app.decisionStore().version()).isZero();
    }

    @Test
    void anUnknownPolicyIsNotFound() {
        assertThat(record("no-such-policy", JULY_8, REASON, AUTHORITY))
            .isEqualTo(new Outcome.NotFound<>("policy 'no-such-policy'"));
        assertThat(app.listDecisions().decisions("no-such-policy", null))
            .isEqualTo(new Outcome.NotFound<>("policy 'no-such-policy'"));
    }
}
