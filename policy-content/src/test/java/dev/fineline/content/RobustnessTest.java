package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Any text: no exception, every span inside the text, evidence never holding a whole card number. */
class RobustnessTest {

    private static final String ALPHABET = "aeiouAEIOU idiotfuckFalcon0123456789 +-.,:;!?@$#*'\"“”«»\n\t"
            + "æøåÆØÅéü\u200B\u00AD\u00A0\uFEFF😀𝐟ıіｆ";

    @Test
    void analyze_randomText_neverThrowsAndSpansStayInsideTheText() {
        Random random = new Random(8);
        ContentAnalyzer analyzer = ContentAnalyzer.standard();
        TextContext context = new TextContext(List.of("Falcon", "Project Nordlys"), Map.of("c-1", "Nordbank"),
                Map.of("c-2", "Eva Li"), Set.of("kari@acme.no", "+47 412 34 567"));
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String s = text.toString();
            for (Signal signal : analyzer.analyze(s, context)) {
                assertThat(signal.start()).isBetween(0, s.length());
                assertThat(signal.end()).isBetween(signal.start(), s.length());
                assertThat(signal.describe()).isNotBlank();
            }
        }
    }

    @Test
    void analyze_cardNumber_evidenceNeverHoldsMoreThanTheLastFourDigits() {
        for (Signal s : ContentAnalyzer.standard().analyze("4539148803436467 and 5460 1895 5597 9718", TextContext.EMPTY)) {
            assertThat(s.evidence().replaceAll("[^0-9]", "")).hasSizeLessThanOrEqualTo(4);
        }
    }
}
