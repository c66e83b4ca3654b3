package org.centrala.rest.internal.security;

import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.rest.internal.Bodies;
import org.centrala.rest.internal.access.Allow;
import org.centrala.rest.internal.access.Audience;
import org.centrala.security.CredentialService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A contact-centre user's password (R7); back-office users never log in (R5). */
@Path("tenants/{tenantId}/users/{userId}/password")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class PasswordResource {
    private final CredentialService credentials;

    public PasswordResource(CredentialService credentials) {
        this.credentials = credentials;
    }

    @PUT
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SELF})
    @Operation(summary = "Set the user's password (body: password, 12 or more characters); refused for back-office users (R5)")
    public Response set(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId, CredentialRequest request) {
        credentials.setUserPassword(tenantId, userId, Bodies.required(request).password());
        return Response.noContent().build();
    }
}
