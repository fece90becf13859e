package dev.fineline.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The build step that writes the built-in package cache: compiles the built-in rule files as the engine
 * would and serialises the packages under {@link PackageCache#RESOURCE} in the classes folder given as
 * the only argument. Run by the build in the process-classes phase; a failure fails the build.
 */
final class PackageCacheWriter {

    private PackageCacheWriter() {
    }

    /**
     * Writes the cache.
     *
     * @param args the classes folder, such as {@code policy-rules/target/classes}
     * @throws IOException when the cache cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PackageCacheWriter CLASSES-FOLDER");
        }
        List<RuleSource> builtIns = RuleSource.builtIn();
        Path target = Path.of(args[0]).resolve(PackageCache.RESOURCE);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            PackageCache.write(RuleBase.compilePackages(builtIns), builtIns, PackageCache.modelClasses(), out);
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
