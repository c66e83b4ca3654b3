package org.centrala.web.internal.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.centrala.web.internal.json.JsonMapper;

/**
 * Writes a problem as {@code application/problem+json} whatever the request asked for: an
 * operation that produces {@code text/event-stream} or a file (CSV, XLSX, audio) still answers its
 * mistakes as RFC 9457 problems, never as a missing writer and an error in the log.
 */
@Provider
@Produces("*/*")
public class ProblemWriter implements MessageBodyWriter<Problem> {
    private final ObjectWriter json = JsonMapper.create().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Problem.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Problem problem, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        json.writeValue(out, problem);
    }
}
