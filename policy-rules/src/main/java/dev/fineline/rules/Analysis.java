package dev.fineline.rules;

import dev.fineline.content.ContentAnalyzer;
import dev.fineline.content.InvalidLexiconException;
import dev.fineline.model.ContentTag;
import dev.fineline.model.LexiconSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content analyzers of one engine: one built from the built-in lexicons and the engine's lexicon
 * files, and one per organisation lexicon change met, built on first use and kept for the next
 * decisions (a few, least recently used first out). Safe for many threads.
 */
final class Analysis {

    /** Organisations' tailored analyzers kept at once. */
    private static final int KEEP = 16;

    private final List<Path> files;
    private final ContentAnalyzer base;
    private final Map<LexiconSettings, ContentAnalyzer> tailored = new LinkedHashMap<>(KEEP, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<LexiconSettings, ContentAnalyzer> eldest) {
            return size() > KEEP;
        }
    };

    private Analysis(List<Path> files, ContentAnalyzer base) {
        this.files = List.copyOf(files);
        this.base = base;
    }

    /**
     * Reads the lexicon files and builds the engine's analyzer.
     *
     * @param files lexicon files added to the built-in lexicons
     * @return the analysis
     * @throws InvalidLexiconException with every problem's file and line
     */
    static Analysis load(List<Path> files) {
        if (files.isEmpty()) {
            return new Analysis(files, ContentAnalyzer.standard());
        }
        return new Analysis(files, withFiles(files).build());
    }

    /** The lexicon files this analysis was loaded from. */
    List<Path> files() {
        return files;
    }

    /**
     * The analyzer for an organisation's lexicon settings.
     *
     * @throws IllegalArgumentException naming {@code organization.settings.lexicon} when the settings' terms are refused
     */
    ContentAnalyzer analyzer(LexiconSettings lexicon) {
        if (lexicon.isEmpty()) {
            return base;
        }
        synchronized (tailored) {
            ContentAnalyzer analyzer = tailored.get(lexicon);
            if (analyzer == null) {
                analyzer = build(lexicon);
                tailored.put(lexicon, analyzer);
            }
            return analyzer;
        }
    }

    private ContentAnalyzer build(LexiconSettings lexicon) {
        ContentAnalyzer.Builder builder = withFiles(files);
        try {
            for (Map.Entry<ContentTag, List<String>> added : lexicon.add().entrySet()) {
                builder = builder.addTerms(added.getKey(), added.getValue());
            }
            return builder.allow(lexicon.allow()).build();
        } catch (InvalidLexiconException e) {
            throw new IllegalArgumentException("organization.settings.lexicon: " + String.join("; ", e.problems()), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("organization.settings.lexicon: " + e.getMessage(), e);
        }
    }

    /** A builder with the built-in lexicons and the files; the builder is immutable, so each step is kept. */
    private static ContentAnalyzer.Builder withFiles(List<Path> files) {
        ContentAnalyzer.Builder builder = ContentAnalyzer.builder();
        for (Path file : files) {
            builder = builder.addLexicon(file);
        }
        return builder;
    }
}
