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

import org.centrala.common.Page;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.directory.AccessProfileService;
import org.centrala.web.Bodies;
import org.centrala.web.Versions;
import org.centrala.web.MergePatch;
import org.centrala.web.Paging;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R7, R18: access profiles: functions and data scope of contact-centre users. */
@Path("tenants/{tenantId}/access-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Access profiles")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class AccessProfileResource implements RestResource {
    private final AccessProfileService profiles;

    @Context
    private UriInfo uriInfo;

    @Activate
    public AccessProfileResource(@Reference AccessProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Operation(operationId = "listAccessProfiles", summary = "List access profiles (sort: name, createdAt)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER})
    public Page<AccessProfile> list(@PathParam("tenantId") String tenantId,
                                    @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return profiles.list(tenantId, Paging.request(page, size, sort));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the access profile created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.directory.AccessProfile.class)))
    @Operation(operationId = "createAccessProfile", summary = "Create an access profile")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response create(@PathParam("tenantId") String tenantId, AccessProfileDraft draft) {
        AccessProfile created = profiles.create(tenantId, Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccessProfile", summary = "Read an access profile")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER})
    public AccessProfile get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return profiles.get(tenantId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceAccessProfile", summary = "Replace an access profile")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public AccessProfile update(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                                @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the profile as read") String ifMatch,
                                AccessProfileDraft draft) {
        return profiles.update(tenantId, id, Bodies.required(draft),
                Versions.expectedUpdatedAt(ifMatch, profiles.get(tenantId, id), "Access profile '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchAccessProfile", summary = "Change some of an access profile (JSON Merge Patch, RFC 7396);"
            + " with If-Match only if unchanged since (412 otherwise)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public AccessProfile patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the profile as read") String ifMatch,
                               JsonNode patch) throws JsonProcessingException {
        AccessProfile current = profiles.get(tenantId, id);
        Versions.requireMatch(ifMatch, current, "Access profile '" + id + "'");
        AccessProfileDraft now = new AccessProfileDraft(current.name(), current.functions(), current.scope(), current.departmentIds());
        return profiles.update(tenantId, id, MergePatch.apply(now, patch, AccessProfileDraft.class), current.updatedAt());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAccessProfile", summary = "Delete an access profile no active user has")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        profiles.delete(tenantId, id);
        return Response.noContent().build();
    }
}
