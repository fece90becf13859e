package dev.fineline.rules;

/** The built-in engine, built once for all tests of a JVM. */
public final class Engines {

    private static final PolicyEngine BUILT_IN = PolicyEngine.builder().build();

    private Engines() {
    }

    /**
     * The engine with the built-in rules.
     *
     * @return the shared engine
     */
    public static PolicyEngine builtIn() {
        return BUILT_IN;
    }
}
