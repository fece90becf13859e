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

/**
 * The text of one rule file and where it came from.
 *
 * @param name   a unique name: the file as given, or the built-in resource name
 * @param origin the file as given, or {@link RuleInfo#BUILT_IN}
 * @param text   the DRL
 * @param table  for DRL generated from a decision table, the way back to its cells; otherwise null
 */
record RuleSource(String name, String origin, String text, DecisionTable.Locator table) {

    /** A DRL file. */
    RuleSource(String name, String origin, String text) {
        this(name, origin, text, null);
    }

    /** The same source with other DRL text, such as the text printed back from what was checked. */
    RuleSource withText(String newText) {
        return new RuleSource(name, origin, newText, table);
    }

    /** A problem of this source's DRL, located where its author can find it: in the table when it came from one. */
    RuleProblem locate(RuleProblem problem) {
        return table == null ? problem : table.locate(problem);
    }

    /** The built-in rule files, by theme, in the package folder of this class. */
    static final List<String> BUILT_IN_THEMES = List.of(
            "promotion", "hours", "ownership", "connections", "corporate", "posts", "conduct", "monitoring", "sectors", "relations");

    /** The theme of this file: its name without the {@code .drl}, {@code .xlsx} or {@code .csv} ending. */
    String theme() {
        String path = table == null ? name : origin;
        String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar)) + 1);
        for (String ending : List.of(".drl", ".xlsx", ".csv")) {
            if (file.toLowerCase(java.util.Locale.ROOT).endsWith(ending)) {
                return file.substring(0, file.length() - ending.length());
            }
        }
        return file;
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

    /** The largest rule file read: far above any hand-written rule file, far below what hurts the parser. */
    static final long MAX_FILE_BYTES = 1L << 20;
    /** The most rule files one path may hold. */
    static final int MAX_FILES = 1_000;
    /** How deep a rules folder is searched. */
    static final int MAX_FOLDER_DEPTH = 16;

    /**
     * Reads a rule file, or every rule file under a folder in path order: DRL ({@code .drl}) and decision
     * tables ({@code .xlsx}, {@code .csv}), which are turned into DRL. Spreadsheet lock files ({@code ~$...})
     * are skipped. A link inside a folder is followed only when it stays inside that folder; nothing outside
     * is read or quoted.
     *
     * @param path     a file or folder
     * @param problems where unreadable paths are reported
     * @return the sources read
     */
    static List<RuleSource> read(Path path, List<RuleProblem> problems) {
        List<RuleSource> sources = new ArrayList<>();
        if (Files.isDirectory(path)) {
            Path root;
            try {
                root = path.toRealPath();
            } catch (IOException e) {
                problems.add(new RuleProblem(path.toString(), 0, "cannot read folder: " + reason(e)));
                return sources;
            }
            try (Stream<Path> files = Files.walk(path, MAX_FOLDER_DEPTH)) {
                List<Path> drl = files.filter(RuleSource::isRuleFile).sorted().limit(MAX_FILES + 1L).toList();
                if (drl.isEmpty()) {
                    problems.add(new RuleProblem(path.toString(), 0, "folder holds no rule file (.drl, .xlsx or .csv)"));
                }
                if (drl.size() > MAX_FILES) {
                    problems.add(new RuleProblem(path.toString(), 0, "folder holds more than " + MAX_FILES + " rule files"));
                    return sources;
                }
                for (Path file : drl) {
                    if (Files.isSymbolicLink(file)) {
                        Path target;
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            problems.add(new RuleProblem(file.toString(), 0, "is a link that leads nowhere"));
                            continue;
                        }
                        if (!target.startsWith(root)) {
                            problems.add(new RuleProblem(file.toString(), 0,
                                    "is a link to a file outside the rules folder; it is not followed"));
                            continue;
                        }
                    }
                    if (Files.isRegularFile(file)) {
                        readFile(file, sources, problems);
                    }
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

    private static boolean isRuleFile(Path p) {
        if (p.getFileName() == null) {
            return false;
        }
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || DecisionTable.isTable(p) && !name.startsWith("~$");
    }

    /** Reads at most {@link #MAX_FILE_BYTES} and one byte more, so that an endless file is never read whole. */
    private static void readFile(Path file, List<RuleSource> sources, List<RuleProblem> problems) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(new RuleProblem(file.toString(), 0, "file is larger than " + (MAX_FILE_BYTES >> 10)
                        + " KB, the limit for a rule file"));
                return;
            }
            if (DecisionTable.isTable(file)) {
                sources.addAll(DecisionTable.read(file, bytes, problems));
                return;
            }
            java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
            String text;
            try {
                text = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(new RuleProblem(file.toString(), 0, "file is not UTF-8 text"));
                return;
            }
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
