package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.fineline.model.AccountKind;
import dev.fineline.model.Approval;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Engagement;
import dev.fineline.model.Jurisdiction;
import dev.fineline.model.MediaType;
import dev.fineline.model.PersonStatus;
import dev.fineline.model.Platform;
import dev.fineline.model.PostStatus;
import dev.fineline.model.RequestKind;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Sector;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.model.Visibility;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading situation files: every field of the format, the defaults, and located errors. */
class SituationFilesTest {

    private static final Path SITUATIONS = Path.of("src", "test", "resources", "situations");

    private static List<FileProblem> problems(String yaml) {
        try {
            SituationFiles.parse(yaml, "s.yaml");
        } catch (InvalidFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in\n" + yaml);
    }

    @Test
    void read_contractExampleWithItsPeople_everySectionMapped() {
        Situation s = SituationFiles.read(SITUATIONS.resolve("full.yaml"));

        assertThat(s.at()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
        assertThat(s.organization().jurisdiction()).isEqualTo(Jurisdiction.of("NO"));
        assertThat(s.organization().settings().workHours().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s.organization().settings().workHours().zone()).isEqualTo(ZoneId.of("Europe/Oslo"));
        assertThat(s.organization().settings().rules()).containsEntry("POST-13", RuleSetting.DISABLED)
                .containsEntry("CONN-1", RuleSetting.verdict(Verdict.FORBIDDEN));
        assertThat(s.people()).hasSize(3);
        assertThat(s.people().get(0).jurisdiction()).isEqualTo(Jurisdiction.of("US-CA"));
        assertThat(s.people().get(1).jurisdiction()).as("inherited from the organisation").isEqualTo(Jurisdiction.of("NO"));
        assertThat(s.posts().get(0).postedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(s.posts().get(0).media().get(0).room()).isEqualTo("lab");
        assertThat(s.requests().get(0).from()).isEqualTo("p-boss");
        assertThat(s.monitoring().get(0).target()).isEqualTo("p-kari");
    }

    @Test
    void read_jsonWithEveryField_everyValueMapped() {
        Situation s = SituationFiles.read(SITUATIONS.resolve("full.json"));

        assertThat(s.organization().sector()).isEqualTo(Sector.FINANCE);
        assertThat(s.organization().policies().corporateAccounts()).isFalse();
        var settings = s.organization().settings();
        assertThat(settings.clientConnections()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(settings.disconnectionDeadlineDays()).isEqualTo(7);
        assertThat(settings.maxCredentialHolders()).isEqualTo(2);
        assertThat(settings.passwordRotationDays()).isEqualTo(60);
        assertThat(settings.workHours().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        var p = s.people().get(0);
        assertThat(p.engagement()).isEqualTo(Engagement.CONSULTANT);
        assertThat(p.salaried()).isTrue();
        assertThat(p.status()).isEqualTo(PersonStatus.DEPARTED);
        assertThat(p.departedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.acknowledgedPolicy()).isFalse();
        assertThat(p.noClientConnectionClause()).isTrue();
        assertThat(s.contacts().get(0).kind()).isEqualTo(ContactKind.PARTNER);
        var a = s.accounts().get(0);
        assertThat(a.platform()).isEqualTo(Platform.TIKTOK);
        assertThat(a.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(a.archived()).isTrue();
        assertThat(s.accounts().get(1).kind()).isEqualTo(AccountKind.CORPORATE);
        var post = s.posts().get(0);
        assertThat(post.status()).isEqualTo(PostStatus.DELETED);
        assertThat(post.approvals()).containsExactly(Approval.LEGAL);
        assertThat(post.media().get(0).type()).isEqualTo(MediaType.VIDEO);
        assertThat(post.hasTag(ContentTag.HQ_INTERIOR)).isTrue();
        assertThat(post.resharedFrom()).isNull();
        var r = s.requests().get(0);
        assertThat(r.kind()).isEqualTo(RequestKind.WRITE_PRODUCT_REVIEW);
        assertThat(r.timesAsked()).isEqualTo(2);
        assertThat(r.outsidePaidHours()).isTrue();
        assertThat(s.monitoring().get(0).concernsThreat()).isTrue();
    }

    @Test
    void parse_minimalSituation_documentedDefaults() {
        Situation s = SituationFiles.parse("at: 2026-11-20T10:15:00Z\npeople: [{id: p-1}, {id: p-2, engagement: FREELANCER}]\n"
                + "accounts: [{id: a-1, owner: p-1}, {id: a-2}]\n", "s.yaml");

        assertThat(s.organization().settings().maxCredentialHolders()).isEqualTo(3);
        assertThat(s.people().get(0).salaried()).isTrue();
        assertThat(s.people().get(1).salaried()).isFalse();
        assertThat(s.accounts().get(0).kind()).isEqualTo(AccountKind.PERSONAL);
        assertThat(s.accounts().get(0).archived()).isFalse();
        assertThat(s.accounts().get(1).kind()).isEqualTo(AccountKind.CORPORATE);
        assertThat(s.accounts().get(1).archived()).isTrue();
        assertThat(s.accounts().get(1).platform()).isEqualTo(Platform.OTHER);
    }

    @Test
    void parse_yaml11Traps_readAsWritten() {
        Situation s = SituationFiles.parse("at: 2026-11-20T10:15:00Z\norganization:\n  jurisdiction: NO\n  settings:\n"
                + "    workHours: {start: 09:00, end: 17:30, zone: UTC}\n    permittedHqRooms: [yes, on, 010]\n"
                + "people: [{id: p-1, jurisdiction: NO}]\n", "s.yaml");

        assertThat(s.organization().jurisdiction()).isEqualTo(Jurisdiction.of("NO"));
        assertThat(s.people().get(0).jurisdiction()).isEqualTo(Jurisdiction.of("NO"));
        assertThat(s.organization().settings().workHours().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s.organization().settings().workHours().end()).isEqualTo(LocalTime.of(17, 30));
        assertThat(s.organization().settings().permittedHqRooms()).containsExactly("yes", "on", "010");
    }

    @Test
    void parse_unknownEnumValue_namesPathValueAndChoices() {
        assertThat(problems("posts: [{id: post-1, author: p, account: a, status: DRAFTED}]\n"))
                .extracting(FileProblem::toString)
                .contains("s.yaml:1:53: posts[0].status: unknown value \"DRAFTED\", expected one of DRAFT, PUBLISHED, DELETED");
    }

    @Test
    void parse_lexiconWithUnknownTag_locatedAtTheTag() {
        assertThat(problems("organization:\n  settings:\n    lexicon:\n      add:\n        THRET: [sort you out]\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.path()).isEqualTo("organization.settings.lexicon.add.THRET");
                    assertThat(p.message()).startsWith("unknown field \"THRET\", expected one of UPCOMING_LAUNCH");
                });
    }

    @Test
    void parse_messageTextAndAnalysisSwitch_read() {
        Situation s = SituationFiles.parse("at: 2026-11-20T10:15:00Z\n"
                + "organization: {settings: {contentAnalysis: false, lexicon: {allow: [killer app]}}}\n"
                + "people: [{id: p-1}]\ncontacts: [{id: c-1}]\naccounts: [{id: a-1, kind: PERSONAL, owner: p-1}]\n"
                + "messages: [{id: m-1, from: p-1, account: a-1, to: c-1, text: \"see you at 8\"}]\n", "s.yaml");

        assertThat(s.organization().settings().contentAnalysis()).isFalse();
        assertThat(s.organization().settings().lexicon().allow()).containsExactly("killer app");
        assertThat(s.messages().get(0).text()).isEqualTo("see you at 8");
    }

    @Test
    void parse_unknownField_namesFieldAndAllowedOnes() {
        assertThat(problems("people:\n  - id: p-1\n    salary: 100\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.path()).isEqualTo("people[0].salary");
            assertThat(p.message()).startsWith("unknown field \"salary\", expected one of id, name, engagement");
        });
    }

    @Test
    void parse_wrongTypes_eachReported() {
        List<FileProblem> found = problems("at: yesterday\npeople: {id: p-1}\norganization:\n  settings:\n"
                + "    maxCredentialHolders: many\n    passwordRotationDays: -5\n    workHours: {start: 25:00, zone: Mars/Base}\n");

        assertThat(found).extracting(FileProblem::path).containsExactlyInAnyOrder("at", "people",
                "organization.settings.maxCredentialHolders", "organization.settings.passwordRotationDays",
                "organization.settings.workHours.start", "organization.settings.workHours.zone");
        assertThat(found).extracting(FileProblem::message).contains(
                "expected a date and time with an offset such as 2026-11-20T10:15:00Z or 2026-11-20T10:15:00+01:00, was \"yesterday\"",
                "expected a list, was a mapping",
                "expected a whole number, was \"many\"",
                "expected a whole number from 1 to 36500, was \"-5\"",
                "expected a time such as 09:00, was \"25:00\"",
                "expected a time zone such as Europe/Oslo or UTC, was \"Mars/Base\"");
    }

    @Test
    void parse_danglingAndDuplicateIds_locatedAtTheReference() {
        List<FileProblem> found = problems("people:\n  - id: p-1\n  - id: p-1\naccounts:\n  - id: a-1\n    kind: CORPORATE\n"
                + "    credentialHolders: [p-1, p-9]\nposts:\n  - {id: x, author: nobody, account: a-1}\n");

        assertThat(found).extracting(FileProblem::toString).containsExactly(
                "s.yaml:3:9: people[1].id: duplicate id \"p-1\", already used at people[0].id",
                "s.yaml:7:30: accounts[0].credentialHolders[1]: names no person: \"p-9\"",
                "s.yaml:9:21: posts[0].author: names no person: \"nobody\"");
    }

    @Test
    void parse_recordRuleBroken_locatedAtTheField() {
        assertThat(problems("people:\n  - id: p-1\n    status: ACTIVE\n    departedOn: 2026-10-01\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("people[0].departedOn");
                    assertThat(p.message()).contains("only a DEPARTED person has a departure date");
                });
    }

    @Test
    void parse_badJurisdictionAndMissingId_bothReported() {
        assertThat(problems("people:\n  - {name: Kari}\n  - {id: p-2, jurisdiction: Norway}\n"))
                .extracting(FileProblem::toString).containsExactly(
                        "s.yaml:2:5: people[0].id: is required",
                        "s.yaml:3:29: people[1].jurisdiction: expected a country code such as NO or a US state such as US-CA, was \"Norway\"");
    }

    @Test
    void parse_emptyFile_saysSo() {
        assertThat(problems("")).extracting(FileProblem::toString).containsExactly("s.yaml:1:1: file is empty; expected a situation");
        assertThat(problems("# just a comment\n")).extracting(FileProblem::message).containsExactly("file is empty; expected a situation");
    }

    @Test
    void parse_invalidYaml_locatedParserMessage() {
        assertThat(problems("people:\n  - id: p-1\n   bad indentation: [\n")).singleElement()
                .satisfies(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void parse_truncatedJson_locatedAndNoClassNames() {
        List<FileProblem> found;
        try {
            SituationFiles.parse("{\"people\": [{\"id\": \"p-1\"", "s.json");
            throw new AssertionError("expected a problem");
        } catch (InvalidFileException e) {
            found = e.problems();
        }
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).doesNotContain("com.fasterxml").doesNotContain("Exception");
        });
    }

    @Test
    void parse_aliasBomb_refusedWithLimit() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }

        assertThat(problems(bomb.toString())).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("YAML aliases (*a) are not supported; write the value out"));
    }

    @Test
    void parse_deepNesting_refusedWithLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> SituationFiles.parse(deep, "deep.json")).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("nesting deeper than 64 levels");
    }

    @Test
    void parse_byteOrderMark_ignored() {
        Situation s = SituationFiles.parse("\uFEFFat: 2026-11-20T10:15:00Z\n", "s.yaml");

        assertThat(s.at()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    }

    @Test
    void read_missingFile_saysNoSuchFile() {
        assertThatThrownBy(() -> SituationFiles.read(Path.of("nope.yaml"))).isInstanceOf(InvalidFileException.class)
                .hasMessage("nope.yaml: no such file");
    }

    @Test
    void parse_duplicateKey_refusedAtTheSecondKey() {
        assertThat(problems("at: 2026-11-20T10:15:00Z\nat: 2026-11-21T10:15:00Z\n")).extracting(FileProblem::toString)
                .containsExactly("s.yaml:2:1: duplicate field \"at\"");
        assertThat(jsonProblems("{\"people\": [{\"id\": \"p-1\", \"id\": \"p-2\"}]}")).extracting(FileProblem::toString)
                .containsExactly("s.json:1:27: duplicate field \"id\"");
    }

    @Test
    void read_brokenFile_everyProblemLocatedInFileOrder() {
        assertThatThrownBy(() -> SituationFiles.read(SITUATIONS.resolve("broken.yaml")))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message()).containsExactly(
                                "2:5: at: expected a date and time with an offset such as 2026-11-20T10:15:00Z or "
                                        + "2026-11-20T10:15:00+01:00, was \"2026-11-20 10:15\"",
                                "4:17: organization.jurisdiction: expected a country code such as NO or a US state such as US-CA, "
                                        + "was \"Norway\"",
                                "6:27: organization.settings.maxCredentialHolders: expected a whole number, was the quoted text \"3\"",
                                "7:24: organization.settings.workHours.start: expected a time such as 09:00, was \"9am\"",
                                "7:41: organization.settings.workHours.days[1]: unknown day \"FRIDAY\", expected one of MON, TUE, "
                                        + "WED, THU, FRI, SAT, SUN",
                                "9:26: organization.settings.rules.POST-13.enabled: expected true or false, was \"yes\"",
                                "12:17: people[0].engagement: unknown value \"contractor\", expected one of EMPLOYEE, CONTRACTOR, "
                                        + "FREELANCER, CONSULTANT",
                                "13:5: people[0].salary: unknown field \"salary\", expected one of id, name, engagement, salaried, "
                                        + "supervisor, roles, jurisdiction, status, departedOn, acknowledgedPolicy, "
                                        + "noClientConnectionClause, reportsTo",
                                "14:5: people[1].id: is required",
                                "19:13: posts[0].status: unknown value \"DRAFTED\", expected one of DRAFT, PUBLISHED, DELETED"))
                .hasMessageStartingWith(SITUATIONS.resolve("broken.yaml") + ":2:5: at: expected a date and time");
    }

    @Test
    void parse_problemsFoundOutOfOrder_reportedInFileOrder() {
        // The unknown field is found when its mapping is opened, before the earlier line's value is read.
        assertThat(problems("people:\n  - id: p-1\n    engagement: BOSS\n    shoeSize: 42\n  - {id: p-2, status: GONE}\n"))
                .extracting(p -> p.line() + ":" + p.column() + " " + p.path())
                .containsExactly("3:17 people[0].engagement", "4:5 people[0].shoeSize", "5:23 people[1].status");
    }

    @Test
    void parse_yaml11BooleanWords_refusedWhereABooleanIsExpected() {
        assertThat(problems("people:\n  - {id: p-1, salaried: yes, supervisor: on, acknowledgedPolicy: \"true\", "
                + "noClientConnectionClause: True}\n"))
                .extracting(FileProblem::path, FileProblem::message).containsExactly(
                        tuple("people[0].salaried", "expected true or false, was \"yes\""),
                        tuple("people[0].supervisor", "expected true or false, was \"on\""),
                        tuple("people[0].acknowledgedPolicy", "expected true or false, was the quoted text \"true\""),
                        tuple("people[0].noClientConnectionClause", "expected true or false, was \"True\""));
    }

    @Test
    void parse_yaml11BooleanAndNumberWords_keptAsTextWhereTextIsExpected() {
        Situation s = SituationFiles.parse("at: 2026-11-20T10:15:00Z\npeople: [{id: p-1, name: yes, roles: [on, off, NO, 1e3]}]\n"
                + "posts: [{id: no, author: p-1, account: a-1, text: 12:30}]\naccounts: [{id: a-1, owner: p-1}]\n", "s.yaml");

        assertThat(s.people().get(0).name()).isEqualTo("yes");
        assertThat(s.people().get(0).roles()).containsExactly("on", "off", "NO", "1e3");
        assertThat(s.posts().get(0).id()).isEqualTo("no");
        assertThat(s.posts().get(0).text()).isEqualTo("12:30");
    }

    @Test
    void parse_numbersYamlReadsOtherwise_refusedAsNotWholeNumbers() {
        assertThat(problems("organization:\n  settings:\n    maxCredentialHolders: 0x1F\n    passwordRotationDays: 010\n"
                + "    disconnectionDeadlineDays: 1_000\nrequests: [{id: r-1, kind: WRITE_PRODUCT_REVIEW, to: [p-1], timesAsked: 2.0}]\n"
                + "people: [{id: p-1}]\n"))
                .extracting(FileProblem::path, FileProblem::message).containsExactly(
                        tuple("organization.settings.maxCredentialHolders", "expected a whole number, was \"0x1F\""),
                        tuple("organization.settings.passwordRotationDays", "expected a whole number, was \"010\""),
                        tuple("organization.settings.disconnectionDeadlineDays", "expected a whole number, was \"1_000\""),
                        tuple("requests[0].timesAsked", "expected a whole number, was \"2.0\""));
    }

    @Test
    void parse_jsonStringsForBooleansAndNumbers_refusedAsWrongType() {
        assertThat(jsonProblems("{\"people\": [{\"id\": \"p-1\", \"salaried\": \"false\"}],\n"
                + " \"requests\": [{\"id\": \"r-1\", \"kind\": \"WRITE_PRODUCT_REVIEW\", \"to\": [\"p-1\"], \"timesAsked\": \"2\"}]}"))
                .extracting(FileProblem::toString).containsExactly(
                        "s.json:1:39: people[0].salaried: expected true or false, was the quoted text \"false\"",
                        "s.json:2:90: requests[0].timesAsked: expected a whole number, was the quoted text \"2\"");
    }

    @Test
    void parse_numberOutOfRange_namesTheRange() {
        assertThat(problems("organization:\n  settings:\n    maxCredentialHolders: 0\n    disconnectionDeadlineDays: "
                + "99999999999999999999\n"))
                .extracting(FileProblem::message).containsExactly(
                        "expected a whole number from 1 to 1000000, was \"0\"",
                        "expected a whole number from 0 to 36500, was \"99999999999999999999\"");
    }

    @Test
    void parse_timesDatesAndInstantsNotInTheDocumentedForm_refused() {
        assertThat(problems("at: 2026-11-20T10:15:00\norganization:\n  settings:\n    workHours: {start: \"09:00:00\", end: \"9:00\"}\n"
                + "people: [{id: p-1, status: DEPARTED, departedOn: 01.10.2026}]\n"))
                .extracting(FileProblem::path, FileProblem::message).containsExactly(
                        tuple("at", "expected a date and time with an offset such as 2026-11-20T10:15:00Z or "
                                + "2026-11-20T10:15:00+01:00, was \"2026-11-20T10:15:00\""),
                        tuple("organization.settings.workHours.start", "expected a time such as 09:00, was \"09:00:00\""),
                        tuple("organization.settings.workHours.end", "expected a time such as 09:00, was \"9:00\""),
                        tuple("people[0].departedOn", "expected a date such as 2026-10-01, was \"01.10.2026\""));
    }

    @Test
    void parse_instantWithOffset_convertedToThatMoment() {
        Situation s = SituationFiles.parse("at: 2026-11-20T10:15:00+01:00\n", "s.yaml");

        assertThat(s.at()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
    }

    @Test
    void parse_dayWrittenInFullOrLowerCase_refusedListingTheDays() {
        assertThat(problems("organization:\n  settings:\n    workHours: {days: [MONDAY, tue]}\n"))
                .extracting(FileProblem::message).containsExactly(
                        "unknown day \"MONDAY\", expected one of MON, TUE, WED, THU, FRI, SAT, SUN",
                        "unknown day \"tue\", expected one of MON, TUE, WED, THU, FRI, SAT, SUN");
    }

    @Test
    void parse_workHoursStartEqualsEnd_locatedAtTheWorkHours() {
        assertThat(problems("organization:\n  settings:\n    workHours: {start: 09:00, end: 09:00}\n"))
                .extracting(FileProblem::toString)
                .containsExactly("s.yaml:3:16: organization.settings.workHours: start and end must differ, both were \"09:00\"");
    }

    @Test
    void parse_recordRulesOfTheModel_locatedWithTheRecordsPath() {
        assertThat(problems("people: [{id: p-1}]\naccounts:\n  - {id: a-1, kind: PERSONAL}\nrequests:\n"
                + "  - {id: r-1, kind: WRITE_PRODUCT_REVIEW}\nmonitoring:\n  - {id: mon-1, kind: COLLEAGUE_REPORTING}\n"))
                .extracting(FileProblem::toString).containsExactly(
                        "s.yaml:3:5: accounts[0].owner: is required for PERSONAL account \"a-1\"",
                        "s.yaml:5:5: requests[0].to: must name at least one person, request \"r-1\" names none",
                        "s.yaml:7:5: monitoring[0].target: is required for COLLEAGUE_REPORTING monitoring \"mon-1\"");
    }

    @Test
    void parse_idWithSurroundingSpaces_refusedAtTheId() {
        assertThat(problems("people: [{id: \" p-1\"}]\n")).extracting(FileProblem::toString)
                .containsExactly("s.yaml:1:15: people[0].id: must not start or end with white space, was \" p-1\"");
    }

    @Test
    void parse_unknownTopLevelFieldAndWrongShape_bothReported() {
        assertThat(problems("situation: {}\norganization: [Acme]\n")).extracting(FileProblem::toString).containsExactly(
                "s.yaml:1:1: situation: unknown field \"situation\", expected one of at, organization, people, contacts, "
                        + "accounts, connections, posts, messages, requests, monitoring, relationships",
                "s.yaml:2:15: organization: expected a mapping, was a list");
    }

    @Test
    void parse_documentNotAMapping_saysWhatWasExpected() {
        assertThat(problems("- id: p-1\n")).extracting(FileProblem::toString)
                .containsExactly("s.yaml:1:1: expected a mapping, was a list");
    }

    @Test
    void parse_deepYamlNesting_refusedWhereTheLimitIsCrossed() {
        StringBuilder deep = new StringBuilder("people:\n");
        String indent = "  ";
        for (int i = 0; i < 70; i++) {
            deep.append(indent).append("k").append(i).append(":\n");
            indent += "  ";
        }
        deep.append(indent).append("x: 1\n");

        assertThat(problems(deep.toString())).extracting(FileProblem::toString)
                .containsExactly("s.yaml:65:129: nesting deeper than 64 levels");
    }

    @Test
    void parse_textLongerThanOneMegabyte_refusedAtTheValue() {
        String huge = "x".repeat(1024 * 1024 + 1);

        assertThat(problems("people:\n  - id: p-1\n    name: " + huge + "\n")).extracting(FileProblem::toString)
                .containsExactly("s.yaml:3:11: text longer than 1 MB");
        assertThat(jsonProblems("{\"people\": [{\"id\": \"p-1\", \"name\": \"" + huge + "\"}]}"))
                .singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("text longer than 1 MB");
                    assertThat(p.line()).isEqualTo(1);
                });
    }

    @Test
    void parse_documentLargerThanTenMegabytes_refusedUnread() {
        String big = "# " + "x".repeat(10 * 1024 * 1024) + "\n";

        assertThat(problems(big)).extracting(FileProblem::toString).containsExactly("s.yaml: file is larger than 10 MB");
    }

    @Test
    void parse_twoYamlDocuments_refused() {
        assertThat(problems("at: 2026-11-20T10:15:00Z\n---\nat: 2026-11-21T10:15:00Z\n")).extracting(FileProblem::toString)
                .containsExactly("s.yaml:3:1: more than one document in the file; expected exactly one");
    }

    @Test
    void parse_unknownExtension_formatSniffedFromContent() {
        Situation json = SituationFiles.parse("  {\"at\": \"2026-11-20T10:15:00Z\", \"people\": [{\"id\": \"p-1\"}]}", "situation.txt");
        Situation yaml = SituationFiles.parse("at: 2026-11-20T10:15:00Z\npeople: [{id: p-1}]\n", "situation");

        assertThat(json).isEqualTo(yaml);
    }

    @Test
    void parse_yamlNamedFileHoldingJson_readAsYamlWhichAcceptsIt() {
        Situation s = SituationFiles.parse("{\"at\": \"2026-11-20T10:15:00Z\", \"people\": [{\"id\": \"p-1\"}]}", "s.yml");

        assertThat(s.people()).hasSize(1);
    }

    @Test
    void problem_toString_fileLineColumnPathMessage() {
        assertThat(new FileProblem("a.yaml", 3, 7, "posts[0].status", "unknown value \"X\"").toString())
                .isEqualTo("a.yaml:3:7: posts[0].status: unknown value \"X\"");
        assertThat(new FileProblem("a.yaml", 0, 0, "", "no such file").toString()).isEqualTo("a.yaml: no such file");
    }

    private static List<FileProblem> jsonProblems(String json) {
        try {
            SituationFiles.parse(json, "s.json");
        } catch (InvalidFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in\n" + json);
    }
}
