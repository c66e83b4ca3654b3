package org.centrala.web.internal.problem;

import java.util.UUID;

import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own faults: logged with an incident id that the answer repeats, so that an operator can find
 * the stack trace; the client never sees it.
 */
final class Incidents {
    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    static Response answer(Throwable exception, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {} while serving {}", incident, instance, exception);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL,
                "The server failed to handle the request; quote incident " + incident + " to the operator", instance));
    }
}
