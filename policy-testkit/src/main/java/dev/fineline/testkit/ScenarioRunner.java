package dev.fineline.testkit;

import dev.fineline.format.InvalidFileException;
import dev.fineline.format.Scenario;
import dev.fineline.format.ScenarioFiles;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationOptions;
import dev.fineline.rules.Finding;
import dev.fineline.rules.Focus;
import dev.fineline.rules.Obligation;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs scenario files against an engine and collects a {@link TestRun}. Folders are searched for
 * {@code .yaml}, {@code .yml} and {@code .json} files, in path order.
 */
public final class ScenarioRunner {

    private final PolicyEngine engine;
    private final CoverageScope scope;

    /**
     * A runner for an engine; coverage is of the custom rules when there are any, else of every rule.
     *
     * @param engine the engine to judge with
     */
    public ScenarioRunner(PolicyEngine engine) {
        this(engine, CoverageScope.CUSTOM_WHEN_ANY);
    }

    /**
     * A runner for an engine, with coverage measured over the rules a scope picks.
     *
     * @param engine the engine to judge with
     * @param scope  which rules coverage counts
     */
    public ScenarioRunner(PolicyEngine engine, CoverageScope scope) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * Finds the scenario files under files and folders.
     *
     * @param paths files and folders
     * @return the files, in path order, each once
     * @throws IllegalArgumentException naming a path that does not exist
     */
    public static List<Path> files(Collection<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioRunner::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder \"" + path + "\"", e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("no such file or folder: \"" + path + "\"");
            }
        }
        return List.copyOf(files);
    }

    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Runs every scenario under the paths.
     *
     * @param paths scenario files and folders
     * @return the results and coverage
     * @throws IllegalArgumentException naming a path that does not exist
     */
    public TestRun run(Collection<Path> paths) {
        List<ScenarioResult> results = new ArrayList<>();
        Set<String> asserted = new HashSet<>();
        for (Path file : files(paths)) {
            List<Scenario> scenarios;
            try {
                scenarios = read(file);
            } catch (InvalidFileException e) {
                results.add(unreadable(file, e));
                continue;
            }
            for (Scenario scenario : scenarios) {
                asserted.addAll(scenario.expect().guidance());
                asserted.addAll(scenario.expect().absent());
                results.add(run(scenario));
            }
        }
        return new TestRun(results, coverage(results, asserted), engine.ruleBaseId());
    }

    /**
     * Runs the scenarios of one file; an unreadable file gives one error result.
     *
     * @param file a scenario file
     * @return one result per scenario
     */
    public List<ScenarioResult> runFile(Path file) {
        List<Scenario> scenarios;
        try {
            scenarios = read(file);
        } catch (InvalidFileException e) {
            return List.of(unreadable(file, e));
        }
        return scenarios.stream().map(this::run).toList();
    }

    /**
     * Reads a scenario file for this runner's engine: ids under {@code guidance}, {@code absent} and a
     * situation's {@code settings.rules} must name a rule or guidance id in force.
     *
     * @param file a scenario file
     * @return its scenarios
     * @throws InvalidFileException with every problem found, located
     */
    public List<Scenario> read(Path file) {
        return ScenarioFiles.read(file, engine);
    }

    private static ScenarioResult unreadable(Path file, InvalidFileException e) {
        return new ScenarioResult(file.getFileName().toString(), file.toString(), 0, ScenarioResult.Status.ERROR,
                List.of(), e.getMessage(), null);
    }

    /**
     * Runs one scenario.
     *
     * @param scenario the scenario
     * @return its result
     */
    public ScenarioResult run(Scenario scenario) {
        Decision decision;
        try {
            EvaluationOptions.Builder options = EvaluationOptions.builder();
            if (scenario.focus() != null) {
                options.focus(Focus.on(scenario.focus()));
            }
            if (scenario.lang() != null) {
                options.locale(scenario.lang());
            }
            decision = engine.evaluate(scenario.situation(), options.build());
        } catch (IllegalArgumentException e) {
            return new ScenarioResult(scenario.name(), scenario.file(), scenario.line(), ScenarioResult.Status.ERROR,
                    List.of(), scenario.file() + ":" + scenario.line() + ": " + e.getMessage(), null);
        }
        List<String> differences = differences(scenario, decision);
        return new ScenarioResult(scenario.name(), scenario.file(), scenario.line(),
                differences.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED, differences, "", decision);
    }

    static List<String> differences(Scenario scenario, Decision decision) {
        List<String> out = new ArrayList<>();
        var expect = scenario.expect();
        if (expect.verdict() != null && expect.verdict() != decision.verdict()) {
            out.add("verdict: expected " + expect.verdict() + ", was " + decision.verdict());
        }
        Set<String> present = new HashSet<>();
        for (Finding f : decision.findings()) {
            present.add(f.guidance());
            present.add(f.rule());
        }
        expect.guidance().stream().sorted().filter(id -> !present.contains(id))
                .forEach(id -> out.add("guidance: expected a finding " + id + ", found none"));
        expect.absent().stream().sorted().filter(present::contains)
                .forEach(id -> out.add("absent: expected no finding " + id + ", found " + decision.findings().stream()
                        .filter(f -> f.guidance().equals(id) || f.rule().equals(id))
                        .map(f -> f.rule() + " [" + f.subject() + "]").collect(Collectors.joining(", "))));
        Set<Obligation> obligations = decision.obligations();
        expect.obligations().stream().sorted().filter(o -> !obligations.contains(o))
                .forEach(o -> out.add("obligations: expected " + o + ", found " + (obligations.isEmpty() ? "none" : obligations)));
        for (String text : expect.explains()) {
            if (decision.findings().stream().noneMatch(f -> f.explanation().contains(text))) {
                out.add("explains: expected an explanation containing \"" + text + "\", found "
                        + (decision.findings().isEmpty() ? "no finding" : decision.findings().stream()
                                .map(f -> f.rule() + ": \"" + f.explanation() + "\"").collect(Collectors.joining("; "))));
            }
        }
        return out;
    }

    private Coverage coverage(List<ScenarioResult> results, Set<String> asserted) {
        Set<String> fired = new HashSet<>();
        for (ScenarioResult r : results) {
            if (r.decision() != null) {
                r.decision().findings().forEach(f -> fired.add(f.rule()));
            }
        }
        List<RuleInfo> all = engine.rules();
        boolean anyCustom = all.stream().anyMatch(r -> !r.isBuiltIn());
        CoverageScope effective = scope == CoverageScope.CUSTOM_WHEN_ANY
                ? (anyCustom ? CoverageScope.CUSTOM : CoverageScope.ALL) : scope;
        List<RuleInfo> rules = all.stream().filter(r -> switch (effective) {
            case CUSTOM -> !r.isBuiltIn();
            case BUILT_IN -> r.isBuiltIn();
            default -> true;
        }).toList();
        List<String> neverFired = rules.stream().map(RuleInfo::name).filter(n -> !fired.contains(n)).toList();
        Set<String> guidance = rules.stream().map(RuleInfo::guidance).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> assertedGuidance = new HashSet<>();
        for (RuleInfo rule : rules) {
            if (asserted.contains(rule.guidance()) || asserted.contains(rule.name())) {
                assertedGuidance.add(rule.guidance());
            }
        }
        List<String> notAsserted = guidance.stream().filter(g -> !assertedGuidance.contains(g)).toList();
        String of = switch (effective) {
            case CUSTOM -> "custom";
            case BUILT_IN -> "built-in";
            default -> "all";
        };
        return new Coverage(rules.size(), neverFired, guidance.size(), notAsserted, of);
    }
}
