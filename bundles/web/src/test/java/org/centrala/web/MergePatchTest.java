package org.centrala.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

public class MergePatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Pbx(String host, Integer port) {
    }

    public record Draft(String name, String email, List<String> roles, Pbx pbx) {
    }

    private static final Draft CURRENT = new Draft("Ana", "ana@example.com", List.of("SUPERVISOR", "TECHNICIAN"), new Pbx("pbx.example", 5038));

    @Test
    public void rfc7396MembersReplaceNullClearsObjectsMergeArraysReplaceTheRestStays() throws Exception {
        Draft patched = MergePatch.apply(CURRENT, JSON.readTree("{\"email\":null,\"roles\":[\"ADMINISTRATOR\"],\"pbx\":{\"port\":5039}}"), Draft.class);
        assertThat(patched).isEqualTo(new Draft("Ana", null, List.of("ADMINISTRATOR"), new Pbx("pbx.example", 5039)));
        assertThat(MergePatch.apply(CURRENT, JSON.readTree("{}"), Draft.class)).isEqualTo(CURRENT);
    }

    @Test
    public void anUnknownFieldIsRefusedLikeInAPut() throws Exception {
        Throwable refused = catchThrowable(() -> MergePatch.apply(CURRENT, JSON.readTree("{\"colour\":\"red\"}"), Draft.class));
        assertThat(refused).isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(((UnrecognizedPropertyException) refused).getPropertyName()).isEqualTo("colour");
        assertThat(catchThrowable(() -> MergePatch.apply(CURRENT, JSON.readTree("[1]"), Draft.class)))
                .isInstanceOf(org.centrala.common.ValidationException.class);
    }
}
