package dk.kkr.web.oparl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.shared.Shared;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema loader keeps the schemas' teeth: required fields, patterns, formats, and embedded objects. */
class OparlSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OparlSchemas schemas;

    @BeforeEach
    void load() {
        schemas = OparlSchemas.load().orElse(null);
        Shared.assume(schemas != null, "../shared/oparl-schema is not here");
    }

    private ObjectNode meeting() throws IOException {
        return (ObjectNode) JSON.readTree("""
                {"id": "http://localhost/oparl/v1.1/meetings/1", "type": "https://schema.oparl.org/1.1/Meeting",
                 "start": "2025-03-10T10:00:00+01:00",
                 "invitation": {"id": "http://localhost/oparl/v1.1/files/2", "type": "https://schema.oparl.org/1.1/File",
                                "accessUrl": "http://localhost/oparl/v1.1/files/2/text.txt"}}""");
    }

    @Test
    void aValidMeetingPasses() throws IOException {
        assertThat(schemas.errors(meeting())).isEmpty();
    }

    @Test
    void anEmbeddedFileIsValidatedAgainstFileJson() throws IOException {
        ObjectNode meeting = meeting();
        ((ObjectNode) meeting.get("invitation")).remove("accessUrl");
        assertThat(schemas.errors(meeting)).singleElement().asString().contains("accessUrl");
    }

    @Test
    void formatsAreAsserted() throws IOException {
        assertThat(schemas.errors(meeting().put("start", "10. marts 2025"))).hasSize(1);
        assertThat(schemas.errors(meeting().put("id", "meetings/1"))).hasSize(1);
    }

    @Test
    void typesAndRequiredFieldsAreChecked() throws IOException {
        assertThat(schemas.errors(meeting().put("type", "https://schema.oparl.org/1.0/Meeting"))).isNotEmpty();
        ObjectNode body = JSON.createObjectNode().put("id", "http://localhost/b").put("type",
                "https://schema.oparl.org/1.1/Body");
        assertThat(schemas.errors(body)).hasSizeGreaterThanOrEqualTo(6);
    }
}
