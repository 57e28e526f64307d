package org.briefkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefkit.build.BuildListener;
import org.briefkit.build.BuildOptions;
import org.briefkit.build.BuildResult;
import org.briefkit.build.SiteBuilder;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.SourceText;
import org.briefkit.graph.GraphBuilder;
import org.briefkit.model.Entry;
import org.briefkit.outputs.search.SearchIndex;
import org.briefkit.parse.EntryParser;
import org.briefkit.parse.MarkdownRenderer;
import org.briefkit.render.LinkHtml;
import org.briefkit.source.FileSource;
import org.briefkit.source.ThemeSource;
import org.briefkit.testing.Corpus;
import org.briefkit.write.DirectoryOutput;
import org.briefkit.write.MemoryOutput;
import org.briefkit.yaml.SafeYaml;
import org.briefkit.yaml.YamlLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The build's stages, one benchmark each, on a generated corpus of {@code entries} talking points:
 * front matter, Markdown, parsing whole files, the graph, the search index, a whole build in
 * memory, and writing the output. Run with {@code scripts/jmh} (docs/performance.md); each result
 * is the time for the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StagesBenchmark {
    @Param("1000")
    public int entries;

    private Path site;
    private SiteConfig config;
    private final List<String> paths = new ArrayList<>();
    private final List<byte[]> files = new ArrayList<>();
    private final List<String> frontMatter = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private List<Entry> parsed;
    private GraphBuilder.Result graph;
    private Map<String, byte[]> output;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        site = Corpus.write(Files.createTempDirectory("briefkit-jmh"), entries, 42);
        config = SiteConfigParser.parse(Files.readString(site.resolve("site.yml"))).config();
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                paths.add(site.relativize(p).toString().replace('\\', '/'));
                files.add(bytes);
                int end = text.indexOf("\n---", 4);
                frontMatter.add(end > 0 ? text.substring(4, end + 1) : "");
                bodies.add(end > 0 ? text.substring(end + 4) : text);
            }
        }
        parsed = parse();
        graph = graph();
        MemoryOutput memory = new MemoryOutput();
        build(memory);
        output = memory.files();
        out = Files.createTempDirectory("briefkit-jmh-out").resolve("site");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path root : List.of(site, out.getParent())) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Benchmark
    public int frontMatter() {
        int n = 0;
        for (int i = 0; i < frontMatter.size(); i++) {
            SourceText source = new SourceText(paths.get(i), frontMatter.get(i));
            n += SafeYaml.parse(source, frontMatter.get(i), 2, YamlLimits.DEFAULT).diagnostics().size();
        }
        return n;
    }

    @Benchmark
    public int markdown() {
        MarkdownRenderer md = new MarkdownRenderer(false);
        int n = 0;
        for (int i = 0; i < bodies.size(); i++) {
            n += md.render(new SourceText(paths.get(i), bodies.get(i)), 0, bodies.get(i), false, true, new ArrayList<>()).html().length();
        }
        return n;
    }

    @Benchmark
    public List<Entry> parse() {
        EntryParser parser = new EntryParser(config, new MarkdownRenderer(false));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Entry e = parser.parse(paths.get(i), files.get(i)).entry();
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    @Benchmark
    public GraphBuilder.Result graph() {
        return new GraphBuilder(config, false, new LinkHtml()).build(parsed, List.of());
    }

    @Benchmark
    public int searchIndex() {
        return SearchIndex.build(graph.graph()).size();
    }

    @Benchmark
    public BuildResult build() {
        return build(new MemoryOutput());
    }

    private BuildResult build(MemoryOutput memory) {
        try {
            return new SiteBuilder(new FileSource(site, List.of()), ThemeSource.builtIn(), BuildOptions.defaults(), BuildListener.NONE)
                    .build(memory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public int write() throws IOException {
        DirectoryOutput o = DirectoryOutput.open(out);
        for (Map.Entry<String, byte[]> f : output.entrySet()) {
            o.write(f.getKey(), f.getValue());
        }
        o.commit();
        return output.size();
    }
}
