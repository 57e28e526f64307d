package org.briefkit.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The time each template took to render its pages, added up over the build's threads (like Hugo's
 * {@code --templateMetrics}), so that a theme's slow template can be found: shown by
 * {@code --verbose}. Thread-safe.
 */
final class TemplateTimes {
    private record Sums(LongAdder nanos, LongAdder pages) {
    }

    private final Map<String, Sums> sums = new ConcurrentHashMap<>();

    void add(String template, long nanos) {
        Sums s = sums.computeIfAbsent(template, k -> new Sums(new LongAdder(), new LongAdder()));
        s.nanos.add(nanos);
        s.pages.increment();
    }

    /** The totals, slowest first. */
    List<TemplateTime> slowestFirst() {
        List<TemplateTime> out = new ArrayList<>();
        sums.forEach((t, s) -> out.add(new TemplateTime(t, s.nanos.sum() / 1_000_000, s.pages.sum())));
        out.sort(Comparator.comparingLong(TemplateTime::millis).reversed().thenComparing(TemplateTime::template));
        return out;
    }
}
