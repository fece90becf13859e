package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Media;
import dev.fineline.model.MediaType;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Custom rule files are restricted by default: a file is parsed by Drools' own parser, every construct
 * outside the documented subset is refused with file, line and reason, and what compiles is printed from
 * what was checked. The hostile corpus (by class, under {@code hostile/}) is refused whole, and the
 * side effects each file tries are looked for after every attempt, not only the refusal.
 */
class RestrictedRulesTest {

    private static final Path CANARY = Path.of("/tmp/fineline-canary");
    private static final int CANARY_PORT = 47999;

    private static Locale locale;
    private static TimeZone zone;
    private static HostnameVerifier verifier;
    private static PrintStream out;

    static Path hostile() {
        try {
            return Path.of(Objects.requireNonNull(RestrictedRulesTest.class.getResource("/hostile")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void remember() throws IOException {
        Files.deleteIfExists(CANARY);
        System.clearProperty("fineline.canary");
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
        verifier = HttpsURLConnection.getDefaultHostnameVerifier();
        out = System.out;
    }

    @AfterAll
    static void nothingChanged() {
        assertNoSideEffects();
    }

    private static void assertNoSideEffects() {
        assertThat(CANARY).doesNotExist();
        assertThat(System.getProperty("fineline.canary")).isNull();
        assertThat(java.security.Security.getProperty("fineline.canary")).isNull();
        assertThat(Locale.getDefault()).isEqualTo(locale);
        assertThat(TimeZone.getDefault()).isEqualTo(zone);
        assertThat(HttpsURLConnection.getDefaultHostnameVerifier()).isSameAs(verifier);
        assertThat(System.out).isSameAs(out);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", CANARY_PORT), 200);
            throw new AssertionError("something listens on the canary port " + CANARY_PORT);
        } catch (IOException expected) {
            // refused: nothing listens
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(hostile().resolve("expected.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", 3))
                .map(p -> Arguments.of(p[0], Integer.parseInt(p[1]), p[2]));
    }

    private static Situation onePost() {
        return Situation.builder(Instant.parse("2026-11-23T10:00:00Z"))
                .people(Person.builder("p-1").build())
                .accounts(Account.corporate("a-1").build())
                .posts(Post.builder("post-1", "p-1", "a-1").text("a").build())
                .build();
    }

    @Test
    void corpus_atLeastEightyFilesInEveryClass_allListed() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.walk(hostile())) {
            files = all.filter(p -> p.toString().endsWith(".drl")).map(p -> hostile().relativize(p).toString()).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(80);
        assertThat(corpus().map(a -> (String) a.get()[0]).sorted().toList()).isEqualTo(files);
        assertThat(files.stream().map(f -> f.substring(0, f.indexOf('/'))).distinct())
                .contains("text", "fqn", "where", "jvm", "dos", "error", "bounds", "classic");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void build_hostileRuleFile_refusedWithFileLineAndReasonAndNoSideEffect(String file, int line, String reason) {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(hostile().resolve(file));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidRulesException.class, e -> {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).endsWith(file));
            assertThat(e.problems().get(0).line()).isEqualTo(line);
            assertThat(e.problems().get(0).message()).startsWith(reason);
            assertThat(e.getMessage()).doesNotContain("dev.fineline.rules.", "\tat ", "NullPointerException", "StackOverflowError");
        });
        assertNoSideEffects();
    }

    @Test
    void build_everyHostileFileAtOnce_everyFileReportedInOneRunAndNothingLoads() {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(hostile());

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems().stream().map(RuleProblem::file).distinct().count()).isGreaterThanOrEqualTo(80));
        assertNoSideEffects();
    }

    @Test
    void build_canaryRestricted_refusedAndNeverRuns() {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(PolicyEngineTest.rules("canary"));

        assertThatThrownBy(builder::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("canary.drl:13: in the consequence of rule \"Canary\": a restricted consequence only calls "
                        + "findings.emit(...) or findings.emitAtMost(...)");
        assertThat(System.getProperty("fineline.canary")).isNull();
    }

    @Test
    void build_canaryTrusted_compilesAndRuns() {
        PolicyEngine trusted = PolicyEngine.builder().addRules(PolicyEngineTest.rules("canary")).trusted(true).warmUp(false).build();

        DecisionAssert.assertThat(trusted.evaluate(onePost())).hasFinding("CANARY-1");
        assertThat(System.getProperty("fineline.canary")).isEqualTo("ran");
        System.clearProperty("fineline.canary");
    }

    private static Path write(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "package com.acme.policy;\n\nimport dev.fineline.model.*;\nimport dev.fineline.rules.FindingSink;\n"
                + "import dev.fineline.rules.Obligation;\n\nglobal FindingSink findings;\n\n" + body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void build_everyConstructOfTheSubset_compilesAndJudges(@TempDir Path dir) throws IOException {
        Path file = write(dir, "subset.drl", """
                rule "Subset" @guidance("ACME-1") @verdict(WARN) @description("every construct of the subset") salience 5 no-loop true
                when
                    $post : Post( status != PostStatus.DELETED, tags contains ContentTag.PROTOTYPE || hasTag(ContentTag.BRAINSTORM),
                                  text.length() > 2 && !(text.isEmpty()), $author : author, $account : account )
                    $p : Person( id == $author, engagement in (Engagement.EMPLOYEE, Engagement.CONTRACTOR), roles not contains "LEGAL" )
                    $a : Account( id == $account, personal == true, $owner : owner != null )
                    $m : Media( type == MediaType.PHOTO, room != null ) from $post.media
                    not ( Person( id == $author, status == PersonStatus.DEPARTED ) )
                    exists ( Account( owner == $author ) )
                then
                    findings.emit(Verdict.WARN, $post.id(), $p.label() + " shows a prototype in `" + $post.id() + "` from room "
                        + $m.room() + " (" + ($post.text().length() * 2 - 1) + ")", Obligation.CORRECT_AND_NOTIFY);
                    findings.emitAtMost(Verdict.FORBIDDEN, Verdict.WARN, $a.id(), "caf\\u00e9 \\"quoted\\" \\\\u0022");
                end
                """);
        PolicyEngine engine = PolicyEngine.builder().builtInRules(false).addRules(file).build();
        Situation situation = Situation.builder(Instant.parse("2026-11-23T10:00:00Z"))
                .people(Person.builder("p-1").build())
                .accounts(Account.personal("a-1", "p-1").build())
                .posts(Post.builder("post-1", "p-1", "a-1").text("abc").tags(ContentTag.PROTOTYPE)
                        .media(new Media(MediaType.PHOTO, java.util.Set.of(), "lab")).build())
                .build();

        Decision decision = engine.evaluate(situation);

        assertThat(decision.errors()).isEmpty();
        assertThat(decision.findings()).extracting(Finding::explanation).containsExactlyInAnyOrder(
                "employee `p-1` shows a prototype in `post-1` from room lab (5)", "café \"quoted\" \\u0022");
    }

    @Test
    void build_enumComparedWithString_refusedListingTheValues(@TempDir Path dir) throws IOException {
        Path file = write(dir, "enum.drl", """
                rule "EnumString" @guidance("ACME-1") @verdict(WARN)
                when
                    $r : EmployerRequest( kind == "ADD_MANAGER_AS_CONTACT" )
                then
                    findings.emit(Verdict.WARN, $r.id(), "x");
                end
                """);

        assertThatThrownBy(PolicyEngine.builder().addRules(file)::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("enum.drl:11: in constraint \"kind == \"ADD_MANAGER_AS_CONTACT\"\": compares RequestKind "
                        + "with a string, which never matches: write RequestKind.PROMOTE_ON_PERSONAL_ACCOUNT (one of ")
                .hasMessageContaining("WRITE_PRODUCT_REVIEW");
    }

    @Test
    void build_unknownEnumConstant_refusedWithLineAndValues(@TempDir Path dir) throws IOException {
        Path file = write(dir, "constant.drl", """
                rule "Constant" @guidance("ACME-1") @verdict(WARN)
                when
                    $r : EmployerRequest( kind == RequestKind.ADD_MANAGER_AS_CONTACT )
                then
                    findings.emit(Verdict.BANNED, $r.id(), "x");
                end
                """);

        assertThatThrownBy(PolicyEngine.builder().addRules(file)::build).isInstanceOfSatisfying(InvalidRulesException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                        file + ":11: in constraint \"kind == RequestKind.ADD_MANAGER_AS_CONTACT\": RequestKind.ADD_MANAGER_AS_CONTACT "
                                + "does not exist; RequestKind is one of PROMOTE_ON_PERSONAL_ACCOUNT, CHANGE_PROFILE_TO_BRAND, "
                                + "OFFER_BRAND_ARTWORK, RESTRICT_WORK_HOURS_USE, PERSONAL_ACCOUNT_CREDENTIALS, "
                                + "CORPORATE_ACCOUNT_CREDENTIALS, ADD_EMPLOYER_AS_CONTACT, CHANGE_PRIVACY_SETTINGS, "
                                + "WRITE_PRODUCT_REVIEW, DISCONNECT_FROM_CLIENTS",
                        file + ":13: in the consequence of rule \"Constant\": Verdict.BANNED does not exist; Verdict is one of "
                                + "ALLOWED, WARN, FORBIDDEN"));
    }

    @Test
    void build_restrictedRuleFailsAtRunTime_errorNamesRuleAndEngineStaysUsable(@TempDir Path dir) throws IOException {
        Path file = write(dir, "fails.drl", """
                rule "ReadsAbsentText" @guidance("ACME-1") @verdict(WARN)
                when
                    $post : Post()
                then
                    findings.emit(Verdict.WARN, $post.id(), "per tag " + 12 / $post.tags().size());
                end
                """);
        PolicyEngine engine = PolicyEngine.builder().builtInRules(false).addRules(file).build();
        Situation noText = Situation.builder(Instant.parse("2026-11-23T10:00:00Z"))
                .people(Person.builder("p-1").build()).accounts(Account.corporate("a-1").build())
                .posts(Post.builder("post-1", "p-1", "a-1").build()).build();

        Decision decision = engine.evaluate(noText);

        assertThat(decision.errors()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("ReadsAbsentText");
            assertThat(e.message()).isEqualTo("the rule failed: an arithmetic error (/ by zero)");
        });
        Situation tagged = Situation.builder(Instant.parse("2026-11-23T10:00:00Z"))
                .people(Person.builder("p-1").build()).accounts(Account.corporate("a-1").build())
                .posts(Post.builder("post-1", "p-1", "a-1").tags(ContentTag.PROTOTYPE, ContentTag.BRAINSTORM).build()).build();
        assertThat(engine.evaluate(tagged).findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).isEqualTo("per tag 6"));
    }

    @Test
    void read_fileOverSizeLimit_refusedBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.drl");
        Files.writeString(file, "// " + "x".repeat((int) RuleSource.MAX_FILE_BYTES) + "\n");

        assertThatThrownBy(PolicyEngine.builder().addRules(file)::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("huge.drl: file is larger than 1024 KB, the limit for a rule file");
    }

    @Test
    void check_oneLongLineJustUnderTheLimit_checkedAndRefusedWithItsReason(@TempDir Path dir) throws IOException {
        StringBuilder rules = new StringBuilder();
        int i = 0;
        while (rules.length() < RuleSource.MAX_FILE_BYTES - 400) {
            rules.append("rule \"R").append(i++).append("\" @guidance(\"ACME-1\") @verdict(WARN) when $p : Post( id == \"x\" ) "
                    + "then findings.emit(Verdict.WARN, $p.id(), \"x\"); end ");
        }
        Path file = write(dir, "long.drl", rules.toString());

        assertThatThrownBy(PolicyEngine.builder().addRules(file)::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("long.drl: more than " + RestrictedDrl.MAX_RULES + " rules in one file");
    }

    @Test
    void read_linkOutOfTheRulesFolder_notFollowedAndNotQuoted(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN rule");
        Path folder = Files.createDirectory(dir.resolve("rules"));
        Files.createSymbolicLink(folder.resolve("evil.drl"), secret);

        assertThatThrownBy(PolicyEngine.builder().addRules(folder)::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("evil.drl: is a link to a file outside the rules folder; it is not followed")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void check_whatCompilesIsWhatWasChecked_printedFromTheTree() {
        RuleSource source = new RuleSource("x.drl", "x.drl", "package x;\nimport dev.fineline.model.*;\n"
                + "global dev.fineline.rules.FindingSink findings;\n"
                + "rule \"R\" @guidance(\"X-1\") @verdict(WARN)\nwhen\n    $p : Post(text == \"System.exit while for\")\nthen\n"
                + "    /* Runtime */ findings.emit(Verdict.WARN, $p.id(), \"for \\u0065ver\"); // System.exit(1)\nend\n");

        RestrictedDrl.Result result = RestrictedDrl.check(source);

        assertThat(result.problems()).isEmpty();
        assertThat(result.text()).doesNotContain("Runtime", "//", "\\u").contains("\"for ever\"")
                .contains("$p : Post( text == \"System.exit while for\" )");
        assertThat(result.text().lines().toList().get(7)).contains("findings.emit(Verdict.WARN, $p.id(), \"for ever\");");
    }

    @Test
    void build_validCustomRules_noWarmUpRunsThemAtBuildTime(@TempDir Path dir) throws IOException {
        Path file = write(dir, "counts.drl", """
                rule "CountsPosts" @guidance("ACME-1") @verdict(WARN)
                when
                    $post : Post()
                then
                    findings.emit(Verdict.WARN, $post.id(), "seen");
                end
                """);

        PolicyEngine restricted = PolicyEngine.builder().addRules(file).build();
        PolicyEngine builtIn = PolicyEngine.builder().build();

        assertThat(restricted.rules()).extracting(RuleInfo::name).contains("CountsPosts");
        assertThat(restricted.hasKeptSession()).isFalse();
        assertThat(builtIn.hasKeptSession()).isTrue();
    }
}
