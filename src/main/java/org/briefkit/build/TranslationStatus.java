package org.briefkit.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Entry;
import org.briefkit.model.SourceHash;

/**
 * Where the translation into one language stands, for translators ({@code briefkit check
 * --translations}): which pages have no translation yet and which translations are older than
 * what they translate.
 *
 * @param lang       the language
 * @param total      pages of the default language (entries and section texts) that can be translated
 * @param translated how many of them have a translation in {@code lang}
 * @param missing    pages without a translation, by file name
 * @param stale      translations older than their original, in site order
 */
public record TranslationStatus(String lang, int total, int translated, List<Missing> missing, List<Stale> stale) {

    /**
     * A page without a translation: its original, the file a translation would be, and the
     * original's fingerprint for the translation to record.
     */
    public record Missing(String collection, String id, String original, String translation, String sourceHash) {
    }

    /**
     * A translation older than its original.
     *
     * @param reason         "hash" (its sourceHash no longer matches) or "date" (the original's
     *                       {@code updated} is later)
     * @param sourceHash     the original's current fingerprint, to record once the translation is
     *                       brought up to date
     * @param recordedHash   the fingerprint the translation records, or null
     * @param updated        the translation's {@code updated}, or null
     * @param originalUpdated the original's {@code updated}, or null
     */
    public record Stale(String collection, String id, String original, String translation, String reason, String sourceHash,
                       String recordedHash, String updated, String originalUpdated) {
    }

    /** The status of {@code lang}, given the default language's pages and that language's translations by key. */
    static TranslationStatus of(String lang, List<Entry> originals, Map<String, Entry> translations) {
        List<Missing> missing = new ArrayList<>();
        List<Stale> stale = new ArrayList<>();
        int translated = 0;
        for (Entry o : originals) {
            Entry t = translations.get(Translations.key(o));
            if (t == null || t.draft()) {
                missing.add(new Missing(o.collection(), o.id(), o.path(), translationPath(o.path(), lang), SourceHash.of(o)));
                continue;
            }
            translated++;
            String reason = SourceHash.staleReason(t, o);
            if (reason != null) {
                Object recorded = t.params().get("sourceHash");
                stale.add(new Stale(o.collection(), o.id(), o.path(), t.path(), reason, SourceHash.of(o),
                        recorded == null ? null : String.valueOf(recorded).strip(), t.updated(), o.updated()));
            }
        }
        missing.sort(Comparator.comparing(Missing::original));
        return new TranslationStatus(lang, originals.size(), translated, List.copyOf(missing), List.copyOf(stale));
    }

    /** {@code content/a/b.md} in French: {@code content/a/b.fr.md}. */
    static String translationPath(String original, String lang) {
        int dot = original.lastIndexOf('.');
        return (dot < 0 ? original : original.substring(0, dot)) + "." + lang + (dot < 0 ? ".md" : original.substring(dot));
    }
}
