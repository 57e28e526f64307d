package org.briefkit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.graph.SiteGraph;
import org.briefkit.model.Entry;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.briefkit.render.LinkHtml;

/**
 * Writes a generated advocacy site in SPEC's format: {@code n} talking points, n/10 proposals,
 * max(10, n/20) articles, 30 countries and 6 groups, 6 themes and 3 pages, with bodies that use
 * every Markdown feature briefkit supports and inline references between entries. Deterministic for
 * a given {@code n} and seed, so failures reproduce. {@link #writeWithTables} adds, to about a third
 * of the bodies, a table as the shared benchmark's generator writes them ({@code bench/gen_corpus.py}:
 * capitalised nouns as headings, a place and numbers, percentages or long adjectives in the cells)
 * or a wider one with sentences in its cells, as real toolkits' session plans have: tables that are
 * wider than a phone screen.
 */
public final class Corpus {
    private static final String[] WORDS = ("regulation treaty network operator delegation consultation spectrum routing "
            + "interconnection tariff settlement traffic numbering registry standard resolution mandate conference "
            + "amendment provision clause reservation declaration ministry regulator carrier provider subscriber "
            + "citizen journalist researcher coalition platform infrastructure backbone cable exchange peering "
            + "bandwidth shutdown filter censorship surveillance encryption identity privacy security cooperation "
            + "investment market competition licence revenue consumer access inclusion government parliament court "
            + "right freedom expression information knowledge evidence budget deadline session draft wording scope "
            + "principle obligation exception safeguard oversight accountability transparency participation").split(" ");
    private static final String[] ADJECTIVES = ("intergovernmental multistakeholder decentralised centralised cross-border "
            + "transparent accountable restrictive multilateral bilateral independent commercial mandatory voluntary "
            + "technical political economic resilient").split(" ");
    private static final String[] STANCES = {"oppose", "support", "amend", "context"};
    private static final String[] KINDS = {"new", "mod", "add", "sup"};

    private final Random random;
    private final int n;
    /** Draws the tables, apart from {@link #random}, so that a corpus with tables has the same text as one without; or null. */
    private final Random tables;

    private Corpus(int n, long seed, boolean tables) {
        this.n = n;
        this.random = new Random(seed);
        this.tables = tables ? new Random(seed * 31 + 7) : null;
    }

    /** Writes the site into {@code dir} and returns {@code dir}. */
    public static Path write(Path dir, int n, long seed) throws IOException {
        new Corpus(n, seed, false).writeTo(dir);
        return dir;
    }

    /** Writes the site with wide tables in about a third of its bodies into {@code dir}; returns {@code dir}. */
    public static Path writeWithTables(Path dir, int n, long seed) throws IOException {
        new Corpus(n, seed, true).writeTo(dir);
        return dir;
    }

    /** The graph of the site in {@code dir} (a corpus), parsed and linked as a build does. */
    public static SiteGraph graph(Path dir) throws IOException {
        SiteConfig config = SiteConfigParser.parse(Files.readString(dir.resolve("site.yml"))).config();
        EntryParser parser = new EntryParser(config, new MarkdownRenderer(false));
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("content"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                entries.add(parser.parse(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)).entry());
            }
        }
        return new GraphBuilder(config, false, new LinkHtml()).build(entries, List.of()).graph();
    }

    private void writeTo(Path dir) throws IOException {
        int proposals = Math.max(1, n / 10);
        int articles = Math.max(10, n / 20);
        List<String> themes = List.of("access", "expression", "privacy", "security", "economics", "governance");
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            countries.add("C" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
        }
        List<String> groups = List.of("G-EU", "G-AF", "G-AS", "G-AM", "G-AR", "G-SM");
        file(dir, "site.yml", "title: Generated briefing (" + n + ")\nbaseUrl: https://corpus.example/\nlanguages: [en]\n");
        file(dir, "content/_index.md", "---\ntitle: Generated briefing\nsummary: " + sentence() + "\n---\n" + body(List.of(), 2));
        for (int i = 0; i < themes.size(); i++) {
            file(dir, "content/themes/" + themes.get(i) + ".md", "---\ntitle: " + title() + "\nsummary: " + sentence()
                    + "\nweight: " + (i + 1) + "\n---\n" + body(List.of(), 1));
        }
        for (int i = 0; i < groups.size(); i++) {
            file(dir, "content/countries/" + groups.get(i) + ".md", "---\ntitle: Group " + title() + "\nkind: "
                    + (i == groups.size() - 1 ? "sector-member" : "group") + "\n---\n" + body(List.of(), 1));
        }
        for (String c : countries) {
            file(dir, "content/countries/" + c + ".md", "---\ntitle: Republic of " + word() + "\ncode: " + c
                    + "\nregion: " + word() + "\ngroups: [" + pick(groups.subList(0, 5), 1) + "]\n---\n" + body(List.of(), 1));
        }
        List<String> articleIds = new ArrayList<>();
        for (int i = 1; i <= articles; i++) {
            String id = "ART-" + (i / 5 + 1) + "." + (i % 5 + 1);
            articleIds.add(id);
            file(dir, "content/articles/" + id.replace('.', '_') + ".md", "---\nid: " + id + "\ntitle: \"Article " + id
                    + ": " + title() + "\"\nnumber: \"" + id.substring(4) + "\"\n---\n" + body(List.of(), 2));
        }
        List<String> proposalIds = new ArrayList<>();
        for (int i = 1; i <= proposals; i++) {
            String id = "P-" + i + ".0";
            proposalIds.add(id);
            file(dir, "content/proposals/" + id.replace('.', '_') + ".md", "---\nid: " + id + "\ntitle: \"" + title()
                    + "\"\nkind: " + KINDS[random.nextInt(KINDS.length)] + "\nproposers: [" + pick(countries, 2) + "]\narticles: ["
                    + pick(articleIds, 2) + "]\ntext: >-\n  Member States shall " + sentence().toLowerCase() + "\nsource: Document "
                    + random.nextInt(200) + "\n---\n" + body(articleIds, 3));
        }
        for (int i = 1; i <= n; i++) {
            String id = String.format("TP-%04d", i);
            file(dir, "content/talking-points/" + id + ".md", "---\ntitle: " + title() + "\nsummary: " + sentence()
                    + "\nstance: " + STANCES[random.nextInt(STANCES.length)] + "\nweight: " + random.nextInt(10)
                    + "\nupdated: 2012-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                    + "\ntheme: " + themes.get(random.nextInt(themes.size())) + "\nproposals: [" + pick(proposalIds, 2)
                    + "]\narticles: [" + pick(articleIds, 1) + "]\ncountries: [" + pick(countries, 2) + "]\n---\n"
                    + body(proposalIds, 4));
        }
        for (String page : List.of("about", "how-to", "glossary")) {
            file(dir, "content/pages/" + page + ".md", "---\ntitle: " + title() + "\nmenu: main\n---\n" + body(List.of(), 3));
        }
    }

    private String body(List<String> refs, int sections) {
        StringBuilder sb = new StringBuilder();
        sb.append(paragraph(refs)).append("\n\n");
        for (int s = 0; s < sections; s++) {
            sb.append("## ").append(title()).append(" ").append(s + 1).append("\n\n").append(paragraph(refs)).append("\n\n");
            switch (random.nextInt(5)) {
                case 0 -> sb.append("- ").append(sentence()).append("\n- *").append(word()).append("* and **")
                        .append(word()).append("**\n- ").append(sentence()).append("\n\n");
                case 1 -> sb.append("1. ").append(sentence()).append("\n2. ").append(sentence()).append("\n\n");
                case 2 -> sb.append("> ").append(sentence()).append("\n\n");
                case 3 -> sb.append("| ").append(word()).append(" | ").append(word()).append(" |\n|---|---|\n| ")
                        .append(random.nextInt(100)).append(" | ~~").append(word()).append("~~ |\n\n");
                default -> sb.append("See [the ").append(word()).append(" report](https://example.org/")
                        .append(word()).append(") and `").append(word()).append("`.\n\n");
            }
            if (s == sections / 2 && tables != null && tables.nextInt(3) == 0) {
                sb.append(tables.nextBoolean() ? benchTable() : sessionTable()).append("\n\n");
            }
        }
        return sb.toString();
    }

    /** A table as {@code gen_corpus.py} writes one: 3-4 columns of nouns, a place, then numbers, adjectives or percentages. */
    private String benchTable() {
        int cols = 3 + tables.nextInt(2);
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < cols; c++) {
            String w = WORDS[tables.nextInt(WORDS.length)];
            sb.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(" |");
        }
        sb.append("\n|").append("---|".repeat(cols));
        for (int r = 3 + tables.nextInt(4); r > 0; r--) {
            sb.append("\n| Republic of ").append(WORDS[tables.nextInt(WORDS.length)]).append(" |");
            for (int c = 1; c < cols; c++) {
                String cell = switch (tables.nextInt(3)) {
                    case 0 -> Integer.toString(1 + tables.nextInt(999));
                    case 1 -> ADJECTIVES[tables.nextInt(ADJECTIVES.length)];
                    default -> (1 + tables.nextInt(99)) + "%";
                };
                sb.append(' ').append(cell).append(" |");
            }
        }
        return sb.toString();
    }

    /** A session plan: 4-6 columns with a few words, or a sentence, in each cell. */
    private String sessionTable() {
        int cols = 4 + tables.nextInt(3);
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < cols; c++) {
            sb.append(' ').append(c == 0 ? "What participants learn" : WORDS[tables.nextInt(WORDS.length)]).append(" |");
        }
        sb.append("\n|").append("---|".repeat(cols));
        for (int r = 2 + tables.nextInt(3); r > 0; r--) {
            sb.append("\n|");
            for (int c = 0; c < cols; c++) {
                StringBuilder cell = new StringBuilder();
                for (int w = c == 0 ? 8 : 1 + tables.nextInt(4); w > 0; w--) {
                    cell.append(cell.isEmpty() ? "" : " ").append(WORDS[tables.nextInt(WORDS.length)]);
                }
                sb.append(' ').append(cell).append(" |");
            }
        }
        return sb.toString();
    }

    private String paragraph(List<String> refs) {
        StringBuilder sb = new StringBuilder(sentence());
        for (int i = 0; i < 3; i++) {
            sb.append(' ').append(sentence());
        }
        if (!refs.isEmpty()) {
            String r = refs.get(random.nextInt(refs.size()));
            sb.append(random.nextBoolean() ? " See [[" + r + "]]." : " Compare [[" + r + "|the " + word() + " text]].");
        }
        return sb.toString();
    }

    private String sentence() {
        StringBuilder sb = new StringBuilder();
        int len = 6 + random.nextInt(10);
        for (int i = 0; i < len; i++) {
            String w = word();
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return sb.append('.').toString();
    }

    private String title() {
        String s = sentence();
        return s.substring(0, Math.min(s.length() - 1, 60)).strip();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String pick(List<String> from, int max) {
        List<String> out = new ArrayList<>();
        int k = 1 + random.nextInt(max);
        while (out.size() < k && out.size() < from.size()) {
            String s = from.get(random.nextInt(from.size()));
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return String.join(", ", out);
    }

    private static void file(Path dir, String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
