package dev.fineline.format;

import dev.fineline.model.Situation;
import java.util.Locale;
import java.util.Objects;

/**
 * A situation and what its decision must show, read from a scenario file.
 *
 * @param name      the scenario's name; the file name when it has none
 * @param file      the file it came from
 * @param line      the line it starts on
 * @param situation the situation to judge
 * @param focus     the id of the one subject the decision must concern, or null for the whole situation
 * @param lang      the language of the explanations ({@code lang:} in the file), or null for English
 * @param expect    what the decision must show
 */
public record Scenario(String name, String file, int line, Situation situation, String focus, Locale lang,
        Expectation expect) {

    /**
     * Validates.
     *
     * @param name      the scenario's name
     * @param file      the file it came from
     * @param line      the line it starts on
     * @param situation the situation to judge
     * @param focus     the subject the decision must concern, or null
     * @param lang      the language of the explanations, or null for English
     * @param expect    what the decision must show
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(expect, "expect");
    }

    /**
     * A scenario about the whole situation.
     *
     * @param name      the scenario's name
     * @param file      the file it came from
     * @param line      the line it starts on
     * @param situation the situation to judge
     * @param expect    what the decision must show
     */
    public Scenario(String name, String file, int line, Situation situation, Expectation expect) {
        this(name, file, line, situation, null, null, expect);
    }

    /**
     * A scenario in English.
     *
     * @param name      the scenario's name
     * @param file      the file it came from
     * @param line      the line it starts on
     * @param situation the situation to judge
     * @param focus     the subject the decision must concern, or null
     * @param expect    what the decision must show
     */
    public Scenario(String name, String file, int line, Situation situation, String focus, Expectation expect) {
        this(name, file, line, situation, focus, null, expect);
    }
}
