package org.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefkit.build.BuildListener;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.SiteBuilder;
import org.briefkit.source.FileSource;
import org.briefkit.source.ThemeSource;
import org.briefkit.write.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of every page of the French and Arabic trees of the repository's site is marked with
 * the language it was written in. Where a text comes from is known from the sources: English when it
 * occurs in the English content files or interface messages and not in the other language's, French
 * (Arabic) when it occurs only in the French (Arabic) translations, messages or site title. Its
 * nearest {@code lang} attribute must name that language. Texts found in both or in neither (IDs,
 * numbers, dates, language names) say nothing and are skipped.
 */
class LanguageOfPartsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** A word that belongs to a language: a lower-case letter or two of a script without case (not "RU-8.4", "ETNO"). */
    private static final Pattern WORD = Pattern.compile("\\p{Ll}|\\p{Lo}{2}");
    private static MemoryOutput out;

    @BeforeAll
    static void build() throws IOException {
        out = new MemoryOutput();
        new SiteBuilder(new FileSource(ROOT, List.of()), ThemeSource.builtIn(), BuildOptions.defaults(), BuildListener.NONE).build(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void everyTextOfTheTreeSaysTheLanguageItWasWrittenIn(String lang) throws IOException {
        String english = sources("en");
        String own = sources(lang);
        List<String> wrong = new ArrayList<>();
        int[] checked = new int[2];
        for (Map.Entry<String, byte[]> f : out.files().entrySet()) {
            if (!f.getKey().startsWith(lang + "/") || !f.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String text = normalize(t.text());
                if (text.length() < 4 || !WORD.matcher(text).find() || inside(node, "script")) {
                    return;
                }
                boolean inEnglish = english.contains(text);
                boolean inOwn = own.contains(text);
                String expected = inEnglish && !inOwn ? "en" : inOwn && !inEnglish ? lang : null;
                if (expected == null) {
                    return;
                }
                checked[expected.equals("en") ? 0 : 1]++;
                String marked = nearestLang(node);
                if (!expected.equals(marked)) {
                    wrong.add(f.getKey() + ": \"" + text + "\" is " + expected + " but marked " + marked);
                }
            }, doc.body());
        }
        assertEquals(List.of(), wrong.stream().distinct().limit(40).toList(), wrong.size() + " texts in the wrong language");
        // The check must have had something to check: English fallback text and the tree's own text.
        assertTrue(checked[0] > 300 && checked[1] > 300, "English texts checked: " + checked[0] + ", " + lang + ": " + checked[1]);
    }

    /** The text of a language's sources: content files, interface messages, the site's title. */
    private static String sources(String lang) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(ROOT.resolve("content"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                boolean translation = name.matches(".*\\.[a-z]{2}\\.md");
                if (lang.equals("en") ? !translation : name.endsWith("." + lang + ".md")) {
                    sb.append(normalize(Files.readString(p))).append('\n');
                }
            }
        }
        Properties messages = new Properties();
        messages.load(new StringReader(Files.readString(ROOT.resolve("templates/i18n/" + lang + ".properties"))));
        messages.values().forEach(v -> sb.append(normalize(v.toString())).append('\n'));
        for (String line : Files.readAllLines(ROOT.resolve("site.yml"))) {
            if (line.strip().startsWith(lang + ":")) {
                sb.append(normalize(line)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean inside(Node node, String tag) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.tagName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String nearestLang(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.hasAttr("lang")) {
                return e.attr("lang");
            }
        }
        return "";
    }
}
