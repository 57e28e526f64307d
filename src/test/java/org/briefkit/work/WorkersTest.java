package org.briefkit.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void everyItemRunsOnceOnAWorker() {
        try (Workers workers = new Workers(3)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(1000);
            Set<String> threads = ConcurrentHashMap.newKeySet();
            workers.forEach(1000, i -> {
                runs.incrementAndGet(i);
                threads.add(Thread.currentThread().getName());
            });
            for (int i = 0; i < 1000; i++) {
                assertEquals(1, runs.get(i), "item " + i);
            }
            assertTrue(threads.stream().allMatch(t -> t.startsWith("briefkit-worker-")), threads.toString());
        }
    }

    @Test
    void aFailureStopsTheHandingOutOfItemsAndIsRethrown() {
        try (Workers workers = new Workers(2)) {
            AtomicInteger ran = new AtomicInteger();
            IllegalArgumentException boom = new IllegalArgumentException("boom");
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> workers.forEach(100_000, i -> {
                ran.incrementAndGet();
                if (i == 10) {
                    throw boom;
                }
            }));
            assertSame(boom, thrown);
            assertTrue(ran.get() < 1000, "items after the failure: " + ran.get());
        }
    }

    @Test
    void noTaskIsStillRunningWhenAFailureIsRethrown() throws Exception {
        try (Workers workers = new Workers(2)) {
            CountDownLatch slowStarted = new CountDownLatch(1);
            AtomicBoolean slowFinished = new AtomicBoolean();
            assertThrows(IllegalStateException.class, () -> workers.forEach(2, i -> {
                if (i == 0) {
                    slowStarted.countDown();
                    sleep(300);
                    slowFinished.set(true);
                } else {
                    await(slowStarted);
                    throw new IllegalStateException("fails while the other task runs");
                }
            }));
            assertTrue(slowFinished.get(), "forEach returned while a task was still running");
        }
    }

    @Test
    void nestedCallsFromEveryWorkerDoNotDeadlock() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Workers workers = new Workers(2)) {
                AtomicInteger inner = new AtomicInteger();
                CountDownLatch bothOuter = new CountDownLatch(2);
                workers.forEach(2, outer -> {
                    // Both workers are busy here; the inner calls cannot count on a free worker.
                    bothOuter.countDown();
                    await(bothOuter);
                    workers.forEach(500, i -> inner.incrementAndGet());
                });
                assertEquals(1000, inner.get());
            }
        });
    }

    @Test
    void aNestedCallWaitsForTheHelperThatTookAnItem() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Workers workers = new Workers(2)) {
                CountDownLatch helperStarted = new CountDownLatch(1);
                AtomicBoolean helperFinished = new AtomicBoolean();
                AtomicBoolean waited = new AtomicBoolean();
                workers.forEach(2, outer -> {
                    if (outer == 1) {
                        return; // frees its worker, which then takes the helper task queued below
                    }
                    workers.forEach(2, i -> {
                        if (i == 0) {
                            await(helperStarted); // the calling worker keeps item 0 until the helper has item 1
                        } else {
                            helperStarted.countDown();
                            sleep(300);
                            helperFinished.set(true);
                        }
                    });
                    waited.set(helperFinished.get());
                });
                assertTrue(waited.get(), "the nested forEach returned while its helper was still running an item");
            }
        });
    }

    @Test
    void closeWaitsForTheThreadsToEnd() {
        Workers workers = new Workers(2);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        workers.forEach(50, i -> threads.add(Thread.currentThread()));
        workers.close();
        assertFalse(threads.isEmpty());
        threads.forEach(t -> assertFalse(t.isAlive(), t.getName() + " is alive after close"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
