package org.surgepolicy.bootstrap;

import sun.misc.Signal;

/**
 * Under {@code ./mvnw spring-boot:run}, a stop is a request, not a failure. Maven's run goal counts only 0 and 130
 * (SIGINT) as a clean end; when the application takes longer than 5 s to stop after Ctrl-C, or is stopped with
 * SIGTERM, the JVM would end with 143 and Maven would report BUILD FAILURE. With the system property
 * {@value #PROPERTY} (which the bootstrap module's pom sets for spring-boot:run only), SIGTERM shuts the application
 * down as usual (every shutdown hook runs) and ends with 0. A packaged jar keeps the JVM's usual 143.
 */
final class StopSignal {

    static final String PROPERTY = "surge.stop-signal.exit-zero";

    private StopSignal() {
    }

    static void endCleanlyIfAsked() {
        if (Boolean.getBoolean(PROPERTY)) {
            Signal.handle(new Signal("TERM"), signal -> System.exit(0));
        }
    }
}
