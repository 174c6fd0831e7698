package org.surgepolicy.bootstrap.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The application's repackaged jar in target, for the tests that run it as an operator would. */
public final class PackagedJar {

    private PackagedJar() {
    }

    /** The jar; the integration tests run after {@code package}, so it is there. */
    public static Path find() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("surge-policy-bootstrap-.*\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no packaged jar in target: run verify"));
        }
    }
}
