package org.centrala.web.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.Test;

public class JsonMapperTest {

    @Test
    public void instantsAreWrittenInUtcWithExactlyThreeDecimals() throws Exception {
        assertThat(JsonMapper.create().writeValueAsString(Map.of("at", Instant.parse("2026-12-06T10:15:30.123456789Z"))))
                .isEqualTo("{\"at\":\"2026-12-06T10:15:30.123Z\"}");
        assertThat(JsonMapper.create().writeValueAsString(Map.of("at", Instant.parse("2026-12-06T10:15:30Z"))))
                .isEqualTo("{\"at\":\"2026-12-06T10:15:30.000Z\"}");
    }

    @Test
    public void instantsAreStillReadWithAnyPrecision() throws Exception {
        record At(Instant at) {
        }
        assertThat(JsonMapper.create().readValue("{\"at\":\"2026-12-06T10:15:30.123456Z\"}", At.class).at())
                .isEqualTo(Instant.parse("2026-12-06T10:15:30.123456Z"));
    }
}
