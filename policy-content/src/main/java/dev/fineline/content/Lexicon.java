package dev.fineline.content;

import dev.fineline.model.ContentTag;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What the lexicon files hold: entries of a kind, a family and a language. */
final class Lexicon {

    private Lexicon() {
    }

    /** What an entry does. */
    enum Kind {
        /** Produces a signal of its tag. */
        TAG,
        /** A harmless idiom or homonym: suppresses the signals it overlaps. */
        IDIOM,
        /** A negation that turns off a signal right after it. */
        NEGATION,
        /** A word that may stand between a negation and what it negates ("going", "to", "an"). */
        NEGATION_SKIP,
        /** Reported speech or counter-speech ("he called me", "if you say"): turns off what follows in the sentence. */
        REPORTING,
        /** A cue that a family may require in the same sentence (header {@code requires:}). */
        CUE,
        /** An organisation's allow-listed term: never produces a signal. */
        ALLOW
    }

    /** Context that can turn a signal of a family off. */
    enum Context {
        NEGATION, QUOTATION, REPORTING, IDIOM;

        static Set<Context> defaults(ContentTag tag) {
            if (tag.group() == ContentTag.Group.TONE || tag == ContentTag.CONTROVERSIAL_OPINION
                    || tag.group() == ContentTag.Group.WORKPLACE) {
                return EnumSet.allOf(Context.class);
            }
            return EnumSet.of(NEGATION, IDIOM);
        }
    }

    /**
     * One entry, expanded and normalised.
     *
     * @param kind       what it does
     * @param tag        its tag, for {@link Kind#TAG}
     * @param language   "en", "nb" or "" for the organisation's additions
     * @param cue        the cue's name, for {@link Kind#CUE}
     * @param written    the entry as written (after expanding alternatives)
     * @param normalized the normalised form the automaton matches
     * @param prefix     the last word may go on ({@code kill*})
     * @param inside     may match inside a longer word ({@code ~idiot})
     * @param contexts   context that turns it off
     * @param requires   a cue that must occur in the same sentence, or null
     * @param overrides  tags whose signals this entry's signal turns off in the same sentence
     */
    record Entry(Kind kind, ContentTag tag, String language, String cue, String written, String normalized,
            boolean prefix, boolean inside, Set<Context> contexts, String requires, Set<ContentTag> overrides) {

        /** The family and language, such as {@code "threat/en"}. */
        String source() {
            String family = tag == null ? kind.name() : tag.name();
            String lang = language.isEmpty() ? "org" : language;
            return family.toLowerCase(Locale.ROOT).replace('_', '-') + "/" + lang;
        }
    }
}
