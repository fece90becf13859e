package dev.fineline.content;

import dev.fineline.content.Lexicon.Entry;
import dev.fineline.content.Lexicon.Kind;
import dev.fineline.model.ContentTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a text and returns its {@link Signal signals}: identifiers validated by their checksums, the
 * organisation's confidential terms, secret clients and contact names, and the entries of the lexicons
 * (built-in English and Norwegian bokmål, plus the organisation's files and terms), after normalising
 * obfuscation and with the context that turns a lexicon match off (negation, quotation, reported speech,
 * idioms).
 *
 * <p>All lexicon entries are compiled into one Aho–Corasick automaton, so a text is read in one pass
 * whatever the number of entries; every step is linear in the text. Build once and share: an analyzer
 * is immutable and thread-safe. It never logs a text or a piece of evidence.
 *
 * <pre>{@code
 * ContentAnalyzer analyzer = ContentAnalyzer.standard();
 * List<Signal> signals = analyzer.analyze("card 4539 1488 0343 6467", TextContext.EMPTY);
 * signals.get(0).describe();   // "a payment card number ending 6467 that passes the Luhn check"
 * }</pre>
 */
public final class ContentAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(ContentAnalyzer.class);
    private static final String INDEX = "lexicons.index";
    private static volatile List<Entry> builtIn;
    private static volatile ContentAnalyzer standard;

    private final List<Entry> entries;
    private final Entry[] wordEntries;
    private final int[] firstWordLength;
    private final TokenAutomaton words;
    private final Entry[] insideEntries;
    private final AhoCorasick inside;
    private final Map<String, Integer> cueBits = new HashMap<>();
    private final Set<String> allowedRaw;
    private final AtomicReference<TermIndex> lastTerms = new AtomicReference<>();

    private ContentAnalyzer(List<Entry> entries, Set<String> allowedRaw) {
        this.entries = entries;
        List<Entry> byWord = new ArrayList<>();
        List<Entry> byChar = new ArrayList<>();
        List<TokenAutomaton.Pattern> patterns = new ArrayList<>();
        List<String> insidePatterns = new ArrayList<>();
        for (Entry e : entries) {
            if (e.inside()) {
                byChar.add(e);
                insidePatterns.add(e.normalized());
            } else {
                byWord.add(e);
                patterns.add(new TokenAutomaton.Pattern(e.normalized().split(" "), e.prefix()));
            }
            if (e.cue() != null && !cueBits.containsKey(e.cue())) {
                if (cueBits.size() == Long.SIZE) {
                    throw new IllegalArgumentException("more than " + Long.SIZE + " cue names, such as \"" + e.cue() + "\"");
                }
                cueBits.put(e.cue(), cueBits.size());
            }
        }
        this.wordEntries = byWord.toArray(new Entry[0]);
        this.firstWordLength = new int[wordEntries.length];
        for (int i = 0; i < wordEntries.length; i++) {
            int space = wordEntries[i].normalized().indexOf(' ');
            firstWordLength[i] = space < 0 ? wordEntries[i].normalized().length() : space;
        }
        this.words = new TokenAutomaton(patterns);
        this.insideEntries = byChar.toArray(new Entry[0]);
        this.inside = insidePatterns.isEmpty() ? null : new AhoCorasick(insidePatterns);
        this.allowedRaw = allowedRaw;
        LOG.debug("content analyzer built: {} lexicon entries, {}", entries.size(), words);
    }

    /**
     * A builder that starts with the built-in English and Norwegian bokmål lexicons.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(builtIn(), List.of(), Set.of());
    }

    /**
     * The analyzer with the built-in lexicons only, built once and cached.
     *
     * @return the shared standard analyzer
     */
    public static ContentAnalyzer standard() {
        ContentAnalyzer s = standard;
        if (s == null) {
            synchronized (ContentAnalyzer.class) {
                s = standard;
                if (s == null) {
                    s = builder().build();
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * Reads a text.
     *
     * @param text    the text of a post or message; null or empty has no signals
     * @param context the organisation's terms and contacts and the author's identifiers; null means
     *                {@link TextContext#EMPTY}
     * @return the signals, in text order (by start, then longest first)
     */
    public List<Signal> analyze(String text, TextContext context) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TextContext ctx = context == null ? TextContext.EMPTY : context;
        List<Signal> signals = new ArrayList<>();
        NormalizedText norm = NormalizedText.of(text, 2);
        TermIndex terms = terms(ctx);
        read(norm, terms, signals);
        if (norm.elongated) {
            read(NormalizedText.of(text, 1), terms, signals);
        }
        boolean patient = false;
        for (Signal s : signals) {
            patient |= s.tag() == ContentTag.PATIENT_INFORMATION;
        }
        boolean patientContext = patient;
        Identifiers.scan(text, terms.author, (tag, start, end, evidence, detector, entry) -> {
            if (!allowedRaw.isEmpty()) {
                String raw = text.substring(start, end).toLowerCase(Locale.ROOT);
                if (allowedRaw.contains(raw) || allowedRaw.contains(raw.replaceAll("[^0-9a-z@.]", ""))) {
                    return;
                }
            }
            ContentTag t = patientContext && detector.equals(Detectors.NATIONAL_ID) ? ContentTag.PATIENT_INFORMATION : tag;
            signals.add(new Signal(t, start, end, evidence, detector, entry, "", null));
        });
        return Signals.tidy(signals, () -> Language.guess(norm));
    }

    private void read(NormalizedText norm, TermIndex terms, List<Signal> signals) {
        Scan scan = new Scan(norm, cueBits);
        words.scan(norm, (id, first, last) -> {
            int start = norm.tokStart[first];
            if ((norm.flags[first] & NormalizedText.LEADING_WORD) != 0
                    && norm.tokEnd[first] - start == firstWordLength[id] + 1) {
                start++; // "a m o r o n" read as "a moron"
            }
            scan.hit(wordEntries[id], start, norm.tokEnd[last]);
        });
        if (inside != null) {
            inside.scan(norm.chars, norm.length, (id, start, end) -> scan.hit(insideEntries[id], start, end));
        }
        scan.emit(signals);
        terms.scan(norm, scan, signals);
    }

    private TermIndex terms(TextContext ctx) {
        TermIndex last = lastTerms.get();
        if (last != null && last.context.equals(ctx)) {
            return last;
        }
        TermIndex index = new TermIndex(ctx);
        lastTerms.set(index);
        return index;
    }

    /** How many lexicon entries (after expanding alternatives) the analyzer holds. */
    int entryCount() {
        return entries.size();
    }

    private static List<Entry> builtIn() {
        List<Entry> b = builtIn;
        if (b == null) {
            synchronized (ContentAnalyzer.class) {
                b = builtIn;
                if (b == null) {
                    b = loadBuiltIn();
                    builtIn = b;
                }
            }
        }
        return b;
    }

    private static List<Entry> loadBuiltIn() {
        List<Entry> all = new ArrayList<>();
        for (String name : resourceLines(INDEX)) {
            String file = name.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            all.addAll(LexiconParser.parse(file, resourceLines(file)));
        }
        return List.copyOf(all);
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = ContentAnalyzer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in lexicon \"" + name + "\" is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in lexicon \"" + name + "\"", e);
        }
    }

    /**
     * Builds a {@link ContentAnalyzer}. Immutable: every method returns a new builder and leaves this one
     * as it was, so a builder can be shared and branched.
     */
    public static final class Builder {
        private final List<Entry> entries;
        private final List<Entry> additions;
        private final Set<String> allowedRaw;

        private Builder(List<Entry> entries, List<Entry> additions, Set<String> allowedRaw) {
            this.entries = entries;
            this.additions = additions;
            this.allowedRaw = allowedRaw;
        }

        /**
         * Adds a lexicon file in the lexicon format (UTF-8): headers {@code tag:} (a content tag) or
         * {@code kind:} ({@code idiom}, {@code negation}, {@code negation-skip}, {@code reporting},
         * {@code cue}), {@code language:} ({@code en} or {@code nb}), optional {@code context:} and
         * {@code requires:}; then one entry per line, {@code (a|b)} for alternatives, a trailing
         * {@code *} for a word that goes on, a leading {@code ~} to match inside run-together words;
         * {@code #} starts a comment. The file is read now.
         *
         * @param file the lexicon file
         * @return a new builder with the file's entries added
         * @throws InvalidLexiconException if the file cannot be read or a line is wrong, with file:line and
         *                                 the offending value for every problem
         * @throws IllegalArgumentException if file is null
         */
        public Builder addLexicon(Path file) {
            if (file == null) {
                throw new IllegalArgumentException("lexicon file is null");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new InvalidLexiconException(List.of(file + ": not UTF-8 text"));
            } catch (IOException e) {
                throw new InvalidLexiconException(List.of(file + ": cannot read \"" + file + "\" ("
                        + e.getClass().getSimpleName() + ")"));
            }
            List<Entry> parsed = LexiconParser.parse(file.toString(), lines);
            return new Builder(concat(entries, parsed), additions, allowedRaw);
        }

        /**
         * Adds the organisation's terms to a family; they match as whole words or phrases, after the same
         * normalisation as the built-in entries, and carry the language {@code ""}.
         *
         * @param tag   the family
         * @param terms the terms, in the lexicon entry syntax
         * @return a new builder with the terms added
         * @throws IllegalArgumentException if tag or terms is null, or a term is blank or has no letters or digits
         */
        public Builder addTerms(ContentTag tag, Collection<String> terms) {
            if (tag == null) {
                throw new IllegalArgumentException("tag is null");
            }
            if (terms == null) {
                throw new IllegalArgumentException("terms of " + tag + " are null");
            }
            List<Entry> added = new ArrayList<>();
            for (String term : terms) {
                for (String variant : variants(term, "term of " + tag)) {
                    boolean prefix = variant.endsWith("*");
                    String body = prefix ? variant.substring(0, variant.length() - 1) : variant;
                    added.add(new Entry(Kind.TAG, tag, "", null, variant, normalized(body, term), prefix, false,
                            Lexicon.Context.defaults(tag), null, Set.of()));
                }
            }
            return new Builder(entries, concat(additions, added), allowedRaw);
        }

        /**
         * Allow-lists terms: a signal whose span overlaps one of them is never produced, whatever found it
         * (lexicon, organisation term or identifier written exactly so).
         *
         * @param terms the allowed terms or phrases
         * @return a new builder with the terms allowed
         * @throws IllegalArgumentException if terms is null, or a term is blank or has no letters or digits
         */
        public Builder allow(Collection<String> terms) {
            if (terms == null) {
                throw new IllegalArgumentException("allowed terms are null");
            }
            List<Entry> added = new ArrayList<>();
            Set<String> raw = new HashSet<>(allowedRaw);
            for (String term : terms) {
                for (String variant : variants(term, "allowed term")) {
                    added.add(new Entry(Kind.ALLOW, null, "", null, variant, normalized(variant, term), false, false,
                            Set.of(), null, Set.of()));
                    raw.add(variant.toLowerCase(Locale.ROOT));
                    raw.add(variant.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z@.]", ""));
                }
            }
            return new Builder(entries, concat(additions, added), Set.copyOf(raw));
        }

        /**
         * Builds the analyzer: compiles every entry into one automaton.
         *
         * @return a new, immutable analyzer
         */
        public ContentAnalyzer build() {
            return new ContentAnalyzer(concat(entries, additions), allowedRaw);
        }

        private static List<String> variants(String term, String what) {
            if (term == null) {
                throw new IllegalArgumentException(what + " is null");
            }
            if (term.isBlank()) {
                throw new IllegalArgumentException(what + " \"" + term + "\" is blank");
            }
            try {
                return LexiconParser.expand(term.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " " + e.getMessage().replace("entry ", ""), e);
            }
        }

        private static String normalized(String body, String term) {
            String n = NormalizedText.normalizeEntry(body);
            if (n.isEmpty()) {
                throw new IllegalArgumentException("term \"" + term + "\" has no letters or digits");
            }
            return n;
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> all = new ArrayList<>(a.size() + b.size());
            all.addAll(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }
}
