package org.centrala.web.internal.jetty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

import org.centrala.web.internal.problem.Problem;
import org.eclipse.jetty.http.HttpStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bodies of the answers Jetty gives itself, before a request reaches the REST or SOAP host. */
final class JettyAnswers {
    static final String SOAP_MEDIA_TYPE = "text/xml; charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JettyAnswers() {
    }

    /** An RFC 9457 problem with the standard type for a plain HTTP status. */
    static byte[] problem(int status, String detail, String instance) {
        try {
            return JSON.writeValueAsBytes(Problem.ofStatus(status, HttpStatus.getMessage(status), detail, instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record is always serialisable", e);
        }
    }

    /** A SOAP 1.1 fault, for SOAP clients, which read faults rather than problems. */
    static byte[] soapFault(boolean clientsFault, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault><faultcode>"
                + (clientsFault ? "soap:Client" : "soap:Server") + "</faultcode><faultstring>" + escaped
                + "</faultstring></soap:Fault></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the answer for a request to {@code path}: a SOAP fault under {@code /soap}, a problem
     * elsewhere. The status is the response's; {@code text} may be null for a problem.
     */
    static void send(HttpServletResponse response, String path, int status, String text) throws IOException {
        byte[] body;
        if (isSoap(path)) {
            response.setContentType(SOAP_MEDIA_TYPE);
            body = soapFault(status < 500, text == null ? "HTTP " + status : text);
        } else {
            response.setContentType(Problem.MEDIA_TYPE);
            body = problem(status, text, path);
        }
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        } catch (IllegalStateException writerTaken) {
            // Whatever failed had taken the writer: the body goes through it.
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
    }

    static boolean isSoap(String path) {
        return path != null && (path.equals("/soap") || path.startsWith("/soap/"));
    }
}
