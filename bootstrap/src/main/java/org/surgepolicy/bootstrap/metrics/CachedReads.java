package org.surgepolicy.bootstrap.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;

/**
 * The latest answer per key, reused for a short time: the gauges of one policy read the same status, and a scrape
 * reads them all within moments. Timed with the JVM's monotonic clock (Caffeine's own ticker), not the application's
 * {@code Clock}, which tests may fix.
 */
final class CachedReads<K, V> {

    private final Function<K, V> reader;
    private final Cache<K, V> latest;

    CachedReads(Duration ttl, Function<K, V> reader) {
        this.reader = reader;
        this.latest = Caffeine.newBuilder().expireAfterWrite(ttl).build();
    }

    V get(K key) {
        return latest.get(key, reader);
    }
}
