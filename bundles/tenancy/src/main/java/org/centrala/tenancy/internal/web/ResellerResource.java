package org.centrala.tenancy.internal.web;

import org.centrala.web.Paging;
import org.centrala.web.Bodies;
import org.centrala.web.Versions;
import org.centrala.web.MergePatch;

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

import javax.ws.rs.core.SecurityContext;
import java.util.List;
import org.centrala.common.CallerKind;
import org.centrala.common.Caller;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.PageRequest;
import org.centrala.common.Page;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.ResellerService;

import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.IdParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R1: the resellers that run Centrala. */
@IdParam("resellerId")
@Path("resellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resellers")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ResellerResource implements RestResource {
    private final ResellerService resellers;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @Activate
    public ResellerResource(@Reference ResellerService resellers) {
        this.resellers = resellers;
    }

    @GET
    @Operation(operationId = "listResellers", summary = "List resellers, paged and sorted (sort: name, createdAt)")
    @Allow({Audience.RESELLER_ADMIN})
    public Page<Reseller> list(@QueryParam("page") @Parameter(description = "zero-based page") String page,
                               @QueryParam("size") @Parameter(description = "1 to 500, default 20") String size,
                               @QueryParam("sort") @Parameter(description = "field[,asc|desc]") String sort) {
        PageRequest request = Paging.request(page, size, sort);
        Caller caller = CallerSecurityContext.of(security);
        if (caller.kind() == CallerKind.RESELLER_ADMIN) {
            // A reseller administrator sees its own reseller only (R1).
            List<Reseller> own = request.page() == 0 ? List.of(resellers.get(caller.resellerId())) : List.of();
            return Page.of(own, request, 1);
        }
        return resellers.list(request);
    }

    @POST
    // No @Allow: node operators only.
    @ApiResponse(responseCode = "201", description = "the reseller created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.tenancy.Reseller.class)))
    @Operation(operationId = "createReseller", summary = "Create a reseller")
    public Response create(ResellerDraft draft) {
        Reseller created = resellers.create(Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReseller", summary = "Read a reseller")
    @Allow({Audience.RESELLER_ADMIN})
    public Reseller get(@PathParam("id") String id) {
        return resellers.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceReseller", summary = "Replace a reseller's name and contact")
    @Allow({Audience.RESELLER_ADMIN})
    public Reseller update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the reseller as read") String ifMatch,
                           ResellerDraft draft) {
        return resellers.update(id, Bodies.required(draft), Versions.expectedUpdatedAt(ifMatch, resellers.get(id), "Reseller '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchReseller", summary = "Change some of a reseller's name and contact (JSON Merge Patch, RFC 7396); with If-Match only if unchanged since (412 otherwise)")
    @Allow({Audience.RESELLER_ADMIN})
    public Reseller patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the reseller as read") String ifMatch,
                          JsonNode patch) throws JsonProcessingException {
        Reseller current = resellers.get(id);
        Versions.requireMatch(ifMatch, current, "Reseller '" + id + "'");
        return resellers.update(id, MergePatch.apply(new ResellerDraft(current.name(), current.contactEmail(), current.retentionDays()), patch,
                ResellerDraft.class), current.updatedAt());
    }

    @POST
    @Path("{id}/suspension")
    // No @Allow: node operators only (a reseller's own administrators would lock themselves out).
    @Operation(operationId = "suspendReseller", summary = "Suspend the reseller: its administrators' and its tenants' users' log-ins are refused from"
            + " the next request, its tenants' PBX links stop, its tenants are not billed after this month; nothing is deleted; audited")
    public Reseller suspend(@PathParam("id") String id) {
        return resellers.suspend(id);
    }

    @DELETE
    @Path("{id}/suspension")
    // No @Allow: node operators only.
    @Operation(operationId = "reactivateReseller", summary = "End the reseller's suspension; its tenants are as they were; audited")
    public Reseller reactivate(@PathParam("id") String id) {
        return resellers.reactivate(id);
    }

    @POST
    @Path("{id}/termination")
    // No @Allow: node operators only.
    @Operation(operationId = "terminateReseller", summary = "Terminate a reseller whose tenants are all terminated, erased or moved away: as"
            + " suspended, and erased when its retentionDays have passed (erasableAt) unless withdrawn; audited")
    public Reseller terminate(@PathParam("id") String id) {
        return resellers.terminate(id);
    }

    @DELETE
    @Path("{id}/termination")
    // No @Allow: node operators only.
    @Operation(operationId = "withdrawResellerTermination", summary = "Withdraw a reseller's termination before its erasure: it is suspended again; audited")
    public Reseller withdrawTermination(@PathParam("id") String id) {
        return resellers.withdrawTermination(id);
    }

    @POST
    @Path("{id}/erasure")
    // No @Allow: node operators only.
    @Operation(operationId = "eraseReseller", summary = "Erase a terminated reseller now: its terminated tenants are erased, its administrators'"
            + " credentials and its contact address go; its name and billing history stay; audited; final")
    public Reseller erase(@PathParam("id") String id) {
        return resellers.erase(id);
    }

    @DELETE
    @Path("{id}")
    // No @Allow: node operators only.
    @Operation(operationId = "deleteReseller", summary = "Delete a reseller that has no tenants")
    public Response delete(@PathParam("id") String id) {
        resellers.delete(id);
        return Response.noContent().build();
    }
}
