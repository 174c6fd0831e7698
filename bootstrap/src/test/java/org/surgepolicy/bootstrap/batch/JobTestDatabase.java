package org.surgepolicy.bootstrap.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.adapter.persistence.PostgresSchema;

/**
 * The database and folders of an application context under test: a fresh H2 in memory, or a fresh schema on the
 * configured PostgreSQL server; its own report and import folders; no demonstration data, no schedule and no
 * resumption at start-up (the tests drive those themselves); small chunks, so that a small file spans many; one
 * configured user.
 */
final class JobTestDatabase {

    /** Chunks of this many lines, so that the test files span many chunks. */
    static final int CHUNK_SIZE = 50;

    private JobTestDatabase() {
    }

    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> H2Urls.memory("surge-" + UUID.randomUUID()) + H2Urls.KEPT_OPEN);
        common(registry);
    }

    /** A new schema on the configured server (for a class that {@code PostgresAvailable} lets run); its name. */
    static String postgres(DynamicPropertyRegistry registry) {
        String schema = PostgresSchema.register(registry);
        common(registry);
        return schema;
    }

    private static void common(DynamicPropertyRegistry registry) {
        Path reports = temporaryFolder("surge-reports-");
        Path imports = temporaryFolder("surge-imports-");
        registry.add("surge.demo-data.enabled", () -> "false");
        // Users are made up only for the embedded H2 file; these tests name theirs.
        registry.add("surge.security.users[0].username", () -> "operator");
        registry.add("surge.security.users[0].password", () -> "{noop}operator-pw");
        registry.add("surge.security.users[0].roles", () -> "OPERATOR");
        registry.add("surge.jobs.recompute.cron", () -> "-");
        registry.add("surge.jobs.resume.on-start", () -> "false");
        registry.add("surge.node-id", () -> "test-node");
        registry.add("surge.reports.location", reports::toString);
        registry.add("surge.import.folder", imports::toString);
        registry.add("surge.import.chunk-size", () -> CHUNK_SIZE);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
