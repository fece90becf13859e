package dev.fineline.rules;

import dev.fineline.model.RuleSetting;
import dev.fineline.model.Situation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges situations against a rule base. Build one with {@link #builder()} when the application starts
 * and share it: an engine is safe to call from many threads at once, and its rule set changes only
 * through {@link #reload()}, atomically.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().build();
 * Decision decision = engine.evaluate(situation);
 * System.out.println(decision.describe());
 * }</pre>
 */
public final class PolicyEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

    private final AtomicReference<RuleBase> ruleBase;
    private final Builder builder;
    /**
     * Each thread's session, kept between its decisions so that the network memories are built once. A
     * session of a rule base that a reload replaced is closed on the thread's next decision; the entries
     * hold no reference to this engine, so they go when the engine does.
     */
    private final ThreadLocal<Evaluation> sessions = new ThreadLocal<>();
    /** The rule bases most recently replaced, by id, so that switching back and forth does not recompile. */
    private final Map<String, RuleBase> recent = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > 2;
        }
    };
    private final int maxFirings;
    private final Duration maxTime;
    private final boolean failClosed;
    /** The content analyzers; replaced whole by {@link #reload()}. */
    private final AtomicReference<Analysis> analysis;
    private final boolean isolated;
    /** Set once the warm-up round is over, so that warm-up decisions are never heard. */
    private volatile List<DecisionListener> listeners = List.of();

    private PolicyEngine(RuleBase ruleBase, Analysis analysis, Builder builder) {
        this.ruleBase = new AtomicReference<>(ruleBase);
        this.analysis = new AtomicReference<>(analysis);
        this.builder = builder;
        this.maxFirings = builder.maxFirings;
        this.maxTime = builder.maxTime;
        this.failClosed = builder.failClosed;
        this.isolated = builder.isolated != null ? builder.isolated : builder.trusted && !builder.rulePaths.isEmpty();
    }

    Duration maxTime() {
        return maxTime;
    }

    /**
     * A builder for an engine with the built-in rules and the default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(true, List.of(), Builder.DEFAULT_MAX_FIRINGS, Builder.DEFAULT_MAX_TIME, false, true);
    }

    /**
     * Judges a situation, reading the text of its posts and messages unless its organisation's settings
     * switch that off.
     *
     * @param situation the situation, not null
     * @return the decision: verdict, findings, errors and the signals read in the text
     * @throws IllegalArgumentException when the situation's rule settings name a rule or guidance id
     *                                  that is not in force, or its lexicon settings are refused
     */
    public Decision evaluate(Situation situation) {
        return evaluate(situation, EvaluationOptions.DEFAULT);
    }

    /**
     * Judges a situation with options for this call only, such as leaving the text unread.
     *
     * @param situation the situation, not null
     * @param options   how to judge, not null
     * @return the decision: verdict, findings, errors and the signals read in the text
     * @throws IllegalArgumentException when the situation's rule settings name a rule or guidance id
     *                                  that is not in force, or its lexicon settings are refused
     */
    public Decision evaluate(Situation situation, EvaluationOptions options) {
        if (situation == null) {
            throw new IllegalArgumentException("situation: is required");
        }
        if (options == null) {
            throw new IllegalArgumentException("options: is required");
        }
        Reading reading = Reading.of(situation, analysis.get(), options);
        RuleBase rules = ruleBase.get();
        Map<String, RuleSetting> settings = Evaluation.resolve(rules, situation.organization().settings().rules());
        Focus focus = options.focus();
        if (focus != null && !situation.contains(focus.subject())) {
            throw new IllegalArgumentException("focus: names nothing in the situation: \"" + focus.subject() + "\"");
        }
        Limits limits = new Limits(maxFirings, maxTime.toNanos(), failClosed, options.locale());
        Situation judged = reading.situation();
        Decision decision = isolated ? Isolation.run(this, rules, judged, reading.signals(), settings, limits)
                : judge(rules, judged, reading.signals(), settings, limits);
        decision = reading.explain(decision, rules, failClosed, options.locale());
        List<DecisionListener> told = listeners;
        if (!told.isEmpty()) {
            Listeners.tell(told, situation, decision);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("judged situation at {}: {} with {} findings, {} errors, {} text signals, rule base {}", situation.at(),
                    decision.verdict(), decision.findings().size(), decision.errors().size(), decision.signals().size(),
                    rules.id());
        }
        // The decision log records the whole judgement: a replay judges the whole situation again.
        return focus == null ? decision : decision.narrowedTo(focus, failClosed);
    }

    /**
     * Judges a situation and answers about one subject of it: the whole situation is judged, and the
     * decision keeps the findings that concern the subject, as {@link Focus} defines, with the verdict
     * they give.
     *
     * @param situation the situation, not null
     * @param focus     the subject, not null
     * @return the narrowed decision
     * @throws IllegalArgumentException when the focus names nothing in the situation, or the situation's
     *                                  rule settings name a rule or guidance id that is not in force
     */
    public Decision evaluate(Situation situation, Focus focus) {
        if (focus == null) {
            throw new IllegalArgumentException("focus: is required");
        }
        return evaluate(situation, EvaluationOptions.builder().focus(focus).build());
    }

    /**
     * Reads one text as the engine reads a post: with its lexicons, and with the lexicon settings,
     * confidential terms, secret clients and contact names of a situation. For showing why a text is
     * flagged; judging needs no call to this.
     *
     * @param text    the text, not null
     * @param context the situation whose organisation and contacts the text is read against, not null
     * @return the signals, in text order
     * @throws IllegalArgumentException when the situation's lexicon settings are refused
     */
    public List<dev.fineline.content.Signal> scan(String text, Situation context) {
        return TextScanner.on(analysis.get()).scan(text, context);
    }

    /**
     * Judges on the calling thread with the thread's kept session. The session is taken out of the
     * thread's slot while it runs and put back only when the judgement finished cleanly, so a failure of
     * any kind, an {@code Error} too, leaves nothing of this situation for the next decision.
     */
    Decision judge(RuleBase rules, Situation situation, List<TextSignal> signals, Map<String, RuleSetting> settings,
            Limits limits) {
        Evaluation evaluation = sessions.get();
        sessions.remove();
        if (evaluation != null && evaluation.ruleBase() != rules) {
            evaluation.close();
            evaluation = null;
        }
        try {
            if (evaluation == null) {
                evaluation = rules.newEvaluation();
            }
            Isolation.running(evaluation);
            evaluation.alsoInsert(signals);
            Decision decision = evaluation.run(situation, settings, limits);
            if (evaluation.reusable()) {
                sessions.set(evaluation);
            } else {
                evaluation.close();
            }
            return decision;
        } catch (Throwable e) {
            if (evaluation != null) {
                evaluation.close();
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Decision.of(List.of(), List.of(new EvaluationError("", "the decision failed: " + Evaluation.reason(e))),
                    rules.id(), limits.failClosed());
        } finally {
            Isolation.running(null);
        }
    }

    /** Whether the calling thread keeps a session of this engine: it has judged on it before. */
    boolean hasKeptSession() {
        return sessions.get() != null;
    }

    /**
     * The id of the rule base in force: a content hash of its rule files.
     *
     * @return an id such as {@code sha256:1f2e3d4c5b6a7980}
     */
    public String ruleBaseId() {
        return ruleBase.get().id();
    }

    /**
     * Reads the rule files again (the built-in ones and the paths given to the builder) and swaps the new
     * rule set in atomically: decisions already running finish on the old set, later ones use the new
     * one. A set that does not compile is refused whole and the old one stays in force. Reloading files
     * whose content has not changed keeps the rule base in force.
     *
     * Lexicon files are read again too; a malformed one is refused and the old lexicons and rules stay.
     *
     * @return the id of the rule base now in force
     * @throws InvalidRulesException with every problem's file and line; the old rules stay in force
     * @throws dev.fineline.content.InvalidLexiconException with every problem's file and line; the old
     *                               lexicons and rules stay in force
     */
    public synchronized String reload() {
        List<RuleSource> sources = builder.sources();
        Analysis lexicons = builder.lexiconPaths.isEmpty() ? analysis.get() : Analysis.load(builder.lexiconPaths);
        RuleBase current = ruleBase.get();
        if (RuleBase.hash(sources).equals(current.id())) {
            analysis.set(lexicons);
            return current.id();
        }
        String id = RuleBase.hash(sources);
        RuleBase fresh = recent.get(id);
        if (fresh == null) {
            fresh = RuleBase.compile(sources);
        }
        recent.put(current.id(), current);
        recent.remove(id);
        ruleBase.set(fresh);
        analysis.set(lexicons);
        LOG.debug("rule base {} replaced by {}", current.id(), fresh.id());
        return fresh.id();
    }

    /**
     * Advice on the custom rule files in force, never an error: patterns over {@code Person},
     * {@code Contact} or {@code Account} joined only by {@code id == $x} whose bindings only the
     * consequence uses. Such a join costs on every decision; {@code facts.person($x)} in the consequence
     * costs only when the rule fires (see {@link Facts}).
     *
     * @return one warning per such pattern, with file and line; none when the rules are lean
     */
    public List<RuleProblem> advice() {
        return ruleBase.get().advice();
    }

    /**
     * Every rule in force, ordered by guidance id and name.
     *
     * @return the rules
     */
    public List<RuleInfo> rules() {
        return List.copyOf(ruleBase.get().rules().values());
    }

    /**
     * Opens a session that keeps one organisation resident and judges it change by change: see
     * {@link OrgSession}. The session keeps the rule base in force now and this engine's limits, which
     * bound each change.
     *
     * @param situation the organisation as it stands, not null
     * @return the open session; close it when done
     * @throws IllegalArgumentException when the situation is missing or its rule settings name a rule or
     *                                  guidance id that is not in force
     * @throws IllegalStateException    when the rules fail while judging the situation
     */
    public OrgSession openSession(Situation situation) {
        return openSession(situation, EvaluationOptions.DEFAULT);
    }

    /**
     * Opens a resident session whose findings are explained in a language.
     *
     * @param situation the organisation as it stands, not null
     * @param locale    English or Norwegian bokmål, as {@link EvaluationOptions.Builder#locale} takes it
     * @return the open session; close it when done
     * @throws IllegalArgumentException when the situation is missing, the language has no texts, or the
     *                                  situation's rule settings name a rule or guidance id not in force
     * @throws IllegalStateException    when the rules fail while judging the situation
     */
    public OrgSession openSession(Situation situation, java.util.Locale locale) {
        return openSession(situation, EvaluationOptions.builder().locale(locale).build());
    }

    /**
     * Opens a resident session with options: the language of its explanations, and whether it reads the
     * text of posts and messages (it does by default, as {@code evaluate} does, when the organisation's
     * settings allow it). A session answers about the whole organisation, so the options name no focus.
     *
     * @param situation the organisation as it stands, not null
     * @param options   the language and the content analysis, not null, without a focus
     * @return the open session; close it when done
     * @throws IllegalArgumentException when the situation or options are missing, the options name a focus,
     *                                  or the situation's rule or lexicon settings are refused
     * @throws IllegalStateException    when the rules fail while judging the situation
     */
    public OrgSession openSession(Situation situation, EvaluationOptions options) {
        if (situation == null) {
            throw new IllegalArgumentException("situation: is required");
        }
        if (options == null) {
            throw new IllegalArgumentException("options: is required");
        }
        if (options.focus() != null) {
            throw new IllegalArgumentException("options.focus: a resident session answers about the whole organisation, "
                    + "was \"" + options.focus().subject() + "\"; narrow its decision() with involving(id)");
        }
        dev.fineline.model.Settings settings = situation.organization().settings();
        dev.fineline.content.ContentAnalyzer analyzer = options.contentAnalysis() && settings.contentAnalysis()
                ? analysis.get().analyzer(settings.lexicon()) : null;
        return ResidentSession.open(ruleBase.get(), situation,
                new Limits(maxFirings, maxTime.toNanos(), failClosed, options.locale()), analyzer);
    }

    /**
     * Configures and builds a {@link PolicyEngine}. Immutable: every method returns a new builder, so a
     * builder can be shared and specialised.
     */
    public static final class Builder {

        /** No fixed bound: 100 firings per fact of the situation, and at least 10,000. */
        static final int DEFAULT_MAX_FIRINGS = 0;

        private final boolean builtInRules;
        private final List<Path> rulePaths;
        /** Thirty seconds: far beyond an inline decision, and beyond an audit of 100,000 people. */
        static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(30);

        private final int maxFirings;
        private final Duration maxTime;
        private final boolean failClosed;
        private final boolean warmUp;
        private boolean trusted;
        private List<Path> lexiconPaths = List.of();
        private List<DecisionListener> listeners = List.of();
        /** Null: isolated exactly when trusted custom rules are loaded. */
        private Boolean isolated;

        private Builder(boolean builtInRules, List<Path> rulePaths, int maxFirings, Duration maxTime, boolean failClosed,
                boolean warmUp) {
            this.builtInRules = builtInRules;
            this.rulePaths = List.copyOf(rulePaths);
            this.maxFirings = maxFirings;
            this.maxTime = maxTime;
            this.failClosed = failClosed;
            this.warmUp = warmUp;
        }

        /**
         * Includes or leaves out the built-in rule base.
         *
         * @param include false to judge by custom rules only (default true)
         * @return a new builder
         */
        public Builder builtInRules(boolean include) {
            return copy(new Builder(include, rulePaths, maxFirings, maxTime, failClosed, warmUp));
        }

        /**
         * Adds custom rule files: each path is a DRL file ({@code .drl}), a decision table ({@code .xlsx},
         * {@code .csv}) or a folder searched for them.
         *
         * @param paths files or folders
         * @return a new builder
         * @throws IllegalArgumentException when a path is null
         */
        public Builder addRules(Path... paths) {
            return addRules(List.of(Objects.requireNonNull(paths, "paths")));
        }

        /**
         * Adds custom rule files: each path is a DRL file ({@code .drl}), a decision table ({@code .xlsx},
         * {@code .csv}) or a folder searched for them.
         *
         * @param paths files or folders
         * @return a new builder
         * @throws IllegalArgumentException when a path is null
         */
        public Builder addRules(Collection<Path> paths) {
            List<Path> all = new ArrayList<>(rulePaths);
            for (Path path : paths) {
                if (path == null) {
                    throw new IllegalArgumentException("rule path: must not be null");
                }
                all.add(path);
            }
            return copy(new Builder(builtInRules, all, maxFirings, maxTime, failClosed, warmUp));
        }

        /**
         * Bounds the rule firings of one decision; a decision that reaches it carries an error. By
         * default the bound grows with the situation: 100 firings per fact, and at least 10,000, so an
         * audit of a large organisation is not cut short while a looping rule still stops.
         *
         * @param limit at least 1
         * @return a new builder
         * @throws IllegalArgumentException quoting a limit below 1
         */
        public Builder maxFirings(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("maxFirings: must be at least 1, was " + limit);
            }
            return copy(new Builder(builtInRules, rulePaths, limit, maxTime, failClosed, warmUp));
        }

        /**
         * Bounds the time one decision may spend firing rules; a decision that reaches it stops, keeps
         * the findings made so far and carries an error. The time is checked before each rule firing.
         *
         * @param limit a positive duration (default 30 seconds)
         * @return a new builder
         * @throws IllegalArgumentException quoting a duration that is not positive
         */
        public Builder maxTime(Duration limit) {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("maxTime: must be a positive duration, was " + limit);
            }
            return copy(new Builder(builtInRules, rulePaths, maxFirings, limit, failClosed, warmUp));
        }

        /**
         * Makes a decision that met an error {@code FORBIDDEN} instead of {@code WARN}.
         *
         * @param enabled true to fail closed (default false)
         * @return a new builder
         */
        public Builder failClosed(boolean enabled) {
            return copy(new Builder(builtInRules, rulePaths, maxFirings, maxTime, enabled, warmUp));
        }

        /**
         * Judges a sample situation while building, so the first real call does not pay for class
         * loading and first-use compilation.
         *
         * @param enabled false to skip (default true)
         * @return a new builder
         */
        public Builder warmUp(boolean enabled) {
            return copy(new Builder(builtInRules, rulePaths, maxFirings, maxTime, failClosed, enabled));
        }

        private Builder copy(Builder next) {
            next.trusted = trusted;
            next.lexiconPaths = lexiconPaths;
            next.isolated = isolated;
            next.listeners = listeners;
            return next;
        }

        /**
         * Adds a listener that hears every decision, for a decision log: see {@link DecisionListener}.
         * Listeners are called in the order added; with none, deciding costs nothing extra.
         *
         * @param listener the listener, not null
         * @return a new builder
         * @throws IllegalArgumentException when the listener is null
         */
        public Builder listener(DecisionListener listener) {
            if (listener == null) {
                throw new IllegalArgumentException("listener: must not be null");
            }
            Builder next = copy(new Builder(builtInRules, rulePaths, maxFirings, maxTime, failClosed, warmUp));
            List<DecisionListener> all = new ArrayList<>(listeners);
            all.add(listener);
            next.listeners = List.copyOf(all);
            return next;
        }

        /**
         * Adds lexicon files to the built-in lexicons the content analysis reads text with, as custom
         * rule files add to the built-in rules. {@link PolicyEngine#reload()} reads them again.
         *
         * @param paths lexicon files
         * @return a new builder
         * @throws IllegalArgumentException when a path is null
         */
        public Builder addLexicon(Path... paths) {
            List<Path> all = new ArrayList<>(lexiconPaths);
            for (Path path : Objects.requireNonNull(paths, "paths")) {
                if (path == null) {
                    throw new IllegalArgumentException("lexicon path: must not be null");
                }
                all.add(path);
            }
            Builder next = copy(new Builder(builtInRules, rulePaths, maxFirings, maxTime, failClosed, warmUp));
            next.lexiconPaths = List.copyOf(all);
            return next;
        }

        /**
         * Runs every decision on a watched worker thread, so that a decision past {@link #maxTime} returns
         * an error at once even when one rule firing never ends. By default decisions run on the calling
         * thread, where the time limit is checked before each firing, unless trusted custom rules are
         * loaded: their consequences are full Java and may loop, so they run isolated. A decision that
         * is abandoned this way leaves its worker thread to finish the runaway firing (the JVM has no safe
         * way to stop a thread); its session is never used again.
         *
         * @param enabled true to isolate every decision, false to run on the calling thread
         * @return a new builder
         */
        public Builder isolated(boolean enabled) {
            Builder next = copy(new Builder(builtInRules, rulePaths, maxFirings, maxTime, failClosed, warmUp));
            next.isolated = enabled;
            return next;
        }

        /**
         * Lets custom rule files use full DRL and full Java. By default custom files are restricted: parsed
         * by Drools' own parser, held to a documented subset (patterns over the model's records joined by id
         * look-ups, listed pure methods, consequences that only emit findings) and compiled from the
         * checked trees printed back, so they cannot reach the JVM, files, the network, processes,
         * reflection or JVM-wide state. Trusted files can do all of that; their decisions run isolated (see
         * {@link #isolated(boolean)}). Only for teams that own the JVM and every rule file they load.
         *
         * @param enabled true to trust custom rule files (default false)
         * @return a new builder
         */
        public Builder trusted(boolean enabled) {
            Builder next = copy(new Builder(builtInRules, rulePaths, maxFirings, maxTime, failClosed, warmUp));
            next.trusted = enabled;
            return next;
        }

        /**
         * Reads the rule files this builder names. Restricted files are checked and replaced by the text
         * printed from what was checked; every problem of every file is collected, and the files that
         * passed are compiled too, so that one run reports everything.
         *
         * @throws InvalidRulesException with every problem found
         */
        List<RuleSource> sources() {
            List<RuleProblem> problems = new ArrayList<>();
            List<RuleSource> sources = new ArrayList<>();
            if (builtInRules) {
                sources.addAll(RuleSource.builtIn());
            }
            for (Path path : rulePaths) {
                for (RuleSource source : RuleSource.read(path, problems)) {
                    if (trusted) {
                        sources.add(source);
                        continue;
                    }
                    RestrictedDrl.Result checked = RestrictedDrl.check(source);
                    if (checked.problems().isEmpty()) {
                        sources.add(source.withText(checked.text()));
                    } else {
                        checked.problems().stream().map(source::locate).distinct().forEach(problems::add);
                    }
                }
            }
            if (!problems.isEmpty()) {
                if (sources.stream().anyMatch(s -> !s.origin().equals(RuleInfo.BUILT_IN))) {
                    try {
                        RuleBase.compile(sources);
                    } catch (InvalidRulesException e) {
                        problems.addAll(e.problems());
                    }
                }
                throw new InvalidRulesException(RuleBase.sorted(problems));
            }
            if (sources.isEmpty()) {
                throw new InvalidRulesException(List.of(new RuleProblem("(no rules)", 0,
                        "no rule file given and the built-in rules are left out")));
            }
            return sources;
        }

        /** Whether a warm-up may run every rule on a sample: no custom files, or trusted ones. */
        boolean warmUpAllowed() {
            return rulePaths.isEmpty() || trusted;
        }

        /**
         * Reads and compiles the rules and builds the engine.
         *
         * @return the engine
         * @throws InvalidRulesException with every problem's file and line, when a rule file cannot be read
         *                               or does not compile; nothing is loaded then
         * @throws dev.fineline.content.InvalidLexiconException with every problem's file and line, when a
         *                               lexicon file cannot be read or is malformed
         */
        public PolicyEngine build() {
            List<RuleSource> sources = sources();
            Analysis analysis = Analysis.load(lexiconPaths);
            long start = System.nanoTime();
            RuleBase ruleBase = RuleBase.compile(sources);
            PolicyEngine engine = new PolicyEngine(ruleBase, analysis, this);
            // Custom rules run first on a real situation, never on a sample at build time, unless trusted.
            if (warmUp && warmUpAllowed()) {
                WarmUp.run(engine);
            }
            engine.listeners = listeners;
            LOG.debug("rule base {} ready: {} rules from {} files in {} ms", ruleBase.id(), ruleBase.rules().size(),
                    sources.size(), (System.nanoTime() - start) / 1_000_000);
            return engine;
        }
    }
}
