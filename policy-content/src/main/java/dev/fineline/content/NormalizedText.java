package dev.fineline.content;

import java.util.Arrays;

/**
 * A text in the form the automata read: tokens of folded letters and digits separated by single spaces,
 * with a space at each end, every character mapped back to its span in the original text.
 *
 * <p>Normalisation undoes common obfuscation: case, diacritics and compatibility forms ({@link Folding}),
 * zero-width and other format characters (dropped), apostrophes inside words (dropped, so "don't" reads
 * "dont"), leetspeak inside words that have letters (1 i, 3 e, 4 a, 0 o, 5 s, @ a, $ s), letters spaced
 * out ("i d i o t", "f.u.c.k": three or more single letters with thin separators are joined), camel
 * case split into words ("#ProjectFalcon" reads "project falcon"), and runs of three or more equal
 * letters cut to {@code collapseTo} ("stuuupid" reads "stuupid" with 2 and "stupid" with 1). One pass,
 * linear in the text.
 */
final class NormalizedText {

    /** A clause break (comma, colon, parenthesis, dash, quote) before the token. */
    static final int CLAUSE = 1;
    /** A sentence break (full stop, question or exclamation mark, new line) before the token. */
    static final int SENTENCE = 2;
    /** The token is inside a quotation. */
    static final int QUOTED = 4;
    /** The token is part of a hashtag. */
    static final int HASHTAG = 8;
    /**
     * The token joins letters spaced out and its first letter may be a word of its own ("a m o r o n"
     * may be "a moron"): a match may also start at its second letter.
     */
    static final int LEADING_WORD = 16;

    final String original;
    final char[] chars;
    final int length;
    /** Per normalised character: where its source starts and ends in the original. */
    final int[] from;
    final int[] to;
    /** Per normalised character: its token, or -1 for a separator. */
    final int[] tokenOf;
    final int tokens;
    final int[] tokStart;
    final int[] tokEnd;
    final int[] flags;
    final int[] sentence;
    /** Whether some token had a run of three or more equal letters. */
    final boolean elongated;

    private NormalizedText(String original, char[] chars, int length, int[] from, int[] to, int[] tokenOf,
            int tokens, int[] tokStart, int[] tokEnd, int[] flags, int[] sentence, boolean elongated) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.from = from;
        this.to = to;
        this.tokenOf = tokenOf;
        this.tokens = tokens;
        this.tokStart = tokStart;
        this.tokEnd = tokEnd;
        this.flags = flags;
        this.sentence = sentence;
        this.elongated = elongated;
    }

    /** Original start of a token. */
    int tokenFrom(int token) {
        return from[tokStart[token]];
    }

    /** Original end of a token. */
    int tokenTo(int token) {
        return to[tokEnd[token] - 1];
    }

    /** The normalised text of a token. */
    String tokenText(int token) {
        return new String(chars, tokStart[token], tokEnd[token] - tokStart[token]);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /**
     * Normalises a text.
     *
     * @param text       the original text
     * @param collapseTo how many letters a run of three or more equal letters keeps (1 or 2)
     * @return the normalised text
     */
    static NormalizedText of(String text, int collapseTo) {
        return new Builder(text, collapseTo).build();
    }

    /** Normalises a lexicon entry or term: its tokens joined by single spaces, no outer spaces. */
    static String normalizeEntry(String entry) {
        NormalizedText n = of(entry, 2);
        return n.length <= 2 ? "" : new String(n.chars, 1, n.length - 2);
    }

    private static final class Builder {
        private final String text;
        private final int collapseTo;
        // units: folded characters with their source span
        private char[] unit;
        private int[] uFrom;
        private int[] uTo;
        private boolean[] uUpper;
        private int units;
        // raw tokens: unit ranges and flags
        private int[] rStart;
        private int[] rEnd;
        private int[] rFlags;
        private int raws;
        private int tokenStart = -1;
        private int pending;
        private boolean elongated;

        Builder(String text, int collapseTo) {
            this.text = text;
            this.collapseTo = collapseTo;
            int cap = text.length() + 16;
            unit = new char[cap];
            uFrom = new int[cap];
            uTo = new int[cap];
            uUpper = new boolean[cap];
            rStart = new int[16];
            rEnd = new int[16];
            rFlags = new int[16];
        }

        NormalizedText build() {
            int[] quotes = Quotes.spans(text);
            int n = text.length();
            int i = 0;
            while (i < n) {
                char ch = text.charAt(i);
                if (ch < 128) {
                    // ASCII fast path: letters and digits are units, the rest as below
                    if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
                        add(ch, i, i + 1, false);
                        i++;
                        continue;
                    }
                    if (ch >= 'A' && ch <= 'Z') {
                        add((char) (ch + 32), i, i + 1, true);
                        i++;
                        continue;
                    }
                    if (ch == ' ') {
                        endToken();
                        i++;
                        continue;
                    }
                }
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                int type = Character.getType(cp);
                if (type == Character.FORMAT || type == Character.NON_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                    i += len;
                    continue;
                }
                String f = Folding.fold(cp);
                if (f != null) {
                    boolean upper = Character.isUpperCase(cp);
                    for (int k = 0; k < f.length(); k++) {
                        add(f.charAt(k), i, i + len, upper && k == 0);
                    }
                } else if (cp == '@' && tokenStart >= 0 && lastIsLetter()) {
                    add('a', i, i + len, false);
                } else if (cp == '$' && ((tokenStart >= 0 && lastIsLetter()) || nextIsLetter(i + len))) {
                    add('s', i, i + len, false);
                } else if (isApostrophe(cp) && tokenStart >= 0 && lastIsLetter() && nextIsLetter(i + len)) {
                    // inside a word: "don't" reads "dont", "Falcon's" reads "falcons"
                    i += len;
                    continue;
                } else {
                    endToken();
                    pending |= breakOf(cp, i + len);
                }
                i += len;
            }
            endToken();
            return assemble(quotes);
        }

        private static boolean isApostrophe(int cp) {
            return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u00B4' || cp == '`';
        }

        private int breakOf(int cp, int next) {
            switch (cp) {
                case '.':
                    return next >= text.length() || Character.isWhitespace(text.charAt(next)) ? SENTENCE : 0;
                case '!', '?', '\n', '\r', '\u2026':
                    return SENTENCE;
                case ',', ';', ':', '(', ')', '[', ']', '\u2013', '\u2014', '"', '\u201C', '\u201D', '\u00AB',
                        '\u00BB', '\u201E':
                    return CLAUSE;
                case '#':
                    return HASHTAG;
                default:
                    return 0;
            }
        }

        private boolean lastIsLetter() {
            return units > tokenStart && Character.isLetter(unit[units - 1]);
        }

        private boolean nextIsLetter(int at) {
            int n = text.length();
            while (at < n) {
                int cp = text.codePointAt(at);
                if (Character.getType(cp) == Character.FORMAT) {
                    at += Character.charCount(cp);
                    continue;
                }
                return Character.isLetter(cp);
            }
            return false;
        }

        private void add(char c, int start, int end, boolean upper) {
            if (tokenStart < 0) {
                tokenStart = units;
            }
            if (units == unit.length) {
                int cap = unit.length * 2;
                unit = Arrays.copyOf(unit, cap);
                uFrom = Arrays.copyOf(uFrom, cap);
                uTo = Arrays.copyOf(uTo, cap);
                uUpper = Arrays.copyOf(uUpper, cap);
            }
            unit[units] = c;
            uFrom[units] = start;
            uTo[units] = end;
            uUpper[units] = upper;
            units++;
        }

        private void endToken() {
            if (tokenStart < 0) {
                return;
            }
            int start = tokenStart;
            int end = units;
            tokenStart = -1;
            leet(start, end);
            // camel case: a capital after a small letter starts a new word
            int flags = pending;
            pending = 0;
            int hashtag = flags & HASHTAG;
            int s = start;
            for (int k = start + 1; k < end; k++) {
                if (uUpper[k] && Character.isLetter(unit[k - 1]) && !uUpper[k - 1] && Character.isLowerCase(unit[k - 1])) {
                    raw(s, k, flags);
                    flags = hashtag;
                    s = k;
                }
            }
            raw(s, end, flags);
        }

        /** Leetspeak: in a token with letters whose digits are all 0, 1, 3, 4 or 5, the digits are letters. */
        private void leet(int start, int end) {
            boolean letters = false;
            boolean digits = false;
            for (int k = start; k < end; k++) {
                char c = unit[k];
                if (c >= '0' && c <= '9') {
                    if (c != '0' && c != '1' && c != '3' && c != '4' && c != '5') {
                        return;
                    }
                    digits = true;
                } else {
                    letters = true;
                }
            }
            if (!letters || !digits) {
                return;
            }
            for (int k = start; k < end; k++) {
                switch (unit[k]) {
                    case '0' -> unit[k] = 'o';
                    case '1' -> unit[k] = 'i';
                    case '3' -> unit[k] = 'e';
                    case '4' -> unit[k] = 'a';
                    case '5' -> unit[k] = 's';
                    default -> {
                    }
                }
            }
        }

        private void raw(int start, int end, int flags) {
            if (raws == rStart.length) {
                int cap = raws * 2;
                rStart = Arrays.copyOf(rStart, cap);
                rEnd = Arrays.copyOf(rEnd, cap);
                rFlags = Arrays.copyOf(rFlags, cap);
            }
            rStart[raws] = start;
            rEnd[raws] = end;
            rFlags[raws] = flags;
            raws++;
        }

        private boolean singleLetter(int r) {
            return rEnd[r] - rStart[r] == 1 && unit[rStart[r]] >= 'a';
        }

        /** A gap of at most three spaces, dots, dashes, underscores or asterisks, on one line. */
        private boolean thinGap(int left, int right) {
            int a = uTo[rEnd[left] - 1];
            int b = uFrom[rStart[right]];
            if (b - a < 1 || b - a > 3) {
                return false;
            }
            for (int k = a; k < b; k++) {
                char c = text.charAt(k);
                if (c != ' ' && c != '.' && c != '-' && c != '_' && c != '*' && c != '\u00B7') {
                    return false;
                }
            }
            return true;
        }

        private NormalizedText assemble(int[] quotes) {
            // join letters spaced out: runs of three or more single letters with thin gaps
            int[] tStart = new int[raws];
            int[] tEnd = new int[raws];
            int[] tFlags = new int[raws];
            int count = 0;
            int r = 0;
            while (r < raws) {
                int run = r + 1;
                if (singleLetter(r)) {
                    while (run < raws && singleLetter(run) && thinGap(run - 1, run)) {
                        run++;
                    }
                }
                if (run - r >= 3) {
                    // units of a joined run are not contiguous: copy them to the end of the unit arrays
                    int first = units;
                    for (int k = r; k < run; k++) {
                        add(unit[rStart[k]], uFrom[rStart[k]], uTo[rStart[k]], false);
                    }
                    tStart[count] = first;
                    tEnd[count] = units;
                    char lead = unit[first];
                    tFlags[count] = rFlags[r] | (lead == 'a' || lead == 'i' || lead == 'u' || lead == 'å' ? LEADING_WORD : 0);
                    count++;
                    r = run;
                } else {
                    tStart[count] = rStart[r];
                    tEnd[count] = rEnd[r];
                    tFlags[count] = rFlags[r];
                    count++;
                    r++;
                }
            }
            int cap = units + count + 2;
            char[] chars = new char[cap];
            int[] from = new int[cap];
            int[] to = new int[cap];
            int[] tokenOf = new int[cap];
            int[] tokStart = new int[count];
            int[] tokEnd = new int[count];
            int[] flags = new int[count];
            int[] sentence = new int[count];
            int len = 0;
            chars[len] = ' ';
            tokenOf[len] = -1;
            len++;
            int q = 0;
            int sentenceId = 0;
            for (int t = 0; t < count; t++) {
                tokStart[t] = len;
                int k = tStart[t];
                while (k < tEnd[t]) {
                    char c = unit[k];
                    int runEnd = k + 1;
                    // units are folded letters (all at or above 'a') or digits (below it)
                    while (runEnd < tEnd[t] && unit[runEnd] == c && c >= 'a') {
                        runEnd++;
                    }
                    int keep = runEnd - k;
                    if (keep >= 3) {
                        elongated = true;
                        keep = collapseTo;
                    }
                    for (int j = 0; j < keep; j++) {
                        chars[len] = c;
                        from[len] = uFrom[k + j];
                        to[len] = j == keep - 1 ? uTo[runEnd - 1] : uTo[k + j];
                        tokenOf[len] = t;
                        len++;
                    }
                    k = runEnd;
                }
                tokEnd[t] = len;
                int origin = uFrom[tStart[t]];
                while (q + 1 < quotes.length && quotes[q + 1] <= origin) {
                    q += 2;
                }
                int f = tFlags[t];
                if (q + 1 < quotes.length && quotes[q] <= origin && origin < quotes[q + 1]) {
                    f |= QUOTED;
                }
                flags[t] = f;
                if ((f & SENTENCE) != 0) {
                    sentenceId++;
                }
                sentence[t] = sentenceId;
                chars[len] = ' ';
                tokenOf[len] = -1;
                len++;
            }
            // separators map to the gap between their neighbours
            for (int p = 0; p < len; p++) {
                if (tokenOf[p] < 0) {
                    int before = p == 0 ? 0 : to[p - 1];
                    from[p] = before;
                    to[p] = before;
                }
            }
            return new NormalizedText(text, chars, len, from, to, tokenOf, count, tokStart, tokEnd, flags,
                    sentence, elongated);
        }
    }
}
