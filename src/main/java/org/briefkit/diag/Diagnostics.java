package org.briefkit.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the diagnostics of one build. Stages add to it and go on; nothing is thrown past the
 * build for bad input. Thread-safe: parallel stages add concurrently.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errors = new AtomicInteger();

    public void add(Diagnostic d) {
        items.add(d);
        if (d.isError()) {
            errors.incrementAndGet();
        }
    }

    public void addAll(Collection<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    public boolean hasErrors() {
        return errors.get() > 0;
    }

    public int errorCount() {
        return errors.get();
    }

    public int warningCount() {
        return items.size() - errors.get();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics, sorted by path, line and column; duplicates (same place and message) once. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Diagnostic.ORDER);
        List<Diagnostic> out = new ArrayList<>(list.size());
        Diagnostic prev = null;
        for (Diagnostic d : list) {
            if (prev == null || !prev.equals(d)) {
                out.add(d);
            }
            prev = d;
        }
        return out;
    }
}
