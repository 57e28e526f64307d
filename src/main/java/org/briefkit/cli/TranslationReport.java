package org.briefkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.build.BuildResult;
import org.briefkit.build.TranslationStatus;
import org.briefkit.config.Language;
import org.briefkit.diag.Diagnostic;
import org.briefkit.diag.DiagnosticFormatter;
import org.briefkit.outputs.Json;

/**
 * {@code briefkit check --translations}: stale translations as warnings on the translation's file
 * (so editors and pull requests see them where they are), and per language a summary with the
 * pages still to translate. Stateless.
 */
final class TranslationReport {
    private TranslationReport() {
    }

    static int print(BuildResult result, Console console, PrintWriter out, CommonOptions common) {
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        for (TranslationStatus s : result.translations()) {
            s.stale().forEach(st -> all.add(warning(st)));
        }
        all.sort(Diagnostic.ORDER);
        if (common.format == CommonOptions.Format.JSON) {
            String diagnostics = DiagnosticFormatter.json(all);
            out.println(diagnostics.substring(0, diagnostics.length() - 1) + ",\"translations\":" + Json.write(json(result)) + "}");
            out.flush();
            return result.ok() ? Main.EXIT_OK : Main.EXIT_CONTENT;
        }
        console.diagnostics(all);
        if (!result.ok()) {
            console.summary("Checked", result, "");
            return Main.EXIT_CONTENT;
        }
        if (result.translations().isEmpty()) {
            out.println("The site has one language: nothing to translate (list more under languages: in site.yml).");
        }
        for (TranslationStatus s : result.translations()) {
            Language lang = Language.of(s.lang());
            out.println(lang.code() + " (" + lang.name() + "): " + s.translated() + " of " + s.total() + " pages translated, "
                    + s.stale().size() + " stale, " + s.missing().size() + " missing" + (s.missing().isEmpty() || common.quiet ? "" : ":"));
            if (common.quiet) {
                continue;
            }
            for (TranslationStatus.Missing m : s.missing()) {
                out.println("  " + m.translation() + "  (translates " + m.original() + "; sourceHash: " + m.sourceHash() + ")");
            }
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private static Diagnostic warning(TranslationStatus.Stale s) {
        String message;
        String hint;
        if (s.reason().equals("hash")) {
            message = "stale translation: " + s.original() + " has changed since it was translated (sourceHash "
                    + s.recordedHash() + " recorded here, the original's is now " + s.sourceHash() + ")";
            hint = "bring the translation up to date, then set sourceHash: " + s.sourceHash();
        } else {
            message = "stale translation: " + s.original() + " was updated on " + s.originalUpdated()
                    + ", this translation on " + s.updated();
            hint = "bring the translation up to date, then set updated: to today's date, or record sourceHash: "
                    + s.sourceHash();
        }
        return Diagnostic.warning(s.translation(), 1, 1, message).withHint(hint);
    }

    private static List<Object> json(BuildResult result) {
        List<Object> out = new ArrayList<>();
        for (TranslationStatus s : result.translations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lang", s.lang());
            m.put("total", s.total());
            m.put("translated", s.translated());
            List<Object> missing = new ArrayList<>();
            for (TranslationStatus.Missing x : s.missing()) {
                Map<String, Object> mi = new LinkedHashMap<>();
                mi.put("collection", x.collection());
                mi.put("id", x.id());
                mi.put("original", x.original());
                mi.put("translation", x.translation());
                mi.put("sourceHash", x.sourceHash());
                missing.add(mi);
            }
            m.put("missing", missing);
            List<Object> stale = new ArrayList<>();
            for (TranslationStatus.Stale x : s.stale()) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("collection", x.collection());
                st.put("id", x.id());
                st.put("original", x.original());
                st.put("translation", x.translation());
                st.put("reason", x.reason());
                st.put("sourceHash", x.sourceHash());
                st.put("recordedHash", x.recordedHash());
                st.put("updated", x.updated());
                st.put("originalUpdated", x.originalUpdated());
                stale.add(st);
            }
            m.put("stale", stale);
            out.add(m);
        }
        return out;
    }
}
