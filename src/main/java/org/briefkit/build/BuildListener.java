package org.briefkit.build;

/**
 * Hears how a build progresses, for a progress line. Called from worker threads: implementations
 * must be thread-safe and quick.
 */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {
    };

    /** A stage begins with {@code total} items (0 when it has no count). */
    default void stage(String name, int total) {
    }

    /** {@code done} items of the current stage are finished. */
    default void progress(int done) {
    }
}
