package org.centrala.recording.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.recording.RecordingPolicy;
import org.centrala.recording.internal.PolicyOverride;
import org.centrala.recording.internal.PolicyRequest;
import org.centrala.recording.internal.RecordingSettingsService;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Issue 12: a queue's own recording policy, in place of its tenant's. */
@Path("tenants/{tenantId}/queues/{queueId}/recording-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class QueueRecordingPolicyResource implements RestResource {
    private final RecordingSettingsService settings;

    @Activate
    public QueueRecordingPolicyResource(@Reference RecordingSettingsService settings) {
        this.settings = settings;
    }

    @PUT
    @Operation(operationId = "setQueueRecordingPolicy", summary = "Give the queue a recording policy of its own; applies to"
            + " the next call routed; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public PolicyOverride set(@PathParam("tenantId") String tenantId, @PathParam("queueId") String queueId,
                              PolicyRequest request) {
        return settings.setForQueue(tenantId, queueId, Bodies.required(request).policy());
    }

    @DELETE
    @Operation(operationId = "clearQueueRecordingPolicy", summary = "The queue follows its tenant's recording policy again"
            + " (answered: the policy that applies now); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public PolicyOverride clear(@PathParam("tenantId") String tenantId, @PathParam("queueId") String queueId) {
        RecordingPolicy now = settings.clear(tenantId, "QUEUE", queueId);
        return new PolicyOverride("QUEUE", queueId, now);
    }
}
