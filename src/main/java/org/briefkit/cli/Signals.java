package org.briefkit.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop, instead of the JVM's default: the JVM would
 * run its shutdown hooks while the command's own threads carry on, print what they fail with, and
 * end with 130 or 143. A command that handles them ends its work itself and exits 0. Uses the
 * JDK's {@code sun.misc.Signal} (module jdk.unsupported, in every JDK since 9): Java has no other
 * way to handle a signal. Thread-safe.
 */
final class Signals {
    private Signals() {
    }

    /** Runs {@code stop} (on a signal thread) on SIGINT and SIGTERM; false when they cannot be handled here. */
    static boolean onStop(Runnable stop) {
        // A class, not a lambda: this runs in the launcher's first JVM, where the first lambda costs ~20 ms.
        Handler handler = new Handler(stop);
        try {
            Signal.handle(new Signal("INT"), handler);
            Signal.handle(new Signal("TERM"), handler);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // The signal is unknown here, or the JVM was started with -Xrs: its default stays.
            return false;
        }
    }

    /** Runs the stop action for each signal. */
    private static final class Handler implements SignalHandler {
        private final Runnable stop;

        Handler(Runnable stop) {
            this.stop = stop;
        }

        @Override
        public void handle(Signal signal) {
            stop.run();
        }
    }
}
