package org.centrala.web.internal.soap;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.cxf.interceptor.Fault;
import org.centrala.web.internal.problem.ProblemAnswers;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.centrala.common.ActorContext;
import org.centrala.common.UnavailableException;
import org.centrala.web.AuthenticationException;
import org.centrala.web.Authenticator;
import org.centrala.common.Caller;
import org.centrala.web.LoginThrottledException;
import org.centrala.web.soap.SoapAccess;

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
            caller = authenticator.get().authenticate(authorization == null || authorization.isEmpty() ? null : authorization.get(0), address);
        } catch (AuthenticationException e) {
            // As on REST: a client learns how to authenticate, not only that it failed.
            if (request instanceof javax.servlet.http.HttpServletRequest && message.get("HTTP.RESPONSE") instanceof javax.servlet.http.HttpServletResponse response) {
                response.setHeader("WWW-Authenticate", ProblemAnswers.CHALLENGE);
            }
            throw status(e.getMessage(), 401);
        } catch (LoginThrottledException e) {
            throw status(e.getMessage(), 429);
        } catch (UnavailableException e) {
            throw status(e.getMessage(), 503);
        }
        message.put(SoapAccess.CALLER_KEY, caller);
        message.getExchange().put(SoapAccess.CALLER_KEY, caller);
        message.getExchange().put(SCOPE_KEY, actors.get().actAs(caller.name()));
    }

    private static Fault status(String text, int status) {
        Fault fault = new Fault(new SecurityException(text));
        fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        fault.setStatusCode(status);
        return fault;
    }
}
