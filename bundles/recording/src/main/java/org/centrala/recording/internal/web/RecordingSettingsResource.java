package org.centrala.recording.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.HttpHeaders;
import io.swagger.v3.oas.annotations.Parameter;
import org.centrala.web.Versions;
import javax.ws.rs.PATCH;
import org.centrala.web.MergePatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.recording.internal.RecordingSettings;
import org.centrala.recording.internal.RecordingSettingsDraft;
import org.centrala.recording.internal.RecordingSettingsService;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Issue 12: which of a tenant's calls are recorded, and how long recordings are kept. */
@Path("tenants/{tenantId}/recording-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class RecordingSettingsResource implements RestResource {
    private final RecordingSettingsService settings;

    @Activate
    public RecordingSettingsResource(@Reference RecordingSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(operationId = "getRecordingSettings", summary = "The tenant's recording policy and retention, or the node's"
            + " defaults (stored=false)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.SUPERVISOR})
    public RecordingSettings get(@PathParam("tenantId") String tenantId) {
        return settings.get(tenantId);
    }

    @PUT
    @Operation(operationId = "setRecordingSettings", summary = "Replace the recording settings: both fields are required; the"
            + " policy applies to the next call routed, the retention to the next retention run; with If-Match only if unchanged"
            + " since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public RecordingSettings set(@PathParam("tenantId") String tenantId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the settings as read") String ifMatch,
                                 RecordingSettingsDraft draft) {
        return settings.set(tenantId, Bodies.required(draft), Versions.expectedUpdatedAt(ifMatch, settings.get(tenantId),
                "The recording settings of tenant '" + tenantId + "'"));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchRecordingSettings", summary = "Change some recording settings (JSON Merge Patch, RFC 7396: what is"
            + " sent changes, the rest stays; from the node's defaults when the tenant has none); with If-Match only if unchanged"
            + " since (412 otherwise); audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public RecordingSettings patch(@PathParam("tenantId") String tenantId,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the settings as read") String ifMatch,
                                   JsonNode patch) throws JsonProcessingException {
        RecordingSettings current = settings.get(tenantId);
        Versions.requireMatch(ifMatch, current, "The recording settings of tenant '" + tenantId + "'");
        RecordingSettingsDraft now = new RecordingSettingsDraft(current.policy(), current.retentionDays());
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        return settings.set(tenantId, MergePatch.apply(now, patch, RecordingSettingsDraft.class), current.updatedAt());
    }

    @DELETE
    @Operation(operationId = "resetRecordingSettings", summary = "Back to the node's default recording settings; audited")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public RecordingSettings reset(@PathParam("tenantId") String tenantId) {
        return settings.reset(tenantId);
    }
}
