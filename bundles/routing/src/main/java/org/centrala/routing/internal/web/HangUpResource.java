package org.centrala.routing.internal.web;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.routing.internal.calls.ClickToCall;
import org.centrala.routing.internal.calls.HungUpCall;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Hanging up a user's current call (issue 11, item 4). */
@Path("tenants/{tenantId}/users/{userId}/hang-ups")
@Tag(name = "Routing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class HangUpResource implements RestResource {
    private final ClickToCall calls;

    @Activate
    public HangUpResource(@Reference ClickToCall calls) {
        this.calls = calls;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "the phone's call was hung up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HungUpCall.class)))
    @ApiResponse(responseCode = "409", description = "the user's phone has no call, the user has no phone, or the PBX is not linked")
    @Operation(operationId = "hangUpCall", summary = "Hang up the user's current call on its own phone (its line's device, else"
            + " its desk phone or softphone); the other party ends with it; audited")
    @Allow({Audience.TENANT_ADMIN, Audience.SELF})
    public HungUpCall hangUp(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return calls.hangUp(tenantId, userId);
    }
}
