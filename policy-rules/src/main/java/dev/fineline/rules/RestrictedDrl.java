package dev.fineline.rules;

import dev.fineline.rules.Expr.Bind;
import dev.fineline.rules.Expr.Binary;
import dev.fineline.rules.Expr.Call;
import dev.fineline.rules.Expr.In;
import dev.fineline.rules.Expr.Literal;
import dev.fineline.rules.Expr.Path;
import dev.fineline.rules.Expr.Segment;
import dev.fineline.rules.Expr.SyntaxException;
import dev.fineline.rules.Expr.Unary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * The restricted subset of DRL, checked on what Drools itself parses and printed back from what was
 * checked. A restricted file is read by Drools' own DRL parser (after Java unicode escapes are resolved
 * exactly as the Java compiler resolves them) into descriptors; every descriptor outside a small subset
 * is refused; every constraint, {@code from} source and consequence is parsed again by {@link Expr}'s
 * parser and type-checked against an allow-list of types and members ({@link Members}); and the file
 * that is compiled is printed from those checked trees, never the original text. What was checked is
 * what runs.
 *
 * <p>The subset: imports of the model and the finding vocabulary; the globals {@code findings} (and
 * {@code facts} where the engine offers it); rules with {@code @guidance}, {@code @verdict} and
 * {@code @description} metadata and at most a literal {@code salience} and {@code no-loop}; conditions
 * made of patterns over the model's records, {@code not} and {@code exists}, and {@code from} a
 * collection of a bound fact; constraints of property access, bindings, literals, comparisons,
 * {@code contains}, {@code memberOf}, {@code in}, logic and arithmetic, and listed pure methods;
 * consequences that only call {@code findings.emit}/{@code emitAtMost}. The cost is bounded by
 * construction: every positive pattern after the first is joined to an earlier binding by
 * {@code id == $x} (so it matches at most one fact) or iterates a bound fact's collection with
 * {@code from}; a {@code not} or {@code exists} that refers to earlier bindings does it by an indexed
 * equality; there are no loops, no regular expressions, no insertions and no calls outside the list.
 */
final class RestrictedDrl {

    /** Positive patterns in one rule; with id joins each adds no more matches. */
    static final int MAX_PATTERNS = 8;
    /** Patterns of all kinds in one rule, {@code not} and {@code exists} included. */
    static final int MAX_ELEMENTS = 16;
    /** Brackets of any kind nested deeper are refused before the file is parsed. */
    static final int MAX_NESTING = 48;
    /** Rules in one file. */
    static final int MAX_RULES = 2_000;

    private static final String OPT_OUT = "; rules that need full DRL must be loaded as trusted";
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]{0,40}(\\.[a-z][a-z0-9_]{0,40}){0,8}");
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools",
            "org.kie", "org.mvel2", "dev.fineline");
    private static final Pattern RULE_NAME = Pattern.compile("[\\p{L}\\p{N} _.:/()\\-]{1,200}");
    private static final Pattern GUIDANCE = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,63}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^\\p{Cntrl}\"\\\\]{0,500}");
    private static final Set<String> VERDICTS = Set.of("ALLOWED", "WARN", "FORBIDDEN");

    /**
     * The outcome of checking one file.
     *
     * @param problems every problem found, with its line; empty when the file is in the subset
     * @param text     the file printed back from what was checked, to be compiled instead of the original;
     *                 null when there are problems
     */
    record Result(List<RuleProblem> problems, String text) {
    }

    private final RuleSource source;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Members members = new Members();
    private final Printer out = new Printer();

    private RestrictedDrl(RuleSource source) {
        this.source = source;
    }

    /**
     * Checks a file and prints back what was checked.
     *
     * @param source the file
     * @return the problems, or the text to compile
     */
    static Result check(RuleSource source) {
        RestrictedDrl checker = new RestrictedDrl(source);
        String text = checker.prepare(source.text());
        if (text != null) {
            checker.checkPackage(text);
        }
        List<RuleProblem> found = new ArrayList<>(checker.problems);
        found.sort(java.util.Comparator.comparingInt(RuleProblem::line));
        return new Result(List.copyOf(found), found.isEmpty() ? checker.out.text() : null);
    }

    private void problem(int line, String message) {
        problems.add(new RuleProblem(source.name(), Math.max(line, 0), message));
    }

    /** Resolves unicode escapes and refuses what the parser must never see: control bytes and deep nesting. */
    private String prepare(String original) {
        String text;
        try {
            text = UnicodeEscapes.resolve(original);
        } catch (IllegalArgumentException e) {
            problem(lineAt(original, Integer.parseInt(e.getMessage())), "malformed unicode escape");
            return null;
        }
        int depth = 0;
        int line = 1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                quote = 0;
                continue;
            }
            if (c != '\t' && c != '\r' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT)) {
                problem(line, "control or invisible character U+" + String.format("%04X", (int) c)
                        + " is not allowed in a restricted rule file");
                return null;
            }
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 1;
                for (int j = i; j < stop; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                    }
                }
                i = stop;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    problem(line, "brackets nested more than " + MAX_NESTING + " levels deep");
                    return null;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return text;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void checkPackage(String text) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            problem(0, "the file cannot be parsed");
            return;
        } catch (StackOverflowError e) {
            problem(0, "the file is nested too deeply to parse");
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                problem(lines == null || lines.length == 0 ? 0 : lines[0], RuleBase.clean(error.getMessage()));
            }
            if (problems.isEmpty()) {
                problem(0, "the file cannot be parsed");
            }
            return;
        }
        String name = pkg.getName() == null ? "" : pkg.getName();
        if (!PACKAGE.matcher(name).matches() || RESERVED_PACKAGES.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "."))) {
            problem(pkg.getLine(), "package " + quote(name) + " is not allowed: a restricted rule file declares a package "
                    + "of lower-case names of its own, outside java, javax, jdk, sun, com.sun, org.drools, org.kie, org.mvel2 and dev.fineline");
        }
        refuseAll(pkg.getFunctions(), "a function");
        refuseAll(pkg.getFunctionImports(), "\"import function\"");
        refuseAll(pkg.getAccumulateImports(), "\"import accumulate\"");
        refuseAll(pkg.getTypeDeclarations(), "\"declare\"");
        refuseAll(pkg.getEnumDeclarations(), "\"declare enum\"");
        refuseAll(pkg.getEntryPointDeclarations(), "an entry point declaration");
        refuseAll(pkg.getWindowDeclarations(), "a window declaration");
        refuseAll(pkg.getAttributes(), "a package-level attribute");
        if (pkg.getUnit() != null) {
            problem(pkg.getUnit().getLine(), "\"unit\" is not allowed in a restricted rule file" + OPT_OUT);
        }
        out.line(Math.max(1, pkg.getLine()));
        out.append("package " + name + ";");
        for (ImportDescr imp : pkg.getImports()) {
            String target = imp.getTarget();
            String refusal = members.importTarget(target);
            if (refusal != null) {
                problem(imp.getLine(), "import " + quote(target) + " is not allowed: " + refusal);
            } else {
                out.line(imp.getLine());
                out.append("import " + target + ";");
            }
        }
        Map<String, Class<?>> globals = new LinkedHashMap<>();
        for (GlobalDescr global : pkg.getGlobals()) {
            Class<?> type = members.global(global.getIdentifier(), global.getType());
            if (type == null) {
                problem(global.getLine(), "global " + quote(global.getIdentifier()) + " of type " + quote(global.getType())
                        + " is not allowed: a restricted rule file declares only " + members.describeGlobals());
            } else {
                globals.put(global.getIdentifier(), type);
                out.line(global.getLine());
                out.append("global " + type.getName() + " " + global.getIdentifier() + ";");
            }
        }
        if (pkg.getRules().size() > MAX_RULES) {
            problem(0, "more than " + MAX_RULES + " rules in one file");
            return;
        }
        for (RuleDescr rule : pkg.getRules()) {
            new RuleCheck(rule, globals).run();
        }
    }

    private void refuseAll(java.util.Collection<? extends BaseDescr> descrs, String what) {
        for (BaseDescr d : descrs) {
            problem(d.getLine(), what + " is not allowed in a restricted rule file" + OPT_OUT);
        }
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "\"";
    }

    /** Checks and prints one rule. */
    private final class RuleCheck {

        private final RuleDescr rule;
        private final Map<String, Class<?>> globals;
        private final Map<String, Members.Type> bindings = new LinkedHashMap<>();
        private int positives;
        private int elements;
        private final int before;

        RuleCheck(RuleDescr rule, Map<String, Class<?>> globals) {
            this.rule = rule;
            this.globals = globals;
            this.before = problems.size();
        }

        void run() {
            int line = rule.getLine();
            String name = rule.getName();
            if (rule.isQuery()) {
                problem(line, "\"query\" is not allowed in a restricted rule file" + OPT_OUT);
                return;
            }
            if (name == null || !RULE_NAME.matcher(name).matches()) {
                problem(line, "rule name " + quote(name) + " is not allowed: use letters, digits, spaces and _ . : / ( ) -");
                return;
            }
            if (rule.hasParent()) {
                problem(line, "rule " + quote(name) + ": \"extends\" is not allowed in a restricted rule file" + OPT_OUT);
            }
            StringBuilder header = new StringBuilder("rule ").append(Expr.quote(name));
            header.append(metadata(name, line));
            header.append(attributes(name));
            out.line(line);
            out.append(header.toString());
            out.newline();
            out.append("when");
            AndDescr lhs = rule.getLhs();
            if (lhs != null) {
                List<BaseDescr> descrs = lhs.getDescrs();
                for (BaseDescr d : descrs) {
                    element(d, false);
                }
            }
            if (!rule.getNamedConsequences().isEmpty()) {
                problem(line, "rule " + quote(name) + ": named consequences are not allowed in a restricted rule file" + OPT_OUT);
            }
            consequence();
            out.newline();
            out.append("end");
        }

        private String metadata(String name, int line) {
            StringBuilder text = new StringBuilder();
            boolean guidance = false;
            boolean verdict = false;
            for (String key : rule.getAnnotationNames()) {
                AnnotationDescr ad = rule.getAnnotation(key);
                String value = ad.getValueMap().size() == 1 && ad.getValue() != null
                        ? AnnotationDescr.unquote(String.valueOf(ad.getValue()).strip()) : null;
                switch (key) {
                    case "guidance" -> {
                        if (value == null || !GUIDANCE.matcher(value).matches()) {
                            problem(line, "rule " + quote(name) + ": @guidance must be one id of letters, digits, _ . -, was "
                                    + quote(value));
                        } else {
                            text.append(" @guidance(").append(Expr.quote(value)).append(')');
                            guidance = true;
                        }
                    }
                    case "verdict" -> {
                        if (value == null || !VERDICTS.contains(value)) {
                            problem(line, "rule " + quote(name) + ": @verdict must be one of ALLOWED, WARN, FORBIDDEN, was "
                                    + quote(value));
                        } else {
                            text.append(" @verdict(").append(value).append(')');
                            verdict = true;
                        }
                    }
                    case "description" -> {
                        if (value == null || !DESCRIPTION.matcher(value).matches()) {
                            problem(line, "rule " + quote(name) + ": @description must be one plain string of at most 500 characters");
                        } else {
                            text.append(" @description(").append(Expr.quote(value)).append(')');
                        }
                    }
                    default -> problem(line, "rule " + quote(name) + ": annotation @" + key
                            + " is not allowed; a restricted rule has @guidance, @verdict and @description");
                }
            }
            if (!guidance) {
                problem(line, "rule " + quote(name) + " has no @guidance(\"ID\") metadata naming the guidance it encodes");
            }
            if (!verdict && rule.getAnnotation("verdict") == null) {
                problem(line, "rule " + quote(name) + " needs @verdict(ALLOWED|WARN|FORBIDDEN) metadata");
            }
            return text.toString();
        }

        private String attributes(String name) {
            StringBuilder text = new StringBuilder();
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
                switch (attribute.getName()) {
                    case "salience" -> {
                        if (!value.matches("-?[0-9]{1,6}")) {
                            problem(attribute.getLine(), "rule " + quote(name) + ": salience must be a whole number from "
                                    + "-999999 to 999999, was " + quote(value));
                        } else {
                            text.append(" salience ").append(Integer.parseInt(value));
                        }
                    }
                    case "no-loop" -> {
                        if (!value.equals("true") && !value.equals("false")) {
                            problem(attribute.getLine(), "rule " + quote(name) + ": no-loop must be true or false, was " + quote(value));
                        } else {
                            text.append(" no-loop ").append(value);
                        }
                    }
                    case "dialect" -> {
                        if (!value.equals("java") && !value.equals("\"java\"")) {
                            problem(attribute.getLine(), "rule " + quote(name) + ": dialect " + quote(value)
                                    + " is not allowed; restricted consequences are Java calls of findings");
                        }
                    }
                    default -> problem(attribute.getLine(), "rule " + quote(name) + ": attribute " + quote(attribute.getName())
                            + " is not allowed; a restricted rule may set salience and no-loop");
                }
            }
            return text.toString();
        }

        private void element(BaseDescr d, boolean nested) {
            if (++elements > MAX_ELEMENTS) {
                if (elements == MAX_ELEMENTS + 1) {
                    problem(d.getLine(), "rule " + quote(rule.getName()) + " has more than " + MAX_ELEMENTS + " patterns");
                }
                return;
            }
            if (d instanceof PatternDescr pattern && !nested) {
                out.line(d.getLine());
                out.append("    ");
                pattern(pattern, Kind.POSITIVE);
            } else if ((d instanceof NotDescr || d instanceof ExistsDescr) && !nested) {
                List<? extends BaseDescr> inner = ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs();
                String word = d instanceof NotDescr ? "not" : "exists";
                if (inner.size() != 1 || !(inner.get(0) instanceof PatternDescr pattern)) {
                    problem(d.getLine(), "\"" + word + "\" must hold exactly one pattern in a restricted rule file");
                    return;
                }
                out.line(d.getLine());
                out.append("    " + word + " ( ");
                Map<String, Members.Type> outer = new LinkedHashMap<>(bindings);
                pattern(pattern, Kind.NEGATED);
                bindings.clear();
                bindings.putAll(outer);
                out.append(" )");
            } else {
                problem(d.getLine(), describeElement(d) + " is not allowed in the conditions of a restricted rule file; use patterns, "
                        + "not, exists and from a bound fact's collection" + OPT_OUT);
            }
        }

        private String describeElement(BaseDescr d) {
            String simple = d.getClass().getSimpleName();
            return switch (simple) {
                case "EvalDescr" -> "\"eval\"";
                case "OrDescr" -> "\"or\"";
                case "AndDescr" -> "a nested \"and\"";
                case "ForallDescr" -> "\"forall\"";
                case "AccumulateDescr" -> "\"accumulate\"";
                case "CollectDescr" -> "\"collect\"";
                case "ConditionalBranchDescr" -> "\"if ... do\"";
                case "NamedConsequenceDescr" -> "\"do[...]\"";
                case "PatternDescr", "NotDescr", "ExistsDescr" -> "a nested pattern";
                default -> "this construct";
            };
        }

        private enum Kind { POSITIVE, NEGATED }

        private void pattern(PatternDescr pattern, Kind kind) {
            int line = pattern.getLine();
            if (pattern.isQuery() || pattern.isUnification()) {
                problem(line, "queries and unification (:=) are not allowed in a restricted rule file" + OPT_OUT);
                return;
            }
            if (!pattern.getBehaviors().isEmpty() || !pattern.getAnnotations().isEmpty()) {
                problem(line, "pattern annotations and windows are not allowed in a restricted rule file" + OPT_OUT);
                return;
            }
            if (!pattern.getPositionalConstraints().isEmpty()) {
                problem(line, "positional constraints (;) are not allowed in a restricted rule file; name the property");
                return;
            }
            Class<?> type = members.factType(pattern.getObjectType());
            Expr from = null;
            Members.Type fromType = null;
            if (pattern.getSource() != null) {
                if (!(pattern.getSource() instanceof FromDescr fd)) {
                    problem(line, describeSource(pattern.getSource()) + " is not allowed in a restricted rule file" + OPT_OUT);
                    return;
                }
                String expression = fd.getDataSource() == null ? null : fd.getDataSource().getText();
                try {
                    from = Expr.Parser.value(expression == null ? "" : expression);
                    fromType = fromSource(from);
                    if (fromType == null) {
                        problem(line, "\"from\" takes a collection property of a fact bound earlier, such as \"from $post.media\"");
                        return;
                    }
                    if (type == null) {
                        type = members.elementType(fromType, pattern.getObjectType());
                    }
                } catch (SyntaxException e) {
                    problem(line, "in \"from " + abbreviate(expression) + "\": " + e.getMessage());
                    return;
                } catch (Members.Refusal e) {
                    problem(line, "in \"from " + abbreviate(expression) + "\": " + e.getMessage());
                    return;
                }
            }
            if (type == null) {
                problem(line, "pattern type " + quote(pattern.getObjectType()) + " is not allowed: a restricted rule matches the "
                        + "model's records (" + members.describeFactTypes() + ")");
                return;
            }
            if (kind == Kind.POSITIVE && from == null && ++positives > MAX_PATTERNS) {
                problem(line, "rule " + quote(rule.getName()) + " has more than " + MAX_PATTERNS + " patterns");
                return;
            }
            Members.Type self = members.typeOf(type);
            String identifier = pattern.getIdentifier();
            if (identifier != null && !checkVariable(identifier, line)) {
                return;
            }
            Map<String, Members.Type> earlier = new LinkedHashMap<>(bindings);
            List<String> printed = new ArrayList<>();
            boolean joined = false;
            boolean refersEarlier = false;
            boolean indexedEquality = false;
            for (BaseDescr c : pattern.getDescrs()) {
                if (!(c instanceof ExprConstraintDescr constraint)) {
                    problem(c.getLine(), "this constraint form is not allowed in a restricted rule file");
                    continue;
                }
                String text = constraint.getExpression();
                Expr e;
                try {
                    e = Expr.Parser.constraint(text);
                } catch (SyntaxException ex) {
                    problem(constraintLine(c, line), "in constraint " + quote(abbreviate(text)) + ": " + ex.getMessage());
                    continue;
                }
                try {
                    new Typer(self, bindings, Map.of(), false).constraint(e);
                } catch (Members.Refusal ex) {
                    problem(constraintLine(c, line), "in constraint " + quote(abbreviate(text)) + ": " + ex.getMessage());
                    continue;
                }
                if (e instanceof Bind bind) {
                    if (!checkVariable(bind.variable(), line)) {
                        continue;
                    }
                    try {
                        bindings.put(bind.variable(), new Typer(self, earlier, Map.of(), false).type(bound(bind)));
                    } catch (Members.Refusal ex) {
                        problem(line, ex.getMessage());
                    }
                }
                Set<String> refs = new HashSet<>();
                collectBindings(e, refs);
                refs.retainAll(earlier.keySet());
                refersEarlier |= !refs.isEmpty();
                for (Expr conjunct : conjuncts(e)) {
                    if (conjunct instanceof Binary b && b.op().equals("==")) {
                        String onSelf = selfProperty(b.left());
                        Expr other = b.right();
                        if (onSelf == null) {
                            onSelf = selfProperty(b.right());
                            other = b.left();
                        }
                        if (onSelf != null && other instanceof Path p && p.segments().isEmpty() && earlier.containsKey(p.head())) {
                            indexedEquality = true;
                            joined |= onSelf.equals("id");
                        }
                    }
                }
                printed.add(e.printTop());
            }
            if (kind == Kind.POSITIVE && from == null && positives > 1 && !joined) {
                problem(line, "pattern " + quote(pattern.getObjectType()) + " is not joined to an earlier fact: in a restricted "
                        + "rule every pattern after the first needs \"id == $x\" with $x bound earlier (or iterates "
                        + "\"from $fact.collection\"), so that no rule can build a cross product");
            }
            if (kind == Kind.NEGATED && refersEarlier && !indexedEquality) {
                problem(line, "a \"not\" or \"exists\" pattern that refers to earlier facts needs an equality \"property == $x\" "
                        + "with $x bound earlier, so that it is an index look-up");
            }
            if (identifier != null) {
                bindings.put(identifier, self);
            }
            out.append((identifier == null ? "" : identifier + " : ") + pattern.getObjectType().strip() + "( "
                    + String.join(", ", printed) + " )" + (from == null ? "" : " from " + from.printTop()));
        }

        private String describeSource(BaseDescr source) {
            String simple = source.getClass().getSimpleName();
            return switch (simple) {
                case "AccumulateDescr" -> "\"accumulate\"";
                case "CollectDescr" -> "\"collect\"";
                case "EntryPointDescr" -> "\"from entry-point\"";
                case "WindowReferenceDescr" -> "\"from window\"";
                default -> "this pattern source";
            };
        }

        private int constraintLine(BaseDescr c, int fallback) {
            return c.getLine() > 0 ? c.getLine() : fallback;
        }

        private boolean checkVariable(String variable, int line) {
            if (!variable.matches("\\$[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                problem(line, "binding " + quote(variable) + " must start with $ and be made of ASCII letters, digits and _");
                return false;
            }
            if (bindings.containsKey(variable)) {
                problem(line, "binding " + quote(variable) + " is already bound in this rule");
                return false;
            }
            return true;
        }

        /** The type of a {@code from} source: a path of properties from a binding, ending in a collection. */
        private Members.Type fromSource(Expr from) throws Members.Refusal {
            if (!(from instanceof Path p) || !bindings.containsKey(p.head()) || p.segments().isEmpty()
                    || p.segments().stream().anyMatch(s -> s.args() != null)) {
                return null;
            }
            Members.Type t = new Typer(null, bindings, Map.of(), false).type(from);
            return t.isCollection() ? t : null;
        }

        private void consequence() {
            Object consequence = rule.getConsequence();
            String text = consequence == null ? "" : consequence.toString();
            int line = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine();
            out.line(line);
            out.append("then");
            List<Expr.Parser.Statement> statements;
            try {
                statements = Expr.Parser.statements(text);
            } catch (SyntaxException e) {
                problem(line, "in the consequence of rule " + quote(rule.getName()) + ": " + e.getMessage()
                        + "; a restricted consequence only calls findings.emit or findings.emitAtMost" + OPT_OUT);
                return;
            }
            if (statements.isEmpty()) {
                problem(line, "rule " + quote(rule.getName()) + " has an empty consequence: call findings.emit");
            }
            for (Expr.Parser.Statement statement : statements) {
                int at = line + 1 + (int) text.substring(0, Math.min(statement.offset(), text.length())).chars().filter(c -> c == '\n').count();
                try {
                    new Typer(null, bindings, globals, true).statement(statement.call());
                    out.line(at);
                    out.append("    " + statement.call().printTop() + ";");
                } catch (Members.Refusal e) {
                    problem(at, "in the consequence of rule " + quote(rule.getName()) + ": " + e.getMessage());
                }
            }
        }
    }

    private static String abbreviate(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    /** What a binding binds: its value, or the left operand of the test that follows it. */
    private static Expr bound(Bind bind) {
        if (bind.value() instanceof Binary b && !b.op().equals("&&") && !b.op().equals("||")) {
            return b.left();
        }
        if (bind.value() instanceof In in) {
            return in.left();
        }
        return bind.value();
    }

    /** The conjuncts of an expression: itself, or the operands of its top-level {@code &&}. */
    private static List<Expr> conjuncts(Expr e) {
        List<Expr> all = new ArrayList<>();
        if (e instanceof Binary b && b.op().equals("&&")) {
            all.addAll(conjuncts(b.left()));
            all.addAll(conjuncts(b.right()));
        } else if (e instanceof Bind bind) {
            all.addAll(conjuncts(bind.value()));
        } else {
            all.add(e);
        }
        return all;
    }

    /** The property name when the expression is one property of the pattern's own fact. */
    private static String selfProperty(Expr e) {
        if (e instanceof Path p && !p.head().startsWith("$")) {
            if (p.head().equals("this") && p.segments().size() == 1 && p.segments().get(0).args() == null) {
                return p.segments().get(0).name();
            }
            if (p.segments().isEmpty() && Character.isLowerCase(p.head().charAt(0))) {
                return p.head();
            }
        }
        return null;
    }

    private static void collectBindings(Expr e, Set<String> into) {
        if (e instanceof Path p) {
            if (p.head().startsWith("$")) {
                into.add(p.head());
            }
            collectSegments(p.segments(), into);
        } else if (e instanceof Call c) {
            c.args().forEach(a -> collectBindings(a, into));
            collectSegments(c.segments(), into);
        } else if (e instanceof Binary b) {
            collectBindings(b.left(), into);
            collectBindings(b.right(), into);
        } else if (e instanceof In in) {
            collectBindings(in.left(), into);
            in.values().forEach(v -> collectBindings(v, into));
        } else if (e instanceof Unary u) {
            collectBindings(u.operand(), into);
        } else if (e instanceof Bind b) {
            collectBindings(b.value(), into);
        }
    }

    private static void collectSegments(List<Segment> segments, Set<String> into) {
        for (Segment s : segments) {
            if (s.args() != null) {
                s.args().forEach(a -> collectBindings(a, into));
            }
        }
    }

    /** Types expressions against the allow-list, refusing whatever is not on it. */
    private final class Typer {

        private final Members.Type self;
        private final Map<String, Members.Type> bindings;
        private final Map<String, Class<?>> globals;
        private final boolean consequence;

        Typer(Members.Type self, Map<String, Members.Type> bindings, Map<String, Class<?>> globals, boolean consequence) {
            this.self = self;
            this.bindings = bindings;
            this.globals = globals;
            this.consequence = consequence;
        }

        void constraint(Expr e) throws Members.Refusal {
            if (e instanceof Bind bind) {
                Expr bound = bound(bind);
                if (!(bound instanceof Path) && !(bound instanceof Call)) {
                    throw new Members.Refusal("a binding names a property or a call, such as \"$author : author\"");
                }
                if (bound != bind.value() && !type(bind.value()).isBoolean()) {
                    throw new Members.Refusal("a binding followed by a test needs a test, such as \"$owner : owner != null\"");
                }
                type(bound);
                return;
            }
            Members.Type t = type(e);
            if (!t.isBoolean()) {
                throw new Members.Refusal("a constraint must be a test (true or false), was a " + t.describe());
            }
        }

        void statement(Expr e) throws Members.Refusal {
            if (!(e instanceof Path p) || !p.head().equals("findings") || p.segments().size() != 1 || p.segments().get(0).args() == null) {
                throw new Members.Refusal("a restricted consequence only calls findings.emit(...) or findings.emitAtMost(...), found "
                        + quote(abbreviate(e.print())));
            }
            Segment call = p.segments().get(0);
            List<Members.Type> args = new ArrayList<>();
            for (Expr a : call.args()) {
                args.add(type(a));
            }
            members.sinkCall(call.name(), args);
        }

        Members.Type type(Expr e) throws Members.Refusal {
            if (e instanceof Literal l) {
                return members.literal(l);
            }
            if (e instanceof Path p) {
                return path(p);
            }
            if (e instanceof Call c) {
                if (consequence || self == null) {
                    throw new Members.Refusal("call " + quote(c.name() + "(...)") + " needs a receiver, such as $fact."
                            + c.name() + "(...)");
                }
                return segments(members.method(self, c.name(), args(c.args())), c.segments());
            }
            if (e instanceof Binary b) {
                return members.binary(b.op(), type(b.left()), type(b.right()), b);
            }
            if (e instanceof In in) {
                Members.Type left = type(in.left());
                for (Expr v : in.values()) {
                    members.comparable(left, type(v), "in");
                }
                return Members.BOOLEAN;
            }
            if (e instanceof Unary u) {
                return members.unary(u.op(), type(u.operand()));
            }
            throw new Members.Refusal("a binding may only stand at the start of a constraint");
        }

        private List<Members.Type> args(List<Expr> args) throws Members.Refusal {
            List<Members.Type> types = new ArrayList<>();
            for (Expr a : args) {
                types.add(type(a));
            }
            return types;
        }

        private Members.Type path(Path p) throws Members.Refusal {
            String head = p.head();
            List<Segment> rest = p.segments();
            Members.Type t;
            if (head.equals("this")) {
                if (self == null) {
                    throw new Members.Refusal("\"this\" names the pattern's fact and is allowed only in a pattern");
                }
                t = self;
            } else if (head.startsWith("$")) {
                t = bindings.get(head);
                if (t == null) {
                    throw new Members.Refusal("binding " + quote(head) + " is not bound before it is used");
                }
            } else if (globals.containsKey(head) && !head.equals("findings")) {
                t = members.typeOf(globals.get(head));
            } else if (Character.isUpperCase(head.charAt(0))) {
                Class<?> type = members.staticType(head);
                if (type == null) {
                    throw new Members.Refusal("name " + quote(head) + " is not allowed: a restricted rule names the model's "
                            + "enum constants (such as RequestKind.WRITE_PRODUCT_REVIEW), never other classes");
                }
                if (rest.isEmpty() || rest.get(0).args() != null) {
                    throw new Members.Refusal("type " + quote(head) + " may only be used for its constants, such as "
                            + head + "." + members.constants(type).get(0));
                }
                t = members.constant(type, rest.get(0).name());
                rest = rest.subList(1, rest.size());
            } else if (!consequence && self != null) {
                t = members.property(self, head);
            } else {
                throw new Members.Refusal("name " + quote(head) + " is not known here; bind it in a pattern first ($x : " + head + ")");
            }
            return segments(t, rest);
        }

        private Members.Type segments(Members.Type t, List<Segment> segments) throws Members.Refusal {
            for (Segment s : segments) {
                if (s.args() == null) {
                    if (consequence) {
                        throw new Members.Refusal("in a consequence call the accessor: \"." + s.name() + "()\"");
                    }
                    t = members.property(t, s.name());
                } else {
                    t = members.method(t, s.name(), args(s.args()));
                }
            }
            return t;
        }
    }

    /** Builds the printed file, keeping each element on the line it had in the original where it can. */
    private static final class Printer {

        private final StringBuilder text = new StringBuilder();
        private int line = 1;

        void line(int target) {
            while (line < target) {
                newline();
            }
        }

        void newline() {
            text.append('\n');
            line++;
        }

        void append(String s) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            text.append(s);
        }

        String text() {
            return text.append('\n').toString();
        }
    }
}
