package dev.fineline.format;

import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.rules.EvaluationOptions;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.PolicyEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads scenario files: one scenario ({@code name}, {@code situation}, {@code expect}) per file, or a
 * list of them under {@code scenarios:}. Same limits and error reporting as {@link SituationFiles}.
 */
public final class ScenarioFiles {

    private static final String[] SCENARIO_FIELDS = {"name", "situation", "focus", "lang", "expect"};
    private static final String[] EXPECT_FIELDS = {"verdict", "guidance", "absent", "obligations", "explains"};

    private ScenarioFiles() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file
     * @return its scenarios, in file order
     * @throws InvalidFileException with every problem found, located
     */
    public static List<Scenario> read(Path file) {
        return parse(SituationFiles.readText(file), file.toString());
    }

    /**
     * Reads a scenario file to be run against an engine: besides the format, every id under
     * {@code expect.guidance} and {@code expect.absent}, and under a situation's
     * {@code organization.settings.rules}, must name a rule or guidance id in force in that engine. An
     * id that names nothing would make {@code absent} pass for ever, so it is a located problem.
     *
     * @param file   the file
     * @param engine the engine whose rules are in force
     * @return its scenarios, in file order
     * @throws InvalidFileException with every problem found, located
     */
    public static List<Scenario> read(Path file, PolicyEngine engine) {
        return parse(SituationFiles.readText(file), file.toString(), SituationFiles.idsInForce(engine));
    }

    /**
     * Parses scenarios from text (for tests; files are read with {@link #read(Path)}).
     *
     * @param content  the file's content
     * @param fileName the name used in problems and default scenario names
     * @return the scenarios
     * @throws InvalidFileException with every problem found, located
     */
    static List<Scenario> parse(String content, String fileName) {
        return parse(content, fileName, null);
    }

    static List<Scenario> parse(String content, String fileName, Set<String> idsInForce) {
        Node root = TreeReader.read(content, fileName);
        if (root == null) {
            throw new InvalidFileException(List.of(new FileProblem(fileName, 1, 1, "", "file is empty; expected a scenario")));
        }
        Reader reader = new Reader(fileName, idsInForce);
        List<Scenario> scenarios = new ArrayList<>();
        String baseName = Path.of(fileName).getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        if (root instanceof Node.Obj obj && obj.fields().containsKey("scenarios")) {
            Reader.Obj top = reader.object(root, "", "scenarios");
            List<Node> items = top == null ? List.of() : top.list("scenarios");
            if (items.isEmpty() && top != null) {
                reader.problem(root, "scenarios", "expected at least one scenario");
            }
            for (int i = 0; i < items.size(); i++) {
                Scenario s = scenario(reader, items.get(i), "scenarios[" + i + "]", baseName + " #" + (i + 1), fileName);
                if (s != null) {
                    scenarios.add(s);
                }
            }
        } else {
            Scenario s = scenario(reader, root, "", baseName, fileName);
            if (s != null) {
                scenarios.add(s);
            }
        }
        if (reader.failed()) {
            throw reader.failure();
        }
        return scenarios;
    }

    private static Scenario scenario(Reader reader, Node node, String path, String defaultName, String fileName) {
        Reader.Obj o = reader.object(node, path, SCENARIO_FIELDS);
        if (o == null) {
            return null;
        }
        String name = o.text("name");
        Node situationNode = o.get("situation");
        if (situationNode == null) {
            reader.problem(node, o.at("situation"), "is required");
        }
        Expectation expect = expectation(reader, o);
        Situation situation = situationNode == null ? null : new SituationMapper(reader).map(situationNode, o.at("situation"));
        String focus = o.has("focus") ? o.id("focus") : null;
        if (situation != null && focus != null && !situation.contains(focus)) {
            reader.problem(o.get("focus"), o.at("focus"), "names nothing in the situation: \"" + focus + "\"");
            return null;
        }
        java.util.Locale lang = null;
        String tag = o.text("lang");
        if (tag != null) {
            try {
                lang = EvaluationOptions.builder().language(tag).build().locale();
            } catch (IllegalArgumentException e) {
                reader.problem(o.get("lang"), o.at("lang"), "expected en or nb, was \"" + tag + "\"");
                return null;
            }
        }
        if (situation == null || expect == null) {
            return null;
        }
        return new Scenario(name == null || name.isBlank() ? defaultName : name, fileName, node.line(), situation, focus,
                lang, expect);
    }

    private static Expectation expectation(Reader reader, Reader.Obj scenario) {
        Node node = scenario.get("expect");
        if (node == null) {
            reader.problem(scenario.node(), scenario.at("expect"), "is required: say what the decision must show");
            return null;
        }
        Reader.Obj e = reader.object(node, scenario.at("expect"), EXPECT_FIELDS);
        if (e == null) {
            return null;
        }
        Verdict verdict = e.enumValue("verdict", Verdict.class);
        Set<String> guidance = new LinkedHashSet<>(e.ids("guidance"));
        Set<String> absent = new LinkedHashSet<>(e.ids("absent"));
        boolean known = checkInForce(reader, e, "guidance") & checkInForce(reader, e, "absent");
        Set<Obligation> obligations = e.enums("obligations", Obligation.class);
        List<String> explains = e.texts("explains");
        Set<String> both = new LinkedHashSet<>(guidance);
        both.retainAll(absent);
        if (!both.isEmpty()) {
            reader.problem(node, e.at("absent"), "lists " + both + " as both expected and absent");
        }
        if (Arrays.stream(EXPECT_FIELDS).noneMatch(e::has)) {
            reader.problem(node, e.path(), "expects nothing; give a verdict, guidance, absent, obligations or explains");
        }
        return known ? new Expectation(verdict, guidance, absent, obligations, explains) : null;
    }

    /** Checks each id of a list against the ids in force, locating the ones that name nothing. */
    private static boolean checkInForce(Reader reader, Reader.Obj expect, String field) {
        Node list = expect.get(field);
        boolean known = true;
        if (list instanceof Node.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                if (arr.items().get(i) instanceof Node.Scalar s && s.text() != null) {
                    known &= reader.checkIdInForce(s.text(), s, 0, 0, expect.at(field) + "[" + i + "]");
                }
            }
        }
        return known;
    }
}
