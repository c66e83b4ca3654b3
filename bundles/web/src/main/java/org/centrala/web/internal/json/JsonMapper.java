package org.centrala.web.internal.json;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper.Builder;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * The one JSON configuration of the public API: ISO-8601 instants, unknown fields refused (a
 * typo must not be silently ignored), no trailing garbage, no duplicate keys, no fractions
 * silently cut to whole numbers, no document over {@value #MAX_DOCUMENT_BYTES} bytes.
 */
public final class JsonMapper {
    private JsonMapper() {
    }

    /** No request of this API comes near it; a larger body is refused (413) before it costs memory. */
    public static final long MAX_DOCUMENT_BYTES = 1_048_576;

    public static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_BYTES).build())
                .build();
        Builder builder = com.fasterxml.jackson.databind.json.JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(instantsInMilliseconds())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION);
        return builder.build();
    }

    /** ISO-8601 instants in UTC with exactly three decimals, as the guide promises: 2026-12-06T10:15:30.120Z. */
    private static SimpleModule instantsInMilliseconds() {
        DateTimeFormatter format = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();
        SimpleModule module = new SimpleModule("instants-in-milliseconds");
        module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws java.io.IOException {
                generator.writeString(format.format(value));
            }
        });
        return module;
    }

    public static JacksonJsonProvider provider() {
        return new JacksonJsonProvider(create());
    }
}
