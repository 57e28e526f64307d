package org.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.briefkit.work.Workers;
import org.junit.jupiter.api.Test;

class StageTimesTest {
    @Test
    void stagesKeepTheOrderTheyFirstReportIn() {
        StageTimes times = new StageTimes();
        times.set("config", 3);
        times.reserve("search");
        times.set("parse", 7);
        times.add("search", 5);
        times.set("config", 4);
        assertEquals(List.of("config", "search", "parse"), List.copyOf(times.snapshot().keySet()));
        assertEquals(4L, times.snapshot().get("config"));
        assertEquals(5L, times.snapshot().get("search"));
    }

    @Test
    void timesAddedFromManyThreadsAtOnceAreAllCounted() {
        StageTimes times = new StageTimes();
        CountDownLatch together = new CountDownLatch(4);
        try (Workers workers = new Workers(4)) {
            workers.forEach(4, t -> {
                together.countDown();
                try {
                    together.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < 10_000; i++) {
                    times.add("search", 1);
                    times.snapshot();
                }
            });
        }
        assertEquals(40_000L, times.snapshot().get("search"));
    }
}
