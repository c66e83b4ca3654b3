package org.centrala.queues.internal.web;

import javax.ws.rs.Consumes;
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
import org.centrala.queues.PauseReasons;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** The reasons a tenant's agents may pause for (issue 11, item 3). */
@Path("tenants/{tenantId}/pause-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PauseReasonResource implements RestResource {
    private final PauseReasons reasons;

    @Activate
    public PauseReasonResource(@Reference PauseReasons reasons) {
        this.reasons = reasons;
    }

    @GET
    @Operation(operationId = "listPauseReasons", summary = "The tenant's pause reasons, in its order (Break, Lunch, Training,"
            + " After-call work until it sets its own)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_USER})
    public PauseReasonList list(@PathParam("tenantId") String tenantId) {
        return current(tenantId);
    }

    private PauseReasonList current(String tenantId) {
        return new PauseReasonList(reasons.list(tenantId), reasons.updatedAt(tenantId));
    }

    @PUT
    @Operation(operationId = "replacePauseReasons", summary = "Replace the tenant's pause reasons: 1 to 20 distinct reasons of up"
            + " to 40 characters; pauses already taken keep their reason; with If-Match only if unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "queues.manage")
    public PauseReasonList replace(@PathParam("tenantId") String tenantId,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the reasons as read") String ifMatch,
                                   PauseReasonList list) {
        reasons.replace(tenantId, Bodies.required(list).reasons(), Versions.expectedUpdatedAt(ifMatch, current(tenantId),
                "The pause reasons of tenant '" + tenantId + "'"));
        return current(tenantId);
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchPauseReasons", summary = "Change the tenant's pause reasons (JSON Merge Patch, RFC 7396: reasons, if sent,"
            + " replace the list, as an array does in a merge patch); pauses already taken keep their reason; with If-Match only if"
            + " unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "queues.manage")
    public PauseReasonList patch(@PathParam("tenantId") String tenantId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the reasons as read") String ifMatch,
                                 JsonNode patch) throws JsonProcessingException {
        PauseReasonList now = current(tenantId);
        Versions.requireMatch(ifMatch, now, "The pause reasons of tenant '" + tenantId + "'");
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        reasons.replace(tenantId, MergePatch.apply(now, patch, PauseReasonList.class).reasons(), now.updatedAt());
        return current(tenantId);
    }
}
