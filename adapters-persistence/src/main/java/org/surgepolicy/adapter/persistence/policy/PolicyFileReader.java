package org.surgepolicy.adapter.persistence.policy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;
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
 * Reads one policy definition file. Every field is required except {@code endsOn}, and every rule parameter is
 * written out, so that a file says all it means; unknown fields are refused rather than ignored.
 */
final class PolicyFileReader {

    private static final List<String> POLICY_FIELDS =
        List.of("id", "title", "timeZone", "startsOn", "endsOn", "initialState", "versions");
    private static final List<String> VERSION_FIELDS =
        List.of("id", "effectiveFrom", "citation", "countingRule", "parameters");
    private static final List<String> RULE_FIELDS =
        List.of("components", "regions", "countsUnaccompaniedChildrenOfNonContiguousCountries");

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
        ZoneId timeZone = policy.zone("timeZone");
        LocalDate startsOn = policy.date("startsOn", true);
        LocalDate endsOn = policy.date("endsOn", false);
        PolicyStateKind initialState = policy.code(PolicyStateKind.class, "initialState");
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
            () -> new PolicyDefinition(id, title, timeZone, startsOn, endsOn, initialState, versions));
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
        List<Component> components = rule.codes(Component.class, "components");
        List<Region> regions = rule.codes(Region.class, "regions");
        Boolean children = rule.bool("countsUnaccompaniedChildrenOfNonContiguousCountries");
        if (children == null) {
            return null;
        }
        return violations.check(rule.path(),
            () -> new CountingRule(Set.copyOf(components), Set.copyOf(regions), children));
    }

    /** Every parameter, named as {@link ParameterName} writes it and read with its own coercion. */
    private static RuleParameters parameters(YamlMapping parameters, Violations violations) {
        if (parameters == null) {
            return null;
        }
        for (String key : parameters.keys()) {
            violations.check("", () -> ParameterName.parse(key, parameters.path(key)));
        }
        Map<ParameterName, Object> values = new EnumMap<>(ParameterName.class);
        for (ParameterName name : ParameterName.values()) {
            Object raw = parameters.raw(name.key());
            if (raw == null) {
                violations.add(new Violation(parameters.path(name.key()), "is required"));
            } else if (raw instanceof BigInteger || raw instanceof Map || raw instanceof List) {
                violations.add(new Violation(parameters.path(name.key()), "must be "
                    + (name == ParameterName.CANCEL_PENDING_ON ? "ACTIVATION_THRESHOLD or DISCONTINUATION_THRESHOLD"
                    : "a whole number") + ", was " + YamlMapping.describe(raw)));
            } else {
                Optional.ofNullable(violations.check(parameters.path(), () -> name.coerce(raw)))
                    .ifPresent(value -> values.put(name, value));
            }
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
}
