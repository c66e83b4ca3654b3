package org.centrala.security.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.centrala.web.Bodies;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.security.CredentialService;
import org.centrala.security.ResellerAdmin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The administrators of a reseller, who log in with their e-mail address. */
@Path("resellers/{resellerId}/admins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ResellerAdminResource implements RestResource {
    private final CredentialService credentials;

    @Context
    private UriInfo uriInfo;

    @Activate
    public ResellerAdminResource(@Reference CredentialService credentials) {
        this.credentials = credentials;
    }

    @GET
    @Allow({Audience.RESELLER_ADMIN})
    @Operation(operationId = "listResellerAdmins", summary = "The reseller's administrators")
    public List<ResellerAdmin> list(@PathParam("resellerId") String resellerId) {
        return credentials.resellerAdmins(resellerId);
    }

    @POST
    @Allow({Audience.RESELLER_ADMIN})
    @ApiResponse(responseCode = "201", description = "the reseller administrator created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.security.ResellerAdmin.class)))
    @Operation(operationId = "createResellerAdmin", summary = "Add an administrator (body: email, password of 12 or more characters)")
    public Response create(@PathParam("resellerId") String resellerId, CredentialRequest request) {
        Bodies.required(request);
        ResellerAdmin created = credentials.createResellerAdmin(resellerId, request.email(), request.password());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @DELETE
    @Path("{email}")
    @Allow({Audience.RESELLER_ADMIN})
    @Operation(operationId = "deleteResellerAdmin", summary = "Remove an administrator and revoke its API tokens")
    public Response delete(@PathParam("resellerId") String resellerId, @PathParam("email") String email) {
        credentials.deleteResellerAdmin(resellerId, email);
        return Response.noContent().build();
    }
}
