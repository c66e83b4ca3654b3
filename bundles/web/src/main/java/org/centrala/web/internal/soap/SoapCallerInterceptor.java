package org.centrala.web.internal.soap;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.centrala.common.ActorContext;
import org.centrala.common.Caller;
import org.centrala.common.UnavailableException;
import org.centrala.web.AuthenticationException;
import org.centrala.web.Authenticator;
import org.centrala.web.LoginThrottledException;
import org.centrala.web.internal.problem.ProblemAnswers;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Authenticates every SOAP request from its HTTP Authorization header, exactly as REST does:
 * HTTP 401 without valid credentials, 429 while throttled. The caller is kept in the exchange for
 * the operations' access checks and becomes the audit log's actor until
 * {@link SoapActorScopeCloser} ends the scope.
 */
public class SoapCallerInterceptor extends AbstractPhaseInterceptor<Message> {
    static final String SCOPE_KEY = "org.centrala.actor.scope";
    /** {@code ?wsdl}, {@code ?wsdl=name.wsdl}, {@code ?xsd=name.xsd}: names CXF can decode. */
    private static final Pattern WSDL_QUERY = Pattern.compile("(?i)(wsdl|xsd)(=[A-Za-z0-9._-]+)?");

    private final Supplier<Authenticator> authenticator;
    private final Supplier<ActorContext> actors;
    private final BiFunction<String, String, String> clientOf;

    /** @param clientOf the client's address from the peer's address and the X-Forwarded-For header */
    public SoapCallerInterceptor(Supplier<Authenticator> authenticator, Supplier<ActorContext> actors, BiFunction<String, String, String> clientOf) {
        super(Phase.RECEIVE);
        this.authenticator = authenticator;
        this.actors = actors;
        this.clientOf = clientOf;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handleMessage(Message message) {
        if ("GET".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
            Object query = message.get(Message.QUERY_STRING);
            if (query instanceof String text && WSDL_QUERY.matcher(text).matches()) {
                return; // the WSDL and its schemas are public, like the OpenAPI document
            }
            // Anything else would reach the service without an operation, which CXF logs as an error.
            throw status("GET serves only the WSDL (?wsdl); operations are called with POST", 405);
        }
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        List<String> authorization = headers == null ? null : headers.entrySet().stream()
                .filter(e -> "Authorization".equalsIgnoreCase(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        Object request = message.get("HTTP.REQUEST");
        String address = request instanceof javax.servlet.http.HttpServletRequest http
                ? clientOf.apply(http.getRemoteAddr(), String.join(",", java.util.Collections.list(http.getHeaders("X-Forwarded-For")))) : null;
        Caller caller;
        try {
            caller = org.centrala.web.internal.Authentications.authenticate(authenticator,
                    authorization == null || authorization.isEmpty() ? null : authorization.get(0), address);
        } catch (AuthenticationException e) {
            // As on REST: a client learns how to authenticate, not only that it failed.
            header(message, "WWW-Authenticate", ProblemAnswers.CHALLENGE);
            throw centralaFault(e.getMessage(), 401);
        } catch (LoginThrottledException e) {
            header(message, "Retry-After", String.valueOf(e.retryAfterSeconds()));
            throw centralaFault(e.getMessage(), 429);
        } catch (UnavailableException e) {
            throw status(e.getMessage(), 503);
        }
        message.put(SoapAccess.CALLER_KEY, caller);
        message.getExchange().put(SoapAccess.CALLER_KEY, caller);
        message.getExchange().put(SCOPE_KEY, actors.get().actAs(caller.name()));
    }

    private static void header(Message message, String name, String value) {
        if (message.get("HTTP.RESPONSE") instanceof javax.servlet.http.HttpServletResponse response) {
            response.setHeader(name, value);
        }
    }

    /**
     * A refused log-in as the typed fault every operation declares, with the status it stands for in
     * its detail. It travels with HTTP 500, as WS-I Basic Profile R1126 has every fault do: a SOAP
     * client reads a 500 as a fault, while a 401 reached generated clients only as "Could not send
     * Message" (issue 9).
     */
    private static Fault centralaFault(String text, int status) {
        Fault fault = new Fault(new SecurityException(text));
        fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        Element detail = fault.getOrCreateDetail();
        Document document = detail.getOwnerDocument();
        Element info = document.createElementNS(SoapFaults.NAMESPACE, "centralaFault");
        info.appendChild(child(document, "type", "about:blank"));
        info.appendChild(child(document, "status", String.valueOf(status)));
        info.appendChild(child(document, "message", text));
        detail.appendChild(info);
        return fault;
    }

    private static Element child(Document document, String name, String text) {
        Element element = document.createElementNS(SoapFaults.NAMESPACE, name);
        element.setTextContent(text);
        return element;
    }

    private static Fault status(String text, int status) {
        Fault fault = new Fault(new SecurityException(text));
        fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        fault.setStatusCode(status);
        return fault;
    }
}
