package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase.Command;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.validation.Violation;

class RecordOverrideServiceTest {

    private static final Instant NOW = Instant.parse("2024-07-03T16:00:00Z");
    private static final LocalDate JULY_1 = LocalDate.of(2024, 7, 1);
    private static final LocalDate JULY_5 = LocalDate.of(2024, 7, 5);
    private static final String REASON = "Temporary restraining order";
    private static final String AUTHORITY = "U.S. District Court, N.D. Cal.";

    private final InMemoryApplication app = new InMemoryApplication(NOW, securingTheBorder());

    private Outcome<PolicyOverride> record(String policyId, PolicyStateKind state, LocalDate from, LocalDate to,
                                           String reason, String authority) {
        return app.recordOverride().record(new Command(policyId, state, from, to, reason, authority, "admin"));
    }

    private Outcome<PolicyOverride> record(PolicyStateKind state, LocalDate from, LocalDate to) {
        return record(SHIPPED_ID, state, from, to, REASON, AUTHORITY);
    }

    private List<Violation> invalid(Outcome<PolicyOverride> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertThat(app.overrideStore().version()).isZero();
        assertThat(app.auditTrail().entries()).isEmpty();
        return ((Outcome.Invalid<PolicyOverride>) outcome).violations();
    }

    @Test
    void anUnknownPolicyIsNotFound() {
        assertThat(record("no-such-policy", PolicyStateKind.DISCONTINUED, JULY_1, JULY_5, REASON, AUTHORITY))
            .isEqualTo(new Outcome.NotFound<>("policy no-such-policy"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(invalid(record(PolicyStateKind.DISCONTINUED, JULY_5, JULY_1)))
            .containsExactly(new Violation("to", "2024-07-01 is before from 2024-07-05"));
    }

    @Test
    void aPendingDiscontinuationCannotBeForced() {
        assertThat(invalid(record(PolicyStateKind.DISCONTINUATION_PENDING, JULY_1, JULY_5)))
            .containsExactly(new Violation("state", "must be IN_EFFECT or DISCONTINUED"));
    }

    @Test
    void aBlankReasonAndABlankAuthorityAreEachNamed() {
        assertThat(invalid(record(SHIPPED_ID, PolicyStateKind.DISCONTINUED, JULY_1, JULY_5, " ", "")))
            .containsExactly(new Violation("reason", "is required"), new Violation("authority", "is required"));
    }

    @Test
    void anOverrideCannotStartBeforeThePolicy() {
        assertThat(invalid(record(PolicyStateKind.DISCONTINUED, P10773_FROM.minusDays(1), JULY_5)))
            .containsExactly(new Violation("from", "2024-06-04 is before the policy starts on 2024-06-05"));
    }

    @Test
    void aRecordedOverrideSetsTheEffectiveStateWhileItLastsAndIsAudited() {
        Outcome<PolicyOverride> outcome = record(PolicyStateKind.DISCONTINUED, JULY_1, JULY_5);

        PolicyOverride stored = ((Outcome.Done<PolicyOverride>) outcome).value();
        assertThat(stored).isEqualTo(new PolicyOverride(1, PolicyStateKind.DISCONTINUED, JULY_1, JULY_5, REASON,
            AUTHORITY, NOW, "admin"));
        assertThat(app.listOverrides().overrides(SHIPPED_ID).toOptional()).contains(List.of(stored));

        PolicyStatus status = app.policyStatus().status(new GetPolicyStatusQuery.Query(SHIPPED_ID, null))
            .toOptional().orElseThrow();
        assertThat(status.state()).isEqualTo(new InEffect(P10773_FROM));
        assertThat(status.effectiveState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(status.override()).isEqualTo(stored);

        app.clock().set(NOW.plus(Duration.ofDays(7)));
        List<TimelineDay> days = app.timeline().timeline(new GetTimelineQuery.Query(SHIPPED_ID,
            JULY_1.minusDays(1), JULY_5.plusDays(1), null)).toOptional().orElseThrow();
        assertThat(days).extracting(TimelineDay::effectiveState).containsExactly(PolicyStateKind.IN_EFFECT,
            PolicyStateKind.DISCONTINUED, PolicyStateKind.DISCONTINUED, PolicyStateKind.DISCONTINUED,
            PolicyStateKind.DISCONTINUED, PolicyStateKind.DISCONTINUED, PolicyStateKind.IN_EFFECT);
        assertThat(days).extracting(d -> d.state().kind()).containsOnly(PolicyStateKind.IN_EFFECT);

        assertThat(app.auditTrail().entries()).singleElement().satisfies(entry -> {
            AuditEvent event = entry.event();
            assertThat(event.action()).isEqualTo("OVERRIDE_RECORDED");
            assertThat(event.actor()).isEqualTo("admin");
            assertThat(event.subject()).isEqualTo(SHIPPED_ID);
            assertThat(event.at()).isEqualTo(NOW);
            assertThat(event.summary()).isEqualTo("DISCONTINUED from 2024-07-01 to 2024-07-05 (" + AUTHORITY + ")");
        });
    }

    @Test
    void anOverrideAsKnownBeforeItWasRecordedDoesNotApply() {
        record(PolicyStateKind.DISCONTINUED, JULY_1, null);

        PolicyStatus before = app.policyStatus().status(new GetPolicyStatusQuery.Query(SHIPPED_ID,
            NOW.minusSeconds(1))).toOptional().orElseThrow();

        assertThat(before.effectiveState()).isEqualTo(PolicyStateKind.IN_EFFECT);
        assertThat(before.override()).isNull();
    }
}
