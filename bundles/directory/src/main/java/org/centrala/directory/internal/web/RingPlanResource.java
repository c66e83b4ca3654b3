package org.centrala.directory.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

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

import org.centrala.directory.RingPlan;
import org.centrala.directory.RingPlanService;
import org.centrala.web.Bodies;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R5: the ring plan of a back-office user. */
@Path("tenants/{tenantId}/users/{userId}/ring-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ring plans")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class RingPlanResource implements RestResource {
    private final RingPlanService plans;

    @Activate
    public RingPlanResource(@Reference RingPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(operationId = "getRingPlan", summary = "The user's ring plan, or the default: desk phone 10 s, then the mobile (stored=false)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER}, functions = "devices.manage")
    public RingPlan get(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return plans.get(tenantId, userId);
    }

    @PUT
    @Operation(operationId = "setRingPlan", summary = "Replace the ring plan: ordered steps of the user's own devices with positive ring"
            + " times; with If-Match only if unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public RingPlan set(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the plan as read") String ifMatch,
                        RingPlanRequest request) {
        return plans.set(tenantId, userId, Bodies.required(request).steps(), Versions.expectedUpdatedAt(ifMatch, plans.get(tenantId, userId),
                "The ring plan of user '" + userId + "'"));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchRingPlan", summary = "Change the ring plan (JSON Merge Patch, RFC 7396: steps, if sent, replace the steps,"
            + " as an array does in a merge patch); starts from the default plan when the user has none; with If-Match only if"
            + " unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public RingPlan patch(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the plan as read") String ifMatch,
                          JsonNode patch) throws JsonProcessingException {
        RingPlan current = plans.get(tenantId, userId);
        Versions.requireMatch(ifMatch, current, "The ring plan of user '" + userId + "'");
        RingPlanRequest now = new RingPlanRequest(current.steps());
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        return plans.set(tenantId, userId, MergePatch.apply(now, patch, RingPlanRequest.class).steps(), current.updatedAt());
    }

    @DELETE
    @Operation(operationId = "resetRingPlan", summary = "Back to the default ring plan")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public RingPlan reset(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return plans.reset(tenantId, userId);
    }
}
