package dev.fineline.rules;

import static dev.fineline.rules.DecisionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.content.InvalidLexiconException;
import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.LexiconSettings;
import dev.fineline.model.Message;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine reads the text of posts and messages: untagged text is judged, explanations tell what was
 * read, decisions carry the signals, and the analysis can be switched off per organisation and per call.
 */
class TextAnalysisTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final String RECEIPT = "Here's the receipt from table 12, card 4539 1488 0343 6467";

    private final PolicyEngine engine = Engines.builtIn();

    private static Situation draft(Settings settings, String text) {
        return Situation.builder(MONDAY)
                .organization(Organization.builder().settings(settings).build())
                .people(Person.builder("p-kari").name("Kari Nordmann").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").text(text).status(PostStatus.DRAFT).build())
                .build();
    }

    private static Situation draft(String text) {
        return draft(Settings.DEFAULT, text);
    }

    @Test
    void evaluate_untaggedCardNumber_forbiddenWithRedactedEvidence() {
        Decision decision = engine.evaluate(draft(RECEIPT));

        assertThat(decision).isForbidden()
                .explains("POST-2", "; the text contains ")
                .explains("POST-2", "a payment card number ending 6467 that passes the Luhn check");
        Finding finding = decision.findingsFor("post-1").stream().filter(f -> f.guidance().equals("POST-2")).findFirst().orElseThrow();
        assertThat(finding.evidence()).isNotEmpty().allSatisfy(s -> assertThat(s.evidence()).doesNotContain("4539"));
        assertThat(finding.explanation()).doesNotContain("4539 1488");
        assertThat(decision.signalsFor("post-1")).anySatisfy(s -> {
            assertThat(s.signal().evidence()).contains("6467");
            assertThat(RECEIPT.substring(s.signal().start(), s.signal().end())).contains("6467");
        });
    }

    @Test
    void evaluate_confidentialTermAsHashtag_namesTheTermAndHowItWasWritten() {
        Settings settings = Settings.builder().confidentialTerms(List.of("Falcon")).build();

        Decision decision = engine.evaluate(draft(settings, "Big week for #ProjectFalcon, can't say more"));

        assertThat(decision).isForbidden().explains("POST-1", "the text names the confidential project `Falcon`");
        assertThat(decision.findingsFor("post-1")).anySatisfy(f -> assertThat(f.explanation()).contains("#ProjectFalcon"));
    }

    @Test
    void evaluate_confidentialTermInsideAnotherWord_notFlagged() {
        Settings settings = Settings.builder().confidentialTerms(List.of("Falcon")).build();

        Decision decision = engine.evaluate(draft(settings, "Spent the weekend on falconry in the hills"));

        assertThat(decision.guidance()).doesNotContain("POST-1");
        assertThat(decision.signals()).noneMatch(s -> s.tag() == ContentTag.CONFIDENTIAL_PROJECT);
    }

    @Test
    void evaluate_analysisOffForTheOrganisation_judgedByTagsOnly() {
        Settings off = Settings.builder().contentAnalysis(false).build();

        Decision decision = engine.evaluate(draft(off, RECEIPT));

        assertThat(decision).isAllowed().hasNoRuleApplied();
        assertThat(decision.signals()).isEmpty();
    }

    @Test
    void evaluate_analysisOffForTheCall_judgedByTagsOnly() {
        Decision decision = engine.evaluate(draft(RECEIPT), EvaluationOptions.builder().contentAnalysis(false).build());

        assertThat(decision).isAllowed().hasNoRuleApplied();
        assertThat(engine.evaluate(draft(RECEIPT), EvaluationOptions.DEFAULT)).isForbidden();
    }

    @Test
    void evaluate_callerAlreadyTagged_explanationUnchangedButSignalsKept() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").text(RECEIPT).tags(ContentTag.CUSTOMER_RECEIPT,
                        ContentTag.CUSTOMER_PERSONAL_DATA).build())
                .build();

        Decision decision = engine.evaluate(situation);

        assertThat(decision).isForbidden();
        assertThat(decision.findingsFor("post-1")).allSatisfy(f -> {
            assertThat(f.explanation()).doesNotContain("the text ");
            assertThat(f.evidence()).isEmpty();
        });
        assertThat(decision.signalsFor("post-1")).isNotEmpty();
    }

    @Test
    void evaluate_secretClientNamedInText_forbiddenNamingTheClient() {
        Settings settings = Settings.builder().secretClients(List.of("c-nordbank")).build();

        Decision decision = engine.evaluate(draft(settings, "Proud of the work we shipped for Nordbank this quarter"));

        assertThat(decision).isForbidden().explains("POST-5", "Nordbank");
        assertThat(decision.findingsFor("post-1")).filteredOn(f -> f.guidance().equals("POST-5"))
                .allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    }

    @Test
    void evaluate_untaggedMessage_judgedFromItsText() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-kari", "p-kari").build())
                .messages(Message.builder("m-1", "p-kari", "a-kari", "c-nordbank")
                        .text("I'm going to make him pay for this, he'd better watch his back").build())
                .build();

        Decision decision = engine.evaluate(situation);

        assertThat(decision).isForbidden().hasFinding("POST-10", Verdict.FORBIDDEN)
                .explains("ThreateningMessage", "the text contains");
    }

    @Test
    void evaluate_organisationLexicon_addedTermFlagsAndAllowedTermDoesNot() {
        String text = "Tell the night shift I will sort them out personally";
        Settings added = Settings.builder().lexicon(new LexiconSettings(Map.of(ContentTag.THREAT, List.of("sort them out")),
                List.of())).build();
        Settings allowed = Settings.builder().lexicon(new LexiconSettings(Map.of(ContentTag.THREAT, List.of("sort them out")),
                List.of("sort them out"))).build();

        assertThat(engine.evaluate(draft(added, text))).isForbidden().hasFinding("POST-10");
        assertThat(engine.evaluate(draft(allowed, text)).guidance()).doesNotContain("POST-10");
    }

    @Test
    void evaluate_customRuleMatchingTextSignal_tellsTextFromTags(@TempDir Path dir) throws Exception {
        Path rule = dir.resolve("text.drl");
        Files.writeString(rule, """
                package acme;
                import dev.fineline.model.*;
                import dev.fineline.rules.*;
                global FindingSink findings;
                rule "ReadInTheText" @guidance("ACME-1") @verdict(WARN)
                when
                    TextSignal(tag == ContentTag.CUSTOMER_PERSONAL_DATA, $id : subject)
                    $post : Post(id == $id)
                then
                    findings.emit(Verdict.WARN, $id, "the text of `" + $id + "` holds customer data");
                end
                """);
        PolicyEngine custom;
        try {
            custom = PolicyEngine.builder().addRules(rule).warmUp(false).build();
        } catch (InvalidRulesException e) {
            throw new AssertionError("a restricted rule may match TextSignal, but: " + e.problems(), e);
        }

        assertThat(custom.evaluate(draft(RECEIPT))).hasFinding("ACME-1", Verdict.WARN);
        Situation tagged = Situation.builder(MONDAY).people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").tags(ContentTag.CUSTOMER_PERSONAL_DATA).build()).build();
        assertThat(custom.evaluate(tagged).guidance()).doesNotContain("ACME-1");
    }

    @Test
    void build_malformedLexiconFile_refusedWithFileAndLine() {
        Path broken = Path.of("src/test/resources/lexicons/broken.lexicon");

        assertThatThrownBy(() -> PolicyEngine.builder().addLexicon(broken).warmUp(false).build())
                .isInstanceOf(InvalidLexiconException.class)
                .satisfies(e -> assertThat(((InvalidLexiconException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("broken.lexicon").contains("3")));
    }

    @Test
    void scan_textAgainstSituation_signalsInTextOrder() {
        Settings settings = Settings.builder().confidentialTerms(List.of("Falcon")).build();

        List<dev.fineline.content.Signal> signals = engine.scan("Falcon receipt: card 4539 1488 0343 6467",
                draft(settings, ""));

        assertThat(signals).extracting(dev.fineline.content.Signal::start).isSorted();
        assertThat(signals).extracting(dev.fineline.content.Signal::tag).contains(ContentTag.CONFIDENTIAL_PROJECT);
    }

    @Test
    void tell_manySignals_threeToldThenCounted() {
        dev.fineline.content.Signal a = new dev.fineline.content.Signal(ContentTag.THREAT, 0, 1, "a", "lexicon", "a", "en", null);
        dev.fineline.content.Signal b = new dev.fineline.content.Signal(ContentTag.THREAT, 2, 3, "b", "lexicon", "b", "en", null);
        dev.fineline.content.Signal c = new dev.fineline.content.Signal(ContentTag.THREAT, 4, 5, "c", "lexicon", "c", "en", null);
        dev.fineline.content.Signal d = new dev.fineline.content.Signal(ContentTag.THREAT, 6, 7, "d", "lexicon", "d", "en", null);

        assertThat(Reading.tell(List.of(a, b), Locale.ENGLISH)).isEqualTo("the text contains " + a.describe() + " and " + b.describe());
        assertThat(Reading.tell(List.of(a, b, c, d), Locale.ENGLISH)).endsWith(" and 1 more signal");
    }
}
