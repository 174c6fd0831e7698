package org.surgepolicy.domain.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/**
 * The parameters of the rule in one policy version (docs/rule.md, "The rule, day by day" and "A second rule"): the
 * triggers that activate it, and the release that discontinues it. In the simple form a version has one unnamed
 * mandatory trigger whose window is the release window, and its parameters are written {@code window}, {@code
 * activationThreshold} (A) and {@code discontinuationThreshold} (L).
 *
 * @param triggers             the activation conditions; mandatory ones take precedence over discretionary ones, and
 *                             each kind keeps the order given
 * @param window               W, the days in each average the release compares (and the timeline shows)
 * @param consecutiveDays      S, the consecutive daily averages below the release threshold that a LOW determination
 *                             needs
 * @param activationDelay      a, days from an activation (a mandatory finding, or an activation decision) to the
 *                             policy being in effect
 * @param discontinuationDelay z, days from a LOW determination to the discontinuation
 * @param determinationLag     g: on day D the newest day whose data is taken as complete is D - g
 * @param cancelPendingOn      which threshold cancels a pending discontinuation
 */
public record RuleParameters(List<Trigger> triggers, int window, int consecutiveDays, int activationDelay,
                             int discontinuationDelay, int determinationLag, CancellationThreshold cancelPendingOn) {

    /** Upper bound of the day counts, to keep every window inside a few years of data. */
    public static final int MAX_DAYS = 366;
    /** Upper bound of the thresholds, so that a threshold times the window stays exact in a {@code long}. */
    public static final long MAX_THRESHOLD = 1_000_000_000L;

    public RuleParameters {
        Violations v = new Violations()
            .require(triggers != null && !triggers.isEmpty(), "triggers", "must hold at least one trigger");
        if (triggers != null) {
            checkTriggers(triggers, v);
        }
        v.require(window >= 1 && window <= MAX_DAYS, "release.window",
                () -> "must be between 1 and " + MAX_DAYS + " days, was " + window)
            .require(consecutiveDays >= 1 && consecutiveDays <= MAX_DAYS, "release.consecutiveDays",
                () -> "must be between 1 and " + MAX_DAYS + ", was " + consecutiveDays);
        checkCommon(activationDelay, discontinuationDelay, determinationLag, cancelPendingOn, v);
        v.throwIfAny();
        triggers = List.copyOf(triggers);
    }

    /**
     * The simple form: one unnamed mandatory trigger, an average of {@code window} days at or above
     * {@code activationThreshold}, released below {@code discontinuationThreshold}.
     */
    public RuleParameters(int window, long activationThreshold, long discontinuationThreshold, int consecutiveDays,
                          int activationDelay, int discontinuationDelay, int determinationLag,
                          CancellationThreshold cancelPendingOn) {
        Violations v = new Violations()
            .require(window >= 1 && window <= MAX_DAYS, "window",
                () -> "must be between 1 and " + MAX_DAYS + " days, was " + window)
            .require(activationThreshold >= 0 && activationThreshold <= MAX_THRESHOLD, "activationThreshold",
                () -> "must be between 0 and " + MAX_THRESHOLD + ", was " + activationThreshold)
            .require(discontinuationThreshold >= 0 && discontinuationThreshold <= MAX_THRESHOLD,
                "discontinuationThreshold",
                () -> "must be between 0 and " + MAX_THRESHOLD + ", was " + discontinuationThreshold)
            .require(discontinuationThreshold <= activationThreshold, "discontinuationThreshold",
                () -> discontinuationThreshold + " is above the activation threshold " + activationThreshold
                    + ": the discontinuation threshold must not exceed the activation threshold")
            .require(consecutiveDays >= 1 && consecutiveDays <= MAX_DAYS, "consecutiveDays",
                () -> "must be between 1 and " + MAX_DAYS + ", was " + consecutiveDays);
        checkCommon(activationDelay, discontinuationDelay, determinationLag, cancelPendingOn, v);
        v.throwIfAny();
        this(List.of(new Trigger(null, TriggerKind.MANDATORY, window, activationThreshold, discontinuationThreshold)),
            window, consecutiveDays, activationDelay, discontinuationDelay, determinationLag, cancelPendingOn);
    }

    private static void checkTriggers(List<Trigger> triggers, Violations v) {
        if (triggers.size() == 1) {
            v.require(triggers.getFirst() != null, "triggers[0]", "is empty");
            return;
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < triggers.size(); i++) {
            Trigger trigger = triggers.get(i);
            String at = "triggers[" + i + "]";
            if (trigger == null) {
                v.add(new Violation(at, "is empty"));
                continue;
            }
            v.require(trigger.name() != null, at + ".name",
                "is required when a version has more than one trigger: the evidence names the trigger it rests on");
            Integer earlier = trigger.name() == null ? null : names.putIfAbsent(trigger.name(), i);
            v.require(earlier == null, at + ".name",
                () -> "'" + trigger.name() + "' is already the name of triggers[" + earlier + "]");
        }
    }

    private static void checkCommon(int activationDelay, int discontinuationDelay, int determinationLag,
                                    CancellationThreshold cancelPendingOn, Violations v) {
        v.require(activationDelay >= 0 && activationDelay <= MAX_DAYS, "activationDelay",
                () -> "must be between 0 and " + MAX_DAYS + " days, was " + activationDelay)
            .require(discontinuationDelay >= 0 && discontinuationDelay <= MAX_DAYS, "discontinuationDelay",
                () -> "must be between 0 and " + MAX_DAYS + " days, was " + discontinuationDelay)
            .require(determinationLag >= 0 && determinationLag <= MAX_DAYS, "determinationLag",
                () -> "must be between 0 and " + MAX_DAYS + " days, was " + determinationLag)
            .requireNonNull(cancelPendingOn, "cancelPendingOn");
    }

    /** Whether the version is in the simple form: one unnamed mandatory trigger averaging over the release window. */
    public boolean simple() {
        Trigger only = triggers.getFirst();
        return triggers.size() == 1 && only.name() == null && only.kind() == TriggerKind.MANDATORY
            && only.window() == window;
    }

    /** The index of the trigger named {@code name} (the first trigger for null), or -1 when there is none. */
    public int triggerIndex(String name) {
        if (name == null) {
            return 0;
        }
        for (int i = 0; i < triggers.size(); i++) {
            if (name.equals(triggers.get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The trigger named {@code name}: the one that activated the policy, whose release threshold applies. Null, as
     * for a policy that started in effect or a simple-form version, stands for the first trigger.
     *
     * @throws IllegalArgumentException when the version has no such trigger
     */
    public Trigger trigger(String name) {
        int index = triggerIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("no trigger '" + name + "' among " + triggerNames());
        }
        return triggers.get(index);
    }

    /** The triggers' names, in order, for messages. */
    public String triggerNames() {
        return String.join(", ", triggers.stream().map(t -> String.valueOf(t.name())).toList());
    }

    /** A: the first trigger's threshold (in the simple form, the only one). */
    public long activationThreshold() {
        return triggers.getFirst().threshold();
    }

    /** L: the first trigger's release threshold (in the simple form, the only one). */
    public long discontinuationThreshold() {
        return triggers.getFirst().releaseThreshold();
    }

    /** The window sum an average must reach for activation by the first trigger, so that no division is made. */
    public long activationSum() {
        return triggers.getFirst().thresholdSum();
    }

    /** The window sum an average must stay under for the release of the first trigger: {@code L * W}. */
    public long discontinuationSum() {
        return releaseSum(null);
    }

    /** The window sum the release averages must stay under after an activation by the trigger named so. */
    public long releaseSum(String activatedBy) {
        return trigger(activatedBy).releaseThreshold() * window;
    }

    /** The threshold that cancels a pending discontinuation of a policy the first trigger activated. */
    public long cancellationThreshold() {
        return cancelPendingOn == CancellationThreshold.ACTIVATION_THRESHOLD
            ? activationThreshold() : discontinuationThreshold();
    }

    /** How many days before D the oldest day a determination on D looks at lies. */
    public int lookBack() {
        int longest = consecutiveDays - 1 + window;
        for (Trigger trigger : triggers) {
            longest = Math.max(longest, trigger.window());
        }
        return determinationLag + longest - 1;
    }

    /** These parameters with one of them changed. */
    public RuleParameters with(Parameter name, Object value) {
        return with(Map.of(name, value));
    }

    /**
     * These parameters with the named ones changed. The changes are made together and only the result is checked,
     * so that lowering both thresholds is not refused on the way, when the new activation threshold meets the old
     * discontinuation threshold. The simple form's window and thresholds only apply to a version in that form; a
     * trigger's numbers only to a version that has the trigger.
     *
     * @throws InvalidValueException naming the parameter, under {@code parameters}, when the result is invalid
     */
    public RuleParameters with(Map<? extends Parameter, ?> changes) {
        boolean simpleChanges = simple();
        for (Parameter parameter : changes.keySet()) {
            simpleChanges &= parameter instanceof ParameterName;
        }
        return simpleChanges ? withSimple(changes) : withGeneral(changes);
    }

    private RuleParameters withSimple(Map<? extends Parameter, ?> changes) {
        int w = window;
        long a = activationThreshold();
        long l = discontinuationThreshold();
        int s = consecutiveDays;
        int aDelay = activationDelay;
        int zDelay = discontinuationDelay;
        int g = determinationLag;
        CancellationThreshold cancel = cancelPendingOn;
        for (Map.Entry<? extends Parameter, ?> change : changes.entrySet()) {
            Object value = change.getKey().coerce(change.getValue());
            switch ((ParameterName) change.getKey()) {
                case WINDOW -> w = (Integer) value;
                case ACTIVATION_THRESHOLD -> a = (Long) value;
                case DISCONTINUATION_THRESHOLD -> l = (Long) value;
                case CONSECUTIVE_DAYS -> s = (Integer) value;
                case ACTIVATION_DELAY -> aDelay = (Integer) value;
                case DISCONTINUATION_DELAY -> zDelay = (Integer) value;
                case DETERMINATION_LAG -> g = (Integer) value;
                case CANCEL_PENDING_ON -> cancel = (CancellationThreshold) value;
            }
        }
        try {
            return new RuleParameters(w, a, l, s, aDelay, zDelay, g, cancel);
        } catch (InvalidValueException e) {
            throw e.under("parameters");
        }
    }

    private RuleParameters withGeneral(Map<? extends Parameter, ?> changes) {
        int size = triggers.size();
        int[] windows = new int[size];
        long[] thresholds = new long[size];
        long[] releases = new long[size];
        for (int i = 0; i < size; i++) {
            windows[i] = triggers.get(i).window();
            thresholds[i] = triggers.get(i).threshold();
            releases[i] = triggers.get(i).releaseThreshold();
        }
        int w = window;
        int s = consecutiveDays;
        int aDelay = activationDelay;
        int zDelay = discontinuationDelay;
        int g = determinationLag;
        CancellationThreshold cancel = cancelPendingOn;
        boolean simple = simple();
        Violations refused = new Violations();
        for (Map.Entry<? extends Parameter, ?> change : changes.entrySet()) {
            Parameter parameter = change.getKey();
            if (parameter instanceof ParameterName name && name.ofTheSimpleTrigger() && !simple) {
                refused.add(new Violation(name.key(), "names the one trigger of a version in the simple form; this"
                    + " version has the triggers " + triggerNames() + ": change triggers.<NAME>.window, .threshold or"
                    + " .releaseThreshold, or release.window"));
                continue;
            }
            if (parameter instanceof TriggerParameter t && triggerIndex(t.trigger()) < 0) {
                refused.add(new Violation(t.key(), "this version has no trigger '" + t.trigger() + "'; its triggers"
                    + " are " + triggerNames()));
                continue;
            }
            Object value = parameter.coerce(change.getValue());
            switch (parameter) {
                case ParameterName name -> {
                    switch (name) {
                        case WINDOW -> {
                            w = (Integer) value;
                            windows[0] = w;
                        }
                        case ACTIVATION_THRESHOLD -> thresholds[0] = (Long) value;
                        case DISCONTINUATION_THRESHOLD -> releases[0] = (Long) value;
                        case CONSECUTIVE_DAYS -> s = (Integer) value;
                        case ACTIVATION_DELAY -> aDelay = (Integer) value;
                        case DISCONTINUATION_DELAY -> zDelay = (Integer) value;
                        case DETERMINATION_LAG -> g = (Integer) value;
                        case CANCEL_PENDING_ON -> cancel = (CancellationThreshold) value;
                    }
                }
                case TriggerParameter t -> {
                    int i = triggerIndex(t.trigger());
                    switch (t.field()) {
                        case WINDOW -> windows[i] = (Integer) value;
                        case THRESHOLD -> thresholds[i] = (Long) value;
                        case RELEASE_THRESHOLD -> releases[i] = (Long) value;
                    }
                }
                case ReleaseParameter r -> {
                    switch (r) {
                        case WINDOW -> w = (Integer) value;
                        case CONSECUTIVE_DAYS -> s = (Integer) value;
                    }
                }
                case CapParameter c -> refused.add(new Violation(c.key(), "is a parameter of the policy, not of a"
                    + " version"));
            }
        }
        List<Trigger> changed = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Trigger t = triggers.get(i);
            int at = i;
            String path = t.name() == null ? "triggers[" + i + "]" : TriggerParameter.PREFIX + t.name();
            changed.add(refused.check(path, () -> new Trigger(t.name(), t.kind(), windows[at], thresholds[at],
                releases[at])));
        }
        try {
            refused.throwIfAny();
            return new RuleParameters(changed, w, s, aDelay, zDelay, g, cancel);
        } catch (InvalidValueException e) {
            throw e.under("parameters");
        }
    }
}
