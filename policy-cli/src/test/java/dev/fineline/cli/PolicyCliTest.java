package dev.fineline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in process: output, errors and exit codes. */
class PolicyCliTest {

    private static final Path ROOT = Path.of("..");
    private static final String CONTRACTOR = ROOT.resolve("examples/situations/contractor-work-hours.yaml").toString();
    private static final String DRAFT = ROOT.resolve("examples/situations/pre-publish-draft.yaml").toString();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PolicyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void check_exampleSituation_printsVerdictAndExplainedFindings() {
        int code = run("check", CONTRACTOR);

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith(CONTRACTOR + ": FORBIDDEN")
                .contains("HOURS-2 WorkHoursRestrictionOnNonStaff [r-1]")
                .contains("contractor `p-ola` was asked by `p-boss`");
    }

    @Test
    void check_langNb_explanationsAndOwnWordsInNorwegian() {
        int code = run("check", "--lang", "nb", "--focus", "r-1", CONTRACTOR);

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith(CONTRACTOR + " (fokus `r-1`): FORBUDT")
                .contains("FORBUDT HOURS-2 WorkHoursRestrictionOnNonStaff [r-1]")
                .contains("oppdragstaker `p-ola` ble bedt av `p-boss` om å holde seg unna personlige sosiale medier i arbeidstiden");
    }

    @Test
    void readme_focusedCheckInBothLanguages_isWhatTheCommandPrints() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String lang : new String[] {"en", "nb"}) {
            out.getBuffer().setLength(0);
            run("check", "--lang", lang, "--focus", "post-draft", DRAFT);
            String printed = out.toString().replace(DRAFT, "examples/situations/pre-publish-draft.yaml");

            assertThat(readme).contains(printed);
        }
    }

    @Test
    void check_langNotSupported_errorQuotingItAndExitTwo() {
        int code = run("check", "--lang", "de", CONTRACTOR);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--lang: expected en or nb, was \"de\"");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void cliTexts_bothLanguages_sameKeysAndPlaceholders() {
        java.util.Properties en = LanguageOption.texts(java.util.Locale.ENGLISH);
        java.util.Properties nb = LanguageOption.texts(java.util.Locale.forLanguageTag("nb"));

        assertThat(nb.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(nb.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    private static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void check_json_oneDecisionObjectPerLine() throws Exception {
        int code = run("check", "--json", CONTRACTOR, DRAFT);

        String[] lines = out.toString().strip().split("\n");
        assertThat(code).isZero();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("file").asText()).isEqualTo(CONTRACTOR);
        assertThat(first.get("verdict").asText()).isEqualTo("FORBIDDEN");
        assertThat(first.get("findings").get(0).get("guidance").asText()).isEqualTo("HOURS-2");
        assertThat(first.get("findings").get(0).get("message").get("key").asText()).isEqualTo("WorkHoursRestrictionOnNonStaff");
        assertThat(first.get("findings").get(0).get("message").get("arguments").get("person").asText()).isEqualTo("p-ola");
        assertThat(first.get("ruleBase").asText()).startsWith("sha256:");
    }

    @Test
    void check_focusOnDepartedFreelancer_onlyTheirFindings() throws Exception {
        String offboarding = ROOT.resolve("examples/situations/offboarding.yaml").toString();

        int code = run("check", "--focus", "p-eva", offboarding);
        run("check", "--json", "--focus", "p-eva", offboarding);

        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).startsWith(offboarding + " (focus `p-eva`): FORBIDDEN")
                .contains("CONN-2 DisconnectionDeadlinePassed [a-eva-li]")
                .doesNotContain("p-ola").doesNotContain("a-nordlys-x");
        JsonNode json = new ObjectMapper().readTree(text.substring(text.indexOf('{')).strip());
        assertThat(json.get("focus").asText()).isEqualTo("p-eva");
        assertThat(json.get("findings")).allSatisfy(f -> assertThat(f.get("involves").get("people").toString()).contains("p-eva"));
    }

    @Test
    void check_focusNamingNothing_locatedErrorAndExitTwo() {
        int code = run("check", "--focus", "post-gone", DRAFT);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(DRAFT + ": focus: names nothing in the situation: \"post-gone\"\n");
    }

    @Test
    void check_failOnReached_exitsOne() {
        assertThat(run("check", "--fail-on", "WARN", DRAFT)).isEqualTo(1);
    }

    @Test
    void check_failOnNotReached_exitsZero(@TempDir Path dir) throws Exception {
        Path quiet = dir.resolve("quiet.json");
        Files.writeString(quiet, "{\"at\": \"2026-11-20T10:15:00Z\", \"people\": [{\"id\": \"p-1\"}]}");

        assertThat(run("check", "--fail-on", "WARN", quiet.toString())).isZero();
        assertThat(out.toString()).contains("ALLOWED: no rule applied");
    }

    @Test
    void check_badSituationFile_locatedErrorAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "people:\n  - id: p-1\n    engagement: CONTRACTR\nposts:\n  - {id: x, author: nobody, account: a, status: DRAFTED}\n");

        int code = run("check", bad.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains(bad + ":3:17: people[0].engagement: unknown value \"CONTRACTR\", expected one of EMPLOYEE, CONTRACTOR, FREELANCER, CONSULTANT")
                .contains("posts[0].status: unknown value \"DRAFTED\", expected one of DRAFT, PUBLISHED, DELETED")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void check_wholeMalformedCorpus_everyFileLocatedExitTwoNoStackTrace() throws Exception {
        Path corpus = ROOT.resolve("policy-format/src/test/resources/bad");
        String[] files;
        try (var list = Files.list(corpus)) {
            files = list.map(Path::toString).filter(f -> !f.endsWith(".tsv")).sorted().toArray(String[]::new);
        }
        String[] args = new String[files.length + 1];
        args[0] = "check";
        System.arraycopy(files, 0, args, 1, files.length);

        int code = run(args);

        assertThat(code).isEqualTo(2);
        assertThat(files).hasSizeGreaterThanOrEqualTo(100);
        for (String file : files) {
            assertThat(err.toString()).contains(file + ":");
        }
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void check_missingFile_exitTwo() {
        assertThat(run("check", "no-such-file.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-file.yaml: no such file");
    }

    @Test
    void test_projectScenariosWithCoverage_allPassAtFullCoverage() {
        int code = run("test", "--coverage", "--min-coverage", "100", ROOT.resolve("scenarios").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("coverage: 100.0% of").matches("(?s).*\\n\\d+ passed, 0 failed\\n");
    }

    @Test
    void test_customPackWithItsRules_passes() {
        int code = run("test", "--rules", ROOT.resolve("policy-examples/acme-pack/rules").toString(),
                ROOT.resolve("policy-examples/acme-pack/scenarios").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).endsWith("16 passed, 0 failed\n");
    }

    @Test
    void test_customPackWithoutItsRules_idsNamingNoRuleLocated() {
        int code = run("test", ROOT.resolve("policy-examples/acme-pack/scenarios").toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).containsPattern("trade-fair-launch.yaml:\\d+:\\d+: (scenarios\\[\\d+]\\.)?expect.guidance\\[0]: "
                + "\"ACME-1\" names no rule and no guidance id in force");
    }

    @Test
    void test_absentIdNamingNoRule_errorNotPass(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("typo.yaml");
        Files.writeString(scenario, "situation:\n  people: [{id: p-1}]\nexpect:\n  absent: [HOURS-2, HOURS-22]\n");

        int code = run("test", scenario.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains(scenario + ":4:21: expect.absent[1]: \"HOURS-22\" names no rule and no guidance id in force");
    }

    @Test
    void test_coverageWithCustomRules_ofTheCustomRules() {
        int code = run("test", "--coverage", "--rules", ROOT.resolve("policy-examples/acme-pack/rules").toString(),
                ROOT.resolve("policy-examples/acme-pack/scenarios").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("coverage: 100.0% of 6 custom rules fired, 100.0% of 3 custom guidance ids asserted");
    }

    @Test
    void test_coverageOfAll_countsBuiltInRulesToo() {
        int code = run("test", "--coverage", "--coverage-of", "all", "--rules",
                ROOT.resolve("policy-examples/acme-pack/rules").toString(), ROOT.resolve("policy-examples/acme-pack/scenarios").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("coverage: \\d+\\.\\d% of \\d{2} rules fired").doesNotContain("custom");
    }

    @Test
    void test_coverageOfUnknown_exitTwo() {
        assertThat(run("test", "--coverage-of", "most", ROOT.resolve("scenarios/hours.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--coverage-of: expected custom, built-in or all, was \"most\"");
    }

    @Test
    void test_coverageBelowMinimum_exitsOne() {
        int code = run("test", "--min-coverage", "90", ROOT.resolve("scenarios/hours.yaml").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("is below the minimum of 90.0%");
    }

    @Test
    void test_json_reportIsJson() throws Exception {
        run("test", "--json", ROOT.resolve("scenarios/hours.yaml").toString());

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(report.get("passed").asInt()).isPositive();
    }

    @Test
    void validate_brokenRules_everyProblemWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.drl"), "package x;\nimport dev.fineline.model.*;\nrule \"R\" @guidance(\"X-1\") @verdict(WARN)\nwhen\n    Post(nope == 1)\nthen\nend\n");

        int code = run("validate", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("rules refused: 2 problems").contains(dir.resolve("bad.drl") + ":5: in constraint \"nope == 1\": Post has no property \"nope\"")
                .contains(dir.resolve("bad.drl") + ":6: rule \"R\" has an empty consequence");
    }

    @Test
    void validate_hostileRule_refusedUnlessTrusted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("exit.drl"), "package x;\nimport dev.fineline.model.*;\nimport dev.fineline.rules.FindingSink;\n"
                + "global FindingSink findings;\nrule \"R\" @guidance(\"X-1\") @verdict(WARN)\nwhen\n    Post()\nthen\n"
                + "    System.exit(3);\nend\n");

        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir.resolve("exit.drl") + ":9: in the consequence of rule \"R\": a restricted consequence "
                + "only calls findings.emit(...) or findings.emitAtMost(...), found \"System.exit(3)\"");
        assertThat(run("validate", "--trusted", dir.toString())).isZero();
    }

    @Test
    void validate_joinThatCouldBeLookUp_warnsAndSucceeds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lean.drl"), "package x;\nimport dev.fineline.model.*;\nimport dev.fineline.rules.FindingSink;\n"
                + "global FindingSink findings;\nrule \"R\" @guidance(\"X-1\") @verdict(WARN)\nwhen\n"
                + "    $post : Post($author : author)\n    $p : Person(id == $author)\nthen\n"
                + "    findings.emit(Verdict.WARN, $post.id(), $p.label());\nend\n");

        int code = run("validate", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("ok: 1 custom rule compiled");
        assertThat(err.toString()).contains(dir.resolve("lean.drl") + ":8: warning: rule \"R\" joins Person by \"id == $author\"")
                .contains("facts.person($author)");
    }

    @Test
    void check_everyHostileRuleFile_exitTwoWithLocatedProblemsAndNoSideEffect() throws Exception {
        Path hostile = ROOT.resolve("policy-rules/src/test/resources/hostile");
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();

        int code = run("check", "--rules", hostile.toString(), ROOT.resolve("examples/situations/offboarding.yaml").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(hostile.resolve("jvm/system-property.drl") + ":12: in the consequence of rule \"Evil\"")
                .doesNotContain("\tat ");
        assertThat(System.getProperty("fineline.canary")).isNull();
        assertThat(Path.of("/tmp/fineline-canary")).doesNotExist();
        assertThat(java.util.Locale.getDefault()).isEqualTo(locale);
        assertThat(java.util.TimeZone.getDefault()).isEqualTo(zone);
    }

    @Test
    void validate_examplePack_ok() {
        assertThat(run("validate", ROOT.resolve("policy-examples/acme-pack/rules").toString())).isZero();
        assertThat(out.toString()).startsWith("ok: 6 custom rules compiled");
    }

    @Test
    void validate_decisionTableWithForbiddenAction_locatedByCellAndExitTwo(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("platforms.csv");
        java.nio.file.Files.writeString(table, java.nio.file.Files.readString(
                ROOT.resolve("policy-examples/acme-pack/rules/platform-content.csv"))
                .replace("findings.emit(Verdict.$param", "System.exit(1); findings.emit(Verdict.$param"));

        assertThat(run("validate", table.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(table + ":11: cell F11: in the consequence of rule \"AcmeNoProductVideosOnYouTube\": "
                + "a restricted consequence only calls findings.emit(...)").doesNotContain("Exception", "\tat ");
    }

    @Test
    void rules_json_everyRuleWithItsFields() throws Exception {
        run("rules", "--json");

        String[] lines = out.toString().strip().split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(lines.length).isGreaterThanOrEqualTo(37);
        assertThat(first.fieldNames()).toIterable().containsExactly("rule", "guidance", "verdict", "theme", "origin", "enabled");
    }

    @Test
    void rules_settingsDisableGuidance_listedAsDisabled(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.yaml");
        Files.writeString(settings, "organization:\n  settings:\n    rules:\n      POST-13: {enabled: false}\n");

        run("rules", "--settings", settings.toString());

        assertThat(out.toString()).containsPattern("WorkContentOnPublicPersonalAccount\\s+POST-13\\s+WARN\\s+posts\\s+no");
    }

    @Test
    void scan_textArgument_signalWithSpanEvidenceAndEntry() {
        int code = run("scan", "Here's the receipt from table 12, card 4539 1488 0343 6467");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("argument 1: ").contains("CUSTOMER_PERSONAL_DATA").contains("\"•••• 6467\"")
                .contains("a payment card number ending 6467 that passes the Luhn check").doesNotContain("4539 1488");
    }

    @Test
    void scan_fileWithSettingsAsJson_confidentialTermFound(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.yaml");
        Files.writeString(settings, "organization:\n  settings:\n    confidentialTerms: [Falcon]\n");
        Path text = dir.resolve("draft.txt");
        Files.writeString(text, "Falcon ships next week");

        int code = run("scan", "--json", "--settings", settings.toString(), text.toString(), "nothing to see here");

        assertThat(code).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("source").asText()).isEqualTo(text.toString());
        assertThat(first.get("signals")).anySatisfy(s -> {
            assertThat(s.get("tag").asText()).isEqualTo("CONFIDENTIAL_PROJECT");
            assertThat(s.get("start").asInt()).isZero();
            assertThat(s.get("end").asInt()).isEqualTo(6);
        });
        assertThat(new ObjectMapper().readTree(lines[1]).get("source").asText()).isEqualTo("argument 2");
    }

    @Test
    void scan_malformedLexicon_fileAndLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("acme.lexicon");
        Files.writeString(lexicon, "# acme terms\ntag: THREAT\ntag: THRET\n");

        int code = run("scan", "--lexicon", lexicon.toString(), "anything");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("policy: " + lexicon + ":3: unknown tag \"THRET\"").doesNotContain("Exception");
    }

    @Test
    void check_lexiconFile_addedTermsJudged(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("acme.lexicon");
        Files.writeString(lexicon, "tag: THREAT\nlanguage: en\nsort (you|them) out for good\n");
        Path situation = dir.resolve("s.yaml");
        Files.writeString(situation, "at: 2026-11-23T10:00:00Z\npeople: [{id: p-kari}]\n"
                + "accounts: [{id: a-acme, platform: X, kind: CORPORATE}]\n"
                + "posts: [{id: post-1, author: p-kari, account: a-acme, text: \"I will sort them out for good\"}]\n");

        assertThat(run("check", situation.toString())).isZero();
        assertThat(out.toString()).doesNotContain("POST-10");
        out.getBuffer().setLength(0);

        assertThat(run("check", "--lexicon", lexicon.toString(), situation.toString())).isZero();
        assertThat(out.toString()).contains("FORBIDDEN POST-10").contains("the text contains");
    }

    @Test
    void scan_noArgument_usageAndExitTwo() {
        assertThat(run("scan")).isEqualTo(2);
        assertThat(err.toString()).startsWith("policy: missing required parameter");
    }

    @Test
    void rules_settingsWithUnknownId_locatedAndExitTwoLikeCheck(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.yaml");
        Files.writeString(settings, "organization:\n  settings:\n    rules:\n      POST-99: {enabled: false}\n");

        assertThat(run("rules", "--settings", settings.toString())).isEqualTo(2);
        assertThat(run("check", settings.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains(settings
                + ":4:7: organization.settings.rules.POST-99: \"POST-99\" names no rule and no guidance id in force"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void check_folder_judgesEverySituationFileInIt() {
        int code = run("check", ROOT.resolve("examples/situations").toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith(ROOT.resolve("examples/situations").toString())))
                .hasSize(4).anySatisfy(l -> assertThat(l).contains("offboarding.yaml: FORBIDDEN"));
    }

    @Test
    void check_emptyFolder_saysItIsAFolderExitTwo(@TempDir Path dir) {
        assertThat(run("check", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(dir + ": is a folder without .yaml, .yml or .json files\n");
    }

    @Test
    void check_dashReadsStandardInput_judged() {
        java.io.InputStream in = new java.io.ByteArrayInputStream(
                "at: 2026-11-20T10:15:00Z\npeople: [{id: p-1}]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        int code = PolicyCli.run(in, new PrintWriter(out, true), new PrintWriter(err, true), "check", "-");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("<stdin>: ALLOWED");
    }

    @Test
    void check_errorOfTheJvm_exitThreeOneLineNoStackTrace() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("Java heap space");
            }
        };

        int code = PolicyCli.run(failing, new PrintWriter(out, true), new PrintWriter(err, true), "check", "-");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("policy: internal error: out of memory; give the JVM more heap (-Xmx) "
                + "or judge fewer or smaller files\n");
    }

    @Test
    void version_flag_printsTheBuildsVersion() {
        assertThat(run("-V")).isZero();
        assertThat(out.toString()).matches("policy \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @Test
    void main_unknownCommand_usageAndExitTwo() {
        assertThat(run("bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("policy: unmatched argument");
    }
}
