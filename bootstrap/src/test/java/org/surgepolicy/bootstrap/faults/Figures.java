package org.surgepolicy.bootstrap.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The figures of one fault test: logged, and written to {@code target/fault-figures/<test>.txt}. */
final class Figures {

    private static final Logger LOG = LoggerFactory.getLogger(Figures.class);

    private final String test;
    private final List<String> lines = new ArrayList<>();

    Figures(String test) {
        this.test = test;
    }

    /** The test's name, which its services' logs carry too. */
    String test() {
        return test;
    }

    Figures add(String name, Object value) {
        lines.add(name + ": " + value);
        return this;
    }

    /** The maximum and 95th percentile of {@code durations} in milliseconds, or "none". */
    static String maxAndP95(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return "none";
        }
        List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
        long p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        return "max " + millis.getLast() + " ms, p95 " + p95 + " ms (" + millis.size() + ")";
    }

    void write() {
        String text = String.join("\n", lines);
        LOG.info("Figures of {}:\n{}", test, text);
        try {
            Path folder = Files.createDirectories(Path.of("target", "fault-figures"));
            Files.writeString(folder.resolve(test + ".txt"), text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
