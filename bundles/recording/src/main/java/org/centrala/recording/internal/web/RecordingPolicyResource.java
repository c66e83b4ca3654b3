package org.centrala.recording.internal.web;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.recording.internal.RecordingSettingsService;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Issue 12: every queue's and user's own recording policy of a tenant. */
@Path("tenants/{tenantId}/recording-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class RecordingPolicyResource implements RestResource {
    private final RecordingSettingsService settings;

    @Activate
    public RecordingPolicyResource(@Reference RecordingSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(operationId = "listRecordingPolicies", summary = "The queues and users with a recording policy of their own")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.SUPERVISOR})
    public RecordingPolicyList list(@PathParam("tenantId") String tenantId) {
        return new RecordingPolicyList(settings.overrides(tenantId));
    }
}
