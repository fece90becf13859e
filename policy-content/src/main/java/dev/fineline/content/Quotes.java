package dev.fineline.content;

import java.util.Arrays;

/**
 * Quoted spans of a text: between double quotes (straight, curly, low-high or guillemets) or single quotes
 * that open after a space and close before one (so apostrophes in words are not quotes). A quotation
 * ends at a new line and is at most {@value #MAX} characters long; an unclosed quote quotes nothing.
 */
final class Quotes {

    static final int MAX = 300;

    private Quotes() {
    }

    /**
     * The quoted spans.
     *
     * @param text a text
     * @return start and end offsets, in pairs, in text order
     */
    static int[] spans(String text) {
        int[] out = new int[8];
        int count = 0;
        int open = -1;
        char opener = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                continue;
            }
            if (open >= 0 && i - open > MAX) {
                open = -1;
            }
            if (open < 0) {
                if (c == '"' || c == '\u201C' || c == '\u00AB' || c == '\u201E'
                        || ((c == '\'' || c == '\u2018' || c == '\u2019') && openingSingle(text, i))) {
                    open = i + 1;
                    opener = c;
                }
            } else if (closes(text, opener, c, i)) {
                if (count + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = open;
                out[count++] = i;
                open = -1;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean openingSingle(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == ':';
    }

    private static boolean closes(String text, char opener, char c, int i) {
        switch (opener) {
            case '"', '\u201C', '\u201E':
                return c == '"' || c == '\u201D' || (c == '\u201C' && opener == '\u201E');
            case '\u00AB':
                return c == '\u00BB';
            default:
                if (c != '\'' && c != '\u2019') {
                    return false;
                }
                boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
                boolean beforeGap = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
                return afterWord && beforeGap;
        }
    }
}
