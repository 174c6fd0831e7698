package org.surgepolicy.bootstrap.alerting;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The files the repository ships for operations ({@code deploy/prometheus}) and the guide that explains them. */
final class Deployment {

    /** The repository's root: the tests run in the bootstrap module's folder. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path FOLDER = ROOT.resolve("deploy/prometheus");
    static final Path RULES = FOLDER.resolve("surge-alerts.yml");
    static final Path PROMETHEUS = FOLDER.resolve("prometheus.yml");
    static final Path ALERTMANAGER = FOLDER.resolve("alertmanager.yml");
    static final Path TESTS = FOLDER.resolve("tests");
    static final Path OPERATIONS_GUIDE = ROOT.resolve("docs/operations.md");
    static final Path OBSERVABILITY_GUIDE = ROOT.resolve("docs/observability.md");
    /** The scrape job's name, which the rules read {@code up} and {@code process_start_time_seconds} by. */
    static final String JOB = "surge-policy-engine";

    private Deployment() {
    }

    /** One alerting rule of the rules file, as written. */
    record Rule(String alert, String expr, Map<String, Object> labels, Map<String, Object> annotations) {
    }

    static List<Rule> rules() {
        Map<String, Object> file = yaml(RULES);
        return list(file.get("groups")).stream().flatMap(group -> list(map(group).get("rules")).stream())
            .map(Deployment::map)
            .map(rule -> new Rule((String) rule.get("alert"), (String) rule.get("expr"), map(rule.get("labels")),
                map(rule.get("annotations"))))
            .toList();
    }

    /** The unit test files of the rules. */
    static List<Path> ruleTests() {
        try (Stream<Path> files = Files.list(TESTS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
