package dev.fineline.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a custom rule file before it is compiled, so that a restricted rule set cannot run arbitrary
 * Java: no imports beyond the model, the finding vocabulary and plain collections and time, no
 * functions, no globals but {@code findings}, and nothing in conditions or consequences that reaches the
 * JVM, processes, files, the network, reflection, class loading, threads, static state, loops or huge
 * allocations. Comments and string literals are blanked first, so neither hides nor triggers anything.
 */
final class RuleChecker {

    private static final String OPT_OUT = "; rules that need full Java must be loaded as trusted";

    private static final Set<String> ALLOWED_UTIL = Set.of("List", "Set", "Map", "Collection", "ArrayList", "HashSet",
            "HashMap", "LinkedHashSet", "LinkedHashMap", "TreeSet", "TreeMap", "EnumSet", "Collections", "Arrays",
            "Objects", "Optional", "Locale", "Comparator");

    /** Identifiers refused anywhere in a restricted file, with the reason given to the author. */
    private static final Map<String, String> FORBIDDEN = forbidden();

    private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import\\s+(function\\s+|accumulate\\s+)?(\\w+(?:\\.\\w+)*(?:\\.\\*)?)");
    private static final Pattern FUNCTION = Pattern.compile("(?m)^[ \\t]*function\\b");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^[ \\t]*global\\s+([\\w.<>, ]+?)\\s+(\\w+)\\s*;?\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern ARRAY_ALLOCATION = Pattern.compile("\\bnew\\s+[\\w.]+\\s*\\[");

    private RuleChecker() {
    }

    private static Map<String, String> forbidden() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String s : List.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "exit", "halt",
                "exec", "getRuntime", "load", "loadLibrary", "Shutdown", "SecurityManager", "setSecurityManager")) {
            m.put(s, "process and JVM control");
        }
        for (String s : List.of("File", "Files", "Path", "Paths", "FileInputStream", "FileOutputStream", "FileReader",
                "FileWriter", "RandomAccessFile", "InputStream", "OutputStream", "Reader", "Writer", "PrintStream",
                "Scanner", "FileSystem", "FileSystems", "Console")) {
            m.put(s, "file and stream I/O");
        }
        for (String s : List.of("Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection",
                "HttpURLConnection", "HttpClient", "InetAddress", "SocketChannel")) {
            m.put(s, "network access");
        }
        for (String s : List.of("Class", "ClassLoader", "forName", "getClass", "reflect", "Method", "Field", "Constructor",
                "invoke", "newInstance", "getDeclaredMethod", "getDeclaredField", "getMethod", "setAccessible",
                "MethodHandles", "MethodHandle", "VarHandle", "Unsafe", "Proxy", "ScriptEngine", "ScriptEngineManager",
                "ObjectInputStream", "ServiceLoader", "Introspector")) {
            m.put(s, "reflection or class loading");
        }
        for (String s : List.of("Thread", "ThreadGroup", "Runnable", "Executor", "Executors", "ExecutorService",
                "ForkJoinPool", "CompletableFuture", "Timer", "TimerTask", "synchronized", "wait", "notify", "notifyAll",
                "sleep", "concurrent")) {
            m.put(s, "threads");
        }
        for (String s : List.of("for", "while", "do")) {
            m.put(s, "loops");
        }
        for (String s : List.of("static", "native", "volatile", "transient")) {
            m.put(s, "static state or native code");
        }
        for (String s : List.of("repeat", "nCopies", "fill", "setLength", "ensureCapacity")) {
            m.put(s, "unbounded allocation");
        }
        for (String s : List.of("drools", "kcontext", "getKieRuntime", "getKieBase", "getWorkingMemory")) {
            m.put(s, "access to the engine itself");
        }
        return Map.copyOf(m);
    }

    /**
     * Checks a file.
     *
     * @param source the file
     * @return every problem found, with its line; empty when the file is fit for a restricted rule set
     */
    static List<RuleProblem> check(RuleSource source) {
        String code = blank(source.text());
        List<RuleProblem> problems = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String target = imports.group(2);
            if (imports.group(1) != null) {
                problems.add(problem(source, code, imports.start(2), "\"import " + imports.group(1).strip()
                        + "\" is not allowed in a restricted rule file" + OPT_OUT));
            } else if (!allowedImport(target)) {
                problems.add(problem(source, code, imports.start(2), "import \"" + target + "\" is not allowed: a restricted "
                        + "rule file imports only dev.fineline.model, the finding vocabulary, java.time and java.util collections"));
            }
        }
        Matcher functions = FUNCTION.matcher(code);
        while (functions.find()) {
            problems.add(problem(source, code, functions.start(), "\"function\" bodies are not allowed in a restricted rule file"
                    + OPT_OUT));
        }
        Matcher globals = GLOBAL.matcher(code);
        while (globals.find()) {
            String type = globals.group(1).strip();
            boolean findings = globals.group(2).equals("findings")
                    && (type.equals("FindingSink") || type.equals("dev.fineline.rules.FindingSink"));
            boolean facts = globals.group(2).equals("facts") && (type.equals("Facts") || type.equals("dev.fineline.rules.Facts"));
            if (!findings && !facts) {
                problems.add(problem(source, code, globals.start(1), "global \"" + globals.group(2) + "\" is not allowed: "
                        + "a restricted rule file declares only \"global FindingSink findings\" and \"global Facts facts\""));
            }
        }
        Matcher arrays = ARRAY_ALLOCATION.matcher(code);
        while (arrays.find()) {
            problems.add(problem(source, code, arrays.start(), "array allocation is not allowed in a restricted rule file "
                    + "(unbounded allocation)" + OPT_OUT));
        }
        int importsEnd = lastImportOrGlobalEnd(code);
        Matcher ids = IDENTIFIER.matcher(code);
        while (ids.find()) {
            String reason = FORBIDDEN.get(ids.group());
            if (reason != null && !(ids.start() < importsEnd && insideImportOrGlobal(code, ids.start()))) {
                problems.add(problem(source, code, ids.start(), "\"" + ids.group() + "\" is not allowed in a restricted rule file ("
                        + reason + ")" + OPT_OUT));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RuleProblem::line));
        return problems;
    }

    private static boolean allowedImport(String target) {
        if (target.startsWith("dev.fineline.model.") || target.startsWith("java.time.")) {
            return true;
        }
        if (target.equals("dev.fineline.rules.FindingSink") || target.equals("dev.fineline.rules.Obligation")
                || target.equals("dev.fineline.rules.Finding") || target.equals("dev.fineline.rules.Facts")
                || target.equals("dev.fineline.rules.*")) {
            return true;
        }
        return target.startsWith("java.util.") && ALLOWED_UTIL.contains(target.substring("java.util.".length()));
    }

    /** Import and global lines were checked on their own; their words are not checked again. */
    private static boolean insideImportOrGlobal(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        String line = code.substring(lineStart, Math.max(lineStart, code.indexOf('\n', at) < 0 ? code.length() : code.indexOf('\n', at)));
        String l = line.strip();
        return l.startsWith("import ") || l.startsWith("global ");
    }

    private static int lastImportOrGlobalEnd(String code) {
        int end = 0;
        Matcher m = Pattern.compile("(?m)^[ \\t]*(import|global)\\b.*$").matcher(code);
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static RuleProblem problem(RuleSource source, String code, int at, String message) {
        int line = 1;
        for (int i = 0; i < at && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return new RuleProblem(source.name(), line, message);
    }

    /** Replaces comments and string and character literals with spaces, keeping every line break. */
    static String blank(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < text.length() && text.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
