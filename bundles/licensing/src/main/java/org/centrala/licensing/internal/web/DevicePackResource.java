package org.centrala.licensing.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

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

import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.DevicePacks;
import org.centrala.web.Bodies;
import org.centrala.web.Months;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R3: a tenant's device packs of 10 devices. */
@Path("tenants/{tenantId}/device-packs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class DevicePackResource implements RestResource {
    private final DevicePackService packs;

    @Activate
    public DevicePackResource(@Reference DevicePackService packs) {
        this.packs = packs;
    }

    @GET
    @Operation(operationId = "getDevicePacks", summary = "The tenant's device packs and the devices in use (R3)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "licences.manage")
    public DevicePacks get(@PathParam("tenantId") String tenantId) {
        return packs.get(tenantId);
    }

    @PUT
    @Operation(operationId = "setDevicePacks", summary = "Buy or remove device packs from a month on (quantity; fromMonth YYYY-MM, default this month); never below the devices in use")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "licences.manage")
    public DevicePacks set(@PathParam("tenantId") String tenantId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the packs as read") String ifMatch,
                           QuantityRequest request) {
        Bodies.required(request);
        return packs.set(tenantId, Months.parse("fromMonth", request.fromMonth()), request.requiredQuantity(),
                Versions.expectedUpdatedAt(ifMatch, packs.get(tenantId), "The device packs of tenant '" + tenantId + "'"));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchDevicePacks", summary = "Change the device packs (JSON Merge Patch, RFC 7396, of quantity and fromMonth:"
            + " what is not sent is this month's quantity, from this month); never below the devices in use; with If-Match only if"
            + " unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = "licences.manage")
    public DevicePacks patch(@PathParam("tenantId") String tenantId,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the packs as read") String ifMatch,
                             JsonNode patch) throws JsonProcessingException {
        DevicePacks current = packs.get(tenantId);
        Versions.requireMatch(ifMatch, current, "The device packs of tenant '" + tenantId + "'");
        QuantityRequest request = MergePatch.apply(new QuantityRequest(current.packs(), null), patch, QuantityRequest.class);
        // Written against the version merged: a change made meanwhile is a 412, never overwritten.
        return packs.set(tenantId, Months.parse("fromMonth", request.fromMonth()), request.requiredQuantity(), current.updatedAt());
    }
}
