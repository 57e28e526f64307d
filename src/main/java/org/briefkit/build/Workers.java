package org.briefkit.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A pool of worker threads for one build. Workers get a large stack, because Markdown and YAML
 * parsers recurse on nested input; deeper input still ends as a reported error, not a crash.
 */
final class Workers implements AutoCloseable {
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final ExecutorService pool;
    private final int threads;

    Workers(int threads) {
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "briefkit-worker-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code task(i)} for i in [0, count) on the workers, in contiguous chunks, and waits.
     * {@code done} hears progress. An exception in a task is rethrown here.
     */
    void forEach(int count, IntConsumer task, IntConsumer done) {
        if (count == 0) {
            return;
        }
        int chunks = Math.min(count, threads * 8);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        int chunkSize = Math.max(1, Math.min(64, count / chunks));
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            futures.add(pool.submit(() -> {
                int start;
                while ((start = next.getAndAdd(chunkSize)) < count) {
                    int end = Math.min(count, start + chunkSize);
                    for (int i = start; i < end; i++) {
                        task.accept(i);
                    }
                    done.accept(finished.addAndGet(end - start));
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
