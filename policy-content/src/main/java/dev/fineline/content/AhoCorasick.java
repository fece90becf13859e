package dev.fineline.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over normalised characters, compiled to a full transition table: one pass
 * over the text finds every occurrence of every pattern, in time linear in the text plus the matches.
 * Immutable and thread-safe once built.
 */
final class AhoCorasick {

    /** Receives the occurrences of a scan. */
    interface Sink {
        /**
         * One occurrence.
         *
         * @param pattern the pattern's index in the list the automaton was built from
         * @param start   its first character in the scanned array
         * @param end     just after its last character
         */
        void hit(int pattern, int start, int end);
    }

    private final int[] small = new int[256];
    private final Map<Character, Integer> other = new HashMap<>();
    private final int classes;
    private final int[] delta;
    private final int[][] outputs;
    private final int[] lengths;

    AhoCorasick(List<String> patterns) {
        int next = 1;
        for (String p : patterns) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (classOf(c) == 0) {
                    if (c < 256) {
                        small[c] = next++;
                    } else {
                        other.put(c, next++);
                    }
                }
            }
        }
        classes = next;
        lengths = new int[patterns.size()];
        // the trie
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new int[classes]);
        own.add(null);
        for (int id = 0; id < patterns.size(); id++) {
            String p = patterns.get(id);
            lengths[id] = p.length();
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                int c = classOf(p.charAt(i));
                int child = children.get(state)[c];
                if (child == 0) {
                    child = children.size();
                    children.add(new int[classes]);
                    own.add(null);
                    children.get(state)[c] = child;
                }
                state = child;
            }
            if (own.get(state) == null) {
                own.set(state, new ArrayList<>(1));
            }
            own.get(state).add(id);
        }
        int states = children.size();
        delta = new int[states * classes];
        int[] fail = new int[states];
        outputs = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs[0] = TokenAutomaton.merge(own.get(0), null);
        for (int c = 1; c < classes; c++) {
            int child = children.get(0)[c];
            delta[c] = child;
            if (child != 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            outputs[state] = TokenAutomaton.merge(own.get(state), outputs[fail[state]]);
            int[] kids = children.get(state);
            for (int c = 1; c < classes; c++) {
                int child = kids[c];
                if (child != 0) {
                    fail[child] = delta[fail[state] * classes + c];
                    delta[state * classes + c] = child;
                    queue.add(child);
                } else {
                    delta[state * classes + c] = delta[fail[state] * classes + c];
                }
            }
        }
    }

    private int classOf(char c) {
        if (c < 256) {
            return small[c];
        }
        Integer k = other.get(c);
        return k == null ? 0 : k;
    }

    /** The length of a pattern. */
    int length(int pattern) {
        return lengths[pattern];
    }

    /**
     * Finds every occurrence of every pattern.
     *
     * @param text   the characters
     * @param length how many of them to scan
     * @param sink   receives the occurrences, by end position
     */
    void scan(char[] text, int length, Sink sink) {
        int state = 0;
        for (int i = 0; i < length; i++) {
            state = delta[state * classes + classOf(text[i])];
            int[] out = outputs[state];
            for (int k = 0; k < out.length; k++) {
                int id = out[k];
                sink.hit(id, i + 1 - lengths[id], i + 1);
            }
        }
    }

    @Override
    public String toString() {
        return "AhoCorasick[" + lengths.length + " patterns, " + outputs.length + " states, " + classes
                + " classes" + "]";
    }
}
