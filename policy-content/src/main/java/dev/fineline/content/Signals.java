package dev.fineline.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Puts signals in text order and drops the repeats. */
final class Signals {

    /** Evidence longer than this is cut with an ellipsis. */
    static final int MAX_EVIDENCE = 80;


    private Signals() {
    }

    /** The original text of a span, on one line and at most {@link #MAX_EVIDENCE} characters. */
    static String evidence(String text, int from, int to) {
        String s = text.substring(from, Math.min(to, from + MAX_EVIDENCE)).replace('\n', ' ').replace('\r', ' ');
        return to - from > MAX_EVIDENCE ? s + "\u2026" : s;
    }

    /**
     * Sorts by start (longest first) and drops a signal that overlaps an earlier one of the same tag and
     * detector (a shorter entry inside a longer one, or the same match read twice); where entries of both
     * languages match the same span, the one of the text's language is kept.
     */
    static List<Signal> tidy(List<Signal> signals, String language) {
        if (signals.isEmpty()) {
            return List.of();
        }
        signals.sort(Comparator.comparingInt(Signal::start)
                .thenComparing(Comparator.comparingInt(Signal::end).reversed())
                .thenComparing(Signal::tag)
                .thenComparing(Signal::detector)
                .thenComparing(s -> s.language().equals(language) ? 0 : 1));
        List<Signal> kept = new ArrayList<>(signals.size());
        Map<String, Integer> reach = new HashMap<>();
        for (Signal s : signals) {
            String key = s.tag() + "/" + s.detector();
            Integer end = reach.get(key);
            if (end == null || s.start() >= end) {
                kept.add(s);
            }
            if (end == null || s.end() > end) {
                reach.put(key, s.end());
            }
        }
        return List.copyOf(kept);
    }
}
