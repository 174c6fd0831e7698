package org.surgepolicy.bootstrap.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped alerting rules, read as files: each is labelled for routing, explained, linked to its section of the
 * operations guide, built on documented meters, and unit-tested both firing and quiet. (Their syntax and behaviour
 * are checked by Prometheus's own tools in {@link PrometheusRulesIT}.)
 */
class AlertRulesTest {

    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");
    private static final Pattern SERVICE_METER = Pattern.compile("\\bsurge_[a-z_]+\\b");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+)$", Pattern.MULTILINE);
    private static final String RUNBOOK = "docs/operations.md#";

    private final List<Deployment.Rule> rules = Deployment.rules();

    @Test
    void theRulesAreTheTenThatOperationsAreToldOf() {
        assertThat(rules).extracting(Deployment.Rule::alert).containsExactly("SurgePolicyEffectiveStateChanged",
            "SurgePolicyDeterminationMade", "SurgePolicyDiscontinuationPending", "SurgePolicyChangePossibleSoon",
            "SurgeDataStale", "SurgeImportFailed", "SurgeNightlyRecomputationMissing", "SurgeAuditChainBroken",
            "SurgeAuditChainNotVerified", "SurgeServiceNotReady");
    }

    @Test
    void everyRuleNamesTheServiceASeverityASummaryADescriptionAndARunbook() {
        for (Deployment.Rule rule : rules) {
            assertThat(rule.labels()).as(rule.alert()).containsEntry("service", Deployment.JOB);
            assertThat(SEVERITIES).as(rule.alert()).contains((String) rule.labels().get("severity"));
            assertThat(rule.annotations()).as(rule.alert()).containsOnlyKeys("summary", "description",
                "runbook_url");
            rule.annotations().values().forEach(text -> assertThat((String) text).as(rule.alert()).isNotBlank());
        }
    }

    @Test
    void everyRunbookIsTheRulesOwnSectionOfTheOperationsGuide() throws IOException {
        Set<String> anchors = anchors(Deployment.OPERATIONS_GUIDE);
        for (Deployment.Rule rule : rules) {
            String runbook = (String) rule.annotations().get("runbook_url");
            assertThat(runbook).as(rule.alert()).isEqualTo(RUNBOOK + rule.alert().toLowerCase(Locale.ROOT));
            assertThat(anchors).as("docs/operations.md has a section " + rule.alert())
                .contains(runbook.substring(RUNBOOK.length()));
        }
    }

    @Test
    void everyMeterTheRulesReadIsDocumented() throws IOException {
        String observability = Files.readString(Deployment.OBSERVABILITY_GUIDE);
        for (String meter : meters()) {
            assertThat(observability).as("docs/observability.md lists " + meter).contains("`" + meter + "`");
        }
    }

    @Test
    void everyRuleIsUnitTestedFiringAndQuiet() {
        Set<String> firing = new HashSet<>();
        Set<String> quiet = new HashSet<>();
        for (Path file : Deployment.ruleTests()) {
            Map<String, Object> tests = Deployment.yaml(file);
            assertThat(Deployment.list(tests.get("rule_files"))).as(file.toString()).containsExactly(
                "../" + Deployment.RULES.getFileName());
            for (Object test : Deployment.list(tests.get("tests"))) {
                for (Object expectation : Deployment.list(Deployment.map(test).get("alert_rule_test"))) {
                    Map<String, Object> expected = Deployment.map(expectation);
                    String alert = (String) expected.get("alertname");
                    (Deployment.list(expected.get("exp_alerts")).isEmpty() ? quiet : firing).add(alert);
                }
            }
        }
        Set<String> alerts = new TreeSet<>(rules.stream().map(Deployment.Rule::alert).toList());
        assertThat(firing).as("rules tested firing").containsAll(alerts);
        assertThat(quiet).as("rules tested quiet").containsAll(alerts);
    }

    /** Every {@code surge_*} meter an expression reads. */
    static Set<String> meters() {
        Set<String> meters = new TreeSet<>();
        for (Deployment.Rule rule : Deployment.rules()) {
            Matcher meter = SERVICE_METER.matcher(rule.expr());
            while (meter.find()) {
                meters.add(meter.group());
            }
        }
        return meters;
    }

    /** The anchors of a Markdown file's headings, as GitHub makes them (lower case, spaces as hyphens). */
    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(Files.readString(markdown));
        while (heading.find()) {
            anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "")
                .replace(' ', '-'));
        }
        return anchors;
    }
}
