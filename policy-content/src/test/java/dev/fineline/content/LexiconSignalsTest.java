package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.ContentTag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lexicon signals: normalisation against obfuscation, and the context that turns a match off. */
class LexiconSignalsTest {

    private static final ContentAnalyzer ANALYZER = ContentAnalyzer.standard();

    private static List<ContentTag> tags(String text) {
        return ANALYZER.analyze(text, TextContext.EMPTY).stream().map(Signal::tag).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"you are an idiot", "you are an IDIOT", "you are an 1d10t", "you are an i d i o t",
            "you are an i.d.i.o.t", "you are an idiiiot", "you are an id\u200Biot", "you are an ıdiot", "you are an іdiot",
            "youareanidiot", "you are an ｉｄｉｏｔ"})
    void abusive_obfuscatedWriting_found(String text) {
        assertThat(tags(text)).contains(ContentTag.ABUSIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh1t", "$hit", "f*ck", "f**k", "fcuk", "f u c k", "fuuuuck", "fucking", "FUCK", "sh!t happens"})
    void profanity_obfuscatedWriting_found(String text) {
        assertThat(tags(text)).contains(ContentTag.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Scunthorpe", "class assessment", "shiitake", "the dam broke", "til slutt", "Lykke og hell!",
            "cockpit", "hello", "a hole in the wall"})
    void profanity_termInsideAnotherWordOrHomonym_notFound(String text) {
        assertThat(tags(text)).doesNotContain(ContentTag.PROFANITY, ContentTag.OFFENSIVE);
    }

    @Test
    void abusive_spacedLetters_offsetsMapBackToTheOriginal() {
        String text = "what a m o r o n, honestly";
        Signal s = ANALYZER.analyze(text, TextContext.EMPTY).get(0);
        assertThat(text.substring(s.start(), s.end())).isEqualTo("m o r o n");
        assertThat(s.evidence()).isEqualTo("m o r o n");
        assertThat(s.entry()).isEqualTo("abusive/en: moron*");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.detector()).isEqualTo("lexicon");
        assertThat(s.subjectId()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'm going to make him pay for this, he'd better watch his back|THREAT",
            "I know where you live|THREAT",
            "Jeg skal drepe deg|THREAT",
            "jeg vet hvor du bor|THREAT",
            "I want to kill all Muslims|THREAT",
            "Vi burde drepe alle innvandrere|THREAT",
            "Immigrants are vermin|OFFENSIVE",
            "Innvandrere er parasitter|OFFENSIVE",
            "send me nudes|HARASSMENT",
            "Hvorfor svarer du ikke?|HARASSMENT",
            "you look gorgeous, drinks tonight?|FLIRTATIOUS",
            "Du er så pen i dag|FLIRTATIOUS",
            "my manager is useless|WORKPLACE_COMPLAINT",
            "Sjefen min er udugelig|WORKPLACE_COMPLAINT",
            "unpaid overtime again|WORKING_CONDITIONS",
            "Ubetalt overtid igjen|WORKING_CONDITIONS",
            "We are launching next week|UPCOMING_LAUNCH",
            "prototypen er klar|PROTOTYPE",
            "Great brainstorm today|BRAINSTORM",
            "sprint planning all day|DEVELOPMENT_MEETING",
            "this is under NDA|NDA_INFORMATION",
            "Bilder fra julebordet|INTERNAL_EVENT",
            "the lawsuit against us|COMPANY_LEGAL_MATTER",
            "our lawyers advised us to wait|PRIVILEGED",
            "I'm suing my landlord|OWN_LEGAL_CLAIM",
            "look at this receipt|CUSTOMER_RECEIPT",
            "the POS screen froze|POS_SCREEN",
            "pasienten på rom 4|PATIENT_INFORMATION",
            "use my code for 20% off|PRODUCT_PROMOTION",
            "our new app is a game changer|PRODUCT_PRAISE",
            "five stars from me|PRODUCT_REVIEW",
            "as a loyal customer I love them|POSING_AS_CUSTOMER",
            "how was your weekend?|SMALL_TALK",
            "I'll send over the quote|BUSINESS",
            "I think abortion should be banned|CONTROVERSIAL_OPINION"})
    void lexicon_eachFamily_found(String text, ContentTag tag) {
        assertThat(tags(text)).contains(tag);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I don't hate immigrants|OFFENSIVE",
            "Jeg hater ikke innvandrere|OFFENSIVE",
            "you're not an idiot|ABUSIVE",
            "I would never hurt you|THREAT",
            "Jeg skal ikke skade deg|THREAT",
            "if you say 'immigrants are vermin' you are a bigot|OFFENSIVE",
            "He called me an idiot in front of everyone|ABUSIVE",
            "Han kalte meg en idiot|ABUSIVE",
            "“you are an idiot” is what he wrote|ABUSIVE",
            "this deadline is killing me|THREAT",
            "I could kill for a coffee|THREAT",
            "jeg døde av latter|THREAT",
            "drepende kjedelig møte|THREAT",
            "shoot me an email|THREAT",
            "I'll beat you to it|THREAT",
            "I felt like an idiot today|ABUSIVE",
            "Be patient|PATIENT_INFORMATION",
            "please confirm receipt|CUSTOMER_RECEIPT",
            "hot weather today|FLIRTATIOUS",
            "vaccine clinic on floor 2|CONTROVERSIAL_OPINION",
            "my manager is great|WORKPLACE_COMPLAINT",
            "we launched last year|UPCOMING_LAUNCH",
            "kill all the bugs before release|THREAT",
            "Drep alle mygg på hytta|THREAT"})
    void lexicon_contextOrNearMiss_notFound(String text, ContentTag tag) {
        assertThat(tags(text)).doesNotContain(tag);
    }

    @Test
    void analyze_severalSignals_inTextOrder() {
        List<Signal> signals = ANALYZER.analyze("Damn, I know where you live, idiot", TextContext.EMPTY);
        assertThat(signals).extracting(Signal::tag)
                .containsExactly(ContentTag.PROFANITY, ContentTag.THREAT, ContentTag.ABUSIVE);
        assertThat(signals).isSortedAccordingTo(java.util.Comparator.comparingInt(Signal::start));
    }

    @Test
    void describe_lexiconHit_namesWordsTagAndLexicon() {
        Signal s = ANALYZER.analyze("Watch his back tomorrow", TextContext.EMPTY).get(0);
        assertThat(s.describe()).isEqualTo("the words \"Watch his back\" (threat, lexicon threat/en)");
    }

    @Test
    void analyze_nullOrEmptyText_noSignals() {
        assertThat(ANALYZER.analyze(null, TextContext.EMPTY)).isEmpty();
        assertThat(ANALYZER.analyze("", null)).isEmpty();
        assertThat(ANALYZER.analyze("\u200B\u200B  ", null)).isEmpty();
    }
}
