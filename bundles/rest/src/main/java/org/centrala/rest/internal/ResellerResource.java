package org.centrala.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.centrala.common.Page;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.ResellerService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R1: the resellers that run Centrala. */
@Path("resellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resellers")
public class ResellerResource {
    private final ResellerService resellers;

    @Context
    private UriInfo uriInfo;

    public ResellerResource(ResellerService resellers) {
        this.resellers = resellers;
    }

    @GET
    @Operation(summary = "List resellers, paged and sorted (sort: name, createdAt)")
    public Page<Reseller> list(@QueryParam("page") @Parameter(description = "zero-based page") String page,
                               @QueryParam("size") @Parameter(description = "1 to 500, default 20") String size,
                               @QueryParam("sort") @Parameter(description = "field[,asc|desc]") String sort) {
        return resellers.list(Paging.request(page, size, sort));
    }

    @POST
    @Operation(summary = "Create a reseller")
    public Response create(ResellerDraft draft) {
        Reseller created = resellers.create(Bodies.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a reseller")
    public Reseller get(@PathParam("id") String id) {
        return resellers.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a reseller's name and contact")
    public Reseller update(@PathParam("id") String id, ResellerDraft draft) {
        return resellers.update(id, Bodies.required(draft));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a reseller that has no tenants")
    public Response delete(@PathParam("id") String id) {
        resellers.delete(id);
        return Response.noContent().build();
    }
}
