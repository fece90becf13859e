package dev.fineline.rules;

/**
 * Java's unicode escapes ({@code \u0022}), resolved exactly as the Java compiler resolves them before
 * it reads anything else (JLS §3.3): a backslash starts an escape only when an even number of
 * backslashes stands before it, any number of {@code u}s may follow, then four hexadecimal digits. A
 * restricted rule file is checked on the resolved text, so a string or comment cannot hide code from
 * the check that the compiler would later see.
 */
final class UnicodeEscapes {

    private UnicodeEscapes() {
    }

    /**
     * Resolves every unicode escape.
     *
     * @param text the text as written
     * @return the text as the Java compiler reads it
     * @throws IllegalArgumentException with the offset of an escape that is not followed by four hex digits
     */
    static String resolve(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < n && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < n && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 > n) {
                    throw new IllegalArgumentException(String.valueOf(i));
                }
                int value = 0;
                for (int k = j; k < j + 4; k++) {
                    int digit = Character.digit(text.charAt(k), 16);
                    if (digit < 0) {
                        throw new IllegalArgumentException(String.valueOf(i));
                    }
                    value = value * 16 + digit;
                }
                out.append((char) value);
                // A backslash made by an escape never starts another escape (JLS §3.3).
                backslashes = 0;
                i = j + 4;
            } else {
                backslashes = c == '\\' ? backslashes + 1 : 0;
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
