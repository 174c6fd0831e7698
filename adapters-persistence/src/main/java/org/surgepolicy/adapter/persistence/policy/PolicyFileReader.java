package org.surgepolicy.adapter.persistence.policy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.Cap;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.LegalStatus;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.policy.Trigger;
import org.surgepolicy.domain.policy.TriggerKind;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one policy definition file. Every field is required except {@code endsOn}, {@code status} (in force unless
 * it says {@code proposed}) and {@code cap}, and every rule parameter is written out, so that a file says all it
 * means; unknown fields are refused rather than ignored. A version's parameters come in one of two forms: the simple
 * form of one trigger ({@code window}, {@code activationThreshold}, {@code discontinuationThreshold},
 * {@code consecutiveDays}), or a list of named {@code triggers} with a {@code release}; a counting rule either lists
 * {@code components} and {@code regions} counted together, or {@code select}s each component with its own regions.
 */
final class PolicyFileReader {

    private static final List<String> POLICY_FIELDS =
        List.of("id", "title", "status", "timeZone", "startsOn", "endsOn", "initialState", "cap", "versions");
    private static final List<String> VERSION_FIELDS =
        List.of("id", "effectiveFrom", "citation", "countingRule", "parameters");
    private static final List<String> RULE_FIELDS =
        List.of("components", "regions", "select", "countsUnaccompaniedChildrenOfNonContiguousCountries");
    private static final List<String> SELECT_FIELDS = List.of("component", "regions");
    private static final List<String> CAP_FIELDS = List.of("period", "limits");
    private static final List<String> GENERAL_FIELDS = List.of("triggers", "release",
        ParameterName.ACTIVATION_DELAY.key(), ParameterName.DISCONTINUATION_DELAY.key(),
        ParameterName.DETERMINATION_LAG.key(), ParameterName.CANCEL_PENDING_ON.key());
    private static final List<String> TRIGGER_FIELDS =
        List.of("name", "kind", "window", "threshold", "releaseThreshold");
    private static final List<String> RELEASE_FIELDS = List.of("window", "consecutiveDays");

    /** Leaves dates as text: YAML would make {@code 2024-06-05} a java.util.Date at midnight UTC. */
    private static final class DatesAsText extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }

    private PolicyFileReader() {
    }

    /**
     * The definition that {@code text} describes.
     *
     * @throws PolicyFileException naming {@code file} and every bad field
     */
    static PolicyDefinition read(String file, String text) {
        Object document;
        try {
            document = yaml().load(text);
        } catch (YAMLException e) {
            throw new PolicyFileException(file, List.of(syntaxError(e)));
        }
        if (document == null) {
            throw new PolicyFileException(file, List.of(new Violation("", "is empty; expected a policy definition"
                + " with the fields " + String.join(", ", POLICY_FIELDS))));
        }
        Violations violations = new Violations();
        PolicyDefinition definition = definition(YamlMapping.of(document, "", violations), violations);
        if (!violations.isEmpty()) {
            throw new PolicyFileException(file, violations.list());
        }
        return definition;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new DatesAsText());
    }

    private static Violation syntaxError(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new Violation("line " + (marked.getProblemMark().getLine() + 1) + ", column "
                + (marked.getProblemMark().getColumn() + 1), "not valid YAML: " + marked.getProblem());
        }
        return new Violation("", "not valid YAML: " + e.getMessage());
    }

    private static PolicyDefinition definition(YamlMapping policy, Violations violations) {
        if (policy == null) {
            return null;
        }
        policy.allowOnly(POLICY_FIELDS);
        String id = policy.text("id");
        String title = policy.text("title");
        LegalStatus status = policy.raw("status") == null ? LegalStatus.IN_FORCE
            : violations.check("", () -> LegalStatus.parse(policy.text("status"), policy.path("status")));
        ZoneId timeZone = policy.zone("timeZone");
        LocalDate startsOn = policy.date("startsOn", true);
        LocalDate endsOn = policy.date("endsOn", false);
        PolicyStateKind initialState = policy.code(PolicyStateKind.class, "initialState");
        Cap cap = policy.raw("cap") == null ? null : cap(policy.mapping("cap"), violations);
        List<?> items = policy.list("versions");
        List<PolicyVersion> versions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            versions.add(version(YamlMapping.of(items.get(i), policy.path("versions") + "[" + i + "]", violations),
                violations));
        }
        if (!violations.isEmpty()) {
            return null;
        }
        return violations.check("",
            () -> new PolicyDefinition(id, title, timeZone, startsOn, endsOn, initialState, versions, status, cap));
    }

    private static Cap cap(YamlMapping cap, Violations violations) {
        if (cap == null) {
            return null;
        }
        cap.allowOnly(CAP_FIELDS);
        Period period = cap.period("period");
        List<?> items = cap.list("limits");
        List<Integer> limits = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            limits.add(YamlMapping.wholeInt(items.get(i), cap.path("limits") + "[" + i + "]", violations));
        }
        if (period == null || limits.contains(null)) {
            return null;
        }
        return violations.check(cap.path(), () -> new Cap(period, limits));
    }

    private static PolicyVersion version(YamlMapping version, Violations violations) {
        if (version == null) {
            return null;
        }
        version.allowOnly(VERSION_FIELDS);
        String id = version.text("id");
        LocalDate effectiveFrom = version.date("effectiveFrom", true);
        String citation = version.text("citation");
        CountingRule rule = countingRule(version.mapping("countingRule"), violations);
        RuleParameters parameters = parameters(version.mapping("parameters"), violations);
        if (id == null || effectiveFrom == null || citation == null || rule == null || parameters == null) {
            return null;
        }
        return violations.check(version.path(),
            () -> new PolicyVersion(id, effectiveFrom, parameters, rule, citation));
    }

    private static CountingRule countingRule(YamlMapping rule, Violations violations) {
        if (rule == null) {
            return null;
        }
        rule.allowOnly(RULE_FIELDS);
        if (rule.raw("select") != null) {
            return selected(rule, violations);
        }
        List<Component> components = rule.codes(Component.class, "components");
        List<Region> regions = rule.codes(Region.class, "regions");
        Boolean children = rule.bool("countsUnaccompaniedChildrenOfNonContiguousCountries");
        if (children == null) {
            return null;
        }
        return violations.check(rule.path(),
            () -> new CountingRule(Set.copyOf(components), Set.copyOf(regions), children));
    }

    /** A counting rule that selects each component with its own regions. */
    private static CountingRule selected(YamlMapping rule, Violations violations) {
        for (String simple : List.of("components", "regions")) {
            if (rule.raw(simple) != null) {
                violations.add(new Violation(rule.path(simple), "not with select: either list the components and"
                    + " regions counted together, or select each component with its regions"));
            }
        }
        List<?> items = rule.list("select");
        Map<Component, Set<Region>> selected = new EnumMap<>(Component.class);
        Map<Component, Integer> first = new EnumMap<>(Component.class);
        for (int i = 0; i < items.size(); i++) {
            YamlMapping item = YamlMapping.of(items.get(i), rule.path("select") + "[" + i + "]", violations);
            if (item == null) {
                continue;
            }
            item.allowOnly(SELECT_FIELDS);
            Component component = item.code(Component.class, "component");
            List<Region> regions = item.codes(Region.class, "regions");
            if (component == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(component, i);
            if (earlier != null) {
                violations.add(new Violation(item.path("component"), component + " is already selected by "
                    + rule.path("select") + "[" + earlier + "]"));
            } else if (regions.isEmpty()) {
                violations.add(new Violation(item.path("regions"), "must name at least one region"));
            } else {
                selected.put(component, Set.copyOf(regions));
            }
        }
        Boolean children = rule.bool("countsUnaccompaniedChildrenOfNonContiguousCountries");
        if (children == null || !violations.isEmpty()) {
            return null;
        }
        return violations.check(rule.path(), () -> new CountingRule(selected, children));
    }

    /** The parameters of one form or the other: with a list of triggers, the general form. */
    private static RuleParameters parameters(YamlMapping parameters, Violations violations) {
        if (parameters == null) {
            return null;
        }
        return parameters.raw("triggers") != null ? general(parameters, violations) : simple(parameters, violations);
    }

    /** Every parameter of the simple form, named as {@link ParameterName} writes it and read with its coercion. */
    private static RuleParameters simple(YamlMapping parameters, Violations violations) {
        for (String key : parameters.keys()) {
            violations.check("", () -> ParameterName.parse(key, parameters.path(key)));
        }
        Map<ParameterName, Object> values = new EnumMap<>(ParameterName.class);
        for (ParameterName name : ParameterName.values()) {
            Optional.ofNullable(parameter(parameters, name, violations)).ifPresent(value -> values.put(name, value));
        }
        if (values.size() != ParameterName.values().length) {
            return null;
        }
        return violations.check(parameters.path(), () -> new RuleParameters(
            (Integer) values.get(ParameterName.WINDOW),
            (Long) values.get(ParameterName.ACTIVATION_THRESHOLD),
            (Long) values.get(ParameterName.DISCONTINUATION_THRESHOLD),
            (Integer) values.get(ParameterName.CONSECUTIVE_DAYS),
            (Integer) values.get(ParameterName.ACTIVATION_DELAY),
            (Integer) values.get(ParameterName.DISCONTINUATION_DELAY),
            (Integer) values.get(ParameterName.DETERMINATION_LAG),
            (CancellationThreshold) values.get(ParameterName.CANCEL_PENDING_ON)));
    }

    /** One parameter, read with its own coercion; null, with a violation, when it is missing or cannot be read. */
    private static Object parameter(YamlMapping parameters, ParameterName name, Violations violations) {
        Object raw = parameters.raw(name.key());
        if (raw == null) {
            violations.add(new Violation(parameters.path(name.key()), "is required"));
            return null;
        }
        if (raw instanceof BigInteger || raw instanceof Map || raw instanceof List) {
            violations.add(new Violation(parameters.path(name.key()), "must be "
                + (name == ParameterName.CANCEL_PENDING_ON ? "ACTIVATION_THRESHOLD or DISCONTINUATION_THRESHOLD"
                : "a whole number") + ", was " + YamlMapping.describe(raw)));
            return null;
        }
        return violations.check(parameters.path(), () -> name.coerce(raw));
    }

    /** The general form: named triggers, a release, and the parameters every version has. */
    private static RuleParameters general(YamlMapping parameters, Violations violations) {
        for (String key : parameters.keys()) {
            if (!GENERAL_FIELDS.contains(key)) {
                violations.add(new Violation(parameters.path(key), ParameterName.fromKey(key).isPresent()
                    ? "not with triggers: the simple form's window, activationThreshold, discontinuationThreshold and"
                    + " consecutiveDays describe one trigger; with a list of triggers, give each its window, threshold"
                    + " and releaseThreshold, and the release its window and consecutiveDays"
                    : "unknown field; expected one of " + String.join(", ", GENERAL_FIELDS)));
            }
        }
        List<?> items = parameters.list("triggers");
        List<Trigger> triggers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            triggers.add(trigger(YamlMapping.of(items.get(i), parameters.path("triggers") + "[" + i + "]",
                violations), violations));
        }
        YamlMapping release = parameters.mapping("release");
        Integer window = null;
        Integer consecutiveDays = null;
        if (release != null) {
            release.allowOnly(RELEASE_FIELDS);
            window = release.wholeInt("window");
            consecutiveDays = release.wholeInt("consecutiveDays");
        }
        Integer activationDelay = (Integer) parameter(parameters, ParameterName.ACTIVATION_DELAY, violations);
        Integer discontinuationDelay = (Integer) parameter(parameters, ParameterName.DISCONTINUATION_DELAY,
            violations);
        Integer determinationLag = (Integer) parameter(parameters, ParameterName.DETERMINATION_LAG, violations);
        CancellationThreshold cancelPendingOn = (CancellationThreshold) parameter(parameters,
            ParameterName.CANCEL_PENDING_ON, violations);
        if (triggers.contains(null) || window == null || consecutiveDays == null || activationDelay == null
            || discontinuationDelay == null || determinationLag == null || cancelPendingOn == null) {
            return null;
        }
        int w = window;
        int s = consecutiveDays;
        return violations.check(parameters.path(), () -> new RuleParameters(triggers, w, s, activationDelay,
            discontinuationDelay, determinationLag, cancelPendingOn));
    }

    private static Trigger trigger(YamlMapping trigger, Violations violations) {
        if (trigger == null) {
            return null;
        }
        trigger.allowOnly(TRIGGER_FIELDS);
        String name = trigger.text("name");
        TriggerKind kind = trigger.code(TriggerKind.class, "kind");
        Integer window = trigger.wholeInt("window");
        Long threshold = trigger.whole("threshold");
        Long releaseThreshold = trigger.whole("releaseThreshold");
        if (name == null || kind == null || window == null || threshold == null || releaseThreshold == null) {
            return null;
        }
        return violations.check(trigger.path(), () -> new Trigger(name, kind, window, threshold, releaseThreshold));
    }
}
