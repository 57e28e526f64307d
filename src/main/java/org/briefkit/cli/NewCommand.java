package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefkit.config.CollectionConfig;
import org.briefkit.config.Scaffold;
import org.briefkit.config.SiteConfig;
import org.briefkit.config.SiteConfigParser;
import org.briefkit.diag.Diagnostics;
import org.briefkit.diag.Suggest;
import org.briefkit.model.EntryId;
import org.briefkit.parse.ContentPath;
import org.briefkit.source.FileSource;
import org.briefkit.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefkit new COLLECTION ID}: a new entry with the fields its collection expects. */
@Command(name = "new", description = "Create a new entry with the fields its collection expects.", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*[\"']?([^\"'#\\s]+)");

    @Parameters(index = "0", paramLabel = "COLLECTION", description = "The collection, e.g. talking-points.")
    String collection;

    @Parameters(index = "1", paramLabel = "ID", description = "The new entry's ID, e.g. tp-cyber-new-point.")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title (default: a placeholder to replace).")
    String title;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of(".");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SiteLocation where = SiteLocation.resolveSource(spec.commandLine(), source);
        SiteConfig config = SiteConfig.defaults();
        Path yml = where.source.resolve(SiteConfigParser.FILE);
        if (Files.exists(yml)) {
            config = SiteConfigParser.parse(Files.readString(yml, StandardCharsets.UTF_8)).config();
        }
        CollectionConfig c = config.collection(collection);
        if (c == null) {
            throw usage("unknown collection '" + collection + "'" + Suggest.didYouMean(collection, config.collections().keySet())
                    + " (collections: " + String.join(", ", config.collections().keySet()) + ")");
        }
        if (!EntryId.isValid(id)) {
            throw usage("invalid ID '" + id + "': " + EntryId.problem(id));
        }
        // IDs are unique within a collection (and so are the slugs that make their URLs).
        String clash = null;
        for (Map.Entry<String, String> e : existingIds(where.fileSource(), config, collection).entrySet()) {
            if (e.getKey().equals(id) || EntryId.slug(e.getKey()).equals(EntryId.slug(id))) {
                clash = e.getValue();
            }
        }
        if (clash != null) {
            throw usage("the ID '" + id + "' is already used in " + collection + " by " + clash);
        }
        String stem = id;
        boolean explicitId = false;
        int dot = id.lastIndexOf('.');
        if (dot > 0 && config.languages().contains(id.substring(dot + 1))) {
            stem = id.replace('.', '_');
            explicitId = true;
        }
        Path file = where.source.resolve("content").resolve(collection).resolve(stem + ".md");
        if (Files.exists(file)) {
            throw usage(where.source.relativize(file) + " already exists");
        }
        Files.createDirectories(file.getParent());
        String text = Scaffold.text(c, id, title, LocalDate.now().toString(), explicitId);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + where.source.relativize(file).toString().replace('\\', '/') + ", a draft: fill in its fields and text,");
        out.println("and preview it (drafts included) with:");
        out.println("  " + Invocation.command("serve --drafts", where.source));
        out.println("To publish it, remove the line 'draft: true'.");
        out.flush();
        return Main.EXIT_OK;
    }

    /** Every ID of {@code collection} (from the file name or an id: line), with its file. */
    private static Map<String, String> existingIds(FileSource source, SiteConfig config, String collection) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (SourceFile f : source.list(ContentPath.CONTENT, new Diagnostics())) {
            ContentPath cp = ContentPath.of(f.path(), config);
            if (cp == null || cp.section() || !cp.collection().equals(collection)) {
                continue;
            }
            String head = new String(source.read(f.path()), StandardCharsets.UTF_8);
            head = head.substring(0, Math.min(head.length(), 4000));
            Matcher m = ID_LINE.matcher(head.startsWith("---") ? head : "");
            ids.putIfAbsent(m.find() ? m.group(1) : cp.stem(), f.path());
        }
        return ids;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
