package dev.fineline.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's changes to the lexicons the content analysis reads text with: terms added to a
 * family, and terms that must never be flagged. Terms are organisation data and never logged.
 *
 * @param add   per content tag, the words and phrases that signal it
 * @param allow words and phrases that signal nothing, whatever lexicon lists them
 */
public record LexiconSettings(Map<ContentTag, List<String>> add, List<String> allow) {

    /** No changes: the lexicons as built. */
    public static final LexiconSettings NONE = new LexiconSettings(Map.of(), List.of());

    /** Validates and copies. */
    public LexiconSettings {
        EnumMap<ContentTag, List<String>> copy = new EnumMap<>(ContentTag.class);
        if (add != null) {
            add.forEach((tag, terms) -> {
                Checks.required("settings.lexicon.add", tag);
                List<String> list = List.copyOf(Checks.ids("settings.lexicon.add." + tag, terms));
                if (!list.isEmpty()) {
                    copy.put(tag, list);
                }
            });
        }
        add = Collections.unmodifiableMap(copy);
        allow = List.copyOf(Checks.ids("settings.lexicon.allow", allow));
    }

    /**
     * Tells whether there is nothing to change.
     *
     * @return true when no term is added or allowed
     */
    public boolean isEmpty() {
        return add.isEmpty() && allow.isEmpty();
    }

    /** Counts only: the terms never reach a log line. */
    @Override
    public String toString() {
        return "LexiconSettings[add=" + add.values().stream().mapToInt(List::size).sum() + ", allow=" + allow.size() + "]";
    }
}
