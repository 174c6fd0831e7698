package org.surgepolicy.bootstrap.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped alerting rules and example configurations, checked by Prometheus's own tools: the rules parse, every
 * unit test of {@code deploy/prometheus/tests} passes, and Alertmanager routes each severity to its receiver.
 */
@ExtendWith(PrometheusAvailable.class)
class PrometheusRulesIT {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Test
    void theRulesFileIsValid() throws Exception {
        Programs.Run check = Programs.run(Deployment.FOLDER, LIMIT, PrometheusTools.promtool(), "check", "rules",
            Deployment.RULES);

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: " + Deployment.rules().size() + " rules found");
    }

    @Test
    void everyUnitTestOfTheRulesPasses() throws Exception {
        List<Object> command = new ArrayList<>(List.of(PrometheusTools.promtool(), "test", "rules"));
        command.addAll(Deployment.ruleTests());

        Programs.Run test = Programs.run(Deployment.TESTS, LIMIT, command.toArray());

        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).doesNotContain("FAILED");
        for (var file : Deployment.ruleTests()) {
            assertThat(test.output()).contains("Unit Testing:  " + file);
        }
    }

    @Test
    void theExamplePrometheusConfigurationIsValidWithItsRules() throws Exception {
        Programs.Run check = Programs.run(Deployment.FOLDER, LIMIT, PrometheusTools.promtool(), "check", "config",
            Deployment.PROMETHEUS);

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 1 rule files found")
            .contains("SUCCESS: " + Deployment.rules().size() + " rules found");
    }

    @Test
    void theExampleAlertmanagerConfigurationIsValid() throws Exception {
        Programs.Run check = Programs.run(Deployment.FOLDER, LIMIT, PrometheusTools.amtool(), "check-config",
            Deployment.ALERTMANAGER);

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS");
    }

    @Test
    void alertmanagerRoutesEachSeverityOfTheServiceToItsReceiver() throws Exception {
        assertThat(receiverOf("service=surge-policy-engine", "severity=critical")).isEqualTo("pager");
        assertThat(receiverOf("service=surge-policy-engine", "severity=warning")).isEqualTo("operations");
        assertThat(receiverOf("service=surge-policy-engine", "severity=info")).isEqualTo("policy-watch");
        assertThat(receiverOf("service=another-service", "severity=critical")).isEqualTo("operations");
    }

    private static String receiverOf(String... labels) throws Exception {
        List<Object> command = new ArrayList<>(List.of(PrometheusTools.amtool(), "config", "routes", "test",
            "--config.file=" + Deployment.ALERTMANAGER));
        command.addAll(List.of(labels));
        Programs.Run route = Programs.run(Deployment.FOLDER, LIMIT, command.toArray());
        assertThat(route.exitCode()).as(route.output()).isZero();
        return route.output().lines().filter(line -> !line.startsWith("Warning:")).reduce((a, b) -> b).orElse("")
            .strip();
    }
}
