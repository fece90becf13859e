package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.fineline.model.AccountKind;
import dev.fineline.model.Approval;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Engagement;
import dev.fineline.model.MediaType;
import dev.fineline.model.MonitoringKind;
import dev.fineline.model.PersonStatus;
import dev.fineline.model.Platform;
import dev.fineline.model.PostStatus;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Sector;
import dev.fineline.model.Verdict;
import dev.fineline.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/situation-format.schema.json, the JSON Schema for users' editors, says what the reader accepts:
 * the same field names per section, the same enum values, and it accepts the documented examples.
 */
class SchemaTest {

    private static final Path SCHEMA_FILE = ContractTest.ROOT.resolve("docs/situation-format.schema.json");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)");

    /** Each object section of the schema and the field names the reader accepts there. */
    private static final Map<String, String[]> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("organization", SituationMapper.ORGANIZATION_FIELDS);
        SECTIONS.put("policies", SituationMapper.POLICIES_FIELDS);
        SECTIONS.put("settings", SituationMapper.SETTINGS_FIELDS);
        SECTIONS.put("workHours", SituationMapper.WORK_HOURS_FIELDS);
        SECTIONS.put("ruleSetting", SituationMapper.RULE_FIELDS);
        SECTIONS.put("lexicon", SituationMapper.LEXICON_FIELDS);
        SECTIONS.put("person", SituationMapper.PERSON_FIELDS);
        SECTIONS.put("contact", SituationMapper.CONTACT_FIELDS);
        SECTIONS.put("account", SituationMapper.ACCOUNT_FIELDS);
        SECTIONS.put("connection", SituationMapper.CONNECTION_FIELDS);
        SECTIONS.put("post", SituationMapper.POST_FIELDS);
        SECTIONS.put("media", SituationMapper.MEDIA_FIELDS);
        SECTIONS.put("message", SituationMapper.MESSAGE_FIELDS);
        SECTIONS.put("request", SituationMapper.REQUEST_FIELDS);
        SECTIONS.put("monitoring", SituationMapper.MONITORING_FIELDS);
        SECTIONS.put("relationship", SituationMapper.RELATIONSHIP_FIELDS);
    }

    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaNode = new ObjectMapper().readTree(SCHEMA_FILE.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> enumValues(String definition) {
        List<String> values = new ArrayList<>();
        schemaNode.get("$defs").get(definition).get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** A file's tree as a YAML 1.2 editor sees it: only true/false are booleans, NO and 09:00 are text. */
    private static JsonNode asEditorSeesIt(Path file) throws IOException {
        return json(TreeReader.read(Files.readString(file), file.toString()));
    }

    private static JsonNode json(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof Node.Obj obj) {
            ObjectNode out = f.objectNode();
            obj.fields().forEach((name, child) -> out.set(name, json(child)));
            return out;
        }
        if (node instanceof Node.Arr arr) {
            ArrayNode out = f.arrayNode();
            arr.items().forEach(item -> out.add(json(item)));
            return out;
        }
        Node.Scalar s = (Node.Scalar) node;
        if (s.text() == null) {
            return f.nullNode();
        }
        if (!s.string() && (s.text().equals("true") || s.text().equals("false"))) {
            return f.booleanNode(Boolean.parseBoolean(s.text()));
        }
        if (!s.string() && WHOLE_NUMBER.matcher(s.text()).matches() && s.text().length() < 19) {
            return f.numberNode(Long.parseLong(s.text()));
        }
        return f.textNode(s.text());
    }

    private static Set<String> problems(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        for (ValidationMessage m : schema.validate(asEditorSeesIt(file))) {
            out.add(m.getInstanceLocation() + " " + m.getMessage());
        }
        return out;
    }

    @Test
    void schema_topLevelProperties_exactlyTheSectionsTheReaderAccepts() {
        assertThat(names(schemaNode.get("properties"))).containsExactlyInAnyOrder(SituationMapper.SITUATION_FIELDS);
        assertThat(schemaNode.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void schema_everySectionsProperties_exactlyTheFieldsTheReaderAccepts() {
        JsonNode defs = schemaNode.get("$defs");
        for (Map.Entry<String, String[]> section : SECTIONS.entrySet()) {
            JsonNode def = defs.get(section.getKey());
            assertThat(def).as("$defs/" + section.getKey()).isNotNull();
            assertThat(names(def.get("properties"))).as("$defs/%s properties", section.getKey())
                    .containsExactlyInAnyOrder(section.getValue());
            assertThat(def.get("additionalProperties").asBoolean(true)).as("$defs/%s refuses unknown fields", section.getKey())
                    .isFalse();
        }
    }

    @Test
    void schema_everyObjectDefinition_checkedAgainstTheReader() {
        List<String> objects = new ArrayList<>();
        schemaNode.get("$defs").properties().forEach(e -> {
            if (e.getValue().has("properties")) {
                objects.add(e.getKey());
            }
        });

        assertThat(objects).as("a section added to the schema must be added to SECTIONS too")
                .containsExactlyInAnyOrderElementsOf(SECTIONS.keySet());
    }

    @Test
    void schema_enumValues_exactlyTheModelsConstants() {
        assertThat(enumValues("sector")).isEqualTo(names(Sector.class));
        assertThat(enumValues("engagement")).isEqualTo(names(Engagement.class));
        assertThat(enumValues("personStatus")).isEqualTo(names(PersonStatus.class));
        assertThat(enumValues("contactKind")).isEqualTo(names(ContactKind.class));
        assertThat(enumValues("platform")).isEqualTo(names(Platform.class));
        assertThat(enumValues("accountKind")).isEqualTo(names(AccountKind.class));
        assertThat(enumValues("visibility")).isEqualTo(names(Visibility.class));
        assertThat(enumValues("postStatus")).isEqualTo(names(PostStatus.class));
        assertThat(enumValues("approval")).isEqualTo(names(Approval.class));
        assertThat(enumValues("mediaType")).isEqualTo(names(MediaType.class));
        assertThat(enumValues("contentTag")).isEqualTo(names(ContentTag.class));
        assertThat(enumValues("requestKind")).isEqualTo(names(RequestKind.class));
        assertThat(enumValues("monitoringKind")).isEqualTo(names(MonitoringKind.class));
        assertThat(enumValues("relationshipKind")).isEqualTo(names(dev.fineline.model.RelationshipKind.class));
        assertThat(enumValues("verdict")).isEqualTo(names(Verdict.class));
        assertThat(enumValues("day")).containsExactly("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
        assertThat(schemaNode.at("/$defs/lexiconAdd/propertyNames/$ref").asText()).isEqualTo("#/$defs/contentTag");
    }

    @Test
    void schema_itself_validDraft202012Schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void validate_documentedAndExampleSituations_noProblems() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ContractTest.CONTRACT, ContractTest.CONTRACT_JSON,
                Path.of("src/test/resources/situations/full.yaml"), Path.of("src/test/resources/situations/full.json")));
        files.addAll(ContractTest.exampleSituations());

        for (Path file : files) {
            assertThat(problems(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void validate_brokenSituation_editorFlagsWhatTheReaderRefuses() throws IOException {
        assertThat(problems(Path.of("src/test/resources/situations/broken.yaml")))
                .anyMatch(p -> p.startsWith("$.at "))
                .anyMatch(p -> p.startsWith("$.organization.jurisdiction "))
                .anyMatch(p -> p.startsWith("$.organization.settings.maxCredentialHolders "))
                .anyMatch(p -> p.startsWith("$.organization.settings.workHours.start "))
                .anyMatch(p -> p.startsWith("$.organization.settings.workHours.days[1] "))
                .anyMatch(p -> p.startsWith("$.organization.settings.rules.POST-13.enabled "))
                .anyMatch(p -> p.startsWith("$.people[0].engagement "))
                .anyMatch(p -> p.contains("salary"))
                .anyMatch(p -> p.startsWith("$.people[1] ") && p.contains("id"))
                .anyMatch(p -> p.startsWith("$.posts[0].status "));
    }
}
