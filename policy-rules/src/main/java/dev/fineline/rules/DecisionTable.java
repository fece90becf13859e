package dev.fineline.rules;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.model.DRLOutput;
import org.drools.template.model.Package;
import org.drools.template.parser.DataListener;

/**
 * A decision table, a spreadsheet (XLSX) or a CSV file in the layout of Drools' decision tables, turned
 * into DRL by {@code drools-decisiontables}, and the way back from a line of that DRL to the cell it came
 * from. The DRL is then handled exactly like a rule file: restricted tables go through the same check as
 * restricted DRL, and every problem of the generated DRL is reported at the sheet and cell of the table
 * that produced it, with the spreadsheet's row number as its line.
 *
 * <p>Every sheet of a workbook that holds a {@code RuleTable} cell becomes one rule source; sheets without
 * one (notes, look-up lists) are left alone. A CSV file is one sheet.
 */
final class DecisionTable {

    /** The file endings read as decision tables. */
    static final List<String> ENDINGS = List.of(".xlsx", ".csv");

    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3})([1-9][0-9]{0,6})\\b");
    private static final Pattern RULE_VALUES = Pattern.compile("^\\s*// rule values at ([A-Z]{1,3})([0-9]{1,7}), header at ([A-Z]{1,3})([0-9]{1,7})");
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR [0-9]+\\] Line [0-9]+:[0-9]+ ");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,200})\"");
    /**
     * The most an XLSX file may expand to: a workbook is a zip of XML files, and a small file can expand a
     * thousandfold. Far above any rule table (the ACME table is under 10 KB expanded).
     */
    static final long MAX_EXPANDED_BYTES = 16L << 20;

    private DecisionTable() {
    }

    /** Whether a file name is a decision table's: it ends with {@code .xlsx} or {@code .csv}, any case. */
    static boolean isTable(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }

    /**
     * Turns a table file into rule sources, one per sheet that holds a rule table.
     *
     * @param file     the file, as given
     * @param bytes    its content
     * @param problems where a table that cannot be read is reported, located by sheet and cell where known
     * @return the generated rule sources; empty when the file has problems
     */
    static List<RuleSource> read(Path file, byte[] bytes, List<RuleProblem> problems) {
        String path = file.toString();
        boolean csv = path.toLowerCase(Locale.ROOT).endsWith(".csv");
        return csv ? readCsv(path, bytes, problems) : readWorkbook(path, bytes, problems);
    }

    private static List<RuleSource> readCsv(String path, byte[] bytes, List<RuleProblem> problems) {
        SheetReader sheet = new SheetReader(path, null);
        try {
            new CsvParser(sheet, new CsvLineParser()).parseFile(new ByteArrayInputStream(bytes));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            problems.add(sheet.failure(e));
            return List.of();
        }
        if (!sheet.hasRuleTable()) {
            problems.add(new RuleProblem(path, 0, "no RuleTable cell: a decision table starts with a cell such as "
                    + "\"RuleTable AcmeRules\", followed by a row of column kinds (CONDITION, ACTION, METADATA, NAME)"));
            return List.of();
        }
        RuleSource source = sheet.toSource(path, problems);
        return source == null ? List.of() : List.of(source);
    }

    private static List<RuleSource> readWorkbook(String path, byte[] bytes, List<RuleProblem> problems) {
        Map<String, List<DataListener>> listeners = new LinkedHashMap<>();
        List<SheetReader> sheets = new ArrayList<>();
        if (expandsBeyondLimit(bytes)) {
            problems.add(new RuleProblem(path, 0, "the workbook expands to more than " + (MAX_EXPANDED_BYTES >> 20)
                    + " MB, the limit for a decision table"));
            return List.of();
        }
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (Exception | StackOverflowError | LinkageError e) {
            problems.add(new RuleProblem(path, 0, "not a spreadsheet: the file cannot be opened as an XLSX workbook"));
            return List.of();
        }
        for (Sheet s : workbook) {
            SheetReader sheet = new SheetReader(path, s.getSheetName());
            sheets.add(sheet);
            listeners.put(s.getSheetName(), List.of(sheet));
        }
        try {
            new ExcelParser(listeners).parseWorkbook(workbook);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            SheetReader failed = sheets.stream().filter(SheetReader::started).reduce((a, b) -> b).orElse(null);
            problems.add(failed == null
                    ? new RuleProblem(path, 0, "not a spreadsheet: the workbook cannot be read")
                    : failed.failure(e));
            return List.of();
        }
        List<RuleSource> sources = new ArrayList<>();
        for (SheetReader sheet : sheets) {
            if (sheet.hasRuleTable()) {
                RuleSource source = sheet.toSource(sheets.size() == 1 ? path : path + "#" + sheet.name, problems);
                if (source != null) {
                    sources.add(source);
                }
            }
        }
        if (sources.isEmpty() && sheets.stream().noneMatch(SheetReader::hasRuleTable)) {
            problems.add(new RuleProblem(path, 0, "no sheet holds a RuleTable cell: a decision table starts with a cell "
                    + "such as \"RuleTable AcmeRules\", followed by a row of column kinds (CONDITION, ACTION, METADATA, NAME)"));
        }
        return sources;
    }

    /**
     * Whether the zip entries of a workbook hold more than {@link #MAX_EXPANDED_BYTES} in all, counted by
     * expanding them (the sizes a zip declares can lie). A file that is not a zip is left to the workbook
     * reader to refuse.
     */
    private static boolean expandsBeyondLimit(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_EXPANDED_BYTES) {
                        return true;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The name of a cell in the spreadsheet's own notation: column letters and a 1-based row, such as {@code C12}. */
    static String cellName(int row, int column) {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            letters.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return letters.toString() + (row + 1);
    }

    private static int columnIndex(String letters) {
        int c = 0;
        for (char ch : letters.toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    /**
     * One sheet being read: it records every cell it is given and hands it on to Drools' own listener,
     * which builds the rules.
     */
    private static final class SheetReader implements DataListener {

        private final String file;
        private final String name;
        private final DefaultRuleSheetListener rules = new DefaultRuleSheetListener();
        /** Cell values by 0-based row, then 0-based column. */
        private final TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        private boolean started;
        private int lastRow = -1;
        private int lastColumn = -1;

        SheetReader(String file, String name) {
            this.file = file;
            this.name = name;
        }

        boolean started() {
            return started;
        }

        /** Hands the start of the sheet on. */
        @Override
        public void startSheet(String sheetName) {
            started = true;
            rules.startSheet(sheetName);
        }

        /** Hands the end of the sheet on. */
        @Override
        public void finishSheet() {
            rules.finishSheet();
        }

        /** Remembers where reading is, and hands the row on. */
        @Override
        public void newRow(int row, int columns) {
            started = true;
            lastRow = row;
            lastColumn = -1;
            rules.newRow(row, columns);
        }

        /** Records the cell, so that problems can be located, and hands it on. */
        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            started = true;
            lastRow = row;
            lastColumn = column;
            if (value != null && !value.isBlank()) {
                cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
            }
            rules.newCell(row, column, value, mergedColStart);
        }

        boolean hasRuleTable() {
            return cells.values().stream().flatMap(r -> r.values().stream())
                    .anyMatch(v -> v.strip().toLowerCase(Locale.ROOT).startsWith("ruletable"));
        }

        /** Where a problem of this sheet is: the sheet, and the cell when there is one. */
        String where(int row, int column) {
            String sheet = name == null ? "" : "sheet " + quote(name);
            if (row < 0) {
                return sheet;
            }
            return (sheet.isEmpty() ? "" : sheet + ", ") + "cell " + cellName(row, column);
        }

        RuleProblem at(int row, int column, String message) {
            String where = where(row, column);
            return new RuleProblem(file, row < 0 ? 0 : row + 1, where.isEmpty() ? message : where + ": " + message);
        }

        /** A located, plain problem for what Drools' table parser refused. */
        RuleProblem failure(Throwable e) {
            String raw = e.getMessage() == null ? "" : e.getMessage();
            Matcher cell = CELL.matcher(raw);
            int row = lastRow;
            int column = Math.max(lastColumn, 0);
            if (cell.find()) {
                row = Integer.parseInt(cell.group(2)) - 1;
                column = columnIndex(cell.group(1));
            }
            return at(row, column, explain(raw));
        }

        /**
         * Finds the columns that Drools would drop without a word: a CONDITION, ACTION or METADATA column
         * whose code cell is empty (a spreadsheet leaves empty cells out, so Drools never sees them).
         */
        private boolean codeMissing(List<RuleProblem> problems) {
            boolean missing = false;
            for (Map.Entry<Integer, TreeMap<Integer, String>> row : cells.entrySet()) {
                for (Map.Entry<Integer, String> cell : row.getValue().entrySet()) {
                    if (!cell.getValue().strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                        continue;
                    }
                    int header = row.getKey();
                    TreeMap<Integer, String> kinds = cells.getOrDefault(header + 1, new TreeMap<>());
                    Map<Integer, String> code = cells.getOrDefault(header + 3, new TreeMap<>());
                    for (Map.Entry<Integer, String> kind : kinds.tailMap(cell.getKey()).entrySet()) {
                        String k = kind.getValue().strip().toUpperCase(Locale.ROOT);
                        if ((k.startsWith("CONDITION") || k.startsWith("ACTION") || k.startsWith("METADATA"))
                                && !code.containsKey(kind.getKey())) {
                            problems.add(at(header + 3, kind.getKey(), "the code row of a CONDITION, ACTION or METADATA column "
                                    + "is empty: write the code with $param where the rows' values go"));
                            missing = true;
                        }
                    }
                }
            }
            return missing;
        }

        /** Generates the DRL of this sheet. */
        RuleSource toSource(String sourceName, List<RuleProblem> problems) {
            if (codeMissing(problems)) {
                return null;
            }
            String drl;
            try {
                Package ruleSet = rules.getRuleSet();
                DRLOutput out = new DRLOutput();
                ruleSet.renderDRL(out);
                drl = out.getDRL();
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                problems.add(failure(e));
                return null;
            }
            return new RuleSource(sourceName, file, drl, new Locator(this, drl));
        }
    }

    /** Plain wording for the messages of Drools' table parser, which are written for Java developers. */
    private static String explain(String raw) {
        String m = raw.strip();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("no rulettable") || lower.contains("no ruletable")) {
            return "no RuleTable cell: a decision table starts with a cell such as \"RuleTable AcmeRules\"";
        }
        if (lower.contains("does not have an 'action' or 'condition' column header")) {
            return "this cell has no column kind above it: the row under \"RuleTable\" names each column CONDITION, ACTION, "
                    + "METADATA, NAME, DESCRIPTION, PRIORITY or NO-LOOP";
        }
        if (lower.contains("does not contain any code specification")) {
            return "the code row of a CONDITION, ACTION or METADATA column is empty: write the code with $param where the "
                    + "rows' values go";
        }
        if (lower.contains("has an empty column header")) {
            return "this value's column has no code: write the column's code two rows under its kind";
        }
        if (lower.contains("snippets in the row that is meant for object declarations")) {
            return "code with $param in the row of fact types: leave the row under the column kinds for the fact types "
                    + "(such as \"$post : Post\") and write the code in the row under it";
        }
        if (lower.contains("priority is not an integer")) {
            return "a PRIORITY must be a whole number";
        }
        if (lower.contains("duration is not an integer")) {
            return "a DURATION must be a whole number";
        }
        if (lower.contains("invalid column header") || lower.contains("is not a valid column header")
                || lower.contains("unknown column header")) {
            return "unknown column kind: use CONDITION, ACTION, METADATA, NAME, DESCRIPTION, PRIORITY or NO-LOOP";
        }
        if (lower.contains("no code snippet")) {
            return "this column has values but no code: write the column's code two rows under its kind";
        }
        if (lower.contains("multiple values for")) {
            return "a setting of the rule set is given more than once";
        }
        return "the decision table cannot be read here: check the RuleTable layout (a row of column kinds, a row of fact "
                + "types, a row of code, a row of labels, then one rule per row)";
    }

    /**
     * Maps a problem of the generated DRL back to the table: the rule's row (from the comment that Drools
     * writes before every generated rule) and the column whose value or code shows on the problem's line.
     */
    static final class Locator {

        private final SheetReader sheet;
        private final String[] lines;

        private Locator(SheetReader sheet, String drl) {
            this.sheet = sheet;
            this.lines = drl.split("\n", -1);
        }

        /** The file the table was read from. */
        String file() {
            return sheet.file;
        }

        /**
         * The same problem, located in the table.
         *
         * @param problem a problem of the generated DRL, with its line there
         * @return the problem with the table's file, the row as its line, and the sheet and cell in its message
         */
        RuleProblem locate(RuleProblem original) {
            // a parser message names a line and column of the generated DRL, which the table's author never sees
            Matcher parser = PARSER_POSITION.matcher(original.message());
            RuleProblem problem = parser.find()
                    ? new RuleProblem(original.file(), original.line(), "the generated rule does not parse: "
                            + original.message().substring(parser.end()))
                    : original;
            int line = problem.line();
            if (line <= 0 || line > lines.length) {
                return sheet.at(-1, 0, problem.message());
            }
            Place rule = ruleAt(line);
            if (rule == null) {
                int[] cell = headerCell(lines[line - 1]);
                return cell == null ? sheet.at(-1, 0, problem.message()) : sheet.at(cell[0], cell[1], problem.message());
            }
            return sheet.at(rule.row, columnOn(rule, lines[line - 1], problem.message()), problem.message());
        }

        /** Where a line of a generated rule is: the rule's row, its table, and the part of the rule. */
        private record Place(int row, int startColumn, int headerRow, String kind) {
        }

        /** The place of a line inside a generated rule, or null outside rules. */
        private Place ruleAt(int line) {
            String kind = "HEAD";
            for (int i = line - 1; i >= 0; i--) {
                String text = lines[i].strip();
                if (i < line - 1 && text.equals("end")) {
                    return null;
                }
                if (i < line - 1 && text.equals("then") && kind.equals("HEAD")) {
                    kind = "ACTION";
                } else if (i < line - 1 && text.equals("when") && kind.equals("HEAD")) {
                    kind = "CONDITION";
                }
                Matcher m = RULE_VALUES.matcher(lines[i]);
                if (m.find()) {
                    return new Place(Integer.parseInt(m.group(2)) - 1, columnIndex(m.group(1)), Integer.parseInt(m.group(4)) - 1,
                            kind);
                }
            }
            return null;
        }

        /**
         * The column of a rule's row whose value shows on a line, among the columns of the line's part of
         * the rule (conditions, actions, or the name and metadata); the quoted part of a message decides ties.
         */
        private int columnOn(Place place, String lineText, String message) {
            Map<Integer, String> values = sheet.cells.getOrDefault(place.row, new TreeMap<>());
            Map<Integer, String> kinds = sheet.cells.getOrDefault(place.headerRow + 1, new TreeMap<>());
            String line = normalize(lineText);
            List<Integer> ofKind = new ArrayList<>();
            List<Integer> onLine = new ArrayList<>();
            for (Map.Entry<Integer, String> e : values.entrySet()) {
                String kind = kinds.getOrDefault(e.getKey(), "").strip().toUpperCase(Locale.ROOT);
                boolean matches = place.kind.equals("HEAD") ? !kind.startsWith("CONDITION") && !kind.startsWith("ACTION")
                        : kind.startsWith(place.kind);
                if (e.getKey() < place.startColumn || !matches) {
                    continue;
                }
                ofKind.add(e.getKey());
                if (shows(line, e.getValue())) {
                    onLine.add(e.getKey());
                }
            }
            if (onLine.isEmpty()) {
                return place.kind.equals("HEAD") || ofKind.isEmpty() ? place.startColumn : ofKind.get(0);
            }
            Matcher quoted = QUOTED.matcher(message);
            while (quoted.find()) {
                String fragment = normalize(quoted.group(1));
                for (int column : onLine) {
                    String value = normalize(values.get(column));
                    if (value.length() > 1 && fragment.contains(value)) {
                        return column;
                    }
                }
            }
            // the longest value is the least likely to show on the line by chance
            return onLine.stream().max(java.util.Comparator.comparingInt(c -> values.get(c).strip().length()))
                    .orElse(place.startColumn);
        }

        /** The cell outside the rule tables (a RuleSet, Import or Variables setting) that shows on a line. */
        private int[] headerCell(String lineText) {
            String line = normalize(lineText);
            for (Map.Entry<Integer, TreeMap<Integer, String>> row : sheet.cells.entrySet()) {
                for (Map.Entry<Integer, String> cell : row.getValue().entrySet()) {
                    for (String piece : cell.getValue().split(",")) {
                        String p = normalize(piece);
                        if (p.length() > 1 && line.contains(p)) {
                            return new int[] {row.getKey(), cell.getKey()};
                        }
                    }
                }
            }
            return null;
        }

        private static boolean shows(String line, String value) {
            String v = normalize(value);
            if (v.isEmpty()) {
                return false;
            }
            return line.contains(v) || line.contains(v.replace("\"", "\\\""));
        }

        private static String normalize(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }
}
