package dev.fineline.bench;

import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rule sets compared side by side in one run: {@code lean}, the built-in rules as they ship (from the
 * package cache), and {@code before}, the built-in rules as they were before the lean rewrite, compiled
 * from their DRL (kept under {@code dev/fineline/bench/before/}).
 */
final class RuleSets {

    /** The built-in files, by theme, as the engine lists them. */
    static final List<String> THEMES = List.of(
            "promotion", "hours", "ownership", "connections", "corporate", "posts", "conduct", "monitoring", "sectors");

    private RuleSets() {
    }

    /**
     * An engine on a rule set.
     *
     * @param rules {@code lean} or {@code before}
     * @param warmUp whether the engine judges its warm-up sample while building
     * @return the engine
     */
    static PolicyEngine engine(String rules, boolean warmUp) {
        return switch (rules) {
            case "lean" -> PolicyEngine.builder().warmUp(warmUp).build();
            // trusted (they live in dev.fineline.rules) but not isolated: judged on the calling thread, like "lean"
            case "before" -> PolicyEngine.builder().builtInRules(false).addRules(before()).trusted(true).isolated(false)
                    .warmUp(warmUp).build();
            default -> throw new IllegalArgumentException("rules: unknown rule set \"" + rules + "\"");
        };
    }

    /**
     * The rules as they were before the lean rewrite, written to a temporary folder.
     *
     * @return the folder
     */
    static Path before() {
        try {
            Path dir = Files.createTempDirectory("fineline-before");
            for (String theme : THEMES) {
                try (InputStream in = RuleSets.class.getResourceAsStream("before/" + theme + ".drl")) {
                    if (in == null) {
                        throw new IllegalStateException("before/" + theme + ".drl is missing from the class path");
                    }
                    Files.write(dir.resolve(theme + ".drl"), in.readAllBytes());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
