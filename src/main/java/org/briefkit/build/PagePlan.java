package org.briefkit.build;

import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.render.PageJob;
import org.briefkit.render.SiteRenderer;

/**
 * The pages of a build, each with the renderer of its language, the static files (output path to
 * bytes), and the problems found while planning; {@code jobs} is null when templates have errors.
 */
record PagePlan(List<PageJob> jobs, Map<PageJob, SiteRenderer> renderers, Map<String, byte[]> statics,
                List<Diagnostic> problems) {
    boolean ready() {
        return jobs != null;
    }
}
