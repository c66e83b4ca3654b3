package org.centrala.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.Test;

/**
 * The web UI generates its REST client from {@code docs/api/openapi.json} at build time, without
 * booting the core; this keeps that committed contract equal to what the distribution serves (saved
 * to {@code target/served} before the tests). After a deliberate API change, refresh it with
 * {@code mvn verify -pl partner-clients -Dcontract.update=true} and commit the difference.
 */
public class CommittedContractTest {
    private static final Path SERVED = Path.of("target/served/openapi.json");
    private static final Path COMMITTED = Path.of("../docs/api/openapi.json");

    @Test
    public void theCommittedOpenApiDocumentIsWhatTheCoreServes() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        JsonNode served = json.readTree(SERVED.toFile());
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(COMMITTED, json.writeValueAsString(json.treeToValue(served, Object.class)) + "\n");
        }
        assertThat(json.readTree(COMMITTED.toFile()))
                .as("docs/api/openapi.json differs from the served document: refresh it with -Dcontract.update=true"
                        + " (see this test's comment) and commit it with the API change")
                .isEqualTo(served);
    }
}
