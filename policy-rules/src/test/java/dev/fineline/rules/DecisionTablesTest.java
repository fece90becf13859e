package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.model.Visibility;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision tables (XLSX and CSV) are read like rule files: turned into DRL by drools-decisiontables, held
 * to the same restricted subset, and every problem is reported at the sheet and cell it came from, with
 * the spreadsheet's row as its line.
 */
class DecisionTablesTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    /** The layout of the authoring guide: settings, then a rule table with a header of five rows. */
    private static String[][] table(String action, String... row) {
        return new String[][] {
            {"RuleSet", "com.acme.tables"},
            {"Import", "dev.fineline.model.*, dev.fineline.rules.FindingSink"},
            {"Variables", "FindingSink findings"},
            {},
            {"RuleTable AcmePlatformContent"},
            {"NAME", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION"},
            {"", "", "", "$post : Post", "$a : Account", ""},
            {"", "guidance(\"$param\")", "verdict($param)", "hasTag(ContentTag.$param), $aid : account",
                "id == $aid, personal == true, platform == Platform.$param", action},
            {"rule", "guidance id", "usual verdict", "the post shows", "on a personal account of", "verdict"},
            row,
        };
    }

    private static final String EMIT = "findings.emit(Verdict.$param, $post.id(), \"post `\" + $post.id() + \"` on \" + $a.label() "
            + "+ \" shows content that ACME keeps off that platform\");";

    private static final String[] VIDEO_ROW = {"AcmeNoProductVideosOnYouTube", "ACME-3", "FORBIDDEN", "PRODUCT_PROMOTION", "YOUTUBE",
        "FORBIDDEN"};

    private static Path csv(Path dir, String name, String[][] rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : ",").append('"').append(row[i].replace("\"", "\"\"")).append('"');
            }
            text.append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Path xlsx(Path dir, String name, String sheetName, String[][] rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = workbook.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("ACME-3 is owned by the compliance office");
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].startsWith("=")) {
                        row.createCell(c).setCellFormula(rows[r][c].substring(1));
                    } else if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static Situation productVideo(Platform platform) {
        return Situation.builder(AT)
                .people(Person.builder("p-kari").build())
                .accounts(Account.personal("a-kari", "p-kari").platform(platform).visibility(Visibility.PRIVATE).build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").tags(ContentTag.PRODUCT_PROMOTION).build())
                .build();
    }

    private static PolicyEngine engine(Path rules) {
        return PolicyEngine.builder().builtInRules(false).addRules(rules).build();
    }

    private static void assertJudgesProductVideos(PolicyEngine engine) {
        Decision onYouTube = engine.evaluate(productVideo(Platform.YOUTUBE));
        assertThat(onYouTube.errors()).isEmpty();
        assertThat(onYouTube.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(onYouTube.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("AcmeNoProductVideosOnYouTube");
            assertThat(f.guidance()).isEqualTo("ACME-3");
            assertThat(f.explanation()).isEqualTo(
                    "post `post-1` on personal YouTube account `a-kari` shows content that ACME keeps off that platform");
        });
        assertThat(engine.evaluate(productVideo(Platform.LINKEDIN)).findings()).isEmpty();
        assertThat(engine.rules()).singleElement().satisfies(r -> {
            assertThat(r.guidance()).isEqualTo("ACME-3");
            assertThat(r.verdict()).isEqualTo(Verdict.FORBIDDEN);
        });
    }

    @Test
    void build_csvTable_compilesAndJudges(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "platform-content.csv", table(EMIT, VIDEO_ROW));

        PolicyEngine engine = engine(file);

        assertJudgesProductVideos(engine);
        assertThat(engine.rules().get(0).origin()).isEqualTo(file.toString());
        assertThat(engine.rules().get(0).theme()).isEqualTo("platform-content");
    }

    @Test
    void build_xlsxTable_compilesAndJudges(@TempDir Path dir) throws IOException {
        Path file = xlsx(dir, "platform-content.xlsx", "Rules", table(EMIT, VIDEO_ROW));

        assertJudgesProductVideos(engine(file));
    }

    @Test
    void build_xlsxTableWithFormulas_judgesByTheFormulasValues(@TempDir Path dir) throws IOException {
        String[] row = VIDEO_ROW.clone();
        row[3] = "=CONCATENATE(\"PRODUCT_\", \"PROMOTION\")";
        row[5] = "=UPPER(C10)";
        Path file = xlsx(dir, "formulas.xlsx", "Rules", table(EMIT, row));

        assertJudgesProductVideos(engine(file));
    }

    @Test
    void build_folderOfDrlAndTables_readsEveryRuleFileAndSkipsLockFiles(@TempDir Path dir) throws IOException {
        csv(dir, "platform-content.csv", table(EMIT, VIDEO_ROW));
        Files.copy(PolicyEngineTest.rules("good").resolve("acme.drl"), dir.resolve("acme.drl"));
        Files.writeString(dir.resolve("~$platform-content.xlsx"), "lock file of an open workbook");

        PolicyEngine engine = engine(dir);

        assertThat(engine.rules()).extracting(RuleInfo::name).contains("AcmeNoProductVideosOnYouTube").hasSizeGreaterThan(1);
    }

    @Test
    void build_trustedTable_compilesAndJudges(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "platform-content.csv", table(EMIT, VIDEO_ROW));

        assertJudgesProductVideos(PolicyEngine.builder().builtInRules(false).addRules(file).trusted(true).warmUp(false).build());
    }

    @Test
    void build_xlsxTableWithForbiddenAction_refusedAtSheetAndCell(@TempDir Path dir) throws IOException {
        Path file = xlsx(dir, "evil.xlsx", "Rules", table("System.exit(1); " + EMIT, VIDEO_ROW));

        assertThatThrownBy(() -> engine(file)).isInstanceOfSatisfying(InvalidRulesException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(file.toString());
                assertThat(p.line()).isEqualTo(10);
                assertThat(p.message()).startsWith("sheet \"Rules\", cell F10: in the consequence of rule "
                        + "\"AcmeNoProductVideosOnYouTube\": a restricted consequence only calls findings.emit(...)");
            });
            assertThat(e.getMessage()).contains("evil.xlsx:10: sheet \"Rules\", cell F10: ");
        });
    }

    @Test
    void build_csvTableWithForbiddenCondition_refusedAtItsCell(@TempDir Path dir) throws IOException {
        String[] row = VIDEO_ROW.clone();
        row[4] = "YOUTUBE || System.currentTimeMillis() > 0";
        Path file = csv(dir, "evil.csv", table(EMIT, row));

        assertThatThrownBy(() -> engine(file)).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.message()).startsWith("cell E10: ").contains("System");
                }));
    }

    @Test
    void build_tableWithUnknownEnumConstant_locatedAtTheValue(@TempDir Path dir) throws IOException {
        String[] row = VIDEO_ROW.clone();
        row[3] = "PRODUCT_PROMO";
        Path file = xlsx(dir, "typo.xlsx", "Rules", table(EMIT, row));

        assertThatThrownBy(() -> engine(file)).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).first().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.message()).startsWith("sheet \"Rules\", cell D10: ").contains("PRODUCT_PROMO");
                }));
    }

    @Test
    void build_tableWithoutMetadata_refusedAtTheRulesRow(@TempDir Path dir) throws IOException {
        String[][] rows = table(EMIT, VIDEO_ROW);
        rows[5][1] = "DESCRIPTION";
        rows[7][1] = "";
        Path file = csv(dir, "nometa.csv", rows);

        assertThatThrownBy(() -> engine(file)).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.message()).startsWith("cell A10: rule \"AcmeNoProductVideosOnYouTube\" has no @guidance");
                }));
    }

    @Test
    void build_malformedTables_locatedPlainMessages(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.xlsx");
        Files.write(garbage, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        Path textAsXlsx = dir.resolve("text.xlsx");
        Files.writeString(textAsXlsx, "RuleTable Nothing\nCONDITION\n");
        Path noTable = csv(dir, "notable.csv", new String[][] {{"just", "some", "data"}, {"1", "2", "3"}});
        String[][] unknownKind = table(EMIT, VIDEO_ROW);
        unknownKind[5][4] = "";
        Path noKind = csv(dir, "nokind.csv", unknownKind);
        String[][] noCode = table(EMIT, VIDEO_ROW);
        noCode[7][3] = "";
        Path emptyCode = xlsx(dir, "nocode.xlsx", "Rules", noCode);
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', ','});

        for (Path file : List.of(garbage, textAsXlsx, noTable, noKind, emptyCode, binary)) {
            assertThatThrownBy(() -> engine(file)).as(file.getFileName().toString())
                    .isInstanceOfSatisfying(InvalidRulesException.class, e -> {
                        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                            assertThat(p.file()).isEqualTo(file.toString());
                            assertThat(p.message()).matches("^(sheet \"[^\"]+\"(, cell [A-Z]+[0-9]+)?: |cell [A-Z]+[0-9]+: )?[a-z].*")
                                    .doesNotEndWith(".");
                        });
                        assertThat(e.getMessage()).doesNotContain("Exception", "org.", "\tat ", "poi", "drools");
                    });
        }
        assertThatThrownBy(() -> engine(garbage)).hasMessageContaining("garbage.xlsx: not a spreadsheet");
        assertThatThrownBy(() -> engine(noTable)).hasMessageContaining("notable.csv: no RuleTable cell");
        assertThatThrownBy(() -> engine(noKind)).hasMessageContaining("nokind.csv:7: cell E7: this cell has no column kind above it");
        assertThatThrownBy(() -> engine(emptyCode)).hasMessageContaining(
                "nocode.xlsx:8: sheet \"Rules\", cell D8: the code row of a CONDITION, ACTION or METADATA column is empty");
    }

    @Test
    void build_descriptionPriorityAndNoLoopColumns_compileAndJudge(@TempDir Path dir) throws IOException {
        String[][] rows = table(EMIT, VIDEO_ROW);
        rows[5] = new String[] {"NAME", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION", "DESCRIPTION", "PRIORITY",
            "NO-LOOP"};
        rows[9] = java.util.stream.Stream.concat(java.util.Arrays.stream(VIDEO_ROW),
                java.util.stream.Stream.of("product videos stay off personal YouTube", "10", "true")).toArray(String[]::new);
        Path file = csv(dir, "described.csv", rows);

        assertJudgesProductVideos(engine(file));
    }

    /** Each hostile construct a table can carry, and the cell it must be reported at. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> hostileTables() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("action", 5, 5, "System.exit(1); " + EMIT, "cell F10: "),
                org.junit.jupiter.params.provider.Arguments.of("condition", 9, 4, "YOUTUBE, eval(System.exit(1) == null)",
                        "cell E10: "),
                org.junit.jupiter.params.provider.Arguments.of("import", 1, 1, "dev.fineline.model.*, dev.fineline.rules.FindingSink, "
                        + "java.io.File", "cell B2: "),
                org.junit.jupiter.params.provider.Arguments.of("global", 2, 1, "FindingSink findings, java.util.List leak", "cell B3: "),
                org.junit.jupiter.params.provider.Arguments.of("package", 0, 1, "org.drools.core", "cell B1: "),
                org.junit.jupiter.params.provider.Arguments.of("function", 3, 0, "Functions", "cell B4: "),
                org.junit.jupiter.params.provider.Arguments.of("agenda group", 5, 6, "AGENDA-GROUP", "cell G10: "));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("hostileTables")
    void build_hostileTable_refusedAtItsCell(String what, int row, int column, String value, String where, @TempDir Path dir)
            throws IOException {
        String[][] rows = table(EMIT, VIDEO_ROW);
        switch (what) {
            case "function" -> rows[3] = new String[] {"Functions", "function void evil() { System.exit(1); }"};
            case "agenda group" -> {
                rows[5] = new String[] {"NAME", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION", value};
                rows[9] = java.util.stream.Stream.concat(java.util.Arrays.stream(VIDEO_ROW), java.util.stream.Stream.of("evil"))
                        .toArray(String[]::new);
            }
            case "action" -> rows[7][column] = value;
            default -> {
                rows[row] = rows[row].clone();
                rows[row][column] = value;
            }
        }
        Path file = csv(dir, "hostile.csv", rows);

        assertThatThrownBy(() -> engine(file)).isInstanceOfSatisfying(InvalidRulesException.class, e -> {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
            assertThat(e.problems().get(0).message()).startsWith(where);
            assertThat(e.getMessage()).doesNotContain("Exception", "\tat ");
        });
    }

    @Test
    void build_workbookThatExpandsPastTheLimit_refusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> engine(bomb)).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("bomb.xlsx: the workbook expands to more than 16 MB, the limit for a decision table");
    }

    @Test
    void build_conditionWithoutFactType_locatedWithoutTheGeneratedLine(@TempDir Path dir) throws IOException {
        String[][] rows = table(EMIT, VIDEO_ROW);
        rows[6] = new String[] {"", "", "", "$post : Post", "", ""};
        Path file = csv(dir, "notype.csv", rows);

        assertThatThrownBy(() -> engine(file)).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).first().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.message()).startsWith("cell ").doesNotContainPattern("Line [0-9]+:[0-9]+").doesNotContain("[ERR");
                }));
    }

    @Test
    void build_brokenTableAndBrokenDrl_everyProblemInOneRun(@TempDir Path dir) throws IOException {
        csv(dir, "evil.csv", table("System.exit(1); " + EMIT, VIDEO_ROW));
        Files.copy(RestrictedRulesTest.hostile().resolve("classic/exit.drl"), dir.resolve("exit.drl"));

        assertThatThrownBy(() -> engine(dir)).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems()).extracting(p -> Path.of(p.file()).getFileName().toString())
                        .containsExactlyInAnyOrder("evil.csv", "exit.drl"));
    }
}
