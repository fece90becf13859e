package dev.fineline.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Points out joins in custom rules that could be look-ups: a pattern over {@code Person}, {@code Contact}
 * or {@code Account} that is joined only by {@code id == $x}, where {@code $x} is bound to a property that
 * always names such a record (a post's author, a connection's contact), and whose bindings are used only
 * in the consequence. Such a pattern selects nothing (the model guarantees that every reference names someone),
 * yet every fact of its type is inserted into its join memory on every decision, whether the rule fires
 * or not; {@code facts.person($x)} in the consequence costs only when the rule fires. Advice, never an
 * error: the rule is correct either way. Works on Drools' parsed descriptors, not on the text.
 */
final class LookupAdvisor {

    /** The record types a rule can look up, with the {@link Facts} method that does it. */
    private static final Map<String, String> LOOKUPS = Map.of("Person", "person", "Contact", "contact", "Account", "account");
    /**
     * The properties that always name a record of one type, by {@code Type.property}: the model refuses a
     * situation where they name nobody or something else. A join on any other binding may select (a
     * message's {@code to} names a contact or a person; a corporate account has no owner), so it is left alone.
     */
    private static final Map<String, String> REFERENCES = Map.of("Connection.account", "Account",
            "Connection.contact", "Contact", "Post.author", "Person", "Post.account", "Account", "Message.from", "Person",
            "Message.account", "Account", "EmployerRequest.from", "Person");
    private static final Pattern BINDING = Pattern.compile("\\s*(\\$[\\w$]+)\\s*:\\s*([\\w$]+)\\s*");
    private static final Pattern ID_JOIN = Pattern.compile("\\s*(?:id\\s*==\\s*(\\$[\\w$]+)|(\\$[\\w$]+)\\s*==\\s*id)\\s*");
    private static final Pattern PLAIN_BINDING = Pattern.compile("\\s*\\$[\\w$]+\\s*:\\s*[\\w$]+\\s*");

    private LookupAdvisor() {
    }

    /**
     * The advice for one rule file.
     *
     * @param source a custom rule file
     * @return one warning per pattern that could be a look-up, with its line; none for a file that does not parse
     */
    static List<RuleProblem> advise(RuleSource source) {
        String text = source.text();
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        List<RuleProblem> advice = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.getLhs() == null) {
                continue;
            }
            List<BaseDescr> conditions = rule.getLhs().getDescrs();
            for (BaseDescr descr : conditions) {
                if (descr instanceof PatternDescr pattern) {
                    String advised = advice(pattern, conditions, text);
                    if (advised != null) {
                        advice.add(new RuleProblem(source.name(), pattern.getLine(), "warning: rule \"" + rule.getName()
                                + "\" " + advised));
                    }
                }
            }
        }
        return advice;
    }

    /** The type of record the property bound to a variable always names, or null when unknown. */
    private static String referencedType(String variable, List<BaseDescr> conditions, PatternDescr except) {
        for (BaseDescr descr : conditions) {
            if (descr == except || !(descr instanceof PatternDescr pattern) || pattern.getSource() != null
                    || pattern.getConstraint() == null || pattern.getObjectType() == null) {
                continue;
            }
            String type = pattern.getObjectType().substring(pattern.getObjectType().lastIndexOf('.') + 1);
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                if (constraint instanceof ExprConstraintDescr e && e.getExpression() != null) {
                    Matcher binding = BINDING.matcher(e.getExpression());
                    if (binding.matches() && binding.group(1).equals(variable)) {
                        return REFERENCES.get(type + "." + binding.group(2));
                    }
                }
            }
        }
        return null;
    }

    /** The advice for one pattern, or null when it selects something or its bindings feed other conditions. */
    private static String advice(PatternDescr pattern, List<BaseDescr> conditions, String text) {
        String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        String method = LOOKUPS.get(simple);
        if (method == null || pattern.getSource() != null || pattern.getConstraint() == null) {
            return null;
        }
        String key = null;
        String join = null;
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr e ? e.getExpression() : null;
            if (expression == null) {
                return null;
            }
            Matcher id = ID_JOIN.matcher(expression);
            if (id.matches() && key == null) {
                key = id.group(1) != null ? id.group(1) : id.group(2);
                join = expression.strip();
            } else if (!PLAIN_BINDING.matcher(expression).matches()) {
                return null;
            }
        }
        if (key == null || !simple.equals(referencedType(key, conditions, pattern))) {
            return null;
        }
        Set<String> bound = new LinkedHashSet<>(pattern.getAllBoundIdentifiers());
        if (pattern.getIdentifier() != null) {
            bound.add(pattern.getIdentifier());
        }
        for (BaseDescr other : conditions) {
            if (other == pattern) {
                continue;
            }
            if (other.getStartCharacter() < 0 || other.getEndCharacter() < other.getStartCharacter()
                    || other.getEndCharacter() > text.length()) {
                return null;
            }
            String conditionText = text.substring(other.getStartCharacter(), Math.min(text.length(), other.getEndCharacter() + 1));
            for (String binding : bound) {
                if (Pattern.compile(Pattern.quote(binding) + "(?![\\w$])").matcher(conditionText).find()) {
                    return null;
                }
            }
        }
        return "joins " + simple + " by \"" + join + "\" only to use it in the consequence: look it up there with facts."
                + method + "(" + key + ") instead; a join costs on every decision, a look-up only when the rule fires";
    }
}
