package org.centrala.distribution;

import java.time.Duration;

/**
 * Waits once for the container's API. If it never comes up, every later test of the suite fails
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
            Poll.until("the REST API", Duration.ofSeconds(90), () -> api.get("/api/v1/audit/verification").status() == 200);
            Poll.until("the SOAP service", Duration.ofSeconds(30), () -> api.get("/soap/tenancy?wsdl").status() == 200);
            ready = true;
        } catch (AssertionError e) {
            failure = e;
            throw e;
        }
    }
}
