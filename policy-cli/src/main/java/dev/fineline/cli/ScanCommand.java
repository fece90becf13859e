package dev.fineline.cli;

import dev.fineline.content.Signal;
import dev.fineline.format.DecisionJson;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.Situation;
import dev.fineline.rules.TextScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy scan}: shows what the content analysis reads in texts, and why. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Print the signals the content analysis reads in texts: tag, span, redacted evidence, and the "
                + "detector and lexicon entry that matched. An argument naming an existing file is read as that file "
                + "(UTF-8); any other argument is the text itself.")
final class ScanCommand implements Callable<Integer> {

    /** The longest text read, as in situation files. */
    static final int MAX_TEXT_BYTES = 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lexicon", paramLabel = "PATH",
            description = "lexicon file added to the built-in lexicons (repeatable)")
    private List<Path> lexicons = new java.util.ArrayList<>();

    @Option(names = "--json", description = "print one JSON object per text, one per line")
    private boolean json;

    @Option(names = "--settings", paramLabel = "FILE", description = "a situation file whose organisation settings "
            + "(confidential terms, secret clients, lexicon changes) and contact names the texts are read against")
    private Path settingsFile;

    @picocli.CommandLine.Mixin
    private LanguageOption language = new LanguageOption();

    @Parameters(paramLabel = "TEXT|FILE", arity = "1..*", description = "texts, or files holding one text each")
    private List<String> texts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        java.util.Locale locale = language.locale();
        Situation context = settingsFile == null ? Situation.builder(Instant.now()).build() : SituationFiles.read(settingsFile);
        TextScanner scanner = TextScanner.of(lexicons.toArray(Path[]::new));
        for (int i = 0; i < texts.size(); i++) {
            String argument = texts.get(i);
            Path file = asFile(argument);
            String source = file == null ? language.text("scan.argument", "number", i + 1) : file.toString();
            String text = file == null ? argument : read(file);
            List<Signal> signals = scanner.scan(text, context);
            if (json) {
                out.println(DecisionJson.writeSignals(source, signals));
                continue;
            }
            out.println(signals.isEmpty() ? language.text("scan.none", "source", source)
                    : signals.size() == 1 ? language.text("scan.one", "source", source)
                    : language.text("scan.many", "source", source, "count", signals.size()));
            for (Signal s : signals) {
                out.println("  " + s.start() + ".." + s.end() + "  " + s.tag() + "  \"" + s.evidence() + "\"  "
                        + language.text(s.detector().equals("lexicon") ? "scan.matchedLexicon" : "scan.matched", "entry", s.entry()));
                out.println("    " + s.describe(locale));
            }
        }
        return PolicyCli.OK;
    }

    /** The file an argument names, or null when it names none and is a text. */
    private static Path asFile(String argument) {
        if (argument.isEmpty() || argument.length() > 4096 || argument.indexOf('\n') >= 0 || argument.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path path = Path.of(argument);
            return Files.isRegularFile(path) ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new BadInputException(file + ": is larger than " + MAX_TEXT_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
