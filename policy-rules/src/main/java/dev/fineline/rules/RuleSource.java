package dev.fineline.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text of one rule file and where it came from. */
record RuleSource(String name, String origin, String text) {

    /** The built-in rule files, by theme, in the package folder of this class. */
    static final List<String> BUILT_IN_THEMES = List.of(
            "promotion", "hours", "ownership", "connections", "corporate", "posts", "conduct", "monitoring", "sectors", "relations");

    /** The theme of this file: its name without the {@code .drl} ending. */
    String theme() {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.endsWith(".drl") ? file.substring(0, file.length() - 4) : file;
    }

    static List<RuleSource> builtIn() {
        List<RuleSource> sources = new ArrayList<>();
        for (String theme : BUILT_IN_THEMES) {
            String resource = theme + ".drl";
            try (InputStream in = RuleSource.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in rule file " + resource + " is missing from the class path");
                }
                String path = RuleSource.class.getPackageName().replace('.', '/') + "/" + resource;
                sources.add(new RuleSource(path, RuleInfo.BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /**
     * Reads a rule file, or every {@code .drl} file under a folder in path order.
     *
     * @param path     a file or folder
     * @param problems where unreadable paths are reported
     * @return the sources read
     */
    static List<RuleSource> read(Path path, List<RuleProblem> problems) {
        List<RuleSource> sources = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<Path> drl = files.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
                if (drl.isEmpty()) {
                    problems.add(new RuleProblem(path.toString(), 0, "folder holds no .drl file"));
                }
                for (Path file : drl) {
                    readFile(file, sources, problems);
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(new RuleProblem(path.toString(), 0, "cannot read folder: " + reason(e)));
            }
        } else if (Files.isRegularFile(path)) {
            readFile(path, sources, problems);
        } else {
            problems.add(new RuleProblem(path.toString(), 0, "no such file or folder"));
        }
        return sources;
    }

    private static void readFile(Path file, List<RuleSource> sources, List<RuleProblem> problems) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            sources.add(new RuleSource(file.toString(), file.toString(), text));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new RuleProblem(file.toString(), 0, "cannot read file: " + reason(e)));
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
