package org.briefkit.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.briefkit.render.SiteRenderer;
import org.briefkit.source.SiteSource;

/**
 * The site's templates, compiled on a thread of their own from the start of a build until the
 * plan needs them. A build with the disk cache does little but read the cache and link before
 * the plan, one stage after another, so compiling the templates meanwhile takes their time off
 * the build's (docs/performance.md, "Warm builds"). Thread-safe.
 */
final class EarlyTemplates implements Supplier<SiteRenderer.Templates> {
    private final CompletableFuture<SiteRenderer.Templates> templates;

    /** Starts compiling the templates of {@code source} over {@code theme}. */
    EarlyTemplates(SiteSource source, SiteSource theme) {
        templates = CompletableFuture.supplyAsync(() -> SiteRenderer.Templates.load(source, theme), task -> {
            Thread t = new Thread(task, "briefkit-templates");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The templates, waiting for them if need be; what loading them threw, as it was thrown. */
    @Override
    public SiteRenderer.Templates get() {
        try {
            return templates.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
