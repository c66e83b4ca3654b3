package org.centrala.rest.internal.soap;

import java.util.List;
import java.util.Map;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.centrala.audit.ActorContext;
import org.centrala.rest.internal.Caller;
import org.centrala.rest.internal.CallerResolver;

/**
 * Resolves the caller of every SOAP request from its HTTP headers, as the REST filter does, and
 * makes it the audit log's actor until {@link SoapActorScopeCloser} ends the scope.
 */
public class SoapCallerInterceptor extends AbstractPhaseInterceptor<Message> {
    static final String SCOPE_KEY = "org.centrala.actor.scope";

    private final CallerResolver resolver;
    private final ActorContext actors;

    public SoapCallerInterceptor(CallerResolver resolver, ActorContext actors) {
        super(Phase.RECEIVE);
        this.resolver = resolver;
        this.actors = actors;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handleMessage(Message message) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        Caller caller = resolver.resolve(headers == null ? Map.of() : headers);
        message.put(CallerResolver.CALLER_PROPERTY, caller);
        message.getExchange().put(SCOPE_KEY, actors.actAs(caller.name()));
    }
}
