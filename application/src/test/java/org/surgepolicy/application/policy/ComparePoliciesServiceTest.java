package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;
import static org.surgepolicy.domain.fixtures.Tallies.fieldOperations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.FixedPolicyCatalog;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery.Comparison;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.domain.fixtures.BorderEmergencyFixtures;
import org.surgepolicy.domain.policy.LegalStatus;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * The rule in force beside the proposed one on the same tallies: 3,000 Border Patrol apprehensions a day from
 * 2024-06-05 to 2024-06-07, then 5,000 a day to 2024-06-20, and 500 field office inadmissibles every day, which only
 * the proposed rule counts (3,500 and 5,500 a day). Securing the border is in effect from its first day; the border
 * emergency authority starts discontinued, finds its discretionary average on 2024-06-12 (the window ending 06-11
 * sums 32,500), its mandatory average on 2024-06-14 (the window ending 06-13 sums 36,500) and is in effect from
 * 2024-06-15.
 */
class ComparePoliciesServiceTest {

    private static final Instant NOW = Instant.parse("2024-06-21T14:00:00Z");
    private static final String PROPOSED = BorderEmergencyFixtures.ID;
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 5);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 20);

    private final PolicyDefinition[] definitions = {securingTheBorder(), borderEmergencyAuthority()};
    private final InMemoryApplication app = new InMemoryApplication(NOW, definitions);
    private final ComparePoliciesQuery compare = new ComparePoliciesService(new FixedPolicyCatalog(definitions),
        app.inputs(), app.evaluation());

    private void submitTheSeries() {
        List<Tally> tallies = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            tallies.add(counted(day, day.isBefore(LocalDate.of(2024, 6, 8)) ? 3_000 : 5_000));
            tallies.add(fieldOperations(day, 500));
        }
        assertThat(app.submit(tallies)).isInstanceOf(Outcome.Done.class);
    }

    private Comparison compared(LocalDate from, LocalDate to) {
        return compare.compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, PROPOSED), from, to, null))
            .orElseThrow();
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    @Test
    void theDaysOnWhichOnlyTheRuleInForceIsInEffectAreTheDaysThatDiffer() {
        submitTheSeries();

        Comparison comparison = compared(FIRST, LAST);

        assertThat(comparison.differingDays()).containsExactlyElementsOf(days(FIRST, LocalDate.of(2024, 6, 14)));
        assertThat(comparison.days()).hasSize(16);
        assertThat(comparison.days()).allSatisfy(day -> assertThat(day.differ())
            .isEqualTo(comparison.differingDays().contains(day.date())));
        ComparePoliciesQuery.ComparedDay june10 = comparison.days().get(5);
        assertThat(june10.date()).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(june10.policies()).extracting(TimelineDay::counted).containsExactly(5_000L, 5_500L);
        assertThat(june10.effectiveStates()).containsExactly(PolicyStateKind.IN_EFFECT, PolicyStateKind.DISCONTINUED);
        ComparePoliciesQuery.ComparedDay june14 = comparison.days().get(9);
        assertThat(june14.policies().get(1).determination()).extracting(Determination::trigger)
            .isEqualTo(BorderEmergencyFixtures.MANDATORY_AVERAGE);
        assertThat(comparison.days().get(10).effectiveStates())
            .containsExactly(PolicyStateKind.IN_EFFECT, PolicyStateKind.IN_EFFECT);
        assertThat(comparison.policies()).extracting(PolicyDefinition::legalStatus)
            .containsExactly(LegalStatus.IN_FORCE, LegalStatus.PROPOSED);
    }

    @Test
    void eachPolicysDaysAreTheDaysItsTimelineGives() {
        submitTheSeries();

        Comparison comparison = compared(FIRST, LAST);

        for (int i = 0; i < definitions.length; i++) {
            int policy = i;
            assertThat(comparison.days().stream().map(day -> day.policies().get(policy)).toList())
                .isEqualTo(app.timeline().timeline(new GetTimelineQuery.Query(definitions[i].id(), FIRST, LAST, null))
                    .orElseThrow());
        }
    }

    /**
     * Asked as known at an instant between the series and a revision that lowers 2024-06-10 to 06-13 to 1,000 a day:
     * each policy's days are its timeline as known then, not as known now, and the revisions are read once for both
     * policies, over the days from the earliest either looks back to. 100 apprehensions a day from 2024-04-01 make
     * that read hold days that only the policy looking back further reads, which the other's input leaves out.
     */
    @Test
    void asKnownAtAnInstantEachPolicysDaysAreItsTimelineThenFromOneReadOfTheRevisions() {
        submitTheSeries();
        assertThat(app.submit(LocalDate.of(2024, 4, 1).datesUntil(FIRST).map(day -> counted(day, 100)).toList()))
            .isInstanceOf(Outcome.Done.class);
        Instant between = NOW.plusSeconds(1_800);
        app.clock().advance(Duration.ofHours(1));
        List<Tally> revised = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 6, 10); !day.isAfter(LocalDate.of(2024, 6, 13)); day = day.plusDays(1)) {
            revised.add(counted(day, 1_000));
        }
        assertThat(app.submit(revised)).isInstanceOf(Outcome.Done.class);
        int readsBefore = app.ledger().knownAtReads();

        Comparison then = compare.compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, PROPOSED), FIRST, LAST,
            between)).orElseThrow();

        assertThat(app.ledger().knownAtReads() - readsBefore).isEqualTo(1);
        for (int i = 0; i < definitions.length; i++) {
            int policy = i;
            assertThat(then.days().stream().map(day -> day.policies().get(policy)).toList())
                .isEqualTo(app.timeline().timeline(new GetTimelineQuery.Query(definitions[i].id(), FIRST, LAST,
                    between)).orElseThrow());
        }
        assertThat(then.differingDays()).containsExactlyElementsOf(days(FIRST, LocalDate.of(2024, 6, 14)));
        assertThat(compared(FIRST, LAST).differingDays()).isNotEqualTo(then.differingDays());
        assertThat(app.inputs().of(List.of(definitions), between))
            .containsExactly(app.inputs().of(definitions[0], between), app.inputs().of(definitions[1], between));
    }

    /** Before either policy's first day less its look-back, nothing was known and nothing is read. */
    @Test
    void asKnownBeforeEitherPolicyReadsNoRevision() {
        submitTheSeries();
        Instant before = Instant.parse("2024-01-02T12:00:00Z");
        int readsBefore = app.ledger().knownAtReads();

        Comparison then = compare.compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, PROPOSED),
            LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 2), before)).orElseThrow();

        assertThat(app.ledger().knownAtReads()).isEqualTo(readsBefore);
        assertThat(then.days()).hasSize(14).allSatisfy(day -> assertThat(day.policies()).containsOnlyNulls());
    }

    @Test
    void aPolicyWithoutAStateThatDayIsNullAndDiffers() {
        submitTheSeries();

        Comparison comparison = compared(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5));

        assertThat(comparison.days().getFirst().policies()).containsOnlyNulls();
        assertThat(comparison.differingDays()).containsExactly(FIRST);
    }

    @Test
    void theDefaultRangeIsTheLastNinetyDaysEndingToday() {
        Comparison comparison = compared(null, null);

        assertThat(comparison.to()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(comparison.from()).isEqualTo(LocalDate.of(2024, 3, 24));
        assertThat(comparison.days()).hasSize(90);
    }

    @Test
    void anUnknownPolicyIsNotFoundByName() {
        assertThat(compare.compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, "nope"), null, null, null)))
            .isEqualTo(new Outcome.NotFound<>("policy 'nope'"));
    }

    @Test
    void aFromAfterTheDefaultToIsInvalidNamingFrom() {
        assertThat(compare.compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, PROPOSED),
            LocalDate.of(2024, 7, 1), null, null))).isEqualTo(new Outcome.Invalid<>("from",
            "2024-07-01 is after to 2024-06-21"));
    }

    @Test
    void aQueryNamesTheParameterItRefuses() {
        assertThatThrownBy(() -> new ComparePoliciesQuery.Query(List.of(SHIPPED_ID), null, null, null))
            .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("policies:");
        assertThatThrownBy(() -> new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, SHIPPED_ID), null, null, null))
            .isInstanceOf(InvalidValueException.class).hasMessageContaining("policies:")
            .hasMessageContaining("more than once");
        assertThatThrownBy(() -> new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, PROPOSED), LAST, FIRST, null))
            .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("to:");
        assertThatThrownBy(() -> new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, PROPOSED), FIRST,
            FIRST.plusDays(ComparePoliciesQuery.MAX_DAYS), null))
            .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("from:");
    }
}
