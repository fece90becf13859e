package dev.fineline.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over the words of a normalised text: every pattern is a sequence of words,
 * the last of which may be a stem ({@code fuck*} matches "fuck", "fucking", "fucked"). One pass over
 * the words finds every occurrence of every pattern, whole words only, in time linear in the text plus
 * the matches; a word is looked up in the vocabulary without allocating. Immutable and thread-safe.
 */
final class TokenAutomaton {

    /** Receives the occurrences of a scan. */
    interface Sink {
        /**
         * One occurrence.
         *
         * @param pattern the pattern's index in the list the automaton was built from
         * @param first   its first word (token index)
         * @param last    its last word
         */
        void hit(int pattern, int first, int last);
    }

    /** A pattern: its words, and whether the last one is a stem. */
    record Pattern(String[] words, boolean stem) {
    }

    // vocabulary of whole words: open addressing over the words' hash codes
    private final String[] vocabWords;
    private final int[] vocabSlots;
    // stems: a small character trie; stemId[node] is the stem symbol ending there, or -1
    private final Map<Long, Integer> stemTrie = new HashMap<>();
    private final List<Integer> stemSymbol = new ArrayList<>();
    private final long[] stemKeys;
    private final int[] stemValues;
    private final int[] stemSymbols;
    // the word trie: transitions keyed by (state, symbol)
    private final long[] transKeys;
    private final int[] transValues;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] lengths;

    TokenAutomaton(List<Pattern> patterns) {
        Map<String, Integer> vocab = new HashMap<>();
        Map<String, Integer> stems = new HashMap<>();
        stemSymbol.add(-1);
        int[][] symbols = new int[patterns.size()][];
        for (int p = 0; p < patterns.size(); p++) {
            Pattern pattern = patterns.get(p);
            String[] words = pattern.words();
            symbols[p] = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                if (pattern.stem() && i == words.length - 1) {
                    Integer id = stems.get(words[i]);
                    if (id == null) {
                        id = stems.size();
                        stems.put(words[i], id);
                        addStem(words[i], id);
                    }
                    symbols[p][i] = -2 - id;  // stems are negative symbols
                } else {
                    symbols[p][i] = vocab.computeIfAbsent(words[i], k -> vocab.size());
                }
            }
        }
        stemKeys = new long[Integer.highestOneBit(Math.max(4, stemTrie.size() * 2)) * 2];
        stemValues = new int[stemKeys.length];
        Arrays.fill(stemValues, -1);
        stemTrie.forEach((k, v) -> {
            int mask = stemKeys.length - 1;
            int slot = mix(k) & mask;
            while (stemValues[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            stemKeys[slot] = k;
            stemValues[slot] = v;
        });
        stemSymbols = stemSymbol.stream().mapToInt(Integer::intValue).toArray();
        vocabWords = new String[vocab.size()];
        vocab.forEach((w, id) -> vocabWords[id] = w);
        vocabSlots = new int[Integer.highestOneBit(Math.max(4, vocab.size() * 2)) * 2];
        Arrays.fill(vocabSlots, -1);
        for (int id = 0; id < vocabWords.length; id++) {
            String w = vocabWords[id];
            int mask = vocabSlots.length - 1;
            int slot = w.hashCode() & mask;
            while (vocabSlots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            vocabSlots[slot] = id;
        }
        // the trie
        Map<Long, Integer> trie = new HashMap<>();
        List<List<Integer>> own = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        own.add(null);
        children.add(new ArrayList<>());
        lengths = new int[patterns.size()];
        for (int p = 0; p < symbols.length; p++) {
            int state = 0;
            for (int symbol : symbols[p]) {
                long key = key(state, symbol);
                Integer next = trie.get(key);
                if (next == null) {
                    next = own.size();
                    own.add(null);
                    children.add(new ArrayList<>());
                    trie.put(key, next);
                    children.get(state).add(symbol);
                }
                state = next;
            }
            lengths[p] = symbols[p].length;
            if (own.get(state) == null) {
                own.set(state, new ArrayList<>(1));
            }
            own.get(state).add(p);
        }
        int states = own.size();
        int cap = Integer.highestOneBit(Math.max(4, trie.size() * 2)) * 2;
        transKeys = new long[cap];
        transValues = new int[cap];
        Arrays.fill(transValues, -1);
        trie.forEach((k, v) -> {
            int mask = transKeys.length - 1;
            int slot = mix(k) & mask;
            while (transValues[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            transKeys[slot] = k;
            transValues[slot] = v;
        });
        fail = new int[states];
        outputs = new int[states][];
        outputs[0] = merge(own.get(0), null);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int symbol : children.get(0)) {
            int child = next(0, symbol);
            fail[child] = 0;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            outputs[state] = merge(own.get(state), outputs[fail[state]]);
            for (int symbol : children.get(state)) {
                int child = next(state, symbol);
                int f = fail[state];
                int target = next(f, symbol);
                while (target < 0 && f != 0) {
                    f = fail[f];
                    target = next(f, symbol);
                }
                fail[child] = target < 0 || target == child ? 0 : target;
                queue.add(child);
            }
        }
    }

    private void addStem(String stem, int id) {
        long node = 0;
        for (int i = 0; i < stem.length(); i++) {
            long key = (node << 16) | stem.charAt(i);
            Integer next = stemTrie.get(key);
            if (next == null) {
                next = stemSymbol.size();
                stemSymbol.add(-1);
                stemTrie.put(key, next);
            }
            node = next;
        }
        stemSymbol.set((int) node, -2 - id);
    }

    private static long key(int state, int symbol) {
        return ((long) state << 32) ^ (symbol & 0xFFFFFFFFL);
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private int next(int state, int symbol) {
        long k = key(state, symbol);
        int mask = transKeys.length - 1;
        int slot = mix(k) & mask;
        while (transValues[slot] >= 0) {
            if (transKeys[slot] == k) {
                return transValues[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static final int[] NONE = new int[0];

    /** A state's outputs: its own ids, then those inherited along its failure link; shared by both automata. */
    static int[] merge(List<Integer> own, int[] inherited) {
        int size = (own == null ? 0 : own.size()) + (inherited == null ? 0 : inherited.length);
        if (size == 0) {
            return NONE;
        }
        int[] out = new int[size];
        int i = 0;
        if (own != null) {
            for (int id : own) {
                out[i++] = id;
            }
        }
        if (inherited != null) {
            System.arraycopy(inherited, 0, out, i, inherited.length);
        }
        return out;
    }

    /** The vocabulary id of the characters {@code [from, to)}, or -1. */
    private int word(char[] c, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + c[i];
        }
        int mask = vocabSlots.length - 1;
        int slot = h & mask;
        int len = to - from;
        while (vocabSlots[slot] >= 0) {
            String w = vocabWords[vocabSlots[slot]];
            if (w.length() == len && same(w, c, from)) {
                return vocabSlots[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean same(String w, char[] c, int from) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != c[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The state reached from {@code state} by {@code symbol}, following failure links; 0 if none. */
    private int step(int state, int symbol) {
        while (true) {
            int target = next(state, symbol);
            if (target >= 0) {
                return target;
            }
            if (state == 0) {
                return 0;
            }
            state = fail[state];
        }
    }

    /**
     * Finds every occurrence of every pattern in a normalised text.
     *
     * @param norm the text
     * @param sink receives the occurrences, by last word
     */
    void scan(NormalizedText norm, Sink sink) {
        char[] c = norm.chars;
        int state = 0;
        for (int t = 0; t < norm.tokens; t++) {
            int from = norm.tokStart[t];
            int to = norm.tokEnd[t];
            int symbol = word(c, from, to);
            if (symbol < 0 && (norm.flags[t] & NormalizedText.LEADING_WORD) != 0) {
                from++;
                symbol = word(c, from, to);
            }
            if (stemSymbols.length > 1) {
                stems(c, from, to, state, t, sink);
            }
            state = symbol < 0 ? 0 : step(state, symbol);
            for (int id : outputs[state]) {
                sink.hit(id, t - lengths[id] + 1, t);
            }
        }
    }

    /** The stems the word starts with, each tried as the last word of a pattern. */
    private void stems(char[] c, int from, int to, int state, int t, Sink sink) {
        long node = 0;
        int mask = stemKeys.length - 1;
        for (int i = from; i < to; i++) {
            long k = (node << 16) | c[i];
            int slot = mix(k) & mask;
            int next = -1;
            while (stemValues[slot] >= 0) {
                if (stemKeys[slot] == k) {
                    next = stemValues[slot];
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (next < 0) {
                return;
            }
            node = next;
            int symbol = stemSymbols[(int) node];
            if (symbol != -1) {
                int reached = step(state, symbol);
                if (reached != 0) {
                    for (int id : outputs[reached]) {
                        if (lengths[id] <= t + 1) {
                            sink.hit(id, t - lengths[id] + 1, t);
                        }
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return "TokenAutomaton[" + lengths.length + " patterns, " + outputs.length + " states, " + vocabWords.length
                + " words]";
    }
}
