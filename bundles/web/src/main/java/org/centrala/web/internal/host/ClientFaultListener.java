package org.centrala.web.internal.host;

import java.io.IOException;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageUtils;
import org.centrala.web.internal.problem.ClientAbortWriterInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which faults CXF's interceptor chain logs. A fault the client caused (unreadable XML, a
 * SOAP client fault, a 4xx status, a client that hung up) is answered as before and logged here at
 * debug, in one line; anything else is left to CXF, which logs it with its stack trace, because then
 * Centrala itself failed.
 */
final class ClientFaultListener implements FaultListener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientFaultListener.class);

    @Override
    public boolean faultOccurred(Exception exception, String description, Message message) {
        if (!clientCaused(exception, !MessageUtils.isOutbound(message))) {
            return true;
        }
        LOG.debug("Client fault at {}: {}", message.get(Message.REQUEST_URI), exception.toString());
        return false;
    }

    static boolean clientCaused(Throwable exception, boolean inbound) {
        if (exception instanceof Fault fault && isClientFault(fault) || ClientAbortWriterInterceptor.clientWentAway(exception)) {
            return true;
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (inbound && (cause instanceof XMLStreamException || cause instanceof IOException)
                    || "org.apache.cxf.frontend.WSDLQueryException".equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClientFault(Fault fault) {
        QName code = fault.getFaultCode();
        return fault.getStatusCode() / 100 == 4 || Fault.FAULT_CODE_CLIENT.equals(code)
                || code != null && ("Client".equals(code.getLocalPart()) || "Sender".equals(code.getLocalPart()));
    }
}
