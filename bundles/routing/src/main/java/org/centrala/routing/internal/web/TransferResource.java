package org.centrala.routing.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.centrala.routing.internal.calls.TransferRequest;
import org.centrala.routing.internal.calls.TransferredCall;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Blind and attended transfer of a user's current call (issue 11, item 4). */
@Path("tenants/{tenantId}/users/{userId}/transfers")
@Tag(name = "Routing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class TransferResource implements RestResource {
    private final ClickToCall calls;

    @Activate
    public TransferResource(@Reference ClickToCall calls) {
        this.calls = calls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "202", description = "blind: the other party is on its way to the destination and the user's"
            + " phone is free; attended: the user's phone is being connected to the destination while the other party waits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferredCall.class)))
    @ApiResponse(responseCode = "409", description = "the user's phone is in no call, the user has no phone, or the PBX is not"
            + " linked or refused (for attended transfer: no atxfer code in its features.conf)")
    @Operation(operationId = "transferCall", summary = "Transfer the user's current call to an extension of the tenant (routed as"
            + " a call dialled there: a user's ring plan, mobile included, or a queue). Blind by default: the user's phone hangs"
            + " up. Attended: the user talks to the destination first, hanging up completes the transfer, cancelTransfer returns"
            + " to the caller. Audited; an outside number is refused (400)")
    @Allow({Audience.TENANT_ADMIN, Audience.SELF})
    public Response transfer(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId, TransferRequest request) {
        TransferRequest body = Bodies.required(request);
        TransferredCall transferred = calls.transfer(tenantId, userId, body.destination(), Boolean.TRUE.equals(body.attended()));
        return Response.accepted(transferred).build();
    }

    @DELETE
    @Path("current")
    @ApiResponse(responseCode = "204", description = "the consultation ended; the user's phone is back with the party that waited")
    @ApiResponse(responseCode = "409", description = "the user's phone is in no call, the user has no phone, or the PBX is not"
            + " linked or refused")
    @Operation(operationId = "cancelTransfer", summary = "Cancel the user's attended transfer under way: back to the party that"
            + " waited; audited")
    @Allow({Audience.TENANT_ADMIN, Audience.SELF})
    public Response cancel(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        calls.cancelTransfer(tenantId, userId);
        return Response.noContent().build();
    }
}
