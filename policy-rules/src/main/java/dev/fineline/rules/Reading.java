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
        Contexts contexts = new Contexts(settings, situation.contacts());
        List<TextSignal> all = new ArrayList<>();
        Map<String, List<Signal>> derived = new HashMap<>();
        List<EvaluationError> errors = new ArrayList<>(0);
        List<Post> posts = new ArrayList<>(situation.posts().size());
        boolean changed = false;
        for (Post post : situation.posts()) {
            Read<Post> read = post(analyzer, contexts, post, errors);
            read.into(all, derived, post.id());
            changed |= read.record() != post;
            posts.add(read.record());
        }
        List<Message> messages = new ArrayList<>(situation.messages().size());
        for (Message message : situation.messages()) {
            Read<Message> read = message(analyzer, contexts, message, errors);
            read.into(all, derived, message.id());
            changed |= read.record() != message;
            messages.add(read.record());
        }
        Situation judged = !changed ? situation : new Situation(situation.at(), situation.organization(), situation.people(),
                situation.contacts(), situation.accounts(), situation.connections(), posts, messages, situation.requests(),
                situation.monitoring(), situation.relationships());
        return new Reading(judged, List.copyOf(all), derived, List.copyOf(errors));
    }

    /**
     * One post or message as the rules see it after its text was read: the record with the tags (and, for a
     * post, the mentions) its text supports added, every signal read, and those the caller had not tagged.
     */
    record Read<T>(T record, List<TextSignal> signals, List<Signal> fresh) {

        /** Adds this read's signals to a situation's, and its fresh ones under the subject's id. */
        void into(List<TextSignal> all, Map<String, List<Signal>> derived, String id) {
            all.addAll(signals);
            if (!fresh.isEmpty()) {
                derived.put(id, fresh);
            }
        }
    }

    /** Reads a post: the same record when its text says nothing. */
    static Read<Post> post(ContentAnalyzer analyzer, Contexts contexts, Post post, List<EvaluationError> errors) {
        List<Signal> found = read(analyzer, post.text(), contexts.of(post.author()), "post", post.id(), errors);
        if (found.isEmpty()) {
            return new Read<>(post, List.of(), List.of());
        }
        Set<ContentTag> callerTags = post.allTags();
        EnumSet<ContentTag> tags = EnumSet.noneOf(ContentTag.class);
        Set<String> mentions = new LinkedHashSet<>();
        List<TextSignal> signals = new ArrayList<>(found.size());
        List<Signal> fresh = new ArrayList<>();
        for (Signal signal : found) {
            signals.add(new TextSignal(post.id(), signal));
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
        return new Read<>(post.withAddedTags(tags).withAddedMentions(mentions), signals, fresh);
    }

    /** Reads a message: the same record when its text says nothing. */
    static Read<Message> message(ContentAnalyzer analyzer, Contexts contexts, Message message, List<EvaluationError> errors) {
        List<Signal> found = read(analyzer, message.text(), contexts.of(message.from()), "message", message.id(), errors);
        if (found.isEmpty()) {
            return new Read<>(message, List.of(), List.of());
        }
        EnumSet<ContentTag> tags = EnumSet.noneOf(ContentTag.class);
        List<TextSignal> signals = new ArrayList<>(found.size());
        List<Signal> fresh = new ArrayList<>();
        for (Signal signal : found) {
            signals.add(new TextSignal(message.id(), signal));
            if (signal.tag() != null) {
                tags.add(signal.tag());
                if (!message.tags().contains(signal.tag())) {
                    fresh.add(signal);
                }
            }
        }
        return new Read<>(message.withAddedTags(tags), signals, fresh);
    }

    /** Reads one text against a situation's terms and contacts, whatever its analysis setting says. */
    static List<Signal> scan(String text, Situation situation, Analysis analysis) {
        ContentAnalyzer analyzer = analysis.analyzer(situation.organization().settings().lexicon());
        return List.copyOf(analyzer.analyze(text,
                new Contexts(situation.organization().settings(), situation.contacts()).anonymous()));
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
            findings.add(told(finding, derived.getOrDefault(finding.subject(), List.of()), rules, locale));
        }
        List<EvaluationError> allErrors = new ArrayList<>(decision.errors());
        allErrors.addAll(errors);
        return Decision.of(findings, allErrors, decision.ruleBase(), failClosed, signals);
    }

    /** A finding with the evidence its rule rests on among its subject's fresh signals, told in its explanation. */
    static Finding told(Finding finding, List<Signal> fresh, RuleBase rules, Locale locale) {
        List<Signal> rests = fresh.isEmpty() ? List.of() : restsOn(rules.tagUse(finding.rule()), fresh);
        return rests.isEmpty() ? finding : finding.withEvidence(rests, finding.explanation() + "; " + tell(rests, locale));
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

    /**
     * The text contexts of one organisation: its confidential terms, secret clients and contact names. Built
     * again when its contacts change.
     */
    static final class Contexts {
        private final Set<String> contactIds;
        private final List<String> terms;
        private final Map<String, String> secret;
        private final Map<String, String> contacts;
        private final Map<String, TextContext> byAuthor = new HashMap<>();

        Contexts(Settings settings, java.util.Collection<Contact> all) {
            this.terms = settings.confidentialTerms();
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> ids = new java.util.HashSet<>();
            for (Contact contact : all) {
                ids.add(contact.id());
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
            this.contactIds = ids;
            this.contacts = Collections.unmodifiableMap(names);
            this.secret = Collections.unmodifiableMap(secretNames);
        }

        boolean isContact(String id) {
            return contactIds.contains(id);
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
