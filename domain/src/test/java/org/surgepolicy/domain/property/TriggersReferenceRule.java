package org.surgepolicy.domain.property;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.Cap;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.policy.Trigger;
import org.surgepolicy.domain.rule.DeterminationType;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * docs/rule.md, "A second rule", written out as plainly as it reads, one day and one window at a time, straight from
 * the daily aggregates: several triggers, a release per trigger, activation decisions and a cap per period. The oracle
 * the engine is compared with on definitions in the general form. Slow on purpose; no prefix sums, no skipping.
 */
final class TriggersReferenceRule {

    /** The states, by name: the cap's own, beside the three of docs/rule.md. */
    enum State { IN_EFFECT, DISCONTINUATION_PENDING, DISCONTINUED, CAP_REACHED }

    /** What the rule says of one day. */
    record Day(LocalDate date, State state, DeterminationType determined, String trigger, boolean capReached,
               ActivationDecision decided, Integer capDaysUsed) {
    }

    private TriggersReferenceRule() {
    }

    static List<Day> run(PolicyDefinition definition, DailyAggregates data, List<ActivationDecision> decisions,
                         LocalDate through) {
        LocalDate last = definition.endsOn() != null && definition.endsOn().isBefore(through)
            ? definition.endsOn() : through;
        LocalDate firstRead = definition.startsOn().minusDays(definition.maxLookBack());
        Cap cap = definition.cap();
        State state = State.valueOf(definition.initialState().name());
        String activatedBy = null;
        LocalDate scheduled = null;
        String scheduledBy = null;
        LocalDate availableFrom = null;
        LocalDate runStart = null;
        LocalDate lastFinding = null;
        int period = -1;
        int used = 0;
        List<Day> days = new ArrayList<>();
        for (LocalDate d = definition.startsOn(); !d.isAfter(last); d = d.plusDays(1)) {
            PolicyVersion version = ReferenceRule.versionOn(definition, d);
            RuleParameters p = version.parameters();
            if (cap != null && period != periodOf(cap, definition.startsOn(), d)) {
                period = periodOf(cap, definition.startsOn(), d);
                used = 0;
            }

            // 1. Scheduled changes first, then the cap.
            if (d.equals(scheduled)) {
                if (state == State.DISCONTINUATION_PENDING) {
                    state = State.DISCONTINUED;
                    activatedBy = null;
                } else {
                    state = State.IN_EFFECT;
                    activatedBy = scheduledBy;
                }
                scheduled = null;
                scheduledBy = null;
            }
            if (state == State.CAP_REACHED && d.equals(availableFrom)) {
                state = State.DISCONTINUED;
            }
            if (cap != null && used >= cap.limits().get(period)) {
                state = State.CAP_REACHED;
                availableFrom = cap.periodStart(definition.startsOn(), period + 1);
                activatedBy = null;
                scheduled = null;
                scheduledBy = null;
            }

            // 2. At most one determination, from complete windows only.
            LocalDate newest = d.minusDays(p.determinationLag());
            DeterminationType determined = null;
            String trigger = null;
            boolean capped = false;
            ActivationDecision decided = null;
            switch (state) {
                case IN_EFFECT -> {
                    Trigger active = p.trigger(activatedBy);
                    boolean allBelow = true;
                    for (int k = 0; k < p.consecutiveDays(); k++) {
                        Long s = sum(data, version, newest.minusDays(k), p.window(), firstRead);
                        allBelow &= s != null && s < active.releaseThreshold() * p.window();
                    }
                    if (allBelow) {
                        determined = DeterminationType.LOW;
                        trigger = active.name();
                        if (p.discontinuationDelay() == 0) {
                            state = State.DISCONTINUED;
                            activatedBy = null;
                        } else {
                            state = State.DISCONTINUATION_PENDING;
                            scheduled = d.plusDays(p.discontinuationDelay());
                        }
                    }
                }
                case DISCONTINUATION_PENDING -> {
                    Trigger active = p.trigger(activatedBy);
                    Trigger cancelling;
                    if (p.cancelPendingOn() == CancellationThreshold.DISCONTINUATION_THRESHOLD) {
                        Long s = sum(data, version, newest, p.window(), firstRead);
                        cancelling = s != null && s >= active.releaseThreshold() * p.window() ? active : null;
                    } else {
                        cancelling = firstMet(data, version, newest, firstRead, true);
                    }
                    if (cancelling != null) {
                        determined = DeterminationType.HIGH;
                        trigger = cancelling.name();
                        activatedBy = cancelling.name();
                        state = State.IN_EFFECT;
                        scheduled = null;
                    }
                }
                case DISCONTINUED -> {
                    Trigger met = scheduled == null ? firstMet(data, version, newest, firstRead, false) : null;
                    if (met != null) {
                        determined = DeterminationType.HIGH;
                        trigger = met.name();
                        boolean activates = met.kind().activates();
                        if (!activates) {
                            runStart = d.minusDays(1).equals(lastFinding) ? runStart : d;
                            lastFinding = d;
                            decided = acting(decisions, d, runStart);
                            activates = decided != null;
                        }
                        if (activates && p.activationDelay() == 0) {
                            state = State.IN_EFFECT;
                            activatedBy = met.name();
                        } else if (activates) {
                            scheduled = d.plusDays(p.activationDelay());
                            scheduledBy = met.name();
                        }
                    }
                }
                case CAP_REACHED -> {
                    Trigger met = firstMet(data, version, newest, firstRead, false);
                    if (met != null) {
                        determined = DeterminationType.HIGH;
                        trigger = met.name();
                        capped = true;
                    }
                }
            }

            // 3. The day counts against the cap if the policy is in effect at its end.
            if (state == State.IN_EFFECT || state == State.DISCONTINUATION_PENDING) {
                used++;
            }
            days.add(new Day(d, state, determined, trigger, capped, decided, cap == null ? null : used));
        }
        return days;
    }

    /** The first trigger whose condition the window ending {@code newest} meets: mandatory ones first. */
    private static Trigger firstMet(DailyAggregates data, PolicyVersion version, LocalDate newest,
                                    LocalDate firstRead, boolean mandatoryOnly) {
        List<Trigger> ordered = version.parameters().triggers().stream()
            .sorted(Comparator.comparing(t -> !t.kind().activates())).toList();
        for (Trigger t : ordered) {
            if (mandatoryOnly && !t.kind().activates()) {
                continue;
            }
            Long s = sum(data, version, newest, t.window(), firstRead);
            if (s != null && s >= t.threshold() * t.window()) {
                return t;
            }
        }
        return null;
    }

    /** The first recorded decision made on {@code day} citing a finding of the run that began on {@code runStart}. */
    private static ActivationDecision acting(List<ActivationDecision> decisions, LocalDate day, LocalDate runStart) {
        return decisions.stream()
            .filter(x -> x.decidedOn().equals(day) && !x.determinationDate().isBefore(runStart)
                && !x.determinationDate().isAfter(day))
            .min(Comparator.comparing(ActivationDecision::recordedAt).thenComparingLong(ActivationDecision::id))
            .orElse(null);
    }

    private static int periodOf(Cap cap, LocalDate startsOn, LocalDate day) {
        int k = 0;
        while (k + 1 < cap.periods() && !cap.periodStart(startsOn, k + 1).isAfter(day)) {
            k++;
        }
        return k;
    }

    /** The sum of the {@code window} days ending {@code end}, or null when one is missing or before the days read. */
    private static Long sum(DailyAggregates data, PolicyVersion version, LocalDate end, int window,
                            LocalDate firstRead) {
        long sum = 0;
        for (int i = 0; i < window; i++) {
            LocalDate day = end.minusDays(i);
            Optional<Long> count = data.sum(day, version.countingRule());
            if (day.isBefore(firstRead) || count.isEmpty()) {
                return null;
            }
            sum += count.get();
        }
        return sum;
    }
}
