package org.centrala.rest.internal.soap;

import java.util.List;
import java.util.Map;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.centrala.rest.internal.CallerResolver;

/** Resolves the caller of every SOAP request from its HTTP headers, as the REST filter does. */
public class SoapCallerInterceptor extends AbstractPhaseInterceptor<Message> {
    private final CallerResolver resolver;

    public SoapCallerInterceptor(CallerResolver resolver) {
        super(Phase.RECEIVE);
        this.resolver = resolver;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handleMessage(Message message) {
        Map<String, List<String>> headers = (Map<String, List<String>>) message.get(Message.PROTOCOL_HEADERS);
        message.put(CallerResolver.CALLER_PROPERTY, resolver.resolve(headers == null ? Map.of() : headers));
    }
}
