package org.centrala.directory.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.PATCH;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.centrala.directory.Device;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceService;
import org.centrala.directory.NewDevice;
import org.centrala.web.Bodies;
import org.centrala.web.Versions;
import org.centrala.web.MergePatch;
import org.centrala.web.Paging;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DeviceQuery;
import org.centrala.directory.SipRegistrations;
import org.centrala.directory.internal.RegisteredDevices;
import org.centrala.common.Page;
import java.util.function.Function;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.centrala.common.PageRequest;
import org.centrala.web.QueryValues;
import org.centrala.web.CsvExport;
import org.centrala.web.ExportFormat;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R3: devices of a tenant, within its packs of 10. */
@Path("tenants/{tenantId}/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class DeviceResource implements RestResource {
    private final DeviceService devices;

    /** The PBX link's view of registrations; absent on a node without the PBX concern. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SipRegistrations registrations;

    @Context
    private UriInfo uriInfo;

    @Activate
    public DeviceResource(@Reference DeviceService devices) {
        this.devices = devices;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "a page of devices, or with format=csv or xlsx all of them", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.directory.internal.web.DevicePage.class)), @Content(mediaType = "text/csv"), @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE)})
    @Operation(operationId = "listDevices", summary = "List and search devices (sort: label, kind, createdAt); every filter is optional and they add up;"
            + " format=csv or xlsx exports every match, without SIP secrets")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER}, functions = "devices.manage")
    public Response list(@PathParam("tenantId") String tenantId,
                         @QueryParam("ownerUserId") @Parameter(description = "only this user's devices") String ownerUserId,
                         @QueryParam("kind") @Parameter(description = "SIP_DESK_PHONE, SIP_SOFTPHONE or MOBILE_PHONE") String kind,
                         @QueryParam("q") @Parameter(description = "free text: part of the label or SIP user name, or digits of a mobile number") String q,
                         @QueryParam("registered") @Parameter(description = "true: only SIP phones registered on the PBX now; false: only SIP phones"
                                 + " that are not (mobile phones have no registration and are in neither); 409 while the tenant's PBX is not linked",
                                 schema = @Schema(type = "boolean")) String registered,
                         @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
                         @QueryParam("format") @Parameter(description = "json (default), csv or xlsx (a spreadsheet)") String format) {
        DeviceQuery query = new DeviceQuery(q, ownerUserId, QueryValues.constant(DeviceKind.class, "kind", kind));
        Boolean wantRegistered = QueryValues.bool("registered", registered);
        Function<PageRequest, Page<Device>> pages = wantRegistered == null ? request -> devices.find(tenantId, query, request)
                : RegisteredDevices.pages(devices, registrations, tenantId, query, wantRegistered, sort);
        ExportFormat export = ExportFormat.of(format);
        if (export != ExportFormat.JSON) {
            pages.apply(PageRequest.first(1)); // an unknown tenant is a 404 (an unlinked PBX a 409) before the stream's 200
            return export.attachment("devices-" + tenantId, DeviceCsvRow.class, CsvExport.allPages(pages, "createdAt"), DeviceCsvRow::of);
        }
        return Response.ok(pages.apply(Paging.request(page, size, sort)), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the device created, with its SIP secret (shown in this answer only)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.directory.NewDevice.class)))
    @Operation(operationId = "createDevice", summary = "Register a device; a SIP device's generated secret is in this answer only; 409 beyond 10 x packs (R3)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Response create(@PathParam("tenantId") String tenantId, DeviceDraft draft) {
        NewDevice created = devices.create(tenantId, Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.device().id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDevice", summary = "Read a device (never its SIP secret)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER}, functions = "devices.manage")
    public Device get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return devices.get(tenantId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceDevice", summary = "Replace a device's label, owner or mobile number; the kind cannot change")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Device update(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the device as read") String ifMatch, DeviceDraft draft) {
        return devices.update(tenantId, id, Bodies.required(draft), Versions.expectedUpdatedAt(ifMatch, devices.get(tenantId, id), "Device '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchDevice", summary = "Change a device's label, owner or mobile number (JSON Merge Patch, RFC 7396);"
            + " with If-Match only if unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Device patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the device as read") String ifMatch,
                        JsonNode patch) throws JsonProcessingException {
        Device current = devices.get(tenantId, id);
        Versions.requireMatch(ifMatch, current, "Device '" + id + "'");
        DeviceDraft now = new DeviceDraft(current.kind(), current.label(), current.ownerUserId(), current.mobileNumber(), null);
        return devices.update(tenantId, id, MergePatch.apply(now, patch, DeviceDraft.class), current.updatedAt());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteDevice", summary = "Delete a device no ring plan or line uses")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        devices.delete(tenantId, id);
        return Response.noContent().build();
    }
}
