package org.centrala.testpbx;

import java.time.Duration;
import java.util.List;

/**
 * What a steady demo flow calls: back-office users (desk endpoint, then mobile), a queue with its
 * agents' endpoints, and the tenant's context. A new call starts every {@code interval} (scaled).
 */
public record TrafficPlan(String context, List<BackOfficeParty> backOffice, String queue, List<String> agents,
                          Duration interval, long seed) {

    public TrafficPlan {
        backOffice = List.copyOf(backOffice);
        agents = List.copyOf(agents);
    }

    /**
     * A back-office user as the flow calls it: {@code dialledNumber} is what callers dial (its
     * extension, which Centrala's FastAGI routing reaches it by), and the phones its plan rings.
     */
    public record BackOfficeParty(String dialledNumber, String deskEndpoint, String mobileNumber) {
    }
}
