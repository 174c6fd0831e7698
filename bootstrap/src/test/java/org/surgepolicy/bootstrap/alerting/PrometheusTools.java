package org.surgepolicy.bootstrap.alerting;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Prometheus programs the alerting tests run, found on the PATH: Debian's packages {@code prometheus} (with
 * {@code promtool}) and {@code prometheus-alertmanager} (with {@code amtool}; Debian names the server
 * {@code prometheus-alertmanager}, upstream {@code alertmanager}).
 */
final class PrometheusTools {

    static final String REQUIRED = "surge.test.prometheus.required";
    static final String HOW = "install them (Debian: apt-get install prometheus prometheus-alertmanager) or put "
        + "promtool, prometheus, amtool and alertmanager on the PATH";

    private static final List<List<String>> PROGRAMS = List.of(List.of("promtool"), List.of("prometheus"),
        List.of("amtool"), List.of("prometheus-alertmanager", "alertmanager"));

    private PrometheusTools() {
    }

    static Path promtool() {
        return require("promtool");
    }

    static Path prometheus() {
        return require("prometheus");
    }

    static Path amtool() {
        return require("amtool");
    }

    static Path alertmanager() {
        return require("prometheus-alertmanager", "alertmanager");
    }

    /** The programs not found, by name. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (List<String> names : PROGRAMS) {
            if (find(names.toArray(String[]::new)).isEmpty()) {
                missing.add(String.join(" or ", names));
            }
        }
        return missing;
    }

    private static Path require(String... names) {
        return find(names).orElseThrow(() -> new IllegalStateException(String.join(" or ", names)
            + " is not on the PATH: " + HOW));
    }

    private static Optional<Path> find(String... names) {
        List<Path> folders = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(folder -> !folder.isBlank()).map(Path::of).toList();
        for (String name : names) {
            for (Path folder : folders) {
                Path program = folder.resolve(name);
                if (Files.isRegularFile(program) && Files.isExecutable(program)) {
                    return Optional.of(program);
                }
            }
        }
        return Optional.empty();
    }
}
