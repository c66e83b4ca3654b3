package org.centrala.security.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.web.Bodies;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.security.CredentialService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A contact-centre user's password (R7); back-office users never log in (R5). */
@Path("tenants/{tenantId}/users/{userId}/password")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PasswordResource implements RestResource {
    private final CredentialService credentials;

    @Activate
    public PasswordResource(@Reference CredentialService credentials) {
        this.credentials = credentials;
    }

    @PUT
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SELF})
    @Operation(operationId = "setUserPassword", summary = "Set the user's password (body: password, 12 or more characters); refused for back-office users (R5)")
    public Response set(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId, CredentialRequest request) {
        credentials.setUserPassword(tenantId, userId, Bodies.required(request).password());
        return Response.noContent().build();
    }
}
