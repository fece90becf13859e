package dev.fineline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy rules}: lists every rule in force. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule in force: name, guidance id, verdict, theme, origin and whether it is enabled.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--json", description = "print one JSON object per rule, one per line")
    private boolean json;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "a situation file whose organisation settings decide which rules are enabled and their verdicts")
    private Path settingsFile;

    @Override
    public Integer call() {
        PolicyEngine engine = ruleOptions.engine();
        // Read against the engine, so that an id naming no rule in force is refused, located, as `check` does.
        Situation situation = settingsFile == null ? null : SituationFiles.read(settingsFile, engine);
        Settings settings = situation == null || situation.organization() == null ? Settings.DEFAULT
                : situation.organization().settings();
        List<RuleInfo> rules = engine.rules();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            rules.forEach(r -> out.println(json(r, setting(settings.rules(), r))));
            return PolicyCli.OK;
        }
        int name = Math.max(4, rules.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        String format = "%-" + name + "s  %-8s  %-9s  %-11s  %-7s  %s%n";
        out.printf(format, "RULE", "GUIDANCE", "VERDICT", "THEME", "ENABLED", "ORIGIN");
        for (RuleInfo r : rules) {
            RuleSetting s = setting(settings.rules(), r);
            out.printf(format, r.name(), r.guidance(), s.verdict() == null ? r.verdict() : s.verdict(), r.theme(),
                    s.enabled() ? "yes" : "no", r.origin());
        }
        out.println(rules.size() + " rules, rule base " + engine.ruleBaseId());
        return PolicyCli.OK;
    }

    /** The setting that applies to a rule: its own by name, else its guidance id's, else none. */
    private static RuleSetting setting(Map<String, RuleSetting> settings, RuleInfo rule) {
        RuleSetting s = settings.get(rule.name());
        if (s == null) {
            s = settings.get(rule.guidance());
        }
        return s == null ? new RuleSetting(true, null) : s;
    }

    private static String json(RuleInfo r, RuleSetting s) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("rule", r.name());
            g.writeStringField("guidance", r.guidance());
            g.writeStringField("verdict", (s.verdict() == null ? r.verdict() : s.verdict()).name());
            g.writeStringField("theme", r.theme());
            g.writeStringField("origin", r.origin());
            g.writeBooleanField("enabled", s.enabled());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
