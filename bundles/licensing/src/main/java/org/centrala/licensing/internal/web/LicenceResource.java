package org.centrala.licensing.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.PATCH;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.HttpHeaders;
import org.centrala.web.MergePatch;
import org.centrala.web.Versions;
import io.swagger.v3.oas.annotations.Parameter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.LicenceService;
import org.centrala.web.Bodies;
import org.centrala.web.Months;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R13-R15: a tenant's contact-centre licences per channel, month by month. */
@Path("tenants/{tenantId}/licences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class LicenceResource implements RestResource {
    private final LicenceService licences;

    @Activate
    public LicenceResource(@Reference LicenceService licences) {
        this.licences = licences;
    }

    @GET
    @Operation(operationId = "listLicencePositions", summary = "Licences bought and held per channel, this month (R13, R14)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "licences.manage")
    public List<LicencePosition> positions(@PathParam("tenantId") String tenantId) {
        return licences.positions(tenantId);
    }

    @GET
    @Path("{channel}")
    @Operation(operationId = "getLicencePosition", summary = "Licences of one channel")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "licences.manage")
    public LicencePosition position(@PathParam("tenantId") String tenantId, @PathParam("channel") String channel) {
        return licences.position(tenantId, channel);
    }

    @PUT
    @Path("{channel}")
    @Operation(operationId = "setLicences", summary = "Buy or remove licences of a channel from a month on; never below the licences held (R14, R15)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "licences.manage")
    public LicencePosition set(@PathParam("tenantId") String tenantId, @PathParam("channel") String channel,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the position as read") String ifMatch,
                               QuantityRequest request) {
        Bodies.required(request);
        return licences.set(tenantId, channel, Months.parse("fromMonth", request.fromMonth()), request.requiredQuantity(),
                Versions.expectedUpdatedAt(ifMatch, licences.position(tenantId, channel), "The " + channel + " licences of tenant '" + tenantId + "'"));
    }

    @PATCH
    @Path("{channel}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchLicences", summary = "Change the licences of a channel (JSON Merge Patch, RFC 7396, of quantity and"
            + " fromMonth: what is not sent is this month's quantity, from this month); never below the licences held (R14, R15); with"
            + " If-Match only if unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "licences.manage")
    public LicencePosition patch(@PathParam("tenantId") String tenantId, @PathParam("channel") String channel,
                                 @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the position as read") String ifMatch,
                                 JsonNode patch) throws JsonProcessingException {
        LicencePosition current = licences.position(tenantId, channel);
        Versions.requireMatch(ifMatch, current, "The " + channel + " licences of tenant '" + tenantId + "'");
        QuantityRequest request = MergePatch.apply(new QuantityRequest(current.licences(), null), patch, QuantityRequest.class);
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        return licences.set(tenantId, channel, Months.parse("fromMonth", request.fromMonth()), request.requiredQuantity(), current.updatedAt());
    }
}
