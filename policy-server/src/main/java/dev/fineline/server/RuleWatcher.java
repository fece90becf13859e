package dev.fineline.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the folders of the custom rule files and reloads when a {@code .drl} file in them is created,
 * changed or deleted. Changes that come together (an editor writing a file, a deployment copying a few)
 * are gathered for a short quiet period, then reloaded once.
 */
final class RuleWatcher implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);
    /** How long the folders must stay quiet before a reload. */
    static final long QUIET_MILLIS = 200;

    private final WatchService watcher;
    private final Thread thread;

    RuleWatcher(List<Path> paths, Runnable reload) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        Set<Path> folders = new LinkedHashSet<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                try (Stream<Path> tree = Files.walk(absolute, 8)) {
                    tree.filter(Files::isDirectory).forEach(folders::add);
                }
            } else if (absolute.getParent() != null) {
                folders.add(absolute.getParent());
            }
        }
        for (Path folder : folders) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
        thread = new Thread(() -> run(reload), "fineline-rule-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Runnable reload) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // gather the rest of a burst of changes
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    reload.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("rule watcher stopped: {}", e.toString());
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Object context = event.context();
            relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || context instanceof Path p && p.getFileName().toString().endsWith(".drl");
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
