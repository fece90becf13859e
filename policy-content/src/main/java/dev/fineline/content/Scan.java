package dev.fineline.content;

import dev.fineline.content.Lexicon.Context;
import dev.fineline.content.Lexicon.Entry;
import dev.fineline.model.ContentTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One read of a normalised text by the lexicon automaton: collects the candidate matches and the context
 * around them (idioms, negations, reported speech, cues, allowed terms), then keeps the candidates the
 * context does not turn off.
 */
final class Scan {

    /** How many words may stand between a negation and what it negates. */
    static final int NEGATION_GAP = 3;
    /** How many words after a reporting cue it still covers, within the sentence. */
    static final int REPORTING_REACH = 15;

    private final NormalizedText norm;
    private final Map<String, Integer> cueBits;
    private Entry[] entryOf = new Entry[8];
    private int[] candidates = new int[16];
    private int candidateCount;
    private int[] idioms = new int[8];
    private int idiomCount;
    private int[] allowed = new int[4];
    private int allowedCount;
    private int[] reporting = new int[4];
    private int reportingCount;
    private final boolean[] negation;
    private final boolean[] skip;
    /** Per sentence: the cues found in it, one bit per cue name. */
    private final long[] cues;

    Scan(NormalizedText norm, Map<String, Integer> cueBits) {
        this.norm = norm;
        this.cueBits = cueBits;
        this.negation = new boolean[norm.tokens];
        this.skip = new boolean[norm.tokens];
        this.cues = new long[norm.tokens == 0 ? 1 : norm.sentence[norm.tokens - 1] + 1];
    }

    /**
     * One match of an entry over the normalised characters {@code [start, end)}, whole words.
     *
     * @param e     the entry
     * @param start its first character
     * @param end   just after its last character
     */
    void hit(Entry e, int start, int end) {
        int s = start;
        int en = end;
        if (e.inside()) {
            s = norm.tokStart[norm.tokenOf[start]];
            en = norm.tokEnd[norm.tokenOf[end - 1]];
        }
        switch (e.kind()) {
            case TAG -> {
                entryOf = pushEntry(entryOf, candidateCount, e);
                candidates = push(candidates, candidateCount++, s, en);
            }
            case IDIOM -> idioms = push(idioms, idiomCount++, s, en);
            case ALLOW -> allowed = push(allowed, allowedCount++, s, en);
            case NEGATION -> negation[norm.tokenOf[en - 1]] = true;
            case NEGATION_SKIP -> {
                for (int t = norm.tokenOf[s]; t <= norm.tokenOf[en - 1]; t++) {
                    skip[t] = true;
                }
            }
            case REPORTING -> reporting = push(reporting, reportingCount++, norm.tokenOf[en - 1]);
            case CUE -> {
                Integer bit = cueBits.get(e.cue());
                if (bit != null) {
                    cues[norm.sentence[norm.tokenOf[s]]] |= 1L << bit;
                }
            }
            default -> {
            }
        }
    }

    private static Entry[] pushEntry(Entry[] array, int index, Entry e) {
        if (index >= array.length) {
            array = Arrays.copyOf(array, array.length * 2);
        }
        array[index] = e;
        return array;
    }

    private static int[] push(int[] array, int index, int... values) {
        int at = index * values.length;
        if (at + values.length > array.length) {
            array = Arrays.copyOf(array, Math.max(array.length * 2, at + values.length));
        }
        System.arraycopy(values, 0, array, at, values.length);
        return array;
    }

    private int[] allowedCover;
    private int[] idiomCover;
    private int[] lastReporting;

    /** Prefix sums of how many spans cover each normalised character. */
    private int[] cover(int[] spans, int count) {
        int[] diff = new int[norm.length + 1];
        for (int i = 0; i < count; i++) {
            diff[spans[2 * i]]++;
            diff[spans[2 * i + 1]]--;
        }
        int[] prefix = new int[norm.length + 1];
        int depth = 0;
        for (int p = 0; p < norm.length; p++) {
            depth += diff[p];
            prefix[p + 1] = prefix[p] + (depth > 0 ? 1 : 0);
        }
        return prefix;
    }

    /** Whether a normalised span overlaps an allowed term. */
    boolean allowed(int start, int end) {
        if (allowedCount == 0) {
            return false;
        }
        if (allowedCover == null) {
            allowedCover = cover(allowed, allowedCount);
        }
        return allowedCover[end] - allowedCover[start] > 0;
    }

    private boolean inIdiom(int start, int end) {
        if (idiomCount == 0) {
            return false;
        }
        if (idiomCover == null) {
            idiomCover = cover(idioms, idiomCount);
        }
        return idiomCover[end] - idiomCover[start] > 0;
    }

    /** A negation right before the token: at most {@link #NEGATION_GAP} skippable words between, same clause. */
    private boolean negated(int token) {
        int steps = 0;
        for (int k = token - 1; k >= 0; k--) {
            if ((norm.flags[k + 1] & (NormalizedText.CLAUSE | NormalizedText.SENTENCE)) != 0) {
                return false;
            }
            if (negation[k]) {
                return true;
            }
            if (!skip[k] || ++steps > NEGATION_GAP) {
                return false;
            }
        }
        return false;
    }

    /**
     * A negation right after the last token, in the same clause: the Norwegian word order puts it after
     * the verb ("jeg hater ikke", "jeg banker deg ikke").
     */
    private boolean negatedAfter(int token) {
        int next = token + 1;
        return next < norm.tokens && negation[next]
                && (norm.flags[next] & (NormalizedText.CLAUSE | NormalizedText.SENTENCE)) == 0
                && norm.tokEnd[next] - norm.tokStart[next] > 2;
    }

    /** A reporting cue before the token in the same sentence, within reach. */
    private boolean reported(int token) {
        if (reportingCount == 0) {
            return false;
        }
        if (lastReporting == null) {
            // per token: the last reporting cue that ends before it, or -1
            boolean[] ends = new boolean[norm.tokens];
            for (int i = 0; i < reportingCount; i++) {
                ends[reporting[i]] = true;
            }
            lastReporting = new int[norm.tokens];
            int last = -1;
            for (int t = 0; t < norm.tokens; t++) {
                lastReporting[t] = last;
                if (ends[t]) {
                    last = t;
                }
            }
        }
        int cue = lastReporting[token];
        return cue >= 0 && token - cue <= REPORTING_REACH && norm.sentence[cue] == norm.sentence[token];
    }

    private boolean hasCue(String cue, int sentence) {
        Integer bit = cueBits.get(cue);
        return bit != null && (cues[sentence] & (1L << bit)) != 0;
    }

    /** Adds the signals of the candidates that the context leaves on. */
    void emit(List<Signal> out) {
        String text = norm.original;
        List<Signal> kept = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        Set<String> overridden = new HashSet<>();
        for (int i = 0; i < candidateCount; i++) {
            Entry e = entryOf[i];
            int s = candidates[2 * i];
            int en = candidates[2 * i + 1];
            int first = norm.tokenOf[s];
            Set<Context> ctx = e.contexts();
            if (allowed(s, en)
                    || ctx.contains(Context.IDIOM) && inIdiom(s, en)
                    || ctx.contains(Context.QUOTATION) && (norm.flags[first] & NormalizedText.QUOTED) != 0
                    || ctx.contains(Context.NEGATION) && (negated(first) || negatedAfter(norm.tokenOf[en - 1]))
                    || ctx.contains(Context.REPORTING) && reported(first)
                    || e.requires() != null && !hasCue(e.requires(), norm.sentence[first])) {
                continue;
            }
            int from = norm.from[s];
            int to = norm.to[en - 1];
            kept.add(new Signal(e.tag(), from, to, Signals.evidence(text, from, to), Detectors.LEXICON,
                    e.source() + ": " + e.written(), e.language(), null));
            sentences.add(norm.sentence[first]);
            for (ContentTag tag : e.overrides()) {
                overridden.add(tag + "@" + norm.sentence[first]);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            if (overridden.isEmpty() || !overridden.contains(kept.get(i).tag() + "@" + sentences.get(i))) {
                out.add(kept.get(i));
            }
        }
    }
}
