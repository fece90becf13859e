package dev.fineline.rules;

import dev.fineline.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kie.api.KieBase;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Situation;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * A compiled set of rule files: the Drools knowledge base, what each rule declares about itself, and
 * the content hash that identifies the set. Built whole or not at all.
 */
final class RuleBase {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBase.class);

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Map<String, List<RuleInfo>> rulesByGuidance;
    private final Map<Rule, RuleInfo> byRule = new java.util.IdentityHashMap<>();
    private final String id;
    private final boolean declaresFacts;
    private final boolean fromCache;
    private final List<RuleSource> custom;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, String id, boolean fromCache, List<RuleSource> sources) {
        this.kieBase = kieBase;
        this.custom = sources.stream().filter(s -> !RuleInfo.BUILT_IN.equals(s.origin())).toList();
        this.fromCache = fromCache;
        this.declaresFacts = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals("facts"));
        this.rules = rules;
        this.id = id;
        Map<String, List<RuleInfo>> byGuidance = new HashMap<>();
        rules.values().forEach(r -> byGuidance.computeIfAbsent(r.guidance(), g -> new ArrayList<>()).add(r));
        this.rulesByGuidance = byGuidance;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                byRule.put(rule, rules.get(rule.getName()));
            }
        }
    }

    /**
     * Compiles rule files into one rule base; the built-in files come from the package cache when the
     * build wrote one that matches them.
     *
     * @param sources the files
     * @return the rule base
     * @throws InvalidRulesException with every problem, when any file does not compile or a rule lacks metadata
     */
    static RuleBase compile(List<RuleSource> sources) {
        return compile(sources, PackageCache::load);
    }

    /**
     * Compiles rule files into one rule base, taking the built-in files' packages from a cache when it has
     * them: only the other files are compiled from DRL then, with their own line numbers.
     *
     * @param sources the files
     * @param cache   the built-in packages for the built-in files given, or empty to compile them
     * @return the rule base
     * @throws InvalidRulesException with every problem, when any file does not compile or a rule lacks metadata
     */
    static RuleBase compile(List<RuleSource> sources, Function<List<RuleSource>, Optional<Collection<KiePackage>>> cache) {
        List<RuleSource> builtIns = sources.stream().filter(s -> RuleInfo.BUILT_IN.equals(s.origin())).toList();
        Collection<KiePackage> cached = builtIns.isEmpty() ? null : cache.apply(builtIns).orElse(null);
        List<RuleSource> drl = cached == null ? sources
                : sources.stream().filter(s -> !RuleInfo.BUILT_IN.equals(s.origin())).toList();
        Map<String, RuleSource> byName = new LinkedHashMap<>();
        sources.forEach(s -> byName.put(s.name(), s));
        KnowledgeBuilder builder;
        try {
            builder = build(drl);
        } catch (InvalidRulesException e) {
            throw new InvalidRulesException(sorted(located(e.problems(), byName)));
        }
        List<KiePackage> packages = new ArrayList<>();
        if (cached != null) {
            packages.addAll(cached);
        }
        packages.addAll(builder.getKnowledgePackages());
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = describe(rule, byName, problems);
                if (info != null) {
                    RuleInfo clash = rules.putIfAbsent(rule.getName(), info);
                    if (clash != null) {
                        problems.add(new RuleProblem(info.origin(), lineOf(byName.get(info.origin()), rule.getName()), "rule name " + quote(rule.getName())
                                + " is already used in " + clash.origin()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(sorted(located(problems, byName)));
        }
        KieBase kieBase = builder.newKieBase();
        if (cached != null) {
            try {
                ((org.drools.base.RuleBase) kieBase).addPackages(cached);
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("cached built-in packages do not load; compiling them from DRL", e);
                return compile(sources, builtIn -> Optional.empty());
            }
        }
        Map<String, RuleInfo> ordered = new LinkedHashMap<>();
        rules.values().stream()
                .sorted(Comparator.comparing(RuleInfo::guidance, Decision::compareGuidance).thenComparing(RuleInfo::name))
                .forEach(r -> ordered.put(r.name(), r));
        return new RuleBase(kieBase, ordered, hash(sources), cached != null, sources);
    }

    /**
     * Compiles rule files from DRL to packages, as the package cache holds them.
     *
     * @throws InvalidRulesException with every problem, when any file does not compile
     */
    static Collection<KiePackage> compilePackages(List<RuleSource> sources) {
        return build(sources).getKnowledgePackages();
    }

    /** A knowledge builder that compiled the files from DRL, or the problems of those that do not compile. */
    private static KnowledgeBuilder build(List<RuleSource> sources) {
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleBase.class.getClassLoader());
        // Facts are immutable records that no rule modifies, so property reactivity has nothing to track.
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (RuleSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.name());
            resource.setResourceType(ResourceType.DRL);
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            List<RuleProblem> problems = new ArrayList<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                problems.add(problem(error));
            }
            throw new InvalidRulesException(sorted(problems));
        }
        return builder;
    }

    /** Problems of DRL generated from decision tables, moved to the tables' sheets and cells. */
    private static List<RuleProblem> located(List<RuleProblem> problems, Map<String, RuleSource> byName) {
        return problems.stream().map(p -> {
            RuleSource source = byName.get(p.file());
            return source == null ? p : source.locate(p);
        }).distinct().toList();
    }

    private static RuleInfo describe(Rule rule, Map<String, RuleSource> sources, List<RuleProblem> problems) {
        String path = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                ? impl.getResource().getSourcePath() : null;
        RuleSource source = path == null ? null : sources.get(path);
        String file = source == null ? String.valueOf(path) : source.name();
        Object guidance = rule.getMetaData().get("guidance");
        Object verdict = rule.getMetaData().get("verdict");
        boolean ok = true;
        if (!(guidance instanceof String g) || g.isBlank()) {
            problems.add(new RuleProblem(file, lineOf(source, rule.getName()), "rule " + quote(rule.getName())
                    + " has no @guidance(\"ID\") metadata naming the guidance it encodes"));
            ok = false;
        }
        Verdict usual = null;
        try {
            usual = verdict == null ? null : Verdict.valueOf(unquote(verdict.toString()));
        } catch (IllegalArgumentException e) {
            usual = null;
        }
        if (usual == null) {
            problems.add(new RuleProblem(file, lineOf(source, rule.getName()), "rule " + quote(rule.getName())
                    + " needs @verdict(ALLOWED|WARN|FORBIDDEN) metadata, was " + quote(verdict)));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new RuleInfo(rule.getName(), unquote((String) guidance), usual,
                source == null ? "" : source.theme(), source == null ? "" : source.origin());
    }

    /** The line where a file declares a rule, or 0 when it cannot be told. */
    private static int lineOf(RuleSource source, String rule) {
        if (source == null) {
            return 0;
        }
        String text = source.text();
        int at = text.indexOf("\"" + rule + "\"");
        while (at >= 0 && !text.substring(Math.max(0, text.lastIndexOf('\n', at) + 1), at).strip().startsWith("rule")) {
            at = text.indexOf("\"" + rule + "\"", at + 1);
        }
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static RuleProblem problem(KnowledgeBuilderError error) {
        Resource resource = error.getResource();
        String file = resource == null || resource.getSourcePath() == null ? "(unknown file)" : resource.getSourcePath();
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
        return new RuleProblem(file, line, clean(error.getMessage()));
    }

    /** Keeps the lines of a compiler message that say what is wrong; drops the echo of the source. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "does not compile";
        }
        if (message.startsWith("Duplicate rule name: ")) {
            return "rule name " + quote(message.substring("Duplicate rule name: ".length()).strip())
                    + " is already used by another rule";
        }
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("[Near") || l.startsWith("[Line:") || l.chars().allMatch(c -> c == '^')) {
                continue;
            }
            if (l.startsWith("[Error: ") && l.endsWith("]")) {
                l = l.substring(8, l.length() - 1);
            }
            if (text.length() > 0) {
                text.append(text.charAt(text.length() - 1) == ':' ? " " : "; ");
            }
            text.append(l);
        }
        return text.toString();
    }

    /** Orders problems by file and line, dropping the parser's catch-all for a file that has located errors. */
    static List<RuleProblem> sorted(List<RuleProblem> problems) {
        java.util.Set<String> located = new java.util.HashSet<>();
        problems.stream().filter(p -> p.line() > 0).forEach(p -> located.add(p.file()));
        return problems.stream()
                .filter(p -> !(p.line() == 0 && located.contains(p.file())
                        && (p.message().contains("Parser returned a null Package") || p.message().contains("Unexpected error: "))))
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line))
                .toList();
    }

    static String hash(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.stream().sorted(Comparator.comparing(RuleSource::name)).forEach(s -> {
                digest.update(s.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(s.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static String quote(Object value) {
        return "\"" + value + "\"";
    }

    /** Advice on the custom rule files, never an error: joins that could be look-ups. */
    List<RuleProblem> advice() {
        return custom.stream().flatMap(s -> LookupAdvisor.advise(s).stream()).toList();
    }

    /** Whether the built-in rules came from the package cache rather than from compiling DRL. */
    boolean fromCache() {
        return fromCache;
    }

    /** Whether a rule file declares {@code global Facts facts}: a session must then be given one. */
    boolean declaresFacts() {
        return declaresFacts;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** A new evaluation with its own session on this rule base. */
    Evaluation newEvaluation() {
        return new Evaluation(this);
    }

    String id() {
        return id;
    }

    Map<String, RuleInfo> rules() {
        return rules;
    }

    RuleInfo rule(String name) {
        return rules.get(name);
    }

    /** The description of a firing rule; looked up by identity, as it is asked once per firing. */
    RuleInfo rule(Rule rule) {
        RuleInfo info = byRule.get(rule);
        return info != null ? info : rules.get(rule.getName());
    }

    /** The rules a settings key names: a rule name, or every rule of a guidance id. */
    List<RuleInfo> named(String ruleOrGuidance) {
        RuleInfo byName = rules.get(ruleOrGuidance);
        if (byName != null) {
            return List.of(byName);
        }
        return rulesByGuidance.getOrDefault(ruleOrGuidance, List.of());
    }
}
