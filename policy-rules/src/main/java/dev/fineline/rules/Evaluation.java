package dev.fineline.rules;

import dev.fineline.model.RuleSetting;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Judges situations on one thread with one Drools session that it keeps: each judgement inserts the
 * situation's facts, fires the rules, collects the findings they emit, and deletes every fact again,
 * so the session's network memories are built once and reused. A session a rule broke is thrown away.
 */
final class Evaluation extends DefaultAgendaEventListener implements Emitting {

    private final RuleBase ruleBase;
    private final KieSession session;
    private final List<FactHandle> handles = new ArrayList<>();
    private Map<String, RuleSetting> settingsByRule = Map.of();
    private List<Finding> findings = new ArrayList<>();
    private List<EvaluationError> errors = new ArrayList<>();
    private RuleInfo current;
    private boolean running;
    private int lastFacts;
    private long deadline;
    private volatile boolean timedOut;
    /** Set when a judgement did not finish cleanly: the session may hold anything, so it is never used again. */
    private boolean broken;
    private final Map<RuleInfo, int[]> firings = new java.util.IdentityHashMap<>();
    /** The match of the firing rule: its facts give a finding's involved ids. */
    private org.kie.api.runtime.rule.Match currentMatch;
    private InvolvedIds involvedIds;
    /** The language the rules' phrases are rendered in for the judgement running. */
    private java.util.Locale locale = Messages.ENGLISH;
    private final SituationFacts facts = new SituationFacts();
    /** The signals read in the situation's text, inserted with its facts by the next judgement only. */
    private List<TextSignal> textSignals = List.of();

    /** Above this many facts a session is not kept: its memories would stay sized for the big situation. */
    private static final int KEEP_SESSION_MAX_FACTS = 10_000;

    Evaluation(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.session = ruleBase.kieBase().newKieSession();
        session.setGlobal("findings", this);
        if (ruleBase.declaresFacts()) {
            session.setGlobal("facts", facts);
        }
        session.addEventListener(this);
    }

    /**
     * Maps each rule to the setting that applies to it: its own by name, else its guidance id's.
     *
     * @throws IllegalArgumentException when a key names no rule and no guidance id in force
     */
    static Map<String, RuleSetting> resolve(RuleBase ruleBase, Map<String, RuleSetting> rules) {
        if (rules.isEmpty()) {
            return Map.of();
        }
        Map<String, RuleSetting> byRule = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        rules.forEach((key, setting) -> {
            List<RuleInfo> named = ruleBase.named(key);
            if (named.isEmpty()) {
                unknown.add(key);
            }
            for (RuleInfo rule : named) {
                boolean byName = rule.name().equals(key);
                if (byName || !rules.containsKey(rule.name())) {
                    byRule.put(rule.name(), setting);
                }
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("organization.settings.rules: " + (unknown.size() == 1 ? "" : "each of ")
                    + unknown.stream().map(k -> "\"" + k + "\"").toList().toString().replaceAll("^\\[|\\]$", "")
                    + " names no rule and no guidance id in force");
        }
        return byRule;
    }

    /**
     * Judges a situation.
     *
     * @return the decision; {@link #reusable()} tells whether this evaluation may judge again
     */
    Decision run(Situation situation, Map<String, RuleSetting> settings, Limits limits) {
        if (running) {
            throw new IllegalStateException("a rule asked the engine to judge a situation while it was judging one");
        }
        running = true;
        settingsByRule = settings;
        findings = new ArrayList<>();
        errors = new ArrayList<>();
        current = null;
        currentMatch = null;
        involvedIds = new InvolvedIds(situation);
        locale = limits.locale();
        firings.clear();
        timedOut = false;
        try {
            facts.fill(situation);
            insertFacts(situation);
            int limit = limits.maxFirings() > 0 ? limits.maxFirings()
                    : (int) Math.min(Integer.MAX_VALUE, Math.max(10_000L, 100L * handles.size()));
            deadline = System.nanoTime() + limits.maxNanos();
            int fired = session.fireAllRules(match -> isEnabled(match.getRule().getName()), limit);
            if (timedOut) {
                errors.add(new EvaluationError(mostFired(), "stopped after " + (limits.maxNanos() / 1_000_000)
                        + " ms of rule firing (" + fired + " firings, most of them by this rule); the rules may loop"));
            } else if (fired >= limit) {
                errors.add(new EvaluationError(mostFired(), "stopped after " + limit
                        + " rule firings, most of them by this rule; the rules may loop"));
            }
        } catch (Throwable e) {
            broken = true;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            errors.add(new EvaluationError(current == null ? "" : current.name(), "the rule failed: " + reason(e)));
        } finally {
            running = false;
        }
        lastFacts = handles.size();
        if (reusable()) {
            try {
                clear();
            } catch (Throwable e) {
                broken = true;
            }
        }
        return Decision.of(findings, errors, ruleBase.id(), limits.failClosed());
    }

    /** The rule that fired most often in this judgement: the likeliest culprit of a runaway. */
    private String mostFired() {
        RuleInfo most = null;
        int count = -1;
        for (Map.Entry<RuleInfo, int[]> e : firings.entrySet()) {
            if (e.getValue()[0] > count) {
                most = e.getKey();
                count = e.getValue()[0];
            }
        }
        return most == null ? "" : most.name();
    }

    /** Whether the session is worth keeping: nothing went wrong in the last judgement, and it was not huge. */
    boolean reusable() {
        return !broken && errors.isEmpty() && lastFacts <= KEEP_SESSION_MAX_FACTS;
    }

    /** The rule base this evaluation's session belongs to. */
    RuleBase ruleBase() {
        return ruleBase;
    }

    /** Frees the session for good; a session a failure left in any state is only dropped. */
    void close() {
        broken = true;
        try {
            session.dispose();
        } catch (Throwable e) {
            // Nothing of the session is used again, whatever state dispose left it in.
        }
    }

    /** Stops the judgement at the next rule firing: called by the engine when the decision is past its time. */
    void stop() {
        broken = true;
        timedOut = true;
        session.halt();
    }

    /** Deletes every fact, ours and any a rule inserted, leaving the network memories in place. */
    private void clear() {
        for (FactHandle handle : handles) {
            session.delete(handle);
        }
        handles.clear();
        facts.clear();
        if (session.getFactCount() > 0) {
            for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles())) {
                session.delete(handle);
            }
        }
    }

    private void insertFacts(Situation situation) {
        Settings settings = situation.organization().settings();
        insert(situation);
        insert(situation.organization());
        insert(settings);
        situation.people().forEach(this::insert);
        situation.contacts().forEach(this::insert);
        situation.accounts().forEach(this::insert);
        situation.connections().forEach(this::insert);
        situation.posts().forEach(this::insert);
        situation.messages().forEach(this::insert);
        situation.requests().forEach(this::insert);
        situation.monitoring().forEach(this::insert);
        situation.relationships().forEach(this::insert);
        textSignals.forEach(this::insert);
        textSignals = List.of();
    }

    /** Has the next judgement insert the signals read in the situation's text as facts too. */
    void alsoInsert(List<TextSignal> signals) {
        textSignals = signals;
    }

    private void insert(Object fact) {
        handles.add(session.insert(fact));
    }

    private boolean isEnabled(String rule) {
        RuleSetting setting = settingsByRule.get(rule);
        return setting == null || setting.enabled();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        currentMatch = event.getMatch();
        current = ruleBase.rule(currentMatch.getRule());
        firings.computeIfAbsent(current, r -> new int[1])[0]++;
        if (System.nanoTime() > deadline && !timedOut) {
            timedOut = true;
            session.halt();
        }
    }

    /**
     * The finding a firing rule emitted, after the organisation's setting for it; one place for the
     * stateless and the resident judgement alike.
     *
     * @throws IllegalArgumentException naming the rule when a part of the finding is missing
     */
    static Finding finding(RuleInfo rule, RuleSetting setting, Verdict verdict, Verdict ceiling, String subject,
            String explanation, Obligation[] obligations, Involved involved, Phrase phrase) {
        if (verdict == null || ceiling == null || subject == null || explanation == null) {
            throw new IllegalArgumentException("rule " + rule.name() + " emitted a finding without "
                    + (verdict == null ? "a verdict" : ceiling == null ? "a ceiling" : subject == null ? "a subject" : "an explanation"));
        }
        Verdict judged = setting != null && setting.verdict() != null ? setting.verdict() : verdict;
        // Finding keeps the obligations once each, in declaration order: never in a hash order that differs by JVM.
        return new Finding(rule.name(), rule.guidance(), judged.min(ceiling), subject, explanation,
                obligations == null ? List.of() : java.util.Arrays.asList(obligations), involved, List.of(), phrase);
    }

    @Override
    public void found(Verdict verdict, Verdict ceiling, String subject, String explanation, Phrase phrase,
            Obligation[] obligations) {
        if (current == null) {
            throw new IllegalStateException("findings can only be emitted by a firing rule");
        }
        findings.add(finding(current, settingsByRule.get(current.name()), verdict, ceiling, subject, explanation,
                obligations, involvedIds.of(currentMatch.getObjects(), subject), phrase));
    }

    @Override
    public java.util.Locale language() {
        return locale;
    }

    @Override
    public List<Finding> about(String subject) {
        List<Finding> found = new ArrayList<>(2);
        for (Finding finding : findings) {
            if (finding.subject().equals(subject)) {
                found.add(finding);
            }
        }
        return found;
    }

    /** Why a judgement failed, in words: no class names, and a message only from exceptions that carry one. */
    static String reason(Throwable e) {
        Throwable root = e;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 16) {
            root = root.getCause();
        }
        if (root instanceof StackOverflowError) {
            return "it recursed too deeply";
        }
        if (root instanceof OutOfMemoryError) {
            return "it ran out of memory";
        }
        if (root instanceof InterruptedException) {
            return "it was interrupted";
        }
        if (root instanceof ArithmeticException) {
            return "an arithmetic error (" + root.getMessage() + ")";
        }
        if (root instanceof NullPointerException) {
            return "it read a value that is absent";
        }
        String message = root.getMessage();
        if (message == null || message.isBlank() || root instanceof Error) {
            return "it threw an error";
        }
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
