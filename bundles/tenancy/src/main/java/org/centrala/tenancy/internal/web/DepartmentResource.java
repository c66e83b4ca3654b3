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

import org.centrala.common.Page;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.DepartmentService;

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

/** R1: the departments and branches of one tenant, nested under it. */
@Path("tenants/{tenantId}/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class DepartmentResource implements RestResource {
    private final DepartmentService departments;

    @Context
    private UriInfo uriInfo;

    @Activate
    public DepartmentResource(@Reference DepartmentService departments) {
        this.departments = departments;
    }

    @GET
    @Operation(operationId = "listDepartments", summary = "List a tenant's departments, paged and sorted (sort: name, countryCode, createdAt)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER})
    public Page<Department> list(@PathParam("tenantId") String tenantId,
                                 @QueryParam("page") @Parameter(description = "zero-based page") String page,
                                 @QueryParam("size") @Parameter(description = "1 to 500, default 20") String size,
                                 @QueryParam("sort") @Parameter(description = "field[,asc|desc]") String sort) {
        return departments.list(tenantId, Paging.request(page, size, sort));
    }

    @POST
    @ApiResponse(responseCode = "201", description = "the department created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.tenancy.Department.class)))
    @Operation(operationId = "createDepartment", summary = "Create a department of the tenant")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response create(@PathParam("tenantId") String tenantId, DepartmentDraft draft) {
        Department created = departments.create(tenantId, Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDepartment", summary = "Read a department")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER})
    public Department get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return departments.get(tenantId, id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceDepartment", summary = "Replace a department's name and country")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Department update(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the department as read") String ifMatch,
                             DepartmentDraft draft) {
        return departments.update(tenantId, id, Bodies.required(draft),
                Versions.expectedUpdatedAt(ifMatch, departments.get(tenantId, id), "Department '" + id + "'"));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchDepartment", summary = "Change a department's name or country (JSON Merge Patch, RFC 7396); with If-Match only if unchanged since (412 otherwise)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Department patch(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the department as read") String ifMatch,
                            JsonNode patch) throws JsonProcessingException {
        Department current = departments.get(tenantId, id);
        Versions.requireMatch(ifMatch, current, "Department '" + id + "'");
        return departments.update(tenantId, id, MergePatch.apply(new DepartmentDraft(current.name(), current.countryCode()), patch,
                DepartmentDraft.class), current.updatedAt());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteDepartment", summary = "Delete a department")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN})
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        departments.delete(tenantId, id);
        return Response.noContent().build();
    }
}
