package org.briefkit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.write.OutputSink;
import org.briefkit.write.SiteZip;

/**
 * The last stage: static files (and {@code site.zip}) written once pages and generated files are,
 * then the output committed (swapped in), or aborted when the build found errors. Stateless.
 */
final class Publishing {
    private Publishing() {
    }

    /** Writes the static files and, with {@code zip}, the whole site as {@code site.zip}. */
    static void writeStatics(OutputSink sink, Map<String, byte[]> statics, boolean zip) {
        for (Map.Entry<String, byte[]> s : statics.entrySet()) {
            try {
                sink.write(s.getKey(), s.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + s.getKey(), e);
            }
        }
        if (zip) {
            try {
                sink.zip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + SiteZip.NAME, e);
            }
        }
    }

    /** Swaps the output in; a failure to do so is reported as an error of the build. */
    static void commit(OutputSink sink, Diagnostics diagnostics) {
        try {
            sink.commit();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(".", 0, 0, "cannot publish the output folder: " + e.getMessage()));
        }
    }
}
