package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.AccountKind;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Engagement;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Relationship;
import dev.fineline.model.RelationshipKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue and the rules agree: every phrase a built-in rule emits has a text in English and
 * in Norwegian bokmål, the texts use exactly the arguments the rule gives, no theme text is left unused,
 * and the English labels are the model's own.
 */
class MessageCatalogueTest {

    private static final Locale NB = Locale.forLanguageTag("nb");

    /** A {@code Phrase.of("key")} call in a consequence, with the argument names of its {@code .with} chain. */
    record Use(String theme, String rule, String key, Set<String> arguments) {
    }

    /** Each built-in rule file, parsed once by Drools' own DRL parser. */
    private static final java.util.Map<String, PackageDescr> PARSED = new java.util.LinkedHashMap<>();

    static synchronized java.util.Map<String, PackageDescr> parsed() throws Exception {
        if (PARSED.isEmpty()) {
            for (String theme : RuleSource.BUILT_IN_THEMES) {
                String text;
                try (InputStream in = RuleSource.class.getResourceAsStream(theme + ".drl")) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                DrlParser parser = new DrlParser();
                PackageDescr pkg = parser.parse(false, text);
                assertThat(parser.hasErrors()).as(theme + ".drl parses").isFalse();
                PARSED.put(theme, pkg);
            }
        }
        return PARSED;
    }

    static List<Use> uses() throws Exception {
        List<Use> uses = new ArrayList<>();
        for (java.util.Map.Entry<String, PackageDescr> theme : parsed().entrySet()) {
            for (RuleDescr rule : theme.getValue().getRules()) {
                for (Use use : PhraseCalls.in(String.valueOf(rule.getConsequence()))) {
                    uses.add(new Use(theme.getKey(), rule.getName(), use.key(), use.arguments()));
                }
            }
        }
        return uses;
    }

    @Test
    void builtInRules_everyEmitIsAPhrase_noPlainSentences() throws Exception {
        List<String> plain = new ArrayList<>();
        for (java.util.Map.Entry<String, PackageDescr> theme : parsed().entrySet()) {
            for (RuleDescr rule : theme.getValue().getRules()) {
                String consequence = String.valueOf(rule.getConsequence());
                if (count(consequence, "findings.emit") > count(consequence, "Phrase.of(")) {
                    plain.add(theme.getKey() + "/" + rule.getName());
                }
            }
        }
        assertThat(plain).as("built-in rules that emit plain sentences instead of phrases").isEmpty();
    }

    @Test
    void builtInRules_everyPhraseHasATextInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Use use : uses()) {
            for (Locale language : Messages.LANGUAGES) {
                if (Messages.placeholders(language, use.key()) == null) {
                    missing.add(use.theme() + "/" + use.rule() + ": " + use.key() + " (" + language + ")");
                }
            }
        }
        assertThat(missing).as("phrases without a text").isEmpty();
    }

    @Test
    void builtInRules_templateArgumentsAreTheRulesArguments_inBothLanguages() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (Use use : uses()) {
            for (Locale language : Messages.LANGUAGES) {
                Set<String> placeholders = Messages.placeholders(language, use.key());
                if (placeholders != null && !placeholders.equals(use.arguments())) {
                    disagreements.add(use.theme() + "/" + use.rule() + ": " + use.key() + " gives " + use.arguments()
                            + ", the " + language + " text uses " + placeholders);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void catalogue_bothLanguagesHaveTheSameKeysAndPlaceholders() {
        Set<String> en = new TreeSet<>(Messages.keys(Locale.ENGLISH));
        Set<String> nb = new TreeSet<>(Messages.keys(NB));
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nb);
        Set<String> onlyNb = new TreeSet<>(nb);
        onlyNb.removeAll(en);
        assertThat(onlyEn).as("keys with no Norwegian text").isEmpty();
        assertThat(onlyNb).as("keys with no English text").isEmpty();
        for (String key : en) {
            assertThat(Messages.placeholders(NB, key)).as(key).isEqualTo(Messages.placeholders(Locale.ENGLISH, key));
        }
    }

    @Test
    void catalogue_everyThemeTextIsUsedByARuleOfItsTheme() throws Exception {
        List<Use> uses = uses();
        Set<String> used = new LinkedHashSet<>();
        uses.forEach(u -> used.add(u.key()));
        List<String> unused = new ArrayList<>();
        for (String theme : RuleSource.BUILT_IN_THEMES) {
            java.util.Properties properties = new java.util.Properties();
            try (InputStream in = Messages.class.getResourceAsStream("messages/" + theme + ".properties")) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : properties.stringPropertyNames()) {
                if (!used.contains(key)) {
                    unused.add(theme + ": " + key);
                }
            }
        }
        assertThat(unused).as("texts no rule emits").isEmpty();
    }

    @Test
    void catalogue_englishLabelsAreTheModelsLabels() {
        for (Engagement engagement : Engagement.values()) {
            assertThat(Messages.word(Locale.ENGLISH, engagement)).isEqualTo(engagement.label());
            for (boolean salaried : new boolean[] {true, false}) {
                Person person = Person.builder("p-1").engagement(engagement).salaried(salaried).build();
                assertThat(Messages.word(Locale.ENGLISH, person)).isEqualTo(person.label());
            }
        }
        for (AccountKind kind : AccountKind.values()) {
            for (Platform platform : Platform.values()) {
                Account account = Account.builder("a-1", kind).platform(platform).owner("p-1").build();
                assertThat(Messages.word(Locale.ENGLISH, account)).isEqualTo(account.label());
            }
        }
        for (ContactKind kind : ContactKind.values()) {
            Contact contact = new Contact("c-1", null, kind);
            assertThat(Messages.word(Locale.ENGLISH, contact)).isEqualTo(contact.label());
        }
        for (RelationshipKind kind : RelationshipKind.values()) {
            for (boolean accepted : new boolean[] {true, false}) {
                Relationship rel = new Relationship("r-1", kind, "a-1", "a-2", Instant.parse("2026-11-24T10:00:00Z"), accepted);
                assertThat(Messages.word(Locale.ENGLISH, rel)).isEqualTo(rel.label());
            }
        }
        Set<ContentTag> all = java.util.EnumSet.allOf(ContentTag.class);
        assertThat(Messages.word(Locale.ENGLISH, all)).isEqualTo(ContentTag.labels(all));
    }

    @Test
    void render_norwegian_wordsPeopleAccountsAndTagsInNorwegian() {
        Person person = Person.builder("p-ola").engagement(Engagement.CONTRACTOR).salaried(false).build();
        Account account = Account.builder("a-ola", AccountKind.PERSONAL).platform(Platform.LINKEDIN).owner("p-ola").build();

        assertThat(Messages.text(NB, "list.and", "list", person, "last", account))
                .isEqualTo("oppdragstaker `p-ola` og personlig LinkedIn-konto `a-ola`");
        assertThat(Messages.text(NB, "list.and", "list", java.util.EnumSet.of(ContentTag.PROTOTYPE, ContentTag.BRAINSTORM),
                "last", ContentTag.THREAT)).isEqualTo("prototyp, idémyldring og trussel");
    }

    @Test
    void render_missingOrExtraArgument_failsNamingTheKey() {
        assertThatThrownBy(() -> Phrase.of("list.and").with("list", "a").render(Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message list.and: the en text uses {last}, which is not given");
        assertThatThrownBy(() -> Phrase.of("list.and").with("list", "a").with("last", "b").with("more", "c").render(NB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message list.and: argument \"more\" is given, but the nb text does not use it");
        assertThatThrownBy(() -> Phrase.of("no.such.key").render(NB))
                .hasMessage("message no.such.key: no nb text");
    }

    @Test
    void locale_otherLanguage_isRefusedQuotingIt() {
        assertThatThrownBy(() -> EvaluationOptions.builder().locale(Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locale: no texts in \"de\"; expected en or nb");
        assertThatThrownBy(() -> EvaluationOptions.builder().language("x\"y"))
                .hasMessage("language: expected en or nb, got \"x\"y\"");
        assertThat(EvaluationOptions.builder().language("no").build().locale()).isEqualTo(NB);
        assertThat(EvaluationOptions.builder().language("nb-NO").build().locale()).isEqualTo(NB);
        assertThat(EvaluationOptions.builder().language("en-GB").build().locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void phrase_badKeyOrName_isRefusedQuotingIt() {
        assertThatThrownBy(() -> Phrase.of("bad key")).hasMessage("message key: expected letters, digits, '_', '.' or '-', got \"bad key\"");
        assertThatThrownBy(() -> Phrase.of("k").with("a", 1).with("a", 2)).hasMessage("message k: argument \"a\" is given twice");
        assertThatThrownBy(() -> Phrase.of("k").with("a", null)).hasMessage("message k: argument \"a\" has no value");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Reads the {@code Phrase.of("key").with("name", ...)...} chains of a consequence's Java text. */
    static final class PhraseCalls {

        /**
         * The chains of a consequence: one use per key, and a key chosen by a condition
         * ({@code Phrase.of(x ? "A" : "B")}) gives a use for each literal alternative.
         */
        static List<Use> in(String code) {
            List<Use> uses = new ArrayList<>();
            String call = "Phrase.of(";
            for (int i = code.indexOf(call); i >= 0; i = code.indexOf(call, i + 1)) {
                int at = i + call.length();
                int end = close(code, at);
                List<String> keys = alternatives(code.substring(at, end));
                Set<String> names = new LinkedHashSet<>();
                int next = skipSpace(code, end + 1);
                while (code.startsWith(".with(", next)) {
                    int arg = next + ".with(".length();
                    String name = literal(code, skipSpace(code, arg));
                    names.add(name == null ? "<name that is not a string literal>" : name);
                    next = skipSpace(code, close(code, arg) + 1);
                }
                if (keys.isEmpty()) {
                    keys = List.of("<key that is not a string literal>");
                }
                for (String key : keys) {
                    uses.add(new Use("", "", key, names));
                }
            }
            return uses;
        }

        /** The string literals a key expression can evaluate to: itself, or the branches of conditionals. */
        private static List<String> alternatives(String expression) {
            List<String> keys = new ArrayList<>();
            for (int i = expression.indexOf('"'); i >= 0; ) {
                int end = expression.indexOf('"', i + 1);
                if (end < 0) {
                    break;
                }
                String before = expression.substring(0, i).strip();
                String after = expression.substring(end + 1).strip();
                boolean branch = before.isEmpty() || before.endsWith("?") || before.endsWith(":");
                boolean ends = after.isEmpty() || after.startsWith(":") || after.startsWith(")");
                if (branch && ends) {
                    keys.add(expression.substring(i + 1, end));
                }
                i = expression.indexOf('"', end + 1);
            }
            return keys;
        }

        private static int skipSpace(String code, int i) {
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The string literal starting at an index, or null. */
        private static String literal(String code, int i) {
            i = skipSpace(code, i);
            if (i >= code.length() || code.charAt(i) != '"') {
                return null;
            }
            int end = code.indexOf('"', i + 1);
            return end < 0 ? null : code.substring(i + 1, end);
        }

        /** The index of the parenthesis closing the call whose arguments start at an index. */
        private static int close(String code, int i) {
            int depth = 1;
            boolean inString = false;
            for (; i < code.length(); i++) {
                char c = code.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return code.length() - 1;
        }
    }

}
