package dev.fineline.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How one character of a text is written in the normalised form: lower case, compatibility forms and
 * diacritics folded away (é to e, 𝐟 to f), except the Norwegian letters æ, ø and å, which stay distinct
 * (ä and ö become æ and ø); a few Cyrillic and Greek look-alikes become their Latin twins.
 */
final class Folding {

    /** Folded forms of U+0000 to U+024F; null where the character is not a letter or digit. */
    private static final String[] TABLE = new String[0x250];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = compute(c);
        }
    }

    private Folding() {
    }

    /**
     * The folded form of a letter or digit.
     *
     * @param cp a code point
     * @return its folded form (one or more of a-z, æ, ø, å, 0-9 or other lower-case letters), or null
     *         when the code point is neither a letter nor a digit
     */
    static String fold(int cp) {
        if (cp < TABLE.length) {
            return TABLE[cp];
        }
        return compute(cp);
    }

    private static String compute(int cp) {
        if (Character.isDigit(cp)) {
            int d = Character.digit(cp, 10);
            return d < 0 ? null : String.valueOf((char) ('0' + d));
        }
        if (!Character.isLetter(cp)) {
            if (Character.getType(cp) == Character.OTHER_NUMBER) {
                // superscripts and circled digits
                String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
                return n.length() == 1 && n.charAt(0) >= '0' && n.charAt(0) <= '9' ? n : null;
            }
            return null;
        }
        int lower = Character.toLowerCase(cp);
        switch (lower) {
            case 'æ', 'ø', 'å':
                return String.valueOf((char) lower);
            case 'ä', 'ǽ':
                return "æ";
            case 'ö', 'ǿ', 'œ':
                return "ø";
            case 'ß':
                return "ss";
            case 'ı':
                return "i";
            case 'а': return "a";   // Cyrillic look-alikes
            case 'е': return "e";
            case 'о': return "o";
            case 'р': return "p";
            case 'с': return "c";
            case 'у': return "y";
            case 'х': return "x";
            case 'і': return "i";
            case 'ѕ': return "s";
            case 'ј': return "j";
            case 'к': return "k";
            case 'α': return "a";   // Greek look-alikes
            case 'ο': return "o";
            case 'ι': return "i";
            case 'ε': return "e";
            default:
                break;
        }
        if (lower < 0x80) {
            return String.valueOf((char) lower);
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        }
        String folded = out.toString().toLowerCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }
}
