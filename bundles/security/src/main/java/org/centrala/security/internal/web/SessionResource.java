package org.centrala.security.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.SecurityContext;

import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.common.Caller;
import org.centrala.security.ApiToken;
import org.centrala.security.CredentialService;
import org.centrala.security.Me;
import org.centrala.security.NewApiToken;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Dashboard sessions (R7, R9): log in with a password to get a session token, log out to end it;
 * both are recorded in the audit log.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class SessionResource implements RestResource {
    private final CredentialService credentials;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uriInfo;

    @Activate
    public SessionResource(@Reference CredentialService credentials) {
        this.credentials = credentials;
    }

    @POST
    @Allow({Audience.ANYONE})
    @ApiResponse(responseCode = "201", description = "the session: its token (shown in this answer only) and who it belongs to", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.centrala.security.internal.web.SessionResource.NewSession.class)))
    @Operation(operationId = "logIn", summary = "Log in (with Basic credentials): a session token for Authorization: Bearer, valid 12 hours; audited (R9)")
    public Response logIn() {
        Caller caller = CallerSecurityContext.of(security);
        NewApiToken session = credentials.logIn(caller);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(session.apiToken().id()).build())
                .entity(new NewSession(session.apiToken(), session.token(), credentials.me(caller))).build();
    }

    /** A new session: its token (shown in this answer only) and who it belongs to, as {@code GET /me} tells. */
    public record NewSession(ApiToken apiToken, String token, Me me) {
        @Override
        public String toString() {
            return "NewSession[" + apiToken + ", token=***, " + me + "]";
        }
    }

    @DELETE
    @Path("{id}")
    @Allow({Audience.ANYONE})
    @Operation(operationId = "logOut", summary = "Log out: end the session of that token; audited (R9)")
    public Response logOut(@PathParam("id") String id) {
        credentials.logOut(CallerSecurityContext.of(security), id);
        return Response.noContent().build();
    }
}
