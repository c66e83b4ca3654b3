package org.centrala.web.internal.soap;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.centrala.common.ActorContext;

/** Ends the request's actor scope on the way out, for answers and faults alike. */
public class SoapActorScopeCloser extends AbstractPhaseInterceptor<Message> {

    public SoapActorScopeCloser() {
        super(Phase.PREPARE_SEND);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getExchange().remove(SoapCallerInterceptor.SCOPE_KEY) instanceof ActorContext.Scope scope) {
            scope.close();
        }
    }
}
