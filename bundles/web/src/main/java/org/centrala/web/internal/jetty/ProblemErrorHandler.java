package org.centrala.web.internal.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.centrala.web.internal.problem.Problem;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's error pages as problems (RFC 9457), or SOAP faults under {@code /soap}: a request Jetty
 * cannot parse (a bad escape such as {@code %zz}, an oversized header) or a failure before the
 * APIs' own handlers is answered in the APIs' format, never as an HTML page. A 5xx names no
 * exception: what failed is in the log.
 */
final class ProblemErrorHandler extends ErrorHandler {

    /** Requests Jetty rejects while parsing them: the path is not known yet, nor whether it is SOAP. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        String detail = "The request could not be read" + (reason == null || reason.isBlank() ? "" : " (" + reason + ")")
                + "; check its URI, escapes and headers";
        return BufferUtil.toBuffer(JettyAnswers.problem(status, detail, null));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
                                              String message) throws IOException {
        String text = code >= 500 ? "The server failed on this request" : message == null || message.isBlank() ? null : message;
        JettyAnswers.send(response, request.getRequestURI(), code, text);
        baseRequest.setHandled(true);
    }
}
