package org.briefkit.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefkit.diag.Diagnostics;

/**
 * The built-in theme shipped inside the jar (the project's {@code templates/} folder, packaged under
 * {@code org/briefkit/theme/}), seen as a site whose files live under {@code templates/}. The file
 * list is read once. Thread-safe.
 */
public final class ThemeSource implements SiteSource {
    private static final String RESOURCE_ROOT = "org/briefkit/theme/";
    private static final String PREFIX = "templates/";
    private static volatile ThemeSource instance;

    private final Map<String, Long> sizes;

    private ThemeSource(Map<String, Long> sizes) {
        this.sizes = sizes;
    }

    /** The theme of this briefkit build. */
    public static ThemeSource builtIn() {
        ThemeSource t = instance;
        if (t == null) {
            synchronized (ThemeSource.class) {
                t = instance;
                if (t == null) {
                    t = new ThemeSource(scan());
                    instance = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Long> scan() {
        URL url = ThemeSource.class.getClassLoader().getResource(RESOURCE_ROOT);
        Map<String, Long> out = new TreeMap<>();
        if (url == null) {
            return out;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                collect(fs.getPath("/" + RESOURCE_ROOT), out);
            } else {
                collect(Path.of(uri), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the built-in theme", e);
        }
        return out;
    }

    private static void collect(Path root, Map<String, Long> out) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    out.put(PREFIX + rel, Files.size(p));
                }
            }
        }
    }

    @Override
    public List<SourceFile> list(String folder, Diagnostics diagnostics) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<SourceFile> out = new ArrayList<>();
        sizes.forEach((path, size) -> {
            if (path.startsWith(prefix)) {
                out.add(new SourceFile(path, size));
            }
        });
        return out;
    }

    @Override
    public boolean exists(String path) {
        return sizes.containsKey(path);
    }

    @Override
    public byte[] read(String path) throws IOException {
        if (!sizes.containsKey(path)) {
            throw new NoSuchFileException(path);
        }
        try (InputStream in = ThemeSource.class.getClassLoader()
                .getResourceAsStream(RESOURCE_ROOT + path.substring(PREFIX.length()))) {
            if (in == null) {
                throw new NoSuchFileException(path);
            }
            return in.readAllBytes();
        }
    }
}
