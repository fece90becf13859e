package dev.fineline.content;

import java.util.Set;

/**
 * A guess at the language of a text, English or Norwegian bokmål, from its most common words; used only
 * to prefer one language's entry when entries of both languages match the same span.
 */
final class Language {

    private static final Set<String> EN = Set.of("the", "and", "is", "are", "you", "i", "to", "of", "it", "this",
            "that", "my", "we", "with", "for", "was", "have", "be", "not", "what", "he", "she", "they", "on", "in");
    private static final Set<String> NB = Set.of("og", "er", "jeg", "du", "det", "en", "et", "ikke", "på", "til",
            "med", "som", "har", "vi", "den", "av", "for", "at", "så", "min", "meg", "deg", "han", "hun", "var");

    private Language() {
    }

    /**
     * Guesses.
     *
     * @param norm a normalised text
     * @return "en", "nb", or "" when undecided
     */
    static String guess(NormalizedText norm) {
        int en = 0;
        int nb = 0;
        int limit = Math.min(norm.tokens, 200);
        for (int t = 0; t < limit; t++) {
            int len = norm.tokEnd[t] - norm.tokStart[t];
            if (len > 5) {
                continue;
            }
            String word = norm.tokenText(t);
            if (EN.contains(word)) {
                en++;
            }
            if (NB.contains(word)) {
                nb++;
            }
        }
        return en > nb ? "en" : nb > en ? "nb" : "";
    }
}
