package dev.fineline.bench;

import dev.fineline.model.Situation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ObjectType;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Counts the join memories the typical decision's facts are inserted into, for the lean rules and the
 * rules before the lean rewrite: each fact passes its type's alpha constraints and reaches the right input
 * of every join (and not/exists) node below them, on every decision, whether any rule fires or not; a
 * fact that is a rule's first pattern enters that rule's left input.
 * Run: {@code java -cp policy-bench/target/benchmarks.jar dev.fineline.bench.JoinMemories}.
 */
final class JoinMemories {

    private JoinMemories() {
    }

    /**
     * Prints the counts by fact type.
     *
     * @param args none
     */
    public static void main(String[] args) {
        for (String rules : List.of("before", "lean")) {
            Map<String, Integer> byType = count(kieBase(rules), Fixtures.typical());
            int all = byType.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, String> shown = new LinkedHashMap<>();
            byType.forEach((type, n) -> shown.put(type, (n % 1000) + "+" + (n / 1000)));
            System.out.println(rules + ": " + (all % 1000) + " join memories and " + (all / 1000)
                    + " rule entries (left inputs) fed by the typical decision's facts, by type (joins+entries) " + shown);
        }
    }

    private static KieBase kieBase(String rules) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String theme : RuleSets.THEMES) {
            String resource = rules.equals("lean") ? "/dev/fineline/rules/" + theme + ".drl" : "before/" + theme + ".drl";
            try (InputStream in = JoinMemories.class.getResourceAsStream(resource)) {
                builder.add(ResourceFactory.newByteArrayResource(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        return builder.newKieBase();
    }

    static Map<String, Integer> count(KieBase kieBase, Situation situation) {
        List<Object> facts = new ArrayList<>();
        facts.add(situation);
        facts.add(situation.organization());
        facts.add(situation.organization().settings());
        facts.addAll(situation.people());
        facts.addAll(situation.contacts());
        facts.addAll(situation.accounts());
        facts.addAll(situation.connections());
        facts.addAll(situation.posts());
        facts.addAll(situation.messages());
        facts.addAll(situation.requests());
        facts.addAll(situation.monitoring());
        KieSession session = kieBase.newKieSession();
        try {
            Map<String, Integer> byType = new LinkedHashMap<>();
            for (Object fact : facts) {
                int joins = 0;
                for (ObjectTypeNode otn : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
                    ObjectType type = otn.getObjectType();
                    if (type.isAssignableFrom(fact.getClass())) {
                        joins += joins(otn, new DefaultFactHandle(1, fact), (ReteEvaluator) session);
                    }
                }
                byType.merge(fact.getClass().getSimpleName(), joins, Integer::sum);
            }
            return byType;
        } finally {
            session.dispose();
        }
    }

    private static int joins(ObjectSource source, DefaultFactHandle handle, ReteEvaluator evaluator) {
        int joins = 0;
        for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
            if (sink instanceof AlphaNode alpha) {
                if (alpha.getConstraint().isAllowed(handle, evaluator)) {
                    joins += joins(alpha, handle, evaluator);
                }
            } else if (sink instanceof org.drools.core.reteoo.LeftInputAdapterNode) {
                joins += 1000;
            } else if (sink instanceof BetaNode || sink.getClass().getSimpleName().contains("Right")) {
                // Drools 10 feeds a join's right input through an adapter node of its own
                joins++;
            }
        }
        return joins;
    }
}
