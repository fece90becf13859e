package dev.fineline.format;

import dev.fineline.model.Account;
import dev.fineline.model.AccountKind;
import dev.fineline.model.Approval;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Engagement;
import dev.fineline.model.InvalidSituationException;
import dev.fineline.model.Jurisdiction;
import dev.fineline.model.Media;
import dev.fineline.model.MediaType;
import dev.fineline.model.LexiconSettings;
import dev.fineline.model.Message;
import dev.fineline.model.Monitoring;
import dev.fineline.model.MonitoringKind;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.PersonStatus;
import dev.fineline.model.Platform;
import dev.fineline.model.Policies;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.Problem;
import dev.fineline.model.Relationship;
import dev.fineline.model.RelationshipKind;
import dev.fineline.model.RequestKind;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Sector;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.model.Visibility;
import dev.fineline.model.WorkHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Maps a located tree onto the model, field by field, as the situation format documents it. */
final class SituationMapper {

    static final String[] SITUATION_FIELDS = {"at", "organization", "people", "contacts", "accounts", "connections",
        "posts", "messages", "requests", "monitoring", "relationships"};
    static final String[] ORGANIZATION_FIELDS = {"name", "sector", "jurisdiction", "policies", "settings"};
    static final String[] POLICIES_FIELDS = {"personalUse", "corporateAccounts"};
    static final String[] SETTINGS_FIELDS = {"clientConnections", "disconnectionDeadlineDays", "maxCredentialHolders",
        "passwordRotationDays", "permittedHqRooms", "confidentialTerms", "secretClients", "workHours", "rules",
        "contentAnalysis", "lexicon"};
    static final String[] LEXICON_FIELDS = {"add", "allow"};
    static final String[] CONTENT_TAGS = java.util.Arrays.stream(ContentTag.values()).map(Enum::name).toArray(String[]::new);
    static final String[] WORK_HOURS_FIELDS = {"start", "end", "zone", "days"};
    static final String[] RULE_FIELDS = {"enabled", "verdict"};
    static final String[] PERSON_FIELDS = {"id", "name", "engagement", "salaried", "supervisor", "roles", "jurisdiction",
        "status", "departedOn", "acknowledgedPolicy", "noClientConnectionClause", "reportsTo"};
    static final String[] CONTACT_FIELDS = {"id", "name", "kind"};
    static final String[] ACCOUNT_FIELDS = {"id", "platform", "kind", "owner", "visibility", "profileNamesEmployer",
        "disclaimer", "credentialHolders", "formerCredentialHolders", "passwordChangedOn", "archived"};
    static final String[] CONNECTION_FIELDS = {"account", "contact", "since", "disconnectionRequestedOn"};
    static final String[] POST_FIELDS = {"id", "author", "account", "text", "tags", "mentions", "media", "postedAt",
        "status", "approvals", "disclosesEmployment", "resharedFrom"};
    static final String[] MEDIA_FIELDS = {"type", "tags", "room"};
    static final String[] MESSAGE_FIELDS = {"id", "from", "account", "to", "sentAt", "text", "tags"};
    static final String[] REQUEST_FIELDS = {"id", "kind", "from", "to", "mandatory", "timesAsked", "targetsNonCompliers",
        "praisesCompliers", "outsidePaidHours"};
    static final String[] MONITORING_FIELDS = {"id", "kind", "target", "concernsThreat", "concernsOrganizing"};
    static final String[] RELATIONSHIP_FIELDS = {"id", "kind", "from", "to", "requestedAt", "accepted"};

    private final Reader reader;

    SituationMapper(Reader reader) {
        this.reader = reader;
    }

    /**
     * Maps a situation; returns null when problems were found (they are in the reader).
     *
     * @param node the situation's node
     * @param path its path: empty at the top of a situation file, {@code situation} in a scenario
     */
    Situation map(Node node, String path) {
        int before = reader.count();
        Reader.Obj o = reader.object(node, path, SITUATION_FIELDS);
        if (o == null) {
            return null;
        }
        Instant at = o.instant("at");
        Organization organization = o.has("organization") ? organization(o.object("organization", ORGANIZATION_FIELDS)) : null;
        List<Person> people = each(o, "people", this::person);
        List<Contact> contacts = each(o, "contacts", this::contact);
        List<Account> accounts = each(o, "accounts", this::account);
        List<Connection> connections = each(o, "connections", this::connection);
        List<Post> posts = each(o, "posts", this::post);
        List<Message> messages = each(o, "messages", this::message);
        List<EmployerRequest> requests = each(o, "requests", this::request);
        List<Monitoring> monitoring = each(o, "monitoring", this::monitoring);
        List<Relationship> relationships = each(o, "relationships", this::relationship);
        if (reader.count() > before) {
            return null;
        }
        try {
            return new Situation(at == null && !o.has("at") ? Instant.now() : at, organization, people, contacts, accounts,
                    connections, posts, messages, requests, monitoring, relationships);
        } catch (InvalidSituationException e) {
            for (Problem p : e.problems()) {
                reader.problemAt(path.isEmpty() ? p.path() : path + "." + p.path(), p.message());
            }
            return null;
        }
    }

    private interface ItemMapper<T> {
        T map(Reader.Obj item);
    }

    private <T> List<T> each(Reader.Obj o, String field, ItemMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        List<Node> items = o.list(field);
        String[] allowed = switch (field) {
            case "people" -> PERSON_FIELDS;
            case "contacts" -> CONTACT_FIELDS;
            case "accounts" -> ACCOUNT_FIELDS;
            case "connections" -> CONNECTION_FIELDS;
            case "posts" -> POST_FIELDS;
            case "messages" -> MESSAGE_FIELDS;
            case "requests" -> REQUEST_FIELDS;
            case "relationships" -> RELATIONSHIP_FIELDS;
            default -> MONITORING_FIELDS;
        };
        for (int i = 0; i < items.size(); i++) {
            Reader.Obj item = reader.object(items.get(i), o.at(field) + "[" + i + "]", allowed);
            if (item != null) {
                T value = mapper.map(item);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    private <T> T build(Reader.Obj o, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            reader.modelProblem(o.path(), o.node(), e);
            return null;
        }
    }

    private Jurisdiction jurisdiction(Reader.Obj o) {
        String code = o.text("jurisdiction");
        if (code == null) {
            return null;
        }
        try {
            return Jurisdiction.of(code);
        } catch (IllegalArgumentException e) {
            reader.problem(o.get("jurisdiction"), o.at("jurisdiction"),
                    "expected a country code such as NO or a US state such as US-CA, was " + Reader.quote(code));
            return null;
        }
    }

    private Organization organization(Reader.Obj o) {
        if (o == null) {
            return null;
        }
        Sector sector = o.enumValue("sector", Sector.class);
        Jurisdiction jurisdiction = jurisdiction(o);
        Reader.Obj p = o.object("policies", POLICIES_FIELDS);
        Policies policies = p == null ? Policies.BOTH
                : new Policies(p.bool("personalUse", true), p.bool("corporateAccounts", true));
        Settings settings = o.has("settings") ? settings(o.object("settings", SETTINGS_FIELDS)) : Settings.DEFAULT;
        return build(o, () -> new Organization(o.text("name"), sector, jurisdiction, policies, settings));
    }

    private Settings settings(Reader.Obj o) {
        if (o == null) {
            return Settings.DEFAULT;
        }
        Settings.Builder b = Settings.builder();
        Verdict connections = o.enumValue("clientConnections", Verdict.class);
        if (connections != null) {
            b.clientConnections(connections);
        }
        Integer deadline = o.integer("disconnectionDeadlineDays", 0, 36_500);
        if (deadline != null) {
            b.disconnectionDeadlineDays(deadline);
        }
        Integer holders = o.integer("maxCredentialHolders", 1, 1_000_000);
        if (holders != null) {
            b.maxCredentialHolders(holders);
        }
        Integer rotation = o.integer("passwordRotationDays", 1, 36_500);
        if (rotation != null) {
            b.passwordRotationDays(rotation);
        }
        b.permittedHqRooms(o.ids("permittedHqRooms"));
        b.confidentialTerms(o.ids("confidentialTerms"));
        b.secretClients(o.ids("secretClients"));
        Reader.Obj w = o.object("workHours", WORK_HOURS_FIELDS);
        if (w != null) {
            LocalTime start = w.has("start") ? w.time("start") : WorkHours.DEFAULT.start();
            LocalTime end = w.has("end") ? w.time("end") : WorkHours.DEFAULT.end();
            ZoneId zone = w.has("zone") ? w.zone("zone") : WorkHours.DEFAULT.zone();
            Set<java.time.DayOfWeek> days = w.has("days") ? w.days("days") : WorkHours.DEFAULT.days();
            if (start != null && end != null && zone != null) {
                WorkHours hours = build(w, () -> new WorkHours(start, end, zone, days));
                if (hours != null) {
                    b.workHours(hours);
                }
            }
        }
        Reader.Obj rules = o.has("rules") ? reader.object(o.get("rules"), o.at("rules"), ruleKeys(o.get("rules"))) : null;
        if (rules != null) {
            Map<String, RuleSetting> settings = new LinkedHashMap<>();
            for (String key : ruleKeys(o.get("rules"))) {
                int[] keyAt = ((Node.Obj) rules.node()).keyLocations().get(key);
                reader.checkIdInForce(key, rules.node(), keyAt[0], keyAt[1], rules.at(key));
                Reader.Obj r = rules.object(key, RULE_FIELDS);
                if (r != null) {
                    settings.put(key, new RuleSetting(r.bool("enabled", true), r.enumValue("verdict", Verdict.class)));
                }
            }
            b.rules(settings);
        }
        b.contentAnalysis(o.bool("contentAnalysis", true));
        Reader.Obj lexicon = o.object("lexicon", LEXICON_FIELDS);
        if (lexicon != null) {
            Map<ContentTag, List<String>> add = new java.util.EnumMap<>(ContentTag.class);
            Reader.Obj terms = lexicon.object("add", CONTENT_TAGS);
            if (terms != null) {
                for (ContentTag tag : ContentTag.values()) {
                    if (terms.has(tag.name())) {
                        add.put(tag, terms.ids(tag.name()));
                    }
                }
            }
            List<String> allow = lexicon.ids("allow");
            LexiconSettings value = build(lexicon, () -> new LexiconSettings(add, allow));
            if (value != null) {
                b.lexicon(value);
            }
        }
        return build(o, b::build);
    }

    private static String[] ruleKeys(Node rules) {
        return rules instanceof Node.Obj obj ? obj.fields().keySet().toArray(String[]::new) : new String[0];
    }

    private Person person(Reader.Obj o) {
        String id = o.id("id");
        Engagement engagement = o.enumValue("engagement", Engagement.class);
        PersonStatus status = o.enumValue("status", PersonStatus.class);
        Jurisdiction jurisdiction = jurisdiction(o);
        Person.Builder b = Person.builder(id).name(o.text("name"));
        if (engagement != null) {
            b.engagement(engagement);
        }
        Boolean salaried = o.bool("salaried");
        if (salaried != null) {
            b.salaried(salaried);
        }
        b.supervisor(o.bool("supervisor", false)).roles(o.ids("roles"))
                .acknowledgedPolicy(o.bool("acknowledgedPolicy", true))
                .noClientConnectionClause(o.bool("noClientConnectionClause", false))
                .reportsTo(o.text("reportsTo"));
        if (o.has("departedOn")) {
            b.departedOn(o.date("departedOn"));
        }
        if (status != null) {
            b.status(status);
        }
        Person person = build(o, b::build);
        return person == null || jurisdiction == null ? person : person.withJurisdiction(jurisdiction);
    }

    private Contact contact(Reader.Obj o) {
        String id = o.id("id");
        ContactKind kind = o.enumValue("kind", ContactKind.class);
        return build(o, () -> new Contact(id, o.text("name"), kind));
    }

    private Account account(Reader.Obj o) {
        String id = o.id("id");
        String owner = o.text("owner");
        AccountKind kind = o.has("kind") ? o.enumValue("kind", AccountKind.class)
                : owner == null ? AccountKind.CORPORATE : AccountKind.PERSONAL;
        Platform platform = o.enumValue("platform", Platform.class);
        Visibility visibility = o.enumValue("visibility", Visibility.class);
        if (kind == null) {
            return null;
        }
        Account.Builder b = Account.builder(id, kind).owner(owner)
                .profileNamesEmployer(o.bool("profileNamesEmployer", false))
                .disclaimer(o.bool("disclaimer", false))
                .credentialHolders(o.ids("credentialHolders"))
                .formerCredentialHolders(o.ids("formerCredentialHolders"))
                .passwordChangedOn(o.date("passwordChangedOn"));
        if (platform != null) {
            b.platform(platform);
        }
        if (visibility != null) {
            b.visibility(visibility);
        }
        Boolean archived = o.bool("archived");
        if (archived != null) {
            b.archived(archived);
        }
        return build(o, b::build);
    }

    private Connection connection(Reader.Obj o) {
        String account = o.id("account");
        String contact = o.id("contact");
        return build(o, () -> new Connection(account, contact, o.date("since"), o.date("disconnectionRequestedOn")));
    }

    private Post post(Reader.Obj o) {
        String id = o.id("id");
        String author = o.id("author");
        String account = o.id("account");
        List<Media> media = new ArrayList<>();
        List<Node> items = o.list("media");
        for (int i = 0; i < items.size(); i++) {
            Reader.Obj m = reader.object(items.get(i), o.at("media") + "[" + i + "]", MEDIA_FIELDS);
            if (m != null) {
                MediaType type = m.enumValue("type", MediaType.class);
                Set<ContentTag> tags = m.enums("tags", ContentTag.class);
                Media item = build(m, () -> new Media(type, tags, m.text("room")));
                if (item != null) {
                    media.add(item);
                }
            }
        }
        Post.Builder b = Post.builder(id, author, account).text(o.text("text"))
                .tags(o.enums("tags", ContentTag.class)).mentions(o.ids("mentions")).media(media)
                .postedAt(o.instant("postedAt")).approvals(o.enums("approvals", Approval.class))
                .disclosesEmployment(o.bool("disclosesEmployment", false)).resharedFrom(o.text("resharedFrom"));
        PostStatus status = o.enumValue("status", PostStatus.class);
        if (status != null) {
            b.status(status);
        }
        return build(o, b::build);
    }

    private Message message(Reader.Obj o) {
        String id = o.id("id");
        String from = o.id("from");
        String account = o.id("account");
        String to = o.id("to");
        Instant sentAt = o.instant("sentAt");
        String text = o.text("text");
        Set<ContentTag> tags = o.enums("tags", ContentTag.class);
        return build(o, () -> new Message(id, from, account, to, sentAt, text, tags));
    }

    private EmployerRequest request(Reader.Obj o) {
        String id = o.id("id");
        RequestKind kind = o.enumValue("kind", RequestKind.class);
        if (kind == null && !o.has("kind")) {
            reader.problem(o.node(), o.at("kind"), "is required, expected one of "
                    + String.join(", ", java.util.Arrays.stream(RequestKind.values()).map(Enum::name).toList()));
        }
        List<String> to = o.ids("to");
        Integer times = o.integer("timesAsked", 1, 1_000_000);
        EmployerRequest.Builder b = EmployerRequest.builder(id, kind).from(o.text("from")).to(to)
                .mandatory(o.bool("mandatory", false)).timesAsked(times == null ? 1 : times)
                .targetsNonCompliers(o.bool("targetsNonCompliers", false))
                .praisesCompliers(o.bool("praisesCompliers", false))
                .outsidePaidHours(o.bool("outsidePaidHours", false));
        return kind == null ? null : build(o, b::build);
    }

    private Relationship relationship(Reader.Obj o) {
        RelationshipKind kind = o.enumValue("kind", RelationshipKind.class);
        if (kind == null && !o.has("kind")) {
            reader.problem(o.node(), o.at("kind"), "is required, expected one of CONNECTION, FOLLOW, REQUEST");
        }
        String id = o.has("id") ? o.id("id") : null;
        String from = o.id("from");
        String to = o.id("to");
        Instant requestedAt = o.instant("requestedAt");
        boolean accepted = o.bool("accepted", kind != RelationshipKind.REQUEST);
        return kind == null ? null : build(o, () -> new Relationship(id, kind, from, to, requestedAt, accepted));
    }

    private Monitoring monitoring(Reader.Obj o) {
        String id = o.id("id");
        MonitoringKind kind = o.enumValue("kind", MonitoringKind.class);
        if (kind == null && !o.has("kind")) {
            reader.problem(o.node(), o.at("kind"), "is required, expected one of BRAND_LISTENING, PRIVATE_ACCOUNT_WATCH, COLLEAGUE_REPORTING");
        }
        String target = o.text("target");
        boolean threat = o.bool("concernsThreat", false);
        boolean organizing = o.bool("concernsOrganizing", false);
        return kind == null ? null : build(o, () -> new Monitoring(id, kind, target, threat, organizing));
    }
}
