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

import javax.ws.rs.core.SecurityContext;
import org.centrala.web.Access;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.Page;
import org.centrala.common.ValidationException;
import org.centrala.directory.Line;
import org.centrala.directory.LineDraft;
import org.centrala.directory.LineService;
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

/** R11: hot-desk lines and who holds them. */
@Path("tenants/{tenantId}/lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lines")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class LineResource implements RestResource {
    private final LineService lines;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @Activate
    public LineResource(@Reference LineService lines) {
        this.lines = lines;
    }

    @GET
    @Operation(operationId = "listLines", summary = "List lines with their holders (sort: name, createdAt)")
    @Allow({Audience.TENANT_USER, Audience.RESELLER_ADMIN})
    public Page<Line> list(@PathParam("tenantId") String tenantId,
                           @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return lines.list(tenantId, Paging.request(page, size, sort));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the line created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.directory.Line.class)))
    @Operation(operationId = "createLine", summary = "Create a line on an unassigned SIP device")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Response create(@PathParam("tenantId") String tenantId, LineDraft draft) {
        Line created = lines.create(tenantId, Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getLine", summary = "Read a line")
    @Allow({Audience.TENANT_USER, Audience.RESELLER_ADMIN})
    public Line get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return lines.get(tenantId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceLine", summary = "Replace a line's name or device")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Line update(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the line as read") String ifMatch, LineDraft draft) {
        return lines.update(tenantId, id, Bodies.required(draft), Versions.expectedUpdatedAt(ifMatch, lines.get(tenantId, id), "Line '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchLine", summary = "Change a line's name or device (JSON Merge Patch, RFC 7396); with If-Match only if unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Line patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the line as read") String ifMatch,
                      JsonNode patch) throws JsonProcessingException {
        Line current = lines.get(tenantId, id);
        Versions.requireMatch(ifMatch, current, "Line '" + id + "'");
        return lines.update(tenantId, id, MergePatch.apply(new LineDraft(current.name(), current.deviceId()), patch, LineDraft.class),
                current.updatedAt());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteLine", summary = "Delete a line no one holds")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN}, functions = "devices.manage")
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        lines.delete(tenantId, id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/holder")
    @Operation(operationId = "logInToLine", summary = "A contact-centre user logs in to the line (R11); 409 if someone else holds it")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_USER})
    public Line logIn(@PathParam("tenantId") String tenantId, @PathParam("id") String id, LineHolderRequest request) {
        String userId = Bodies.required(request).userId();
        Access.requireSelfUnlessManager(CallerSecurityContext.of(security), userId);
        return lines.logIn(tenantId, id, userId);
    }

    @DELETE
    @Path("{id}/holder")
    @Operation(operationId = "logOutOfLine", summary = "The holder logs out of the line")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_USER})
    public Line logOut(@PathParam("tenantId") String tenantId, @PathParam("id") String id, @QueryParam("userId") String userId) {
        if (userId == null || userId.isBlank()) {
            throw new ValidationException("userId", "is required");
        }
        Access.requireSelfUnlessManager(CallerSecurityContext.of(security), userId);
        return lines.logOut(tenantId, id, userId);
    }
}
