package org.centrala.distribution;

import java.time.Duration;

/**
 * Waits once for the container to be ready, as an orchestrator would: {@code /api/v1/health/ready}. If it never comes up, every later test of the suite fails
 * at once with the first failure instead of waiting out its own timeout.
 */
final class Readiness {
    private static AssertionError failure;
    private static boolean ready;

    private Readiness() {
    }

    static synchronized void await(Api api) {
        if (failure != null) {
            throw new AssertionError("the container never became ready (see the first failure)", failure);
        }
        if (ready) {
            return;
        }
        try {
            // Ready means the database, REST, SOAP and every Centrala bundle are up (issue 8, item 5).
            Api anonymous = api.as(null);
            try {
                Poll.until("the node's readiness", Duration.ofSeconds(120), () -> anonymous.get("/api/v1/health/ready").status() == 200);
            } catch (AssertionError e) {
                // Say which parts were down: that is what a failed boot needs to be understood.
                throw new AssertionError(e.getMessage() + "; the last report: " + anonymous.get("/api/v1/health/ready").body(), e);
            }
            ready = true;
        } catch (AssertionError e) {
            failure = e;
            throw e;
        }
    }
}
