package org.centrala.tenancy.internal.web;

import org.centrala.web.Paging;
import org.centrala.web.Bodies;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.PbxRecord;
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
import org.centrala.common.CallerKind;
import org.centrala.common.Caller;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.TenantService;

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

/** R1, R2: tenants with their virtual PBX record. The AMI secret is accepted, never returned. */
@IdParam("tenantId")
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class TenantResource implements RestResource {
    private final TenantService tenants;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @Activate
    public TenantResource(@Reference TenantService tenants) {
        this.tenants = tenants;
    }

    @GET
    @Operation(operationId = "listTenants", summary = "List tenants, paged and sorted (sort: name, createdAt), optionally of one reseller")
    @Allow({Audience.RESELLER_ADMIN})
    public Page<Tenant> list(@QueryParam("resellerId") @Parameter(description = "only this reseller's tenants") String resellerId,
                             @QueryParam("page") @Parameter(description = "zero-based page") String page,
                             @QueryParam("size") @Parameter(description = "1 to 500, default 20") String size,
                             @QueryParam("sort") @Parameter(description = "field[,asc|desc]") String sort) {
        String filter = resellerId == null || resellerId.isBlank() ? null : resellerId;
        Caller caller = CallerSecurityContext.of(security);
        if (caller.kind() == CallerKind.RESELLER_ADMIN) {
            // A reseller administrator lists its own tenants only (R1).
            if (filter != null && !filter.equals(caller.resellerId())) {
                throw new NotFoundException("Reseller", filter);
            }
            filter = caller.resellerId();
        }
        return tenants.list(filter, Paging.request(page, size, sort));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the tenant created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.tenancy.Tenant.class)))
    @Operation(operationId = "createTenant", summary = "Create a tenant together with its virtual PBX record (R2)")
    @Allow({Audience.RESELLER_ADMIN})
    public Response create(TenantDraft draft) {
        Caller caller = CallerSecurityContext.of(security);
        if (caller.kind() == CallerKind.RESELLER_ADMIN && draft != null && !caller.resellerId().equals(draft.resellerId())) {
            throw new NotFoundException("Reseller", draft.resellerId());
        }
        Tenant created = tenants.create(Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTenant", summary = "Read a tenant and its PBX record (without the AMI secret)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_USER})
    public Tenant get(@PathParam("id") String id) {
        return tenants.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceTenant", summary = "Replace a tenant's name and PBX record; leave pbx.amiSecret out to keep the stored one")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the tenant as read") String ifMatch,
                         TenantDraft draft) {
        return tenants.update(id, Bodies.required(draft), Versions.expectedUpdatedAt(ifMatch, tenants.get(id), "Tenant '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchTenant", summary = "Change some of a tenant's name, sign-in domain and PBX record (JSON Merge Patch, RFC 7396); the AMI secret is changed only if sent;"
            + " with If-Match only if unchanged since (412 otherwise)")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the tenant as read") String ifMatch,
                        JsonNode patch) throws JsonProcessingException {
        Tenant current = tenants.get(id);
        Versions.requireMatch(ifMatch, current, "Tenant '" + id + "'");
        PbxRecord pbx = current.pbx();
        TenantDraft now = new TenantDraft(current.resellerId(), current.name(),
                new PbxSettings(pbx.host(), pbx.amiPort(), pbx.amiUser(), null, pbx.dialplanContext(), pbx.trunk()), current.signInDomain());
        // The version read here is the one patched: a change made meanwhile is a 412, never overwritten.
        return tenants.update(id, MergePatch.apply(now, renamedContext(patch), TenantDraft.class), current.updatedAt());
    }

    /**
     * The context by either name (issue 11): the record read has both, equal, so a patch of one name
     * changes the other with it; a patch that names both with different values is refused by validation.
     */
    private static JsonNode renamedContext(JsonNode patch) {
        JsonNode pbx = patch == null ? null : patch.get("pbx");
        if (pbx instanceof com.fasterxml.jackson.databind.node.ObjectNode fields) {
            if (fields.has("agiContext") && !fields.has("dialplanContext")) {
                fields.set("dialplanContext", fields.get("agiContext"));
            } else if (fields.has("dialplanContext") && !fields.has("agiContext")) {
                fields.set("agiContext", fields.get("dialplanContext"));
            }
        }
        return patch;
    }

    @POST
    @Path("{id}/suspension")
    @Operation(operationId = "suspendTenant", summary = "Suspend the tenant: its users' log-ins are refused from the next request, its PBX link"
            + " stops, billing stops from the next month; all its data is kept; audited")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant suspend(@PathParam("id") String id) {
        return tenants.suspend(id);
    }

    @DELETE
    @Path("{id}/suspension")
    @Operation(operationId = "reactivateTenant", summary = "End the tenant's suspension: it works as before; audited")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant reactivate(@PathParam("id") String id) {
        return tenants.reactivate(id);
    }

    @POST
    @Path("{id}/termination")
    @Operation(operationId = "terminateTenant", summary = "Terminate the tenant: as suspended, and its data is erased when its reseller's"
            + " retentionDays have passed (erasableAt) unless the termination is withdrawn; audited")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant terminate(@PathParam("id") String id) {
        return tenants.terminate(id);
    }

    @DELETE
    @Path("{id}/termination")
    @Operation(operationId = "withdrawTenantTermination", summary = "Withdraw a termination before the erasure: the tenant is suspended again,"
            + " with all its data; audited")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant withdrawTermination(@PathParam("id") String id) {
        return tenants.withdrawTermination(id);
    }

    @POST
    @Path("{id}/erasure")
    @Operation(operationId = "eraseTenant", summary = "Erase a terminated tenant now, before its retention period ends: users anonymised,"
            + " devices, lines, credentials, departments and call parties removed; its name and billing history stay; audited; final")
    @Allow({Audience.RESELLER_ADMIN})
    public Tenant erase(@PathParam("id") String id) {
        return tenants.erase(id);
    }

    @POST
    @Path("{id}/move")
    // No @Allow: node operators only, who see both resellers.
    @Operation(operationId = "moveTenant", summary = "Move the tenant to another reseller: the month of the move is billed by the one it leaves,"
            + " the next months by the new one; audited for both")
    public Tenant move(@PathParam("id") String id, TenantMoveRequest move) {
        return tenants.move(id, Bodies.required(move).resellerId());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteTenant", summary = "Delete a tenant that has no history (no departments); one with a history is terminated instead")
    @Allow({Audience.RESELLER_ADMIN})
    public Response delete(@PathParam("id") String id) {
        tenants.delete(id);
        return Response.noContent().build();
    }
}
