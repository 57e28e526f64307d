package org.briefkit.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.Diagnostics;
import org.briefkit.diag.SourceText;
import org.briefkit.parse.TextDecoder;
import org.briefkit.source.SiteSource;

/**
 * The first stage: {@code site.yml} read and parsed into a {@link SiteConfig}, or the defaults when
 * there is none (or it cannot be read); {@code --base-url} replaces the file's. Stateless.
 */
final class ConfigLoader {
    private ConfigLoader() {
    }

    static SiteConfig load(SiteSource source, String baseUrl, Diagnostics diagnostics) {
        SiteConfig loaded = read(source, diagnostics);
        return baseUrl == null ? loaded : loaded.withBaseUrl(baseUrl);
    }

    private static SiteConfig read(SiteSource source, Diagnostics diagnostics) {
        if (!source.exists(SiteConfigParser.FILE)) {
            if (source.exists("site.yaml")) {
                diagnostics.add(Diagnostic.error("site.yaml", 0, 0, "briefkit reads site.yml").withHint("rename site.yaml to site.yml"));
            }
            return SiteConfig.defaults();
        }
        byte[] bytes;
        try {
            bytes = source.read(SiteConfigParser.FILE);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SiteConfigParser.FILE, 0, 0, "cannot read: " + e.getMessage()));
            return SiteConfig.defaults();
        }
        List<Diagnostic> problems = new ArrayList<>();
        String text = TextDecoder.decode(SiteConfigParser.FILE, bytes, problems);
        diagnostics.addAll(problems);
        if (text == null) {
            return SiteConfig.defaults();
        }
        SiteConfigParser.Result r = SiteConfigParser.parse(new SourceText(SiteConfigParser.FILE, text));
        diagnostics.addAll(r.diagnostics());
        return r.config();
    }
}
