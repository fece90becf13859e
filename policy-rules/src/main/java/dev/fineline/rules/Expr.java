package dev.fineline.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The expressions a restricted rule file may write in its constraints, {@code from} sources and
 * consequences, as a syntax tree: literals, names, accessor and method paths, and the operators of
 * comparison, membership, logic and arithmetic. Nothing else parses, so nothing else can run. Each
 * node prints itself back in the one form that was checked.
 */
sealed interface Expr {

    /** The source text of this node in canonical form, parenthesised where it nests. */
    String print();

    /** The source text of this node at the top of a constraint or argument: no outer parentheses. */
    default String printTop() {
        String text = print();
        return (this instanceof Binary || this instanceof In) ? text.substring(1, text.length() - 1) : text;
    }

    /** A string, number, boolean or null literal; {@code value} is the decoded string or the digits. */
    record Literal(Kind kind, String value) implements Expr {

        enum Kind { STRING, INT, DECIMAL, BOOLEAN, NULL }

        @Override
        public String print() {
            return kind == Kind.STRING ? quote(value) : value;
        }
    }

    /**
     * A head followed by member accesses: {@code $p.label()}, {@code author}, {@code RequestKind.X}.
     * The head is a name (a binding, a property of the pattern, a global or a type) or {@code this}.
     */
    record Path(String head, List<Segment> segments, int column) implements Expr {

        @Override
        public String print() {
            StringBuilder out = new StringBuilder(head);
            for (Segment s : segments) {
                out.append('.').append(s.print());
            }
            return out.toString();
        }
    }

    /** One member access: a property ({@code args == null}) or a method call. */
    record Segment(String name, List<Expr> args) {

        String print() {
            if (args == null) {
                return name;
            }
            StringBuilder out = new StringBuilder(name).append('(');
            for (int i = 0; i < args.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(args.get(i).print());
            }
            return out.append(')').toString();
        }
    }

    /** A call of a name without a receiver: a method of the pattern's type, {@code hasTag(...)}. */
    record Call(String name, List<Expr> args, List<Segment> segments) implements Expr {

        @Override
        public String print() {
            return new Path(new Segment(name, args).print(), segments, 0).print();
        }
    }

    /** A binary operation; {@code op} is one of the operators the parser knows. */
    record Binary(String op, Expr left, Expr right) implements Expr {

        @Override
        public String print() {
            return "(" + left.print() + " " + op + " " + right.print() + ")";
        }
    }

    /**
     * {@code left [not] in (a, b, c)}, printed as the comparisons it stands for, so that no reader can
     * take it for MVEL's projection {@code (x in list)}.
     */
    record In(boolean negated, Expr left, List<Expr> values) implements Expr {

        @Override
        public String print() {
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : negated ? " && " : " || ")
                        .append(new Binary(negated ? "!=" : "==", left, values.get(i)).print());
            }
            return out.append(')').toString();
        }
    }

    /** {@code !operand} or {@code -operand}. */
    record Unary(String op, Expr operand) implements Expr {

        @Override
        public String print() {
            return op + "(" + operand.print() + ")";
        }
    }

    /**
     * A binding at the top of a constraint: {@code $author : author}, or a binding and a test of what it
     * binds, {@code $owner : owner != null}, where the binding takes the left operand.
     */
    record Bind(String variable, Expr value) implements Expr {

        @Override
        public String print() {
            return variable + " : " + value.printTop();
        }
    }

    /** Quotes a string the way both Java and MVEL read it back: no unicode escape can appear. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A problem met while reading an expression: what, and at which character of it. */
    final class SyntaxException extends Exception {

        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads the expression language of restricted rules. Linear in its input: a tokenizer that looks
     * at each character once, and a recursive descent whose depth is bounded.
     */
    final class Parser {

        /** Deeper expressions are refused; a real rule nests a handful of levels. */
        static final int MAX_DEPTH = 32;
        /** Longer expressions are refused before they are read. */
        static final int MAX_LENGTH = 20_000;

        private final List<Token> tokens;
        private int at;
        private int depth;

        private Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** Reads one expression, optionally a top-level binding {@code $x : ...}. */
        static Expr constraint(String text) throws SyntaxException {
            Parser p = new Parser(tokenize(text));
            Expr e;
            if (p.peek(0).is(TokenKind.IDENT) && p.peek(0).text.startsWith("$") && p.peek(1).isOp(":")) {
                String variable = p.next().text;
                p.next();
                e = new Bind(variable, p.expression());
            } else {
                e = p.expression();
            }
            p.expectEnd();
            return e;
        }

        /** Reads one value expression, such as a {@code from} source. */
        static Expr value(String text) throws SyntaxException {
            Parser p = new Parser(tokenize(text));
            Expr e = p.additive();
            p.expectEnd();
            return e;
        }

        /** One statement of a consequence and the offset in the consequence text where it starts. */
        record Statement(Expr call, int offset) {
        }

        /** Reads a consequence: calls separated by semicolons, each a path such as {@code findings.emit(...)}. */
        static List<Statement> statements(String text) throws SyntaxException {
            Parser p = new Parser(tokenize(text));
            List<Statement> statements = new ArrayList<>();
            while (!p.peek(0).is(TokenKind.END)) {
                int offset = p.peek(0).offset;
                statements.add(new Statement(p.additive(), offset));
                if (!p.peek(0).isOp(";")) {
                    throw new SyntaxException("expected \";\" after a statement, found " + p.peek(0).describe());
                }
                p.next();
                while (p.peek(0).isOp(";")) {
                    p.next();
                }
            }
            return statements;
        }

        private Token peek(int ahead) {
            return tokens.get(Math.min(at + ahead, tokens.size() - 1));
        }

        private Token next() {
            Token t = tokens.get(at);
            if (at < tokens.size() - 1) {
                at++;
            }
            return t;
        }

        private void expectEnd() throws SyntaxException {
            if (!peek(0).is(TokenKind.END)) {
                throw new SyntaxException("unexpected " + peek(0).describe());
            }
        }

        private void expectOp(String op) throws SyntaxException {
            if (!peek(0).isOp(op)) {
                throw new SyntaxException("expected \"" + op + "\", found " + peek(0).describe());
            }
            next();
        }

        private void enter() throws SyntaxException {
            if (++depth > MAX_DEPTH) {
                throw new SyntaxException("expression nested more than " + MAX_DEPTH + " levels deep");
            }
        }

        private Expr expression() throws SyntaxException {
            enter();
            Expr left = and();
            while (peek(0).isOp("||")) {
                next();
                left = new Binary("||", left, and());
            }
            depth--;
            return left;
        }

        private Expr and() throws SyntaxException {
            Expr left = not();
            while (peek(0).isOp("&&")) {
                next();
                left = new Binary("&&", left, not());
            }
            return left;
        }

        private Expr not() throws SyntaxException {
            if (peek(0).isOp("!")) {
                next();
                enter();
                Expr operand = not();
                depth--;
                return new Unary("!", operand);
            }
            return relation();
        }

        private Expr relation() throws SyntaxException {
            Expr left = additive();
            Token t = peek(0);
            if (t.is(TokenKind.OP) && List.of("==", "!=", "<", ">", "<=", ">=").contains(t.text)) {
                next();
                return new Binary(t.text, left, additive());
            }
            boolean negated = false;
            if (t.isWord("not")) {
                negated = true;
                next();
                t = peek(0);
            }
            if (t.isWord("contains") || t.isWord("memberOf") || t.isWord("excludes")) {
                next();
                return new Binary((negated ? "not " : "") + t.text, left, additive());
            }
            if (t.isWord("in")) {
                next();
                expectOp("(");
                List<Expr> values = new ArrayList<>();
                values.add(additive());
                while (peek(0).isOp(",")) {
                    next();
                    values.add(additive());
                }
                expectOp(")");
                return new In(negated, left, values);
            }
            if (negated) {
                throw new SyntaxException("\"not\" must be followed by contains, memberOf or in");
            }
            if (t.is(TokenKind.IDENT) && !t.text.startsWith("$")) {
                throw new SyntaxException("operator \"" + t.text + "\" is not allowed in a restricted rule file; "
                        + "use ==, !=, <, >, <=, >=, contains, memberOf or in");
            }
            return left;
        }

        private Expr additive() throws SyntaxException {
            Expr left = multiplicative();
            while (peek(0).isOp("+") || peek(0).isOp("-")) {
                String op = next().text;
                left = new Binary(op, left, multiplicative());
            }
            return left;
        }

        private Expr multiplicative() throws SyntaxException {
            Expr left = unary();
            while (peek(0).isOp("*") || peek(0).isOp("/") || peek(0).isOp("%")) {
                String op = next().text;
                left = new Binary(op, left, unary());
            }
            return left;
        }

        private Expr unary() throws SyntaxException {
            if (peek(0).isOp("-")) {
                next();
                enter();
                Expr operand = unary();
                depth--;
                return new Unary("-", operand);
            }
            return primary();
        }

        private Expr primary() throws SyntaxException {
            Token t = next();
            switch (t.kind) {
                case STRING:
                    return new Literal(Literal.Kind.STRING, t.text);
                case NUMBER:
                    return new Literal(t.text.contains(".") ? Literal.Kind.DECIMAL : Literal.Kind.INT, t.text);
                case OP:
                    if (t.text.equals("(")) {
                        Expr inner = expression();
                        expectOp(")");
                        return inner;
                    }
                    throw new SyntaxException("unexpected " + t.describe());
                case IDENT:
                    return path(t);
                default:
                    throw new SyntaxException("unexpected " + t.describe());
            }
        }

        private Expr path(Token head) throws SyntaxException {
            switch (head.text) {
                case "true", "false":
                    return new Literal(Literal.Kind.BOOLEAN, head.text);
                case "null":
                    return new Literal(Literal.Kind.NULL, "null");
                case "new", "instanceof", "matches", "soundslike", "str", "modify", "insert", "insertLogical",
                        "delete", "retract", "update", "drools", "kcontext", "class", "super", "assert", "return",
                        "throw", "if", "else", "for", "while", "do", "switch", "try", "var", "until", "foreach":
                    throw new SyntaxException("\"" + head.text + "\" is not allowed in a restricted rule file");
                default:
                    break;
            }
            List<Expr> headArgs = null;
            if (peek(0).isOp("(")) {
                headArgs = arguments();
            }
            List<Segment> segments = new ArrayList<>();
            while (peek(0).isOp(".")) {
                next();
                Token name = next();
                if (!name.is(TokenKind.IDENT) || name.text.startsWith("$")) {
                    throw new SyntaxException("expected a member name after \".\", found " + name.describe());
                }
                segments.add(new Segment(name.text, peek(0).isOp("(") ? arguments() : null));
            }
            if (headArgs != null) {
                return new Call(head.text, headArgs, segments);
            }
            return new Path(head.text, segments, head.offset);
        }

        private List<Expr> arguments() throws SyntaxException {
            expectOp("(");
            enter();
            List<Expr> args = new ArrayList<>();
            if (!peek(0).isOp(")")) {
                args.add(expression());
                while (peek(0).isOp(",")) {
                    next();
                    args.add(expression());
                }
            }
            expectOp(")");
            depth--;
            return args;
        }

        enum TokenKind { IDENT, STRING, NUMBER, OP, END }

        record Token(TokenKind kind, String text, int offset) {

            boolean is(TokenKind k) {
                return kind == k;
            }

            boolean isOp(String op) {
                return kind == TokenKind.OP && text.equals(op);
            }

            boolean isWord(String word) {
                return kind == TokenKind.IDENT && text.equals(word);
            }

            String describe() {
                return switch (kind) {
                    case END -> "the end of the expression";
                    case STRING -> "a string";
                    default -> "\"" + text + "\"";
                };
            }
        }

        private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+",
                "-", "*", "/", "%", "(", ")", ",", ".", ":", ";");

        /** Splits text into tokens, skipping white space and comments; anything unknown is refused. */
        static List<Token> tokenize(String text) throws SyntaxException {
            if (text.length() > MAX_LENGTH) {
                throw new SyntaxException("expression longer than " + MAX_LENGTH + " characters");
            }
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                    int end = text.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw new SyntaxException("unterminated comment");
                    }
                    i = end + 2;
                } else if (c == '"' || c == '\'') {
                    StringBuilder value = new StringBuilder();
                    int start = i++;
                    while (true) {
                        if (i >= n || text.charAt(i) == '\n') {
                            throw new SyntaxException("unterminated string");
                        }
                        char d = text.charAt(i++);
                        if (d == c) {
                            break;
                        }
                        if (d == '\\') {
                            if (i >= n) {
                                throw new SyntaxException("unterminated string");
                            }
                            char e = text.charAt(i++);
                            switch (e) {
                                case 'n' -> value.append('\n');
                                case 't' -> value.append('\t');
                                case 'r' -> value.append('\r');
                                case '"', '\'', '\\' -> value.append(e);
                                default -> throw new SyntaxException("escape \"\\" + e + "\" is not allowed in a string; "
                                        + "write the character itself");
                            }
                        } else if (Character.isISOControl(d)) {
                            throw new SyntaxException("control character in a string");
                        } else {
                            value.append(d);
                        }
                    }
                    if (c == '\'' && value.length() == 1) {
                        throw new SyntaxException("character literals are not allowed; use a string in double quotes");
                    }
                    tokens.add(new Token(TokenKind.STRING, value.toString(), start));
                } else if (c >= '0' && c <= '9') {
                    int start = i;
                    boolean dot = false;
                    while (i < n && (Character.isDigit(text.charAt(i))
                            || (!dot && text.charAt(i) == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))))) {
                        dot |= text.charAt(i) == '.';
                        i++;
                    }
                    if (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                        throw new SyntaxException("number \"" + text.substring(start, Math.min(n, i + 1))
                                + "\" is not allowed: write plain decimal digits");
                    }
                    if (i - start > 18) {
                        throw new SyntaxException("number with more than 18 digits");
                    }
                    tokens.add(new Token(TokenKind.NUMBER, text.substring(start, i), start));
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = i++;
                    while (i < n && Character.isJavaIdentifierPart(text.charAt(i)) && !Character.isIdentifierIgnorable(text.charAt(i))) {
                        i++;
                    }
                    String word = text.substring(start, i);
                    if (!word.matches("\\$?[A-Za-z_][A-Za-z0-9_]*")) {
                        throw new SyntaxException("name \"" + word + "\" is not allowed: names are ASCII letters, digits and _");
                    }
                    tokens.add(new Token(TokenKind.IDENT, word, start));
                } else {
                    String op = null;
                    for (String candidate : OPERATORS) {
                        if (text.startsWith(candidate, i)) {
                            op = candidate;
                            break;
                        }
                    }
                    if (op == null) {
                        throw new SyntaxException("character \"" + c + "\" is not allowed in a restricted rule file");
                    }
                    tokens.add(new Token(TokenKind.OP, op, i));
                    i += op.length();
                }
            }
            tokens.add(new Token(TokenKind.END, "", n));
            return tokens;
        }
    }
}
