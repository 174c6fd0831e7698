package org.surgepolicy.bootstrap.benchmark;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The PostgreSQL database of the benchmarks, their own ({@code surge.bench.postgres.url}), kept between runs. */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    static void register(DynamicPropertyRegistry registry) {
        String url = System.getProperty("surge.bench.postgres.url", System.getenv("SURGE_BENCH_POSTGRES_URL"));
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("set -Dsurge.bench.postgres.url=jdbc:postgresql://127.0.0.1:5432/"
                + "surge_bench?user=postgres (a database of the benchmark's own)");
        }
        registry.add("spring.datasource.url", () -> url);
    }
}
