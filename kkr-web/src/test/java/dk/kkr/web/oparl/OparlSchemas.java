package dk.kkr.web.oparl;

import dk.kkr.core.shared.Shared;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OParl 1.1 JSON schemas of ../shared/oparl-schema, loaded for validation. The files are read as they
 * are and only added to, never weakened: they are draft-04 schemas without {@code $schema}; an embedded
 * object is declared with OParl's own keyword {@code "schema": "File.json"}, to which the loader adds
 * {@code "allOf": [{"$ref": "File.json"}]} so that embedded objects are validated too; and the format
 * {@code url} they use is checked as an absolute http(s) URL. Formats are asserted.
 */
final class OparlSchemas {

    static final List<String> TYPES = List.of("System", "Body", "Organization", "Person", "Meeting", "AgendaItem",
            "Paper", "File", "Consultation", "Membership", "LegislativeTerm", "Location");

    private static final String BASE = "https://schema.oparl.org/1.1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Schema> schemas = new HashMap<>();

    private OparlSchemas(Path folder) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String type : TYPES) {
            JsonNode schema = JSON.readTree(folder.resolve(type + ".json").toFile());
            texts.put(BASE + type + ".json", JSON.writeValueAsString(withEmbeddedRefs(schema)));
        }
        Dialect dialect = Dialect.builder(Dialects.getDraft4()).format(new UrlFormat()).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(texts)
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        for (String type : TYPES) {
            schemas.put(type, registry.getSchema(SchemaLocation.of(BASE + type + ".json")));
        }
    }

    /** The schemas, or empty when ../shared has none. */
    static Optional<OparlSchemas> load() {
        Path folder = Shared.required().resolve("oparl-schema");
        if (!Files.isRegularFile(folder.resolve("System.json"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OparlSchemas(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of an object against the schema its {@code type} names; an unknown type is an error too. */
    List<String> errors(JsonNode object) {
        String type = object.path("type").asText();
        Schema schema = type.startsWith(BASE) ? schemas.get(type.substring(BASE.length())) : null;
        if (schema == null) {
            return List.of("no OParl 1.1 type: " + type);
        }
        return schema.validate(object).stream().map(error -> error.toString()).toList();
    }

    private static JsonNode withEmbeddedRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> withEmbeddedRefs(entry.getValue()));
            JsonNode embedded = object.get("schema");
            if (embedded != null && embedded.asText().endsWith(".json")) {
                object.putArray("allOf").addObject().put("$ref", embedded.asText());
            }
        } else if (node.isArray()) {
            node.forEach(OparlSchemas::withEmbeddedRefs);
        }
        return node;
    }

    /** OParl's {@code "format": "url"}: an absolute http or https URL. */
    private static final class UrlFormat implements Format {
        @Override
        public String getName() {
            return "url";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            try {
                URI uri = new URI(value);
                return uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                        && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
