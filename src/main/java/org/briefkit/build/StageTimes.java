package org.briefkit.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The wall time of each stage of one build, in milliseconds, in the order the stages first
 * report. Stages that run on several threads at once (feeds, data files and the search index of
 * each language) add up. Thread-safe: every read and write holds the lock.
 */
final class StageTimes {
    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs {@code work} and records how long it took as {@code stage} (replacing an earlier time). */
    <T> T timed(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            set(stage, sinceMillis(t0));
        }
    }

    /** Runs {@code work} and adds how long it took to {@code stage}. */
    void added(String stage, Runnable work) {
        long t0 = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, sinceMillis(t0));
        }
    }

    synchronized void set(String stage, long ms) {
        millis.put(stage, ms);
    }

    synchronized void add(String stage, long ms) {
        millis.merge(stage, ms, Long::sum);
    }

    /** Lists {@code stage} (at 0 ms) if it is not yet listed, so that stages keep a fixed order. */
    synchronized void reserve(String stage) {
        millis.putIfAbsent(stage, 0L);
    }

    /** The times so far, in order. */
    synchronized Map<String, Long> snapshot() {
        return new LinkedHashMap<>(millis);
    }

    static long sinceMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
