package dev.fineline.cli;

import dev.fineline.format.DecisionLog;
import dev.fineline.format.InvalidFileException;
import dev.fineline.format.LoggedDecision;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Finding;
import dev.fineline.rules.PolicyEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policy log}: replays a decision log against a rule base and reports every decision that would now
 * come out differently, the check to run before changing rules.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Replay a decision log against the rules given and report every decision that would now differ: "
                + "verdict, or a finding's rule, guidance id, verdict, subject or obligations.",
            "Each decision's input comes from its log line (written by `policy serve --log-inputs`) or, by its SHA-256, "
                + "from the situation files in --inputs; a decision whose input is found in neither is reported as not "
                + "replayed."})
final class LogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--inputs", paramLabel = "DIR",
            description = "a folder of the situation files that were judged (JSON or YAML), found by their SHA-256")
    private Path inputs;

    @Parameters(paramLabel = "FILE", description = "the decision log: one JSON object per line")
    private Path log;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(log)) {
            throw new BadInputException(log + ": no such file");
        }
        Map<String, Path> byHash = inputs == null ? Map.of() : index(inputs);
        PolicyEngine engine = ruleOptions.engine();
        int replayed = 0;
        int differ = 0;
        int missing = 0;
        int lineNo = 0;
        Batches batches = new Batches();
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = log + ":" + lineNo;
                try {
                    LoggedDecision entry = DecisionLog.read(line, log.toString(), lineNo);
                    Situation situation = input(entry, byHash, batches, where);
                    if (situation == null) {
                        err.println(where + ": decision " + entry.id() + " not replayed: its input is neither in the log "
                                + "nor in --inputs (" + entry.inputHash() + ")");
                        missing++;
                        continue;
                    }
                    Decision now = engine.evaluate(situation);
                    replayed++;
                    List<String> report = compare(entry, now);
                    if (!report.isEmpty()) {
                        differ++;
                        out.println(where + ": decision " + entry.id() + ": " + entry.verdict() + " -> " + now.verdict());
                        report.forEach(r -> out.println("  " + r));
                    }
                } catch (InvalidFileException e) {
                    err.println(e.getMessage());
                    missing++;
                } catch (BadInputException e) {
                    err.println(e.getMessage());
                    missing++;
                } catch (IllegalArgumentException e) {
                    err.println(where + ": " + e.getMessage());
                    missing++;
                }
            }
        }
        out.println(replayed + " decisions replayed against rule base " + engine.ruleBaseId() + ": " + differ + " differ"
                + (missing > 0 ? ", " + missing + " not replayed" : ""));
        if (differ > 0) {
            return PolicyCli.FAILED;
        }
        return missing > 0 ? PolicyCli.BAD_INPUT : PolicyCli.OK;
    }

    /** The situation a log line judged: from the line itself, or from a file with the same hash; null if neither. */
    /**
     * The batch bodies met so far, by hash: a batch keeps its body only in its first item's line. The
     * last batch parsed is kept parsed, as its items' lines follow one another.
     */
    private static final class Batches {
        private final Map<String, String> texts = new HashMap<>();
        private String parsedHash;
        private List<Situation> parsed;

        List<Situation> parse(String hash, String text, String name) {
            if (!hash.equals(parsedHash)) {
                parsed = SituationFiles.parseAll(text, name, Integer.MAX_VALUE);
                parsedHash = hash;
            }
            return parsed;
        }
    }

    private static Situation input(LoggedDecision entry, Map<String, Path> byHash, Batches batches, String where)
            throws IOException {
        String hash = entry.inputHash();
        int item = -1;
        int hashMark = hash.indexOf('#');
        if (hashMark > 0) {
            String index = hash.substring(hashMark + 1);
            if (!index.matches("[0-9]{1,9}")) {
                throw new BadInputException(where + ": inputHash: expected sha256:HEX or sha256:HEX#INDEX, was \""
                        + entry.inputHash() + "\"");
            }
            item = Integer.parseInt(index);
            hash = hash.substring(0, hashMark);
        }
        String text;
        String name;
        if (item >= 0 && entry.input() != null) {
            batches.texts.put(hash, entry.input());
        }
        if (entry.input() != null) {
            text = entry.input();
            name = where + " input.json";
        } else if (item >= 0 && batches.texts.containsKey(hash)) {
            text = batches.texts.get(hash);
            name = where + " input.json";
        } else if (byHash.containsKey(hash)) {
            Path file = byHash.get(hash);
            text = Files.readString(file, StandardCharsets.UTF_8);
            name = file.toString();
        } else {
            return null;
        }
        Situation situation;
        if (item >= 0) {
            List<Situation> batch = batches.parse(hash, text, name);
            if (item >= batch.size()) {
                throw new BadInputException(where + ": inputHash: item " + item + " is not in a batch of " + batch.size());
            }
            situation = batch.get(item);
        } else {
            situation = SituationFiles.parse(text, name);
        }
        if (entry.at() != null && !entry.at().equals(situation.at())) {
            // a situation without its own moment was judged at the time it arrived
            situation = situation.withAt(entry.at());
        }
        return situation;
    }

    /** What differs: lines starting with - (only in the log) and + (only now); empty when the same. */
    static List<String> compare(LoggedDecision before, Decision now) {
        List<String> then = new ArrayList<>(before.findings().stream().map(LoggedDecision.LoggedFinding::key).toList());
        List<String> after = new ArrayList<>();
        for (Finding f : now.findings()) {
            after.add(new LoggedDecision.LoggedFinding(f.rule(), f.guidance(), f.verdict(), f.subject(), f.obligations(), null)
                    .key());
        }
        List<String> gone = new ArrayList<>(then);
        after.forEach(gone::remove);
        List<String> added = new ArrayList<>(after);
        then.forEach(added::remove);
        List<String> report = new ArrayList<>();
        gone.forEach(k -> report.add("- " + k));
        added.forEach(k -> report.add("+ " + k));
        List<String> errorsNow = now.errors().stream().map(e -> e.rule()).toList();
        if (!errorsNow.equals(before.errors())) {
            report.add("errors: " + before.errors() + " -> " + errorsNow);
        }
        if (report.isEmpty() && before.verdict() != now.verdict()) {
            report.add("verdict: " + before.verdict() + " -> " + now.verdict());
        }
        return report;
    }

    private static Map<String, Path> index(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("--inputs: \"" + folder + "\" is not a folder");
        }
        Map<String, Path> byHash = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                    byHash.putIfAbsent(sha256(Files.readAllBytes(file)), file);
                }
            }
        }
        return byHash;
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("sha-256 is missing from this JVM", e);
        }
    }
}
