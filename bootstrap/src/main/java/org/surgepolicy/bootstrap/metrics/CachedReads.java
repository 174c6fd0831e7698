package org.surgepolicy.bootstrap.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The latest answer per key, reused for a short time: the gauges of one policy read the same status, and a scrape
 * reads them all within moments. Timed with the JVM's monotonic clock, not the application's {@code Clock}, which
 * tests may fix.
 */
final class CachedReads<K, V> {

    private record Read<V>(long at, V value) {
    }

    private final long ttlNanos;
    private final Function<K, V> reader;
    private final Map<K, Read<V>> latest = new ConcurrentHashMap<>();

    CachedReads(Duration ttl, Function<K, V> reader) {
        this.ttlNanos = ttl.toNanos();
        this.reader = reader;
    }

    V get(K key) {
        long now = System.nanoTime();
        Read<V> read = latest.get(key);
        if (read != null && now - read.at < ttlNanos) {
            return read.value;
        }
        V value = reader.apply(key);
        latest.put(key, new Read<>(now, value));
        return value;
    }
}
