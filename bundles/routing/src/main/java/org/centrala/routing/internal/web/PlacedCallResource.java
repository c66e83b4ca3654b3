package org.centrala.routing.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.routing.internal.calls.ClickToCall;
import org.centrala.routing.internal.calls.PlaceCallRequest;
import org.centrala.routing.internal.calls.PlacedCall;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Click-to-call (issue 11): a user places a call from its own phone; an administrator for any user. */
@Path("tenants/{tenantId}/users/{userId}/placed-calls")
@Tag(name = "Routing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PlacedCallResource implements RestResource {
    private final ClickToCall calls;

    @Activate
    public PlacedCallResource(@Reference ClickToCall calls) {
        this.calls = calls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "202", description = "the PBX rings the user's phone now, then dials the destination;"
            + " the call record has this pbxCallId once the call ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacedCall.class)))
    @Operation(operationId = "placeCall", summary = "Click-to-call: ring the user's own phone (its line's device, else its"
            + " desk phone or softphone), then dial an extension or a phone number; refused when the phone is not"
            + " registered, and after too many calls in a minute (429)")
    @Allow({Audience.TENANT_ADMIN, Audience.SELF})
    public Response place(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId,
                          PlaceCallRequest request) {
        PlacedCall placed = calls.place(tenantId, userId, Bodies.required(request).destination());
        return Response.accepted(placed).build();
    }
}
