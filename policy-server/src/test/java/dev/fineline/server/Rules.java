package dev.fineline.server;

/** Custom rule texts for the tests. */
final class Rules {

    private Rules() {
    }

    /** A valid rule that fires on posts tagged UPCOMING_LAUNCH, never on the tests' situations. */
    static String launch(String guidance) {
        return """
                package test.rules;

                import dev.fineline.model.*;
                import dev.fineline.rules.FindingSink;

                global FindingSink findings;

                rule "NoLaunch%s" @guidance("%s") @verdict(FORBIDDEN)
                when
                    $post : Post(hasTag(ContentTag.UPCOMING_LAUNCH))
                then
                    findings.emit(Verdict.FORBIDDEN, $post.id(), "launch in post `" + $post.id() + "`");
                end
                """.formatted(guidance.replace("-", ""), guidance);
    }

    /** A rule that does not compile: its condition names a field that does not exist, on line 9. */
    static final String BROKEN = """
            package test.rules;

            import dev.fineline.model.*;
            import dev.fineline.rules.FindingSink;

            global FindingSink findings;

            rule "Broken" @guidance("TEST-9") @verdict(WARN)
            when
                $post : Post(noSuchField == 3)
            then
                findings.emit(Verdict.WARN, $post.id(), "never");
            end
            """;

    /** A rule that reaches the JVM, refused by the restricted checking before compiling. */
    static final String EXIT = """
            package test.rules;

            import dev.fineline.model.*;
            import dev.fineline.rules.FindingSink;

            global FindingSink findings;

            rule "Exit" @guidance("TEST-8") @verdict(WARN)
            when
                $post : Post()
            then
                System.exit(1);
            end
            """;
}
