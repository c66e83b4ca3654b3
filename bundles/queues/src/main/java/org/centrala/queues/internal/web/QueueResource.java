package org.centrala.queues.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PATCH;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.Page;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueDraft;
import org.centrala.queues.QueueService;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.MergePatch;
import org.centrala.web.Paging;
import org.centrala.web.RestResource;
import org.centrala.web.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** A tenant's queues with their members and skills (issue 11, item 3; R18: supervisors see their departments'). */
@Path("tenants/{tenantId}/queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class QueueResource implements RestResource {
    private static final String MANAGE = "queues.manage";

    private final QueueService queues;
    @Context
    private UriInfo uriInfo;
    @Context
    private SecurityContext security;

    @Activate
    public QueueResource(@Reference QueueService queues) {
        this.queues = queues;
    }

    @GET
    @ApiResponse(responseCode = "200", description = "a page of queues", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QueuePage.class)))
    @Operation(operationId = "listQueues", summary = "List the tenant's queues with their members (sort: name, createdAt);"
            + " a supervisor sees its departments' only")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER, Audience.SUPERVISOR},
            functions = MANAGE)
    public Page<Queue> list(@PathParam("tenantId") String tenantId, @QueryParam("page") String page, @QueryParam("size") String size,
                            @QueryParam("sort") String sort) {
        return queues.list(tenantId, Scope.departments(CallerSecurityContext.of(security)), Paging.request(page, size, sort));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the queue created; pbxName is its name on the PBX",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queue.class)))
    @Operation(operationId = "createQueue", summary = "Create a queue in a department, with contact-centre users as members and"
            + " their skills as penalties (0 is rung first)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = MANAGE)
    public Response create(@PathParam("tenantId") String tenantId, QueueDraft draft) {
        Scope.requireDepartment(CallerSecurityContext.of(security), Bodies.required(draft).departmentId());
        Queue created = queues.create(tenantId, draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQueue", summary = "Read a queue")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER, Audience.SUPERVISOR},
            functions = MANAGE)
    public Queue get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return Scope.visible(CallerSecurityContext.of(security), queues.get(tenantId, id));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceQueue", summary = "Replace a queue's department, name, strategy, service level, wrap-up and"
            + " members; its pbxName stays; logged-in agents get the new membership at their next log-in")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = MANAGE)
    public Queue update(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the queue as read") String ifMatch,
                        QueueDraft draft) {
        Queue current = Scope.visible(CallerSecurityContext.of(security), queues.get(tenantId, id));
        Scope.requireDepartment(CallerSecurityContext.of(security), Bodies.required(draft).departmentId());
        return queues.update(tenantId, id, draft, Versions.expectedUpdatedAt(ifMatch, current, "Queue '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchQueue", summary = "Change some of a queue's details (JSON Merge Patch, RFC 7396: what is sent changes,"
            + " null clears, the rest stays); with If-Match only if unchanged since (412 otherwise)")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = MANAGE)
    public Queue patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the queue as read") String ifMatch,
                       JsonNode patch) throws JsonProcessingException {
        Queue current = Scope.visible(CallerSecurityContext.of(security), queues.get(tenantId, id));
        Versions.requireMatch(ifMatch, current, "Queue '" + id + "'");
        QueueDraft draft = MergePatch.apply(new QueueDraft(current.departmentId(), current.name(), current.strategy(),
                current.serviceLevelSeconds(), current.wrapUpSeconds(), current.members(), current.extension()), patch, QueueDraft.class);
        // R18: a supervisor moves a queue only within its own departments.
        Scope.requireDepartment(CallerSecurityContext.of(security), draft.departmentId());
        return queues.update(tenantId, id, draft, current.updatedAt());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteQueue", summary = "Delete a queue no agent is logged in to")
    @Allow(value = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN}, functions = MANAGE)
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        Scope.visible(CallerSecurityContext.of(security), queues.get(tenantId, id));
        queues.delete(tenantId, id);
        return Response.noContent().build();
    }
}
