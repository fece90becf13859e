package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.ContentTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The immutable builder, the organisation's lexicon files, terms and allow-list. */
class BuilderTest {

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, Arrays.asList(lines), StandardCharsets.UTF_8);
        return p;
    }

    private static List<ContentTag> tags(ContentAnalyzer analyzer, String text) {
        return analyzer.analyze(text, TextContext.EMPTY).stream().map(Signal::tag).toList();
    }

    @Test
    void addLexicon_validFile_entriesProduceSignals() throws IOException {
        Path lexicon = file("acme.txt", "# ACME's own words", "tag: NDA_INFORMATION", "language: en",
                "(blue|red) harbour deal", "kind: idiom", "language: en", "red harbour deal is public");
        ContentAnalyzer analyzer = ContentAnalyzer.builder().addLexicon(lexicon).build();
        List<Signal> signals = analyzer.analyze("the Blue Harbour deal is done", TextContext.EMPTY);
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.tag()).isEqualTo(ContentTag.NDA_INFORMATION);
            assertThat(s.entry()).isEqualTo("nda-information/en: blue harbour deal");
        });
        assertThat(tags(analyzer, "the red harbour deal is public now")).isEmpty();
    }

    @Test
    void addLexicon_badFile_refusedWithFileLineAndValue() throws IOException {
        Path lexicon = file("bad.txt", "tag: THRET", "language: en", "kill them", "tag: THREAT", "language: xx",
                "colour: blue", "tag: THREAT", "language: en", "watch (your|his back", "~ab", "!!!");
        assertThatThrownBy(() -> ContentAnalyzer.builder().addLexicon(lexicon))
                .isInstanceOf(InvalidLexiconException.class)
                .satisfies(e -> assertThat(((InvalidLexiconException) e).problems()).containsExactly(
                        lexicon + ":1: unknown tag \"THRET\", expected a content tag such as THREAT or UPCOMING_LAUNCH",
                        lexicon + ":3: entry \"kill them\" before a tag: or kind: header",
                        lexicon + ":5: unknown language \"xx\", expected en or nb",
                        lexicon + ":6: unknown header \"colour\", expected one of tag, kind, name, language, context, requires, overrides",
                        lexicon + ":9: unbalanced \"(\" in entry \"watch (your|his back\"",
                        lexicon + ":10: inside-word entry \"~ab\" is shorter than 4 letters",
                        lexicon + ":11: entry \"!!!\" has no letters or digits"));
    }

    @Test
    void addLexicon_missingOrEmptyFile_refused() throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> ContentAnalyzer.builder().addLexicon(missing))
                .isInstanceOf(InvalidLexiconException.class).hasMessageContaining("missing.txt");
        Path empty = file("empty.txt", "# nothing");
        assertThatThrownBy(() -> ContentAnalyzer.builder().addLexicon(empty))
                .isInstanceOf(InvalidLexiconException.class).hasMessage(empty + ": no entries");
        assertThatThrownBy(() -> ContentAnalyzer.builder().addLexicon(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lexicon file is null");
    }

    @Test
    void addTerms_organisationWords_produceSignalsWithOrgLanguage() {
        ContentAnalyzer analyzer = ContentAnalyzer.builder().addTerms(ContentTag.PROFANITY, List.of("fiddlesticks")).build();
        Signal s = analyzer.analyze("Oh fiddlesticks!", TextContext.EMPTY).get(0);
        assertThat(s.tag()).isEqualTo(ContentTag.PROFANITY);
        assertThat(s.language()).isEmpty();
        assertThat(s.entry()).isEqualTo("profanity/org: fiddlesticks");
    }

    @Test
    void addTerms_badArguments_refusedQuotingTheValue() {
        ContentAnalyzer.Builder b = ContentAnalyzer.builder();
        assertThatThrownBy(() -> b.addTerms(null, List.of("x"))).hasMessage("tag is null");
        assertThatThrownBy(() -> b.addTerms(ContentTag.THREAT, null)).hasMessage("terms of THREAT are null");
        assertThatThrownBy(() -> b.addTerms(ContentTag.THREAT, List.of("  "))).hasMessage("term of THREAT \"  \" is blank");
        assertThatThrownBy(() -> b.addTerms(ContentTag.THREAT, List.of("?!"))).hasMessage("term \"?!\" has no letters or digits");
        assertThatThrownBy(() -> b.allow(null)).hasMessage("allowed terms are null");
    }

    @Test
    void allow_allowedTerm_neverProducesASignal() {
        ContentAnalyzer analyzer = ContentAnalyzer.builder().allow(List.of("Dick Smith", "4539 1488 0343 6467")).build();
        assertThat(tags(analyzer, "Dick Smith, you idiot")).containsExactly(ContentTag.ABUSIVE);
        assertThat(analyzer.analyze("test card 4539 1488 0343 6467", TextContext.EMPTY)).isEmpty();
        assertThat(ContentAnalyzer.standard().analyze("test card 4539 1488 0343 6467", TextContext.EMPTY)).hasSize(1);
    }

    @Test
    void builder_isImmutable_eachMethodReturnsANewBuilder() {
        ContentAnalyzer.Builder base = ContentAnalyzer.builder();
        ContentAnalyzer.Builder more = base.addTerms(ContentTag.PROFANITY, List.of("fiddlesticks"));
        assertThat(more).isNotSameAs(base);
        assertThat(tags(base.build(), "fiddlesticks")).isEmpty();
        assertThat(tags(more.build(), "fiddlesticks")).containsExactly(ContentTag.PROFANITY);
    }

    @Test
    void standard_calledTwice_sameAnalyzerWithBuiltInLexicons() {
        assertThat(ContentAnalyzer.standard()).isSameAs(ContentAnalyzer.standard());
        assertThat(ContentAnalyzer.standard().entryCount()).isGreaterThan(1000);
    }

    @Test
    void textContext_blankValues_refusedQuotingTheValue() {
        assertThatThrownBy(() -> TextContext.ofConfidentialTerms(List.of(" ")))
                .hasMessage("confidential term \" \" is blank");
        assertThatThrownBy(() -> new TextContext(null, java.util.Map.of("c-1", ""), null, null))
                .hasMessage("secret client `c-1` name \"\" is blank");
        assertThat(new TextContext(null, null, null, null)).isEqualTo(TextContext.EMPTY);
    }
}
