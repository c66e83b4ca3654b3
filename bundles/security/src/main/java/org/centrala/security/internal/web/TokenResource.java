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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.SecurityContext;

import org.centrala.web.Bodies;
import org.centrala.web.Instants;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.security.ApiToken;
import org.centrala.security.CredentialService;
import org.centrala.security.NewApiToken;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own API tokens, for partners' integrations; a token acts with its owner's rights. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class TokenResource implements RestResource {
    private final CredentialService credentials;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uriInfo;

    @Activate
    public TokenResource(@Reference CredentialService credentials) {
        this.credentials = credentials;
    }

    @GET
    @Allow({Audience.ANYONE})
    @Operation(operationId = "listApiTokens", summary = "Your API tokens (never their secrets)")
    public List<ApiToken> list() {
        return credentials.tokens(CallerSecurityContext.of(security));
    }

    @POST
    @Allow({Audience.ANYONE})
    @ApiResponse(responseCode = "201", description = "the API token created, with its secret (shown in this answer only)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.security.NewApiToken.class)))
    @Operation(operationId = "createApiToken", summary = "Create an API token; the token (ct_...) is in this answer only. Use it as Authorization: Bearer <token>")
    public Response create(TokenRequest request) {
        Bodies.required(request);
        NewApiToken created = credentials.createToken(CallerSecurityContext.of(security), request.name(), Instants.parse("expiresAt", request.expiresAt()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.apiToken().id()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Allow({Audience.ANYONE})
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of your API tokens")
    public Response revoke(@PathParam("id") String id) {
        credentials.revokeToken(CallerSecurityContext.of(security), id);
        return Response.noContent().build();
    }
}
