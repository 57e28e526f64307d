package org.briefkit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.diag.Diagnostics;
import org.briefkit.render.PageJob;
import org.briefkit.render.SiteRenderer;
import org.briefkit.render.TemplateEngine;
import org.briefkit.render.Tracking;
import org.briefkit.source.SiteSource;
import org.briefkit.verify.InlineCode;
import org.briefkit.verify.PageCheck;
import org.briefkit.verify.PrivacyGuard;
import org.briefkit.work.Workers;
import org.briefkit.write.OutputSink;

/**
 * The render stage: every page of the plan on the build's workers, each rendered now or, when its
 * {@link RenderScope} says nothing it read changed, taken from the cache; each checked by the
 * privacy guard and for inline code ({@link PageCheck}), given the site's policies
 * ({@link PagePolicy}), and written to the sink (none for a check) as soon as it is ready. Template
 * errors are reported once per template position, privacy findings once per URL. One rendering per
 * build.
 */
final class PageRendering {
    /** The pages rendered now (file to page; kept only when the cache keeps pages), and how many pages there were. */
    record Result(Map<String, BuildCache.Page> fresh, int pages, int rendered) {
    }

    private final SiteSource source;
    private final PageCheck check;
    private final PagePolicy policy;
    private final TemplateTimes templateTimes;
    private final BuildListener listener;
    private final Diagnostics diagnostics;

    PageRendering(SiteSource source, PageCheck check, PagePolicy policy, TemplateTimes templateTimes, BuildListener listener,
                  Diagnostics diagnostics) {
        this.source = source;
        this.check = check;
        this.policy = policy;
        this.templateTimes = templateTimes;
        this.listener = listener;
        this.diagnostics = diagnostics;
    }

    /**
     * Renders the pages of {@code plan} that {@code scope} does not keep, writing each to
     * {@code sink}; with {@code keep}, what each page read is returned for the cache (its bytes
     * too with {@code keepBytes}). A kept page without bytes is kept by the sink (the output
     * before holds it), or rendered when the sink cannot keep it.
     */
    Result render(PagePlan plan, RenderScope scope, boolean keep, boolean keepBytes, Workers workers, OutputSink sink) {
        List<PageJob> jobs = plan.jobs();
        PrivacyFindings privacy = new PrivacyFindings();
        TemplateErrors templateErrors = new TemplateErrors();
        Map<String, BuildCache.Page> fresh = new ConcurrentHashMap<>();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        listener.stage("render", jobs.size());
        workers.forEach(jobs.size(), i -> {
            PageJob job = jobs.get(i);
            try {
                BuildCache.Page page = scope.kept(job);
                if (page != null && page.bytes() == null && sink != null && !sink.keep(job.file())) {
                    page = null;
                }
                if (page != null) {
                    page.privacy().forEach(h -> privacy.add(h.file(), job.file(), h.finding()));
                    page.inline().forEach(h -> privacy.addInline(h.file(), job.file(), h.found()));
                    if (sink != null && page.bytes() != null) {
                        sink.write(job.file(), page.bytes());
                    }
                } else {
                    page = renderPage(job, plan.renderers().get(job), scope.tracker(), privacy);
                    rendered.incrementAndGet();
                    if (sink != null) {
                        sink.write(job.file(), page.bytes());
                    }
                    if (keep) {
                        fresh.put(job.file(), keepBytes ? page : new BuildCache.Page(page.template(), page.deps(), null, page.privacy(), page.inline()));
                    }
                }
                pages.incrementAndGet();
            } catch (TemplateEngine.TemplateProblem p) {
                templateErrors.add(p.diagnostic());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + job.file(), e);
            }
        }, listener::progress);
        templateErrors.report(diagnostics);
        privacy.report(diagnostics, source);
        return new Result(fresh, pages.get(), rendered.get());
    }

    /** Renders one page, recording what it reads in {@code deps} (null: not tracked), and checks it for privacy. */
    private BuildCache.Page renderPage(PageJob job, SiteRenderer renderer, Tracking.Deps deps, PrivacyFindings privacy)
            throws TemplateEngine.TemplateProblem {
        long start = System.nanoTime();
        String html = renderer.render(job, deps);
        templateTimes.add(job.template(), System.nanoTime() - start);
        PageCheck.Result checked = check.check(html);
        html = policy.apply(html, checked);
        String blame = job.entry() != null ? job.entry().entry().path() : renderer.describeTemplate(job);
        List<BuildCache.PrivacyHit> hits = new ArrayList<>();
        for (PrivacyGuard.Finding f : checked.findings()) {
            privacy.add(blame, job.file(), f);
            hits.add(new BuildCache.PrivacyHit(blame, f));
        }
        List<BuildCache.InlineHit> inline = new ArrayList<>();
        for (InlineCode.Found f : checked.inline()) {
            privacy.addInline(blame, job.file(), f);
            inline.add(new BuildCache.InlineHit(blame, f));
        }
        return new BuildCache.Page(job.template(), deps, html.getBytes(StandardCharsets.UTF_8), hits, inline);
    }
}
