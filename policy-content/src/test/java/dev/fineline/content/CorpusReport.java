package dev.fineline.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall of the standard analyzer on the labelled corpus
 * ({@code src/test/resources/corpus/corpus.tsv}), per signal family and per language, and on the held-out
 * texts ({@code heldout.tsv}) that were never used to tune the lexicons. Run it with
 * {@code mvn -B -pl policy-content -am test -Dtest=CorpusTest}, or its {@link #main} from an IDE.
 */
final class CorpusReport {

    /** The detectors whose signals are checksummed identifiers. */
    static final Set<String> IDENTIFIERS = Set.of("payment-card", "iban", "national-id", "org-number", "email", "phone");
    /** The detectors of the organisation's terms. */
    static final Set<String> TERMS = Set.of("confidential-term", "secret-client", "contact-name");

    /** The organisation context every corpus text is read with. */
    static final TextContext CONTEXT = new TextContext(List.of("Falcon", "Project Nordlys"),
            Map.of("c-nordbank", "Nordbank"),
            Map.of("c-nordbank", "Nordbank", "c-eva", "Eva Lindqvist", "c-tor", "Tor Haugen"),
            Set.of("kari@acme.no", "+47 412 34 567"));

    record Text(int line, String language, Set<String> expected, String text) {
    }

    record Miss(String kind, String label, Text text, String detail) {
    }

    /** Counts of one family, overall or in one language. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    final List<Text> texts;
    final Map<String, Counts> overall = new TreeMap<>();
    final Map<String, Counts> byLanguage = new TreeMap<>();
    final List<Miss> falseAlarms = new ArrayList<>();
    final List<Miss> missed = new ArrayList<>();

    private CorpusReport(List<Text> texts) {
        this.texts = texts;
    }

    static List<Text> load(String resource) throws IOException {
        List<Text> texts = new ArrayList<>();
        try (InputStream in = CorpusReport.class.getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException(resource + ":" + (i + 1) + ": expected three tab-separated columns");
                }
                Set<String> expected = new LinkedHashSet<>();
                if (!parts[1].equals("-")) {
                    expected.addAll(Arrays.asList(parts[1].split(",")));
                }
                texts.add(new Text(i + 1, parts[0], expected, parts[2]));
            }
        }
        return texts;
    }

    /** The label a signal counts for: its detector for identifiers and terms, its tag for lexicon hits. */
    static String label(Signal s) {
        return s.detector().equals("lexicon") ? s.tag().name() : s.detector();
    }

    static CorpusReport run(ContentAnalyzer analyzer) throws IOException {
        return run(analyzer, "/corpus/corpus.tsv");
    }

    static CorpusReport run(ContentAnalyzer analyzer, String resource) throws IOException {
        CorpusReport report = new CorpusReport(load(resource));
        for (Text t : report.texts) {
            List<Signal> signals = analyzer.analyze(t.text(), CONTEXT);
            Map<String, Signal> predicted = new TreeMap<>();
            for (Signal s : signals) {
                predicted.putIfAbsent(label(s), s);
            }
            Set<String> labels = new LinkedHashSet<>(t.expected());
            labels.addAll(predicted.keySet());
            for (String label : labels) {
                boolean want = t.expected().contains(label);
                boolean got = predicted.containsKey(label);
                Counts all = report.overall.computeIfAbsent(label, k -> new Counts());
                Counts lang = report.byLanguage.computeIfAbsent(label + "/" + t.language(), k -> new Counts());
                if (want && got) {
                    all.tp++;
                    lang.tp++;
                } else if (got) {
                    all.fp++;
                    lang.fp++;
                    Signal s = predicted.get(label);
                    report.falseAlarms.add(new Miss("false alarm", label, t, s.entry() + " on \"" + s.evidence() + "\""));
                } else {
                    all.fn++;
                    lang.fn++;
                    report.missed.add(new Miss("missed", label, t, ""));
                }
            }
        }
        return report;
    }

    static String group(String label) {
        if (IDENTIFIERS.contains(label)) {
            return "identifier";
        }
        return TERMS.contains(label) ? "term" : "lexicon";
    }

    void print(PrintStream out) {
        long negatives = texts.stream().filter(t -> t.expected().isEmpty()).count();
        out.printf(Locale.ROOT, "corpus: %d texts (%d en, %d nb), %d (%.0f%%) near misses that must not be flagged%n",
                texts.size(), texts.stream().filter(t -> t.language().equals("en")).count(),
                texts.stream().filter(t -> t.language().equals("nb")).count(), negatives, 100.0 * negatives / texts.size());
        out.println();
        out.println("false alarms (" + falseAlarms.size() + "):");
        for (Miss m : falseAlarms) {
            out.printf(Locale.ROOT, "  %-24s line %3d %s: %s  [%s]%n", m.label(), m.text().line(), m.text().language(),
                    m.text().text(), m.detail());
        }
        out.println();
        out.println("missed (" + missed.size() + "):");
        for (Miss m : missed) {
            out.printf(Locale.ROOT, "  %-24s line %3d %s: %s%n", m.label(), m.text().line(), m.text().language(), m.text().text());
        }
        out.println();
        out.printf(Locale.ROOT, "%-24s %-10s %4s %4s %4s %9s %7s | %-15s | %-15s%n", "family", "kind", "tp", "fp", "fn",
                "precision", "recall", "en (P / R)", "nb (P / R)");
        for (Map.Entry<String, Counts> e : overall.entrySet()) {
            Counts c = e.getValue();
            out.printf(Locale.ROOT, "%-24s %-10s %4d %4d %4d %9.3f %7.3f | %-15s | %-15s%n", e.getKey(), group(e.getKey()),
                    c.tp, c.fp, c.fn, c.precision(), c.recall(), lang(e.getKey(), "en"), lang(e.getKey(), "nb"));
        }
    }

    private String lang(String label, String language) {
        Counts c = byLanguage.get(label + "/" + language);
        if (c == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f / %.2f", c.precision(), c.recall());
    }

    /**
     * Prints the table.
     *
     * @param args ignored
     * @throws IOException if the corpus cannot be read
     */
    public static void main(String[] args) throws IOException {
        run(ContentAnalyzer.standard()).print(System.out);
        System.out.println();
        System.out.println("held-out texts (never used to tune the lexicons):");
        run(ContentAnalyzer.standard(), "/corpus/heldout.tsv").print(System.out);
    }
}
