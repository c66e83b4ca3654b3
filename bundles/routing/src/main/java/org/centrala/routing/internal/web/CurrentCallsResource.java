package org.centrala.routing.internal.web;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.routing.internal.calls.CurrentCalls;
import org.centrala.routing.internal.calls.UserCalls;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** The calls on a user's own phone now (issue 11, the agent's desk). */
@Path("tenants/{tenantId}/users/{userId}/current-calls")
@Tag(name = "Routing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class CurrentCallsResource implements RestResource {
    private final CurrentCalls calls;

    @Activate
    public CurrentCallsResource(@Reference CurrentCalls calls) {
        this.calls = calls;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCurrentCalls", summary = "The calls on the user's own phone now (its line's device, else its"
            + " desk phone or softphone): ringing, calling or connected, with the other party's number and name as the phone"
            + " shows them; from the PBX link's live events")
    @Allow({Audience.TENANT_ADMIN, Audience.SELF})
    public UserCalls get(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return calls.of(tenantId, userId);
    }
}
