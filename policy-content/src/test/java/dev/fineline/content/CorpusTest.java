package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Precision and recall on the labelled corpus, against the targets of issue 8. */
class CorpusTest {

    @Test
    void heldOut_standardAnalyzer_printsFiguresWithoutTargets() throws Exception {
        CorpusReport report = CorpusReport.run(ContentAnalyzer.standard(), "/corpus/heldout.tsv");
        System.out.println("held-out texts (never used to tune the lexicons):");
        report.print(System.out);
        assertThat(report.texts).isNotEmpty();
    }

    @Test
    void corpus_standardAnalyzer_meetsPrecisionAndRecallTargets() throws Exception {
        CorpusReport report = CorpusReport.run(ContentAnalyzer.standard());
        report.print(System.out);

        long negatives = report.texts.stream().filter(t -> t.expected().isEmpty()).count();
        assertThat(report.texts).hasSizeGreaterThanOrEqualTo(400);
        assertThat((double) negatives / report.texts.size()).as("share of near misses").isGreaterThanOrEqualTo(0.40);
        assertThat(report.texts).anyMatch(t -> t.language().equals("en")).anyMatch(t -> t.language().equals("nb"));

        for (Map.Entry<String, CorpusReport.Counts> e : report.overall.entrySet()) {
            CorpusReport.Counts c = e.getValue();
            if (CorpusReport.IDENTIFIERS.contains(e.getKey())) {
                assertThat(c.precision()).as("precision of " + e.getKey()).isEqualTo(1.0);
                assertThat(c.recall()).as("recall of " + e.getKey()).isGreaterThanOrEqualTo(0.98);
            } else {
                assertThat(c.precision()).as("precision of " + e.getKey()).isGreaterThanOrEqualTo(0.90);
                assertThat(c.recall()).as("recall of " + e.getKey()).isGreaterThanOrEqualTo(0.85);
            }
        }
    }
}
