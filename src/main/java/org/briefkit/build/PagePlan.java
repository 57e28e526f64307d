package org.briefkit.build;

import java.util.List;
import java.util.Map;
import org.briefkit.diag.Diagnostic;
import org.briefkit.render.BodyLinks;
import org.briefkit.render.PageJob;
import org.briefkit.render.SiteRenderer;

/**
 * The pages of a build, each with the renderer of its language, the static files (output path to
 * bytes), the problems found while planning, and where links in bodies lead; {@code jobs} (and
 * {@code links}) are null when templates have errors.
 */
record PagePlan(List<PageJob> jobs, Map<PageJob, SiteRenderer> renderers, Map<String, byte[]> statics,
                List<Diagnostic> problems, BodyLinks links) {
    boolean ready() {
        return jobs != null;
    }
}
