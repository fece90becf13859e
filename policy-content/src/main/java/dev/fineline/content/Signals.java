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


    /** By start, then longest first, then tag and detector. */
    private static final Comparator<Signal> ORDER = (a, b) -> {
        int c = Integer.compare(a.start(), b.start());
        if (c == 0) {
            c = Integer.compare(b.end(), a.end());
        }
        if (c == 0) {
            c = a.tag().compareTo(b.tag());
        }
        return c != 0 ? c : a.detector().compareTo(b.detector());
    };

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
    static List<Signal> tidy(List<Signal> signals, java.util.function.Supplier<String> language) {
        if (signals.isEmpty()) {
            return List.of();
        }
        signals.sort(ORDER);
        // where entries of both languages match the same span, keep the one of the text's language
        String lang = null;
        for (int i = 0; i + 1 < signals.size(); i++) {
            Signal a = signals.get(i);
            Signal b = signals.get(i + 1);
            if (a.start() == b.start() && a.end() == b.end() && a.tag() == b.tag() && a.detector().equals(b.detector())
                    && !a.language().equals(b.language())) {
                if (lang == null) {
                    lang = language.get();
                }
                if (b.language().equals(lang)) {
                    signals.set(i, b);
                    signals.set(i + 1, a);
                }
            }
        }
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
