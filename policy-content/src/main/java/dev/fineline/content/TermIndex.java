package dev.fineline.content;

import dev.fineline.model.ContentTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation's terms of one {@link TextContext} compiled into an automaton: confidential terms,
 * secret clients' and contacts' names. They match as whole words or phrases in any case, with the common
 * inflections (English plural and possessive, Norwegian definite and genitive: Falcons, Falcon's,
 * Falconen, Falconens), in hashtags and camel case ({@code #ProjectFalcon}) and joined
 * ({@code projectfalcon} for "Project Falcon"), never inside another word ("falconry").
 */
final class TermIndex {

    /** Endings a term may take: English plural and possessive, Norwegian definite, plural and genitive. */
    static final Set<String> SUFFIXES = Set.of("s", "es", "en", "ens", "et", "ets", "ene", "enes", "n", "ns", "a", "as");

    private record Term(String detector, ContentTag tag, String term, String subjectId) {
    }

    final TextContext context;
    final Set<String> author;
    private final List<Term> terms = new ArrayList<>();
    private final AhoCorasick automaton;

    TermIndex(TextContext context) {
        this.context = context;
        this.author = Identifiers.authorKeys(context.authorIdentifiers());
        List<String> patterns = new ArrayList<>();
        for (String term : context.confidentialTerms()) {
            add(patterns, new Term(Detectors.CONFIDENTIAL_TERM, ContentTag.CONFIDENTIAL_PROJECT, term, null));
        }
        for (Map.Entry<String, String> client : context.secretClients().entrySet()) {
            add(patterns, new Term(Detectors.SECRET_CLIENT, ContentTag.SECRET_CLIENT, client.getValue(), client.getKey()));
        }
        for (Map.Entry<String, String> contact : context.contacts().entrySet()) {
            if (!context.secretClients().containsKey(contact.getKey())) {
                add(patterns, new Term(Detectors.CONTACT_NAME, ContentTag.WORK_RELATED, contact.getValue(), contact.getKey()));
            }
        }
        this.automaton = patterns.isEmpty() ? null : new AhoCorasick(patterns);
    }

    private void add(List<String> patterns, Term term) {
        String normalized = NormalizedText.normalizeEntry(term.term());
        if (normalized.isEmpty()) {
            return;
        }
        patterns.add(normalized);
        terms.add(term);
        if (normalized.indexOf(' ') > 0) {
            patterns.add(normalized.replace(" ", ""));
            terms.add(term);
        }
        // "Project Nordlys" is also "the Nordlys project", "prosjekt Nordlys", "Nordlys-prosjektet"
        for (String word : PROJECT_WORDS) {
            if (normalized.startsWith(word + " ") && normalized.length() > word.length() + 1) {
                String name = normalized.substring(word.length() + 1);
                for (String form : List.of(name + " project", name + " projects", "prosjekt " + name,
                        "prosjektet " + name, name + " prosjektet", name + "prosjektet", name + " prosjekt",
                        "project " + name, name + "project")) {
                    patterns.add(form);
                    terms.add(term);
                }
            }
        }
    }

    private static final List<String> PROJECT_WORDS = List.of("project", "prosjekt", "operation", "programme", "program");

    /** Adds the signals of the terms found in a normalised text, leaving out allowed spans. */
    void scan(NormalizedText norm, Scan lexicon, List<Signal> out) {
        if (automaton == null) {
            return;
        }
        char[] c = norm.chars;
        String text = norm.original;
        automaton.scan(c, norm.length, (id, start, end) -> {
            if (c[start - 1] != ' ') {
                return;
            }
            int en = end;
            if (c[end] != ' ') {
                int gap = end;
                while (gap < norm.length && c[gap] != ' ' && gap - end <= 4) {
                    gap++;
                }
                if (c[gap] != ' ' || !SUFFIXES.contains(new String(c, end, gap - end))) {
                    return;
                }
                en = gap;
            }
            if (lexicon.allowed(start, en)) {
                return;
            }
            Term term = terms.get(id);
            int from = norm.from[start];
            int to = norm.to[en - 1];
            // the evidence is the whole word as written: "#ProjectFalcon", "Falcon's"
            while (from > 0 && (Character.isLetterOrDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '#')
                    && norm.from[start] - from < 40) {
                from--;
                if (text.charAt(from) == '#') {
                    break;
                }
            }
            while (to < text.length() && Character.isLetterOrDigit(text.charAt(to)) && to - norm.to[en - 1] < 40) {
                to++;
            }
            out.add(new Signal(term.tag(), from, to, Signals.evidence(text, from, to), term.detector(),
                    term.detector() + ": " + term.term(), "", term.subjectId()));
        });
    }
}
