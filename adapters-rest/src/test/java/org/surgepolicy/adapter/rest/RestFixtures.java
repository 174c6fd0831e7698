package org.surgepolicy.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.rule.DiscontinuationPending;
import org.surgepolicy.domain.rule.Discontinued;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.Freshness;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.LatestWindow;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Projection;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.rule.WindowAverage;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;

/**
 * Values the use cases answer with in the adapter's tests: the shipped policy, and a LOW determination on 2024-08-10
 * whose window (2024-08-03 to 2024-08-09) sums to 10,491, an average of 1,498.7143.
 */
public final class RestFixtures {

    public static final String POLICY = "securing-the-border";
    public static final LocalDate START = LocalDate.parse("2024-06-05");
    public static final LocalDate LOW_ON = LocalDate.parse("2024-08-10");
    public static final LocalDate ENDS_ON = LOW_ON.plusDays(14);
    public static final Instant RECORDED_AT = Instant.parse("2024-08-10T13:00:00Z");
    /** The counts of 2024-08-03 to 2024-08-09. */
    public static final List<Long> COUNTS = List.of(1500L, 1490L, 1480L, 1510L, 1505L, 1500L, 1506L);

    private RestFixtures() {
    }

    public static PolicyDefinition policy() {
        CountingRule withoutChildren = new CountingRule(Set.of(Component.USBP),
            Set.of(Region.SOUTHERN_COASTAL, Region.SOUTHWEST_LAND_BORDER), false);
        CountingRule withChildren = new CountingRule(Set.of(Component.USBP),
            Set.of(Region.SOUTHWEST_LAND_BORDER, Region.SOUTHERN_COASTAL), true);
        return new PolicyDefinition(POLICY, "Securing the Border", ZoneId.of("America/New_York"), START, null,
            PolicyStateKind.IN_EFFECT, List.of(
                new PolicyVersion("p10773", START, parameters(1), withoutChildren, "Proclamation 10773 §2(a)-(c), §4"),
                new PolicyVersion("p10817", LocalDate.parse("2024-10-01"), parameters(28), withChildren,
                    "Proclamation 10817 §1-2; 89 FR 81156")));
    }

    private static RuleParameters parameters(int consecutiveDays) {
        return new RuleParameters(7, 2500, 1500, consecutiveDays, 1, 14, 1, CancellationThreshold.ACTIVATION_THRESHOLD);
    }

    public static WindowAverage window() {
        return new WindowAverage(LOW_ON.minusDays(7), LOW_ON.minusDays(1), 10_491, 7);
    }

    public static Determination low() {
        List<DailyCount> counts = IntStream.range(0, 7)
            .mapToObj(i -> new DailyCount(LOW_ON.minusDays(7 - i), COUNTS.get(i))).toList();
        return new Determination(LOW_ON, DeterminationType.LOW, ENDS_ON, "p10773",
            "Proclamation 10773 §2(a)-(c), §4", new Evidence(List.of(new EvidenceWindow(window(), counts)), 1500, "<"));
    }

    public static PolicyOverride override() {
        return new PolicyOverride(7, PolicyStateKind.IN_EFFECT, LOW_ON.plusDays(1), null, "Court order 24-1234",
            "U.S. District Court", RECORDED_AT, "admin-ann");
    }

    /** Pending since the LOW determination, and kept in effect by an override without an end. */
    public static PolicyStatus status() {
        Map<String, Unavailable> unavailable = new LinkedHashMap<>();
        unavailable.put("reactivationEffectiveOn", Unavailable.because(Unavailable.Reason.NOT_IN_THIS_STATE,
            "the rule has the policy DISCONTINUATION_PENDING: only a discontinued policy is reactivated"));
        unavailable.put("earliestEffectiveChange", Unavailable.because(Unavailable.Reason.NO_CHANGE_IN_VIEW,
            "the override in force since 2024-08-11 (IN_EFFECT, U.S. District Court) has no end date"));
        Unavailable noCap = Unavailable.because(Unavailable.Reason.NO_CAP, "policy " + POLICY + " has no cap on its"
            + " days in effect");
        unavailable.put("capDaysUsed", noCap);
        unavailable.put("capDaysLeft", noCap);
        unavailable.put("capEndsOn", noCap);
        return new PolicyStatus(POLICY, new DiscontinuationPending(START, LOW_ON, ENDS_ON), PolicyStateKind.IN_EFFECT,
            LOW_ON.plusDays(1), "p10773", LOW_ON.plusDays(2), new Freshness(LOW_ON.minusDays(1), 3, 3),
            new LatestWindow(LOW_ON.minusDays(7), LOW_ON.minusDays(1), List.of(), window()), 1, 1,
            new Projection(LOW_ON, ENDS_ON, "p10773", 1500, true, null, null, 0), null, override(), null, null,
            unavailable);
    }

    /** The day before the determination, the day of it (with no data), and the day the discontinuation took effect. */
    public static List<TimelineDay> days() {
        return List.of(
            new TimelineDay(LOW_ON.minusDays(1), 1506L, window(), new InEffect(START), PolicyStateKind.IN_EFFECT,
                START, null, "p10773", 1, null, List.of(), List.of(), null),
            new TimelineDay(LOW_ON, null, null, new DiscontinuationPending(START, LOW_ON, ENDS_ON),
                PolicyStateKind.DISCONTINUATION_PENDING, LOW_ON, null, "p10773", 0, low(), List.of(),
                List.of(LOW_ON), null),
            new TimelineDay(ENDS_ON, 900L, null, new Discontinued(ENDS_ON, ENDS_ON.plusDays(2)),
                PolicyStateKind.IN_EFFECT, LOW_ON.plusDays(1), override(), "p10773", 0, null, List.of(),
                List.of(LOW_ON, ENDS_ON.minusDays(3)), null));
    }
}
