package org.centrala.web.internal.problem;

import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client that hangs up while its answer is written is not a failure of Centrala: one debug line,
 * and no second answer attempted on a dead connection (CXF would log both as errors); likewise any
 * write failure of a streamed body. Any other write failure, a serialisation bug of ours, goes on
 * as before.
 */
@Provider
public class ClientAbortWriterInterceptor implements WriterInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(ClientAbortWriterInterceptor.class);

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (IOException e) {
            // A streamed body (an export, the event stream) writes straight to the connection: its
            // 200 is sent, and a failed write or flush there (the client gone, the node stopping) is
            // the connection's, never a second answer's.
            if (!clientWentAway(e) && !(context.getEntity() instanceof javax.ws.rs.core.StreamingOutput)) {
                throw e;
            }
            LOG.debug("The client went away while its answer was written: {}", e.toString());
            Message message = PhaseInterceptorChain.getCurrentMessage();
            if (message != null) {
                message.getExchange().put(JAXRSUtils.SECOND_JAXRS_EXCEPTION, Boolean.TRUE);
            }
        }
    }

    /**
     * Whether the client went away: Jetty reports a closed, reset or broken connection as an
     * EOFException, a stalled client as a timeout, anywhere in the cause chain.
     */
    public static boolean clientWentAway(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EOFException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
