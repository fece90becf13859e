package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project's list of guidance ids (docs/guidance.md) and the built-in rules agree both ways. */
class GuidanceCatalogueTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-\\d+) \\|", Pattern.MULTILINE);

    static Set<String> documentedIds() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "guidance.md"));
        Set<String> ids = new TreeSet<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Set<String> builtInIds() {
        return Engines.builtIn().rules().stream().filter(RuleInfo::isBuiltIn).map(RuleInfo::guidance)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void guidanceDoc_listsTheWholeCatalogue_37Ids() throws IOException {
        assertThat(documentedIds()).hasSize(37);
    }

    @Test
    void builtInRules_everyDocumentedIdHasARule() throws IOException {
        Set<String> missing = new TreeSet<>(documentedIds());
        missing.removeAll(builtInIds());

        assertThat(missing).as("documented guidance ids with no rule").isEmpty();
    }

    @Test
    void builtInRules_everyRuleNamesADocumentedId() throws IOException {
        Set<String> unknown = new TreeSet<>(builtInIds());
        unknown.removeAll(documentedIds());

        assertThat(unknown).as("rule guidance ids missing from docs/guidance.md").isEmpty();
    }

    @Test
    void builtInRules_everyRuleHasATheme() {
        assertThat(Engines.builtIn().rules()).allSatisfy(r -> {
            assertThat(r.theme()).isIn(RuleSource.BUILT_IN_THEMES);
            assertThat(r.origin()).isEqualTo(RuleInfo.BUILT_IN);
        });
    }
}
