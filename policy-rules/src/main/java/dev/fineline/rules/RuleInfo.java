package dev.fineline.rules;

import dev.fineline.model.Verdict;
import java.util.Objects;

/**
 * A rule in force, as its file declares it.
 *
 * @param name     the rule's name, a stable identifier
 * @param guidance the guidance id from its {@code @guidance} metadata
 * @param verdict  its usual verdict from its {@code @verdict} metadata; a rule may vary it by case
 * @param theme    the file's theme: the file name without {@code .drl}
 * @param origin   {@code built-in}, or the path of the custom file it came from
 */
public record RuleInfo(String name, String guidance, Verdict verdict, String theme, String origin) {

    /** The origin of the rules that ship with Fineline. */
    public static final String BUILT_IN = "built-in";

    /** Validates. */
    public RuleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Tells whether the rule ships with Fineline.
     *
     * @return true for built-in rules
     */
    public boolean isBuiltIn() {
        return BUILT_IN.equals(origin);
    }
}
