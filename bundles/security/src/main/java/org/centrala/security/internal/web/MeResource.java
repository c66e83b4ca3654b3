package org.centrala.security.internal.web;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.centrala.security.CredentialService;
import org.centrala.security.Me;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the caller is (issue 9, item 7): what a client, the web UI first of all, needs to decide what to show. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class MeResource implements RestResource {
    private final CredentialService credentials;

    @Context
    private SecurityContext security;

    @Activate
    public MeResource(@Reference CredentialService credentials) {
        this.credentials = credentials;
    }

    @GET
    @Allow({Audience.ANYONE})
    @Operation(operationId = "getMe", summary = "Who the caller is: its kind, log-in name, reseller, tenant and user, roles, functions (R7) and data scope (R18)")
    public Me me() {
        return credentials.me(CallerSecurityContext.of(security));
    }
}
