package org.centrala.web.internal.jetty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.centrala.web.internal.problem.Problem;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the HTTP APIs in Jetty, ahead of every servlet (Pax Web puts a {@link Handler}
 * service of positive ranking before its contexts):
 * <ul>
 * <li>a body declared in a charset Java does not know ({@code charset=bogus}) is refused with 415
 * here, since CXF would fail on it before any of Centrala's code and Jetty would answer 500;</li>
 * <li>on joining the server it puts in {@link ProblemErrorHandler}, so that what Jetty answers by
 * itself is a problem or a SOAP fault, not an HTML page; the previous one is put back when it goes.</li>
 * </ul>
 */
@Component(service = Handler.class, property = Constants.SERVICE_RANKING + ":Integer=100")
public final class CharsetGuard extends AbstractHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CharsetGuard.class);

    private Server joined;
    private ProblemErrorHandler problems;
    private ErrorHandler previous;

    @Override
    public synchronized void setServer(Server server) {
        super.setServer(server);
        if (server != null && server.getErrorHandler() != problems) {
            joined = server;
            previous = server.getErrorHandler();
            // A fresh one, told its server first: the server starts it on taking it, and a started
            // handler cannot be given a server any more.
            problems = new ProblemErrorHandler();
            problems.setServer(server);
            server.setErrorHandler(problems);
        }
    }

    @Deactivate
    synchronized void leave() {
        if (joined != null && joined.getErrorHandler() == problems) {
            joined.setErrorHandler(previous);
        }
        joined = null;
        problems = null;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null) {
            return;
        }
        String charset = MimeTypes.getCharsetFromContentType(contentType);
        if (charset == null || isSupported(charset)) {
            return;
        }
        LOG.debug("Refused a {} body in the unknown charset '{}' from {}", contentType, charset, request.getRemoteAddr());
        String detail = "The request body's charset '" + charset + "' is not supported; send UTF-8";
        byte[] body;
        String path = request.getRequestURI();
        if (JettyAnswers.isSoap(path)) {
            response.setContentType(JettyAnswers.SOAP_MEDIA_TYPE);
            body = JettyAnswers.soapFault(true, detail);
        } else {
            response.setContentType(Problem.MEDIA_TYPE);
            body = JettyAnswers.problem(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, detail, path);
        }
        response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
        baseRequest.setHandled(true);
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
