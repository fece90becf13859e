package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                "expected a whole number from 1 to 36500, was -5",
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
    void parse_duplicateKey_refused() {
        assertThat(problems("at: 2026-11-20T10:15:00Z\nat: 2026-11-21T10:15:00Z\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("duplicate"));
    }
}
