package org.centrala.web.internal.soap;

import org.centrala.web.soap.CentralaFault;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.jaxws.interceptors.WebFaultOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Marks faults that the caller caused (fault status below 500) as {@code soap:Client}, so that
 * SOAP clients can tell "fix your request" from "try again later" as REST clients do by status.
 */
public class ClientFaultCodeInterceptor extends AbstractPhaseInterceptor<Message> {

    public ClientFaultCodeInterceptor() {
        super(Phase.PRE_PROTOCOL);
        addAfter(WebFaultOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault
                && fault.getCause() instanceof CentralaFault centralaFault
                && centralaFault.getFaultInfo().status < 500) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
