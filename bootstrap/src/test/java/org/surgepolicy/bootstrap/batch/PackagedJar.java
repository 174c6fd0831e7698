package org.surgepolicy.bootstrap.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application as {@code package} leaves it in target, for the tests that run it as an operator would: the
 * repackaged jar, and the same jar extracted (target/application) with its ahead-of-time cache, the form the
 * operations guide recommends and the one most of those tests start.
 */
public final class PackagedJar {

    /** The extracted application's folder. */
    private static final Path APPLICATION = Path.of("target", "application");

    /** The application's AOT cache, made by the build's training run. */
    private static final String AOT_CACHE = "surge-policy-engine.aot";

    private PackagedJar() {
    }

    /** The repackaged jar; the integration tests run after {@code package}, so it is there. */
    public static Path find() throws IOException {
        return jarIn(Path.of("target"));
    }

    /** The extracted application's jar, beside its lib folder and its AOT cache. */
    private static Path extracted() throws IOException {
        return jarIn(APPLICATION);
    }

    /** The AOT cache of the extracted application. */
    public static Path aotCache() {
        return APPLICATION.resolve(AOT_CACHE).toAbsolutePath();
    }

    /**
     * The command that starts the extracted application with its AOT cache, on the JDK that runs the tests (the
     * build's JDK 25, which made the cache), with the JVM options given; the application's arguments follow. Without
     * the cache (a package made with {@code -Dsurge.aot-cache.skip=true}) it starts without one.
     */
    public static List<String> java(String... jvmOptions) throws IOException {
        List<String> options = new ArrayList<>(List.of(jvmOptions));
        if (Files.exists(aotCache())) {
            options.add("-XX:AOTCache=" + aotCache());
        }
        return command(options, extracted());
    }

    /** The command that starts the repackaged jar as it is ({@code java -jar}), as users may also run it. */
    public static List<String> repackaged() throws IOException {
        return command(List.of(), find());
    }

    private static List<String> command(List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return command;
    }

    private static Path jarIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("surge-policy-bootstrap-.*\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no packaged jar in " + folder
                    + ": run verify"));
        }
    }
}
