package org.centrala.web.internal.host;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.message.Message;
import org.apache.cxf.transport.MessageObserver;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request to a SOAP address whose service is away while its bundle stays installed:
 * HTTP 503 with Retry-After and a SOAP fault that says so, rather than a 404 that would tell the
 * client the service no longer exists.
 */
final class UnavailableSoapObserver implements MessageObserver {
    private static final Logger LOG = LoggerFactory.getLogger(UnavailableSoapObserver.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private final byte[] fault;

    UnavailableSoapObserver(String address) {
        fault = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>soap:Server</faultcode><faultstring>The service at " + address
                + " is being updated or restarted; try again shortly</faultstring></soap:Fault></soap:Body></soap:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void onMessage(Message message) {
        if (!(message.get(AbstractHTTPDestination.HTTP_RESPONSE) instanceof HttpServletResponse response)) {
            return;
        }
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType("text/xml; charset=UTF-8");
        response.setContentLength(fault.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(fault);
        } catch (IOException e) {
            LOG.debug("Client went away before the 503 was written: {}", e.toString());
        }
    }
}
