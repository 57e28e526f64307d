package org.briefkit.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The pool of worker threads of one build. Workers get a large stack, because Markdown and YAML
 * parsers recurse on nested input; deeper input still ends as a reported error, not a crash.
 *
 * <p>{@link #forEach} may be called from any thread, including from inside a task running on
 * these workers (the search index does its own parallel steps while feeds are made beside it):
 * a worker that calls it works through the items itself and never waits for help that is
 * queued behind it, so nesting cannot deadlock. Once a task fails, no further items are handed
 * out, and {@code forEach} returns only when every task it started has finished, so nothing of
 * it is still running (or writing) when the caller aborts or commits the output.
 * Thread-safe.
 */
public final class Workers implements AutoCloseable {
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final int MAX_CHUNK = 64;

    private final ExecutorService pool;
    private final int threads;
    private final ThreadGroup group = new ThreadGroup("briefkit-workers");
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    public Workers(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(group, r, "briefkit-worker-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            started.add(t);
            return t;
        });
    }

    /** How many worker threads there are. */
    public int threads() {
        return threads;
    }

    /** Runs {@code task(i)} for i in [0, count) on the workers and waits; see {@link #forEach(int, IntConsumer, IntConsumer)}. */
    public void forEach(int count, IntConsumer task) {
        forEach(count, task, done -> {
        });
    }

    /**
     * Runs {@code task(i)} for i in [0, count) on the workers, in contiguous chunks, and waits for
     * all of them. {@code done} hears how many items are finished. The first exception of a task
     * stops the handing out of items and is rethrown here once every started task has ended.
     */
    public void forEach(int count, IntConsumer task, IntConsumer done) {
        if (count == 0) {
            return;
        }
        Run run = new Run(count, task, done, chunkSize(count));
        boolean inside = Thread.currentThread().getThreadGroup() == group;
        int helpers = inside ? Math.min(threads - 1, count - 1) : threads;
        List<Helper> started = new ArrayList<>(helpers);
        for (int w = 0; w < helpers; w++) {
            Helper helper = new Helper(run);
            helper.future = pool.submit(helper);
            started.add(helper);
        }
        if (inside) {
            run.work();
        }
        awaitAll(started, inside);
        run.rethrow();
    }

    private int chunkSize(int count) {
        int chunks = Math.min(count, threads * 8);
        return Math.max(1, Math.min(MAX_CHUNK, count / chunks));
    }

    /**
     * Waits for each helper task. A worker calling in has already drained the items, so a helper
     * still queued behind it has nothing left to do: it is stopped rather than waited for. Whether
     * it had started is asked of the helper, not of {@code Future.cancel}, which also succeeds on
     * a task that is running: a helper still finishing an item was then not waited for.
     */
    private static void awaitAll(List<Helper> helpers, boolean inside) {
        boolean interrupted = false;
        for (Helper h : helpers) {
            if (inside && h.stop()) {
                h.future.cancel(false);
                continue;
            }
            while (true) {
                try {
                    h.future.get();
                    break;
                } catch (InterruptedException e) {
                    // Finish waiting: a task must not outlive the call that started it.
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    break; // Run.work catches everything a task throws; nothing is lost here.
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted");
        }
    }

    /**
     * Stops the workers and waits for their threads to end. {@code forEach} has already waited for
     * its tasks, so this takes no longer than a thread's exit, unless a caller was interrupted.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
            for (Thread t : started) {
                t.join(TimeUnit.MINUTES.toMillis(1));
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A task of one call's: works through its items unless the caller stopped it before it started. */
    private static final class Helper implements Runnable {
        private final Run run;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private Future<?> future;

        Helper(Run run) {
            this.run = run;
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                run.work();
            }
        }

        /** Keeps the helper from starting; false when it has started already (and must be waited for). */
        boolean stop() {
            return claimed.compareAndSet(false, true);
        }
    }

    /** One call of {@code forEach}: the items left to hand out, and the first failure. */
    private static final class Run {
        private final int count;
        private final IntConsumer task;
        private final IntConsumer done;
        private final int chunkSize;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Run(int count, IntConsumer task, IntConsumer done, int chunkSize) {
            this.count = count;
            this.task = task;
            this.done = done;
            this.chunkSize = chunkSize;
        }

        void work() {
            try {
                int start;
                while (failure.get() == null && (start = next.getAndAdd(chunkSize)) < count) {
                    int end = Math.min(count, start + chunkSize);
                    for (int i = start; i < end && failure.get() == null; i++) {
                        task.accept(i);
                    }
                    done.accept(finished.addAndGet(end - start));
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        void rethrow() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
        }
    }
}
