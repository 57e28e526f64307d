package org.briefkit.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches {@code site.yml}, {@code content/} and {@code templates/} of a site folder and reports
 * changed paths (relative to the site, with forward slashes) in batches: after the first event it
 * waits a few milliseconds for the rest of an editor's save. New folders are watched as they
 * appear. An empty batch means "too much happened: rebuild everything". Runs on its own thread.
 */
public final class Watcher implements AutoCloseable {
    private static final long SETTLE_MILLIS = 25;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Consumer<Set<String>> onChange;
    private final Thread thread;

    public Watcher(Path root, Consumer<Set<String>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        register(this.root);
        for (String folder : List.of("content", "templates")) {
            Path dir = this.root.resolve(folder);
            if (Files.isDirectory(dir)) {
                registerTree(dir);
            }
        }
        thread = new Thread(this::loop, "briefkit-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        keys.put(key, dir);
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<String> changed = new LinkedHashSet<>();
                boolean overflow = collect(key, changed);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= collect(more, changed);
                }
                if (overflow) {
                    changed.clear();
                    onChange.accept(changed);
                } else if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Adds the relevant paths of one key's events; true when events were lost. */
    private boolean collect(WatchKey key, Set<String> changed) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            String rel = root.relativize(child).toString().replace('\\', '/');
            boolean relevant = rel.equals("site.yml") || rel.startsWith("content/") || rel.startsWith("templates/")
                    || rel.equals("content") || rel.equals("templates");
            if (!relevant || child.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                    try (var files = Files.walk(child)) {
                        files.filter(Files::isRegularFile).forEach(f -> changed.add(root.relativize(f).toString().replace('\\', '/')));
                    }
                } catch (IOException e) {
                    overflow = true;
                }
            }
            changed.add(rel);
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return overflow;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
