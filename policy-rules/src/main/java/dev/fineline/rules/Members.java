package dev.fineline.rules;

import dev.fineline.model.Verdict;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list of a restricted rule file: which imports, globals, fact types, enum constants,
 * properties and methods it may name, and the types of what it writes. A member that is not listed
 * here cannot be named, whatever the class it sits on. The model's own records and enums are pure
 * values, so their public instance methods are allowed (builders excepted); of the JDK, only listed
 * pure methods of {@code String}, {@code java.time} values and read-only collection queries.
 */
final class Members {

    private static final String MODEL = "dev.fineline.model";
    private static final String RULES = "dev.fineline.rules";

    /** The vocabulary of findings a rule file may import from the engine's package. */
    private static final List<String> RULES_TYPES = List.of("FindingSink", "Obligation", "Facts", "Finding", "TextSignal");

    /**
     * Whether a type is a pure value a rule may match and read like the model's records: the model's
     * own, and what the content analysis read in a text ({@link TextSignal} and its signal).
     */
    private static boolean isValue(Class<?> type) {
        return type.getPackageName().equals(MODEL) || type == TextSignal.class || type == dev.fineline.content.Signal.class;
    }

    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "startsWith", "endsWith",
            "contains", "equals", "equalsIgnoreCase", "toLowerCase", "toUpperCase", "strip", "trim", "indexOf",
            "lastIndexOf", "compareTo", "compareToIgnoreCase", "substring", "concat");
    private static final Set<String> TIME_METHODS = Set.of("isBefore", "isAfter", "isEqual", "equals", "compareTo",
            "plusDays", "minusDays", "plusWeeks", "minusWeeks", "plusMonths", "minusMonths", "plusYears", "minusYears",
            "plusSeconds", "minusSeconds", "plusHours", "minusHours", "plusMinutes", "minusMinutes", "getYear",
            "getMonthValue", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHour", "getMinute", "toLocalDate",
            "toLocalTime", "getEpochSecond", "toEpochMilli", "toDays", "toHours", "toMinutes", "getSeconds",
            "isNegative", "isZero");
    private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty", "contains", "containsAll");
    private static final Set<String> MAP_METHODS = Set.of("size", "isEmpty", "containsKey", "containsValue", "get");
    private static final Set<String> VALUE_METHODS = Set.of("equals", "compareTo", "name", "ordinal", "intValue",
            "longValue", "doubleValue", "booleanValue");
    private static final List<Class<?>> TIME = List.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
            Duration.class, ZoneId.class, DayOfWeek.class, Month.class);
    private static final List<Class<?>> JDK_ENUMS = List.of(DayOfWeek.class, Month.class);

    static final Type BOOLEAN = new Type(boolean.class, boolean.class);
    static final Type STRING = new Type(String.class, String.class);
    static final Type NULL = new Type(Void.class, Void.class);

    /** Why a member or construct is refused; the message is shown to the rule's author. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** The type of an expression: its class and, for collections, its generic form. */
    record Type(Class<?> raw, java.lang.reflect.Type generic) {

        boolean isBoolean() {
            return raw == boolean.class || raw == Boolean.class;
        }

        boolean isString() {
            return raw == String.class;
        }

        boolean isNull() {
            return raw == Void.class;
        }

        boolean isNumeric() {
            return raw == int.class || raw == long.class || raw == double.class || raw == float.class || raw == short.class
                    || raw == byte.class || raw == Integer.class || raw == Long.class || raw == Double.class
                    || raw == Float.class || raw == Short.class || raw == Byte.class;
        }

        boolean isCollection() {
            return Collection.class.isAssignableFrom(raw);
        }

        boolean isEnum() {
            return raw.isEnum();
        }

        /** The element type of a collection, or Object when it cannot be told. */
        Type element() {
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                    && p.getActualTypeArguments()[0] instanceof Class<?> c) {
                return new Type(c, c);
            }
            return new Type(Object.class, Object.class);
        }

        String describe() {
            if (isNull()) {
                return "null";
            }
            if (generic instanceof ParameterizedType p) {
                return raw.getSimpleName() + "<" + Arrays.stream(p.getActualTypeArguments())
                        .map(t -> t instanceof Class<?> c ? c.getSimpleName() : "?").reduce((a, b) -> a + ", " + b).orElse("")
                        + ">";
            }
            return raw.getSimpleName();
        }
    }

    private final Map<String, Class<?>> explicit = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();

    /**
     * Checks an import and remembers what it makes visible.
     *
     * @return null when allowed, else the reason it is not
     */
    String importTarget(String target) {
        String reason = "a restricted rule file imports only dev.fineline.model, " + String.join(", ", RULES_TYPES.subList(0, 3))
                + " from dev.fineline.rules, and java.time values";
        if (target == null) {
            return reason;
        }
        if (target.equals(MODEL + ".*") || target.equals(RULES + ".*") || target.equals("java.time.*")) {
            wildcards.add(target.substring(0, target.length() - 2));
            return null;
        }
        int dot = target.lastIndexOf('.');
        String pkg = dot < 0 ? "" : target.substring(0, dot);
        String simple = target.substring(dot + 1);
        Class<?> type = null;
        if (pkg.equals(MODEL)) {
            type = load(target);
        } else if (pkg.equals(RULES) && RULES_TYPES.contains(simple)) {
            type = load(target);
        } else if (pkg.equals("java.time")) {
            type = TIME.stream().filter(t -> t.getName().equals(target)).findFirst().orElse(null);
        } else if (target.equals("java.util.List") || target.equals("java.util.Set") || target.equals("java.util.Map")
                || target.equals("java.util.Collection")) {
            return null;
        }
        if (type == null || !Modifier.isPublic(type.getModifiers()) || type.getEnclosingClass() != null) {
            return reason;
        }
        explicit.put(simple, type);
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Members.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** A type named in the file, resolved as the compiler will: explicit imports, then wildcard imports. */
    private Class<?> resolve(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.contains(".")) {
            int dot = name.lastIndexOf('.');
            String pkg = name.substring(0, dot);
            if (!pkg.equals(MODEL)) {
                return null;
            }
            Class<?> type = load(name);
            return type != null && Modifier.isPublic(type.getModifiers()) ? type : null;
        }
        Class<?> type = explicit.get(name);
        if (type != null) {
            return type;
        }
        for (String pkg : wildcards) {
            if (pkg.equals(RULES) && !RULES_TYPES.contains(name)) {
                continue;
            }
            if (pkg.equals("java.time")) {
                type = TIME.stream().filter(t -> t.getSimpleName().equals(name)).findFirst().orElse(null);
            } else {
                type = load(pkg + "." + name);
            }
            if (type != null && Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
                return type;
            }
        }
        return null;
    }

    /** The class of a global, when its name and type are allowed. */
    Class<?> global(String name, String type) {
        Class<?> wanted = switch (name == null ? "" : name) {
            case "findings" -> FindingSink.class;
            case "facts" -> load(RULES + ".Facts");
            default -> null;
        };
        if (wanted == null || type == null) {
            return null;
        }
        String t = type.strip();
        return t.equals(wanted.getName()) || wanted.equals(resolve(t)) ? wanted : null;
    }

    String describeGlobals() {
        return load(RULES + ".Facts") == null ? "\"global FindingSink findings\""
                : "\"global FindingSink findings\" and \"global Facts facts\"";
    }

    /** The class a pattern matches, when it is one of the model's records. */
    Class<?> factType(String name) {
        Class<?> type = resolve(name == null ? null : name.strip());
        return type != null && isValue(type) && type.isRecord() ? type : null;
    }

    String describeFactTypes() {
        return "Situation, Organization, Settings, Person, Contact, Account, Connection, Post, Message, EmployerRequest, "
                + "Monitoring, TextSignal, and Media from a post";
    }

    /** The element type of a {@code from} collection, checked against the type the pattern names. */
    Class<?> elementType(Type collection, String declared) throws Refusal {
        Type element = collection.element();
        String name = declared == null ? "" : declared.strip();
        if (element.raw() == Object.class || !(element.raw().getSimpleName().equals(name) || element.raw().getName().equals(name))) {
            throw new Refusal("the collection holds " + element.raw().getSimpleName() + ", not " + name);
        }
        return element.raw();
    }

    Type typeOf(Class<?> type) {
        return new Type(type, type);
    }

    /** A class whose constants a rule may name: the model's enums, Obligation, days and months. */
    Class<?> staticType(String name) {
        Class<?> type = resolve(name);
        if (type == null) {
            return null;
        }
        boolean ours = type.getPackageName().equals(MODEL) || type.equals(Obligation.class);
        return type.isEnum() && (ours || JDK_ENUMS.contains(type)) ? type : null;
    }

    List<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    Type constant(Class<?> type, String name) throws Refusal {
        List<String> names = constants(type);
        if (!names.contains(name)) {
            throw new Refusal(type.getSimpleName() + "." + name + " does not exist; " + type.getSimpleName() + " is one of "
                    + String.join(", ", names));
        }
        return typeOf(type);
    }

    Type literal(Expr.Literal literal) {
        return switch (literal.kind()) {
            case STRING -> STRING;
            case INT -> literal.value().length() > 9 ? typeOf(long.class) : typeOf(int.class);
            case DECIMAL -> typeOf(double.class);
            case BOOLEAN -> BOOLEAN;
            case NULL -> NULL;
        };
    }

    /** Whether a rule may call a method: the allow-list, by the class the method is declared on. */
    private static boolean allowed(Class<?> owner, Method m) {
        if (Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
            return false;
        }
        String name = m.getName();
        Class<?> declaring = m.getDeclaringClass();
        if (isValue(declaring) && isValue(owner)) {
            return !name.equals("toBuilder") && !m.getReturnType().getSimpleName().endsWith("Builder");
        }
        Class<?> facts = load(RULES + ".Facts");
        if (facts != null && declaring.equals(facts)) {
            return true;
        }
        if (owner == String.class) {
            return STRING_METHODS.contains(name);
        }
        if (TIME.contains(owner)) {
            return TIME_METHODS.contains(name) || VALUE_METHODS.contains(name);
        }
        if (Map.class.isAssignableFrom(owner)) {
            return MAP_METHODS.contains(name);
        }
        if (Collection.class.isAssignableFrom(owner)) {
            return COLLECTION_METHODS.contains(name);
        }
        if (owner.isEnum() || Number.class.isAssignableFrom(owner) || owner == Boolean.class
                || owner.getPackageName().equals(MODEL)) {
            return VALUE_METHODS.contains(name);
        }
        return false;
    }

    private static boolean accessible(Class<?> owner) {
        return isValue(owner) || owner == String.class || TIME.contains(owner)
                || Collection.class.isAssignableFrom(owner) || Map.class.isAssignableFrom(owner) || owner.isEnum()
                || Number.class.isAssignableFrom(owner) || owner == Boolean.class
                || owner.getName().equals(RULES + ".Facts");
    }

    /** A property of a type, read through its accessor: {@code x()}, {@code getX()} or {@code isX()}. */
    Type property(Type owner, String name) throws Refusal {
        Class<?> raw = boxed(owner.raw());
        if (!accessible(raw)) {
            throw new Refusal("a " + owner.describe() + " has no properties a restricted rule may read");
        }
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
            for (Method m : raw.getMethods()) {
                if (m.getName().equals(candidate) && m.getParameterCount() == 0 && allowed(raw, m)) {
                    return returned(owner, m);
                }
            }
        }
        throw new Refusal(owner.describe() + " has no property " + quote(name) + propertyHint(raw));
    }

    private static String propertyHint(Class<?> raw) {
        if (raw.isRecord()) {
            return "; its properties are " + String.join(", ", Arrays.stream(raw.getRecordComponents()).map(c -> c.getName()).toList());
        }
        return "";
    }

    /** A method call, when the method is on the allow-list and takes that many arguments. */
    Type method(Type owner, String name, List<Type> args) throws Refusal {
        Class<?> raw = boxed(owner.raw());
        if (!accessible(raw)) {
            throw new Refusal("a " + owner.describe() + " has no methods a restricted rule may call");
        }
        boolean named = false;
        for (Method m : raw.getMethods()) {
            if (!m.getName().equals(name) || !allowed(raw, m)) {
                continue;
            }
            named = true;
            if (m.getParameterCount() == args.size() && assignable(m.getParameterTypes(), args)) {
                return returned(owner, m);
            }
        }
        if (named) {
            throw new Refusal("method " + quote(name) + " of " + owner.describe() + " does not take "
                    + args.stream().map(Type::describe).toList() + "");
        }
        throw new Refusal("method " + quote(name) + " of " + owner.describe() + " is not allowed in a restricted rule file");
    }

    private static boolean assignable(Class<?>[] params, List<Type> args) {
        for (int i = 0; i < params.length; i++) {
            Type arg = args.get(i);
            Class<?> p = boxed(params[i]);
            Class<?> a = boxed(arg.raw());
            if (arg.isNull()) {
                if (params[i].isPrimitive()) {
                    return false;
                }
                continue;
            }
            boolean numeric = Number.class.isAssignableFrom(p) && Number.class.isAssignableFrom(a);
            if (!p.isAssignableFrom(a) && !numeric && !(p == Object.class)) {
                if (!(p == CharSequence.class && a == String.class)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Type returned(Type owner, Method m) {
        java.lang.reflect.Type generic = m.getGenericReturnType();
        if (generic instanceof TypeVariable<?> variable && owner.generic() instanceof ParameterizedType p) {
            TypeVariable<?>[] declared = ((Class<?>) p.getRawType()).getTypeParameters();
            for (int i = 0; i < declared.length; i++) {
                if (declared[i].getName().equals(variable.getName()) && p.getActualTypeArguments()[i] instanceof Class<?> c) {
                    return new Type(c, c);
                }
            }
            return new Type(Object.class, Object.class);
        }
        return new Type(m.getReturnType(), generic);
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> c;
        };
    }

    /** The type of a binary operation, refusing operands it does not take. */
    Type binary(String op, Type left, Type right, Expr expr) throws Refusal {
        switch (op) {
            case "&&", "||" -> {
                if (!left.isBoolean() || !right.isBoolean()) {
                    throw new Refusal("\"" + op + "\" joins tests, found " + left.describe() + " and " + right.describe());
                }
                return BOOLEAN;
            }
            case "==", "!=" -> {
                comparable(left, right, op);
                return BOOLEAN;
            }
            case "<", ">", "<=", ">=" -> {
                boolean ok = (left.isNumeric() && right.isNumeric())
                        || (boxed(left.raw()) == boxed(right.raw()) && Comparable.class.isAssignableFrom(boxed(left.raw())));
                if (!ok) {
                    throw new Refusal("\"" + op + "\" compares numbers, dates or strings of one kind, found " + left.describe()
                            + " and " + right.describe());
                }
                return BOOLEAN;
            }
            case "contains", "not contains", "excludes", "not excludes" -> {
                if (left.isCollection()) {
                    Type element = left.element();
                    if (element.raw() != Object.class) {
                        comparable(element, right, op);
                    }
                } else if (!(left.isString() && right.isString())) {
                    throw new Refusal("\"" + op + "\" needs a collection (or a string) on its left, found " + left.describe());
                }
                return BOOLEAN;
            }
            case "memberOf", "not memberOf" -> {
                if (!right.isCollection()) {
                    throw new Refusal("\"" + op + "\" needs a collection on its right, found " + right.describe());
                }
                Type element = right.element();
                if (element.raw() != Object.class) {
                    comparable(left, element, op);
                }
                return BOOLEAN;
            }
            case "+" -> {
                if (left.isString() || right.isString()) {
                    return STRING;
                }
                return numeric(op, left, right);
            }
            case "-", "*", "/", "%" -> {
                return numeric(op, left, right);
            }
            default -> throw new Refusal("operator \"" + op + "\" is not allowed");
        }
    }

    private Type numeric(String op, Type left, Type right) throws Refusal {
        if (!left.isNumeric() || !right.isNumeric()) {
            throw new Refusal("\"" + op + "\" works on numbers, found " + left.describe() + " and " + right.describe());
        }
        Class<?> l = boxed(left.raw());
        Class<?> r = boxed(right.raw());
        if (l == Double.class || r == Double.class || l == Float.class || r == Float.class) {
            return typeOf(double.class);
        }
        return l == Long.class || r == Long.class ? typeOf(long.class) : typeOf(int.class);
    }

    Type unary(String op, Type operand) throws Refusal {
        if (op.equals("!")) {
            if (!operand.isBoolean()) {
                throw new Refusal("\"!\" negates a test, found " + operand.describe());
            }
            return BOOLEAN;
        }
        if (!operand.isNumeric()) {
            throw new Refusal("\"-\" negates a number, found " + operand.describe());
        }
        return operand;
    }

    /** Refuses comparisons that can never be true, such as an enum against a string. */
    void comparable(Type left, Type right, String op) throws Refusal {
        if (left.isNull() || right.isNull()) {
            return;
        }
        Class<?> l = boxed(left.raw());
        Class<?> r = boxed(right.raw());
        if (l.isEnum() && r == String.class || r.isEnum() && l == String.class) {
            Class<?> e = l.isEnum() ? l : r;
            throw new Refusal("compares " + e.getSimpleName() + " with a string, which never matches: write "
                    + e.getSimpleName() + "." + constants(e).get(0) + " (one of " + String.join(", ", constants(e)) + ")");
        }
        if (left.isNumeric() && right.isNumeric() || l == r || l == Object.class || r == Object.class
                || l.isAssignableFrom(r) || r.isAssignableFrom(l)) {
            return;
        }
        throw new Refusal("\"" + op + "\" compares " + left.describe() + " with " + right.describe() + ", which never matches");
    }

    /** Checks a call of the finding sink: a method named emit..., with arguments of its parameter types. */
    void sinkCall(String name, List<Type> args) throws Refusal {
        List<String> emitters = new ArrayList<>();
        for (Method m : FindingSink.class.getMethods()) {
            if (!m.getName().startsWith("emit") || m.getReturnType() != void.class) {
                continue;
            }
            emitters.add(m.getName());
            if (!m.getName().equals(name)) {
                continue;
            }
            Class<?>[] params = m.getParameterTypes();
            int fixed = m.isVarArgs() ? params.length - 1 : params.length;
            if (args.size() < fixed || (!m.isVarArgs() && args.size() != fixed)) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < args.size() && ok; i++) {
                Class<?> p = i < fixed ? params[i] : params[params.length - 1].getComponentType();
                Type a = args.get(i);
                ok = a.isNull() ? !p.isPrimitive() : p == String.class ? a.isString() : boxed(p).isAssignableFrom(boxed(a.raw()));
            }
            if (ok) {
                return;
            }
        }
        if (!emitters.contains(name)) {
            throw new Refusal("findings." + name + " is not allowed; a restricted consequence calls "
                    + String.join(" or ", emitters.stream().distinct().sorted().map(e -> "findings." + e).toList()));
        }
        throw new Refusal("findings." + name + " takes (" + describeSink(name) + "), found " + args.stream().map(Type::describe).toList()
                + "; the subject and explanation are strings, the verdicts " + Verdict.class.getSimpleName()
                + " constants and the obligations Obligation constants");
    }

    private static String describeSink(String name) {
        return Arrays.stream(FindingSink.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .map(m -> String.join(", ", Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList())).orElse("");
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }
}
