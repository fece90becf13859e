package dev.fineline.rules;

import java.util.List;

/**
 * What one change did to an organisation's findings: those that appeared and those that went away, each
 * in {@link Decision}'s order. A finding whose explanation changed (a deadline counting its days) went away
 * in its old wording and appeared in its new one; a finding that was made again unchanged is in neither.
 *
 * @param appeared    findings that hold now and did not before
 * @param disappeared findings that held before and do not now
 */
public record Delta(List<Finding> appeared, List<Finding> disappeared) {

    /** Copies. */
    public Delta {
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
    }

    /**
     * Tells whether the change left the findings as they were.
     *
     * @return true when nothing appeared and nothing went away
     */
    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty();
    }
}
