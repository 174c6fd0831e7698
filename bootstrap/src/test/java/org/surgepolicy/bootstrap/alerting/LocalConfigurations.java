package org.surgepolicy.bootstrap.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The shipped example configurations, copied for a test with only what a test must change: the addresses (the
 * service, Alertmanager, the webhook receiver), the password file, the rules file's absolute path, and intervals of a
 * second instead of tens of seconds. Every setting replaced is asserted to be in the shipped file first, so that a
 * renamed or moved setting fails the test rather than leaving the test to run on a configuration of its own.
 */
final class LocalConfigurations {

    private static final String SECOND = "1s";

    private LocalConfigurations() {
    }

    /** The scrape job's basic-auth user that the shipped Prometheus configuration names. */
    static String scrapeUser() {
        return (String) Deployment.map(job(Deployment.yaml(Deployment.PROMETHEUS)).get("basic_auth")).get("username");
    }

    static Path prometheus(Path folder, int servicePort, Path passwordFile, int alertmanagerPort) throws IOException {
        Map<String, Object> config = Deployment.yaml(Deployment.PROMETHEUS);
        Map<String, Object> global = Deployment.map(config.get("global"));
        replace(global, "scrape_interval", SECOND);
        replace(global, "evaluation_interval", SECOND);

        List<Object> ruleFiles = Deployment.list(config.get("rule_files"));
        assertThat(ruleFiles).as("the shipped rule_files").containsExactly(Deployment.RULES.getFileName().toString());
        config.put("rule_files", List.of(Deployment.FOLDER.resolve((String) ruleFiles.getFirst()).toString()));

        Map<String, Object> alertmanager = Deployment.map(Deployment.list(Deployment.map(config.get("alerting"))
            .get("alertmanagers")).getFirst());
        replaceTargets(alertmanager, "127.0.0.1:" + alertmanagerPort);

        Map<String, Object> job = job(config);
        replace(Deployment.map(job.get("basic_auth")), "password_file", passwordFile.toString());
        replaceTargets(job, "127.0.0.1:" + servicePort);
        return write(folder.resolve("prometheus.yml"), config);
    }

    /** Each receiver's webhook sends to {@code receiver}, on the path the shipped file gives it. */
    static Path alertmanager(Path folder, String receiver) throws IOException {
        Map<String, Object> config = Deployment.yaml(Deployment.ALERTMANAGER);
        Map<String, Object> route = Deployment.map(config.get("route"));
        replace(route, "group_wait", SECOND);
        replace(route, "group_interval", SECOND);
        shortenNestedWaits(route);
        for (Object each : Deployment.list(config.get("receivers"))) {
            for (Object webhook : Deployment.list(Deployment.map(each).get("webhook_configs"))) {
                Map<String, Object> hook = Deployment.map(webhook);
                assertThat(hook).as("a webhook of the shipped Alertmanager configuration").containsKey("url");
                hook.put("url", receiver + URI.create((String) hook.get("url")).getPath());
            }
        }
        return write(folder.resolve("alertmanager.yml"), config);
    }

    private static Map<String, Object> job(Map<String, Object> config) {
        return Deployment.list(config.get("scrape_configs")).stream().map(Deployment::map)
            .filter(job -> Deployment.JOB.equals(job.get("job_name"))).findFirst()
            .orElseThrow(() -> new AssertionError("the shipped configuration has no scrape job " + Deployment.JOB));
    }

    /** The nested routes' own waits, where they set one, become a second too. */
    private static void shortenNestedWaits(Map<String, Object> route) {
        for (Object each : Deployment.list(route.get("routes"))) {
            Map<String, Object> nested = Deployment.map(each);
            for (String wait : List.of("group_wait", "group_interval")) {
                if (nested.containsKey(wait)) {
                    nested.put(wait, SECOND);
                }
            }
            shortenNestedWaits(nested);
        }
    }

    private static void replaceTargets(Map<String, Object> withStaticConfigs, String target) {
        List<Object> staticConfigs = Deployment.list(withStaticConfigs.get("static_configs"));
        assertThat(staticConfigs).as("static_configs").hasSize(1);
        replace(Deployment.map(staticConfigs.getFirst()), "targets", List.of(target));
    }

    private static void replace(Map<String, Object> settings, String name, Object value) {
        assertThat(settings).as("the shipped configuration sets " + name).containsKey(name);
        settings.put(name, value);
    }

    private static Path write(Path file, Map<String, Object> config) throws IOException {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(file, new Yaml(options).dump(config));
        return file;
    }
}
