package org.centrala.recording.internal.web;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.recording.internal.Retention;
import org.centrala.recording.internal.RetentionReport;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Issue 12: the retention of a tenant's recordings: what it would delete now (dry run), and a run now. */
@Path("tenants/{tenantId}/recording-retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class RetentionResource implements RestResource {
    private final Retention retention;

    @Activate
    public RetentionResource(@Reference Retention retention) {
        this.retention = retention;
    }

    @GET
    @Operation(operationId = "getRecordingRetention", summary = "Dry run: the recordings retention would delete now (older"
            + " than the tenant's retention days), with their count and bytes; nothing is deleted")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public RetentionReport dryRun(@PathParam("tenantId") String tenantId) {
        return retention.dryRun(tenantId);
    }

    @POST
    @Path("runs")
    @Operation(operationId = "runRecordingRetention", summary = "Delete the tenant's expired recordings now (as the hourly run"
            + " does), each deletion audited; answers what was deleted and what could not be")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public RetentionReport run(@PathParam("tenantId") String tenantId) {
        return retention.run(tenantId);
    }
}
