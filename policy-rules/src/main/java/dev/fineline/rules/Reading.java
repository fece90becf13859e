package dev.fineline.rules;

import dev.fineline.content.ContentAnalyzer;
import dev.fineline.content.Signal;
import dev.fineline.content.TextContext;
import dev.fineline.model.Contact;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Message;
import dev.fineline.model.Post;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the content analysis read in one situation: the situation as the rules see it (each post and
 * message with the tags its text supports added to the caller's, each post naming the contacts its text
 * names), the signals per subject, and which of them the caller had not already tagged. After judging,
 * it adds to each finding the evidence its rule rests on.
 */
final class Reading {

    /** At most this many pieces of evidence are told in one explanation; the finding carries them all. */
    private static final int TOLD = 3;

    private final Situation situation;
    private final List<TextSignal> signals;
    private final Map<String, List<Signal>> derived;
    private final List<EvaluationError> errors;

    private Reading(Situation situation, List<TextSignal> signals, Map<String, List<Signal>> derived,
            List<EvaluationError> errors) {
        this.situation = situation;
        this.signals = signals;
        this.derived = derived;
        this.errors = errors;
    }

    /** Nothing read: the situation as given. */
    static Reading none(Situation situation) {
        return new Reading(situation, List.of(), Map.of(), List.of());
    }

    /**
     * Reads the text of every post and message, unless the options or the organisation switch the analysis off.
     * A text the analyzer fails on is judged by its tags only and the decision carries an error naming it.
     *
     * @throws IllegalArgumentException when the organisation's lexicon settings are refused
     */
    static Reading of(Situation situation, Analysis analysis, EvaluationOptions options) {
        Settings settings = situation.organization().settings();
        if (!options.contentAnalysis() || !settings.contentAnalysis() || !hasText(situation)) {
            return none(situation);
        }
        ContentAnalyzer analyzer = analysis.analyzer(settings.lexicon());
        Contexts contexts = new Contexts(situation);
        List<TextSignal> all = new ArrayList<>();
        Map<String, List<Signal>> derived = new HashMap<>();
        List<EvaluationError> errors = new ArrayList<>(0);
        List<Post> posts = new ArrayList<>(situation.posts().size());
        boolean changed = false;
        for (Post post : situation.posts()) {
            List<Signal> found = read(analyzer, post.text(), contexts.of(post.author()), "post", post.id(), errors);
            Post read = post;
            if (!found.isEmpty()) {
                Set<ContentTag> callerTags = post.allTags();
                EnumSet<ContentTag> tags = EnumSet.noneOf(ContentTag.class);
                Set<String> mentions = new LinkedHashSet<>();
                List<Signal> fresh = new ArrayList<>();
                for (Signal signal : found) {
                    all.add(new TextSignal(post.id(), signal));
                    boolean names = signal.subjectId() != null && contexts.isContact(signal.subjectId());
                    boolean newTag = signal.tag() != null && !callerTags.contains(signal.tag());
                    boolean newMention = names && !post.mentions().contains(signal.subjectId());
                    if (signal.tag() != null) {
                        tags.add(signal.tag());
                    }
                    if (names) {
                        mentions.add(signal.subjectId());
                    }
                    if (newTag || newMention) {
                        fresh.add(signal);
                    }
                }
                read = post.withAddedTags(tags).withAddedMentions(mentions);
                if (!fresh.isEmpty()) {
                    derived.put(post.id(), fresh);
                }
            }
            changed |= read != post;
            posts.add(read);
        }
        List<Message> messages = new ArrayList<>(situation.messages().size());
        for (Message message : situation.messages()) {
            List<Signal> found = read(analyzer, message.text(), contexts.of(message.from()), "message", message.id(), errors);
            Message read = message;
            if (!found.isEmpty()) {
                EnumSet<ContentTag> tags = EnumSet.noneOf(ContentTag.class);
                List<Signal> fresh = new ArrayList<>();
                for (Signal signal : found) {
                    all.add(new TextSignal(message.id(), signal));
                    if (signal.tag() != null) {
                        tags.add(signal.tag());
                        if (!message.tags().contains(signal.tag())) {
                            fresh.add(signal);
                        }
                    }
                }
                read = message.withAddedTags(tags);
                if (!fresh.isEmpty()) {
                    derived.put(message.id(), fresh);
                }
            }
            changed |= read != message;
            messages.add(read);
        }
        Situation judged = !changed ? situation : new Situation(situation.at(), situation.organization(), situation.people(),
                situation.contacts(), situation.accounts(), situation.connections(), posts, messages, situation.requests(),
                situation.monitoring(), situation.relationships());
        return new Reading(judged, List.copyOf(all), derived, List.copyOf(errors));
    }

    /** Reads one text against a situation's terms and contacts, whatever its analysis setting says. */
    static List<Signal> scan(String text, Situation situation, Analysis analysis) {
        ContentAnalyzer analyzer = analysis.analyzer(situation.organization().settings().lexicon());
        return List.copyOf(analyzer.analyze(text, new Contexts(situation).anonymous()));
    }

    private static boolean hasText(Situation situation) {
        for (Post post : situation.posts()) {
            if (!post.text().isBlank()) {
                return true;
            }
        }
        for (Message message : situation.messages()) {
            if (!message.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<Signal> read(ContentAnalyzer analyzer, String text, TextContext context, String kind, String id,
            List<EvaluationError> errors) {
        if (text.isBlank()) {
            return List.of();
        }
        try {
            List<Signal> found = analyzer.analyze(text, context);
            return found == null ? List.of() : found;
        } catch (RuntimeException | StackOverflowError e) {
            // The message names the subject and the failure's type only: never the text.
            errors.add(new EvaluationError("", "the text of " + kind + " `" + id + "` could not be read ("
                    + e.getClass().getSimpleName() + "); it was judged by its tags only"));
            return List.of();
        }
    }

    /** The situation as the rules see it. */
    Situation situation() {
        return situation;
    }

    /** Every signal read, by subject in situation order and then in text order. */
    List<TextSignal> signals() {
        return signals;
    }

    /**
     * The decision with each finding's evidence told and carried, the signals attached, and any
     * failure to read a text as an error.
     */
    Decision explain(Decision decision, RuleBase rules, boolean failClosed, Locale locale) {
        if (signals.isEmpty() && errors.isEmpty()) {
            return decision;
        }
        List<Finding> findings = new ArrayList<>(decision.findings().size());
        for (Finding finding : decision.findings()) {
            List<Signal> fresh = derived.getOrDefault(finding.subject(), List.of());
            List<Signal> rests = fresh.isEmpty() ? List.of() : restsOn(rules.tagUse(finding.rule()), fresh);
            findings.add(rests.isEmpty() ? finding : finding.withEvidence(rests, finding.explanation() + "; " + tell(rests, locale)));
        }
        List<EvaluationError> allErrors = new ArrayList<>(decision.errors());
        allErrors.addAll(errors);
        return Decision.of(findings, allErrors, decision.ruleBase(), failClosed, signals);
    }

    /** The signals among a subject's new ones that a rule reads: its tags, or the contacts a post names. */
    private static List<Signal> restsOn(TagUse use, List<Signal> fresh) {
        List<Signal> rests = new ArrayList<>(fresh.size());
        for (Signal signal : fresh) {
            if ((signal.tag() != null && use.tags().contains(signal.tag())) || (use.mentions() && signal.subjectId() != null)) {
                rests.add(signal);
            }
        }
        return rests;
    }

    /**
     * Tells evidence in words: "the text contains a payment card number ending 6467 that passes the Luhn
     * check and names the confidential project `Falcon` (as #ProjectFalcon)". Each description once.
     */
    static String tell(List<Signal> evidence, Locale locale) {
        Map<String, Boolean> described = new LinkedHashMap<>();
        for (Signal signal : evidence) {
            described.putIfAbsent(signal.describe(locale), names(signal));
        }
        List<String> parts = new ArrayList<>();
        Boolean verb = null;
        for (Map.Entry<String, Boolean> entry : described.entrySet()) {
            if (parts.size() == TOLD) {
                break;
            }
            boolean names = entry.getValue();
            parts.add(verb == null || verb != names
                    ? Messages.text(locale, names ? "evidence.names" : "evidence.contains", "what", entry.getKey())
                    : entry.getKey());
            verb = names;
        }
        int more = described.size() - parts.size();
        String list = more > 0 ? String.join(", ", parts) : Messages.list(locale, parts);
        if (more > 0) {
            list = more == 1 ? Messages.text(locale, "evidence.more.one", "list", list)
                    : Messages.text(locale, "evidence.more.many", "list", list, "count", more);
        }
        return Messages.text(locale, "evidence.text", "list", list);
    }

    /** The detectors whose signals name something (a term or a contact) rather than contain something. */
    private static final Set<String> NAMING = Set.of("confidential-term", "secret-client", "contact-name");

    /** Whether a signal names something (a term or a contact) rather than contains something. */
    private static boolean names(Signal signal) {
        return signal.subjectId() != null || NAMING.contains(signal.detector());
    }

    /** The text contexts of one situation, one per author, built when first asked for. */
    private static final class Contexts {
        private final Situation situation;
        private final List<String> terms;
        private final Map<String, String> secret;
        private final Map<String, String> contacts;
        private final Map<String, TextContext> byAuthor = new HashMap<>();

        Contexts(Situation situation) {
            this.situation = situation;
            Settings settings = situation.organization().settings();
            this.terms = settings.confidentialTerms();
            Map<String, String> names = new LinkedHashMap<>();
            for (Contact contact : situation.contacts()) {
                if (contact.name() != null && !contact.name().isBlank()) {
                    names.put(contact.id(), contact.name());
                }
            }
            Map<String, String> secretNames = new LinkedHashMap<>();
            for (String id : settings.secretClients()) {
                if (names.containsKey(id)) {
                    secretNames.put(id, names.get(id));
                }
            }
            this.contacts = Collections.unmodifiableMap(names);
            this.secret = Collections.unmodifiableMap(secretNames);
        }

        boolean isContact(String id) {
            return contacts.containsKey(id) || situation.contacts().stream().anyMatch(c -> c.id().equals(id));
        }

        /** The context of a text whose author is unknown. */
        TextContext anonymous() {
            return new TextContext(terms, secret, contacts, Set.of());
        }

        /**
         * The context of a text by an author. The model knows no e-mail address or phone number of a
         * person, so no identifier of the author's own is exempted yet; the context is the same for all.
         */
        TextContext of(String author) {
            return byAuthor.computeIfAbsent("", a -> new TextContext(terms, secret, contacts, Set.of()));
        }
    }
}
