package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Analysis is linear in the text: a megabyte of mixed text finishes. */
class LinearityTest {

    @Test
    void analyze_oneMegabyteOfMixedText_returns() {
        String[] pieces = {"Falcon launch next week, ", "card 4539 1488 0343 6467 ", "you are an i d i o t ",
                "fuuuuuuuuuck ", "jeg døde av latter, ", "\"quoted 'text\" ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ",
                "1111111111111111111111111111111111111 ", "@@@@@@@@@@@@@@ ", "a.b.c.d.e.f.g.h ", "x@y.no ",
                "NO93 8601 1117 947 ", "+47 976 54 321 ", "I don't hate immigrants ", "\u200B\u200B\u200B ", "#ProjectFalcon "};
        StringBuilder text = new StringBuilder(1 << 20);
        for (int i = 0; text.length() < (1 << 20); i++) {
            text.append(pieces[i % pieces.length]);
        }
        TextContext context = new TextContext(List.of("Falcon"), Map.of(), Map.of("c-1", "Eva Li"), Set.of());
        List<Signal> signals = ContentAnalyzer.standard().analyze(text.toString(), context);
        assertThat(signals).isNotEmpty();
    }

    @Test
    void analyze_oneMegabyteWithoutSeparators_returns() {
        String text = "ab1@".repeat(1 << 18);
        assertThat(ContentAnalyzer.standard().analyze(text, TextContext.EMPTY)).isNotNull();
        String digits = "4".repeat(1 << 20);
        assertThat(ContentAnalyzer.standard().analyze(digits, TextContext.EMPTY)).isEmpty();
        String mail = "a@".repeat(1 << 19);
        assertThat(ContentAnalyzer.standard().analyze(mail, TextContext.EMPTY)).isEmpty();
    }
}
