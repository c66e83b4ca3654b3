package org.centrala.web.internal.jetty;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the HTTP APIs in Jetty, ahead of every servlet: a {@link HttpConfiguration.Customizer}
 * service, which Pax Web 8 applies to its connectors in place (a {@code Handler} service would make
 * it restart Jetty whenever the web bundle starts or stops, and at shutdown that raced with CXF).
 * <ul>
 * <li>a body declared in a charset Java does not know ({@code charset=bogus}) is refused with 415
 * here, since CXF would fail on it before any of Centrala's code and Jetty would answer 500;</li>
 * <li>on the first request it puts in {@link ProblemErrorHandler}, so that what Jetty answers by
 * itself is a problem or a SOAP fault, not an HTML page; the previous one is put back when it goes.</li>
 * </ul>
 */
@Component(service = HttpConfiguration.Customizer.class)
public final class CharsetGuard implements HttpConfiguration.Customizer {
    private static final Logger LOG = LoggerFactory.getLogger(CharsetGuard.class);

    /** Read on every request: once joined, nothing is locked. */
    private volatile Server joined;
    private ProblemErrorHandler problems;
    private ErrorHandler previous;

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        Server server = connector.getServer();
        if (server != joined) {
            join(server);
        }
        String contentType = request.getContentType();
        if (contentType == null) {
            return;
        }
        String charset = MimeTypes.getCharsetFromContentType(contentType);
        if (charset == null || isSupported(charset)) {
            return;
        }
        LOG.debug("Refused a {} body in the unknown charset '{}' from {}", contentType, charset, request.getRemoteAddr());
        request.getResponse().setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
        try {
            JettyAnswers.send(request.getResponse(), request.getRequestURI(), HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "The request body's charset '" + charset + "' is not supported; send UTF-8");
        } catch (IOException e) {
            LOG.debug("Client went away before the 415 was written: {}", e.toString());
        }
        request.setHandled(true);
    }

    /** Once per server: Jetty's own error pages become problems. */
    private synchronized void join(Server server) {
        if (server == null || server == joined) {
            return;
        }
        joined = server;
        previous = server.getErrorHandler();
        // Told its server first: the server starts it on taking it, and a started handler cannot be given one any more.
        problems = new ProblemErrorHandler();
        problems.setServer(server);
        server.setErrorHandler(problems);
    }

    @Deactivate
    synchronized void leave() {
        if (joined != null && joined.getErrorHandler() == problems) {
            joined.setErrorHandler(previous);
        }
        joined = null;
        problems = null;
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
