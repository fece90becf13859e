package dev.fineline.rules;

import dev.fineline.content.Signal;
import dev.fineline.model.Situation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads texts as the engine reads posts and messages, without compiling any rule: for showing a
 * compliance team why a text is flagged ({@code policy scan}). An engine's own {@link PolicyEngine#scan}
 * reads with the lexicons that engine judges with. Immutable and safe to share.
 *
 * <pre>{@code
 * TextScanner scanner = TextScanner.of(Path.of("acme.lexicon"));
 * scanner.scan("card 4539 1488 0343 6467", situation).forEach(s -> System.out.println(s.describe()));
 * }</pre>
 */
public final class TextScanner {

    private final Analysis analysis;

    private TextScanner(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * A scanner with the built-in lexicons and some lexicon files.
     *
     * @param lexicons lexicon files, none for the built-in lexicons only
     * @return the scanner
     * @throws dev.fineline.content.InvalidLexiconException with every problem's file and line
     * @throws IllegalArgumentException when a path is null
     */
    public static TextScanner of(Path... lexicons) {
        List<Path> files = new ArrayList<>();
        for (Path path : Objects.requireNonNull(lexicons, "lexicons")) {
            if (path == null) {
                throw new IllegalArgumentException("lexicon path: must not be null");
            }
            files.add(path);
        }
        return new TextScanner(Analysis.load(files));
    }

    /** A scanner on an engine's analysis. */
    static TextScanner on(Analysis analysis) {
        return new TextScanner(analysis);
    }

    /**
     * Reads one text against a situation's organisation settings (confidential terms, secret clients,
     * lexicon changes) and contact names, whatever its {@code contentAnalysis} setting says.
     *
     * @param text    the text, not null
     * @param context the situation the text is read against, not null
     * @return the signals, in text order
     * @throws IllegalArgumentException when the text or the context is null, or the situation's lexicon
     *                                  settings are refused
     */
    public List<Signal> scan(String text, Situation context) {
        if (text == null) {
            throw new IllegalArgumentException("text: is required");
        }
        if (context == null) {
            throw new IllegalArgumentException("context: is required");
        }
        return Reading.scan(text, context, analysis);
    }
}
