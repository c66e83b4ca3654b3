package org.centrala.recording.internal.web;

import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.Caller;
import org.centrala.directory.User;
import org.centrala.recording.internal.CurrentRecording;
import org.centrala.recording.internal.RecordingControl;
import org.centrala.web.Access;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Issue 12: the recording of a user's current call, on its own phone: started on demand, paused
 * while a card number is read out, resumed. The user itself, its tenant's administrators, and
 * supervisors of its department (R18) may; each action is audited (R9).
 */
@Path("tenants/{tenantId}/users/{userId}/current-recording")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class CurrentRecordingResource implements RestResource {
    private final CurrentRecording recording;
    @Context
    private SecurityContext security;

    @Activate
    public CurrentRecordingResource(@Reference CurrentRecording recording) {
        this.recording = recording;
    }

    @POST
    @ApiResponse(responseCode = "202", description = "the PBX records the call from now on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingControl.class)))
    @ApiResponse(responseCode = "409", description = "the user's phone is in no call, the call is recorded already, the user's"
            + " recording policy is NONE, or the PBX is not linked or refused")
    @Operation(operationId = "startRecording", summary = "Record the user's current call from now on (on demand); audited")
    @Allow({Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Response start(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return Response.accepted(recording.start(tenantId, userId, inScope())).build();
    }

    @POST
    @Path("pauses")
    @ApiResponse(responseCode = "202", description = "nothing of the call is recorded until it is resumed; the gap is in the"
            + " recording's pauses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingControl.class)))
    @ApiResponse(responseCode = "409", description = "the user's phone is in no call, the call is not being recorded, or the PBX"
            + " is not linked or refused")
    @Operation(operationId = "pauseRecording", summary = "Pause the recording of the user's current call (a card payment);"
            + " audited")
    @Allow({Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Response pause(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return Response.accepted(recording.pause(tenantId, userId, true, inScope())).build();
    }

    @DELETE
    @Path("pauses/current")
    @ApiResponse(responseCode = "202", description = "the call is recorded again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingControl.class)))
    @ApiResponse(responseCode = "409", description = "the user's phone is in no call, the call is not being recorded, or the PBX"
            + " is not linked or refused")
    @Operation(operationId = "resumeRecording", summary = "Resume the paused recording of the user's current call; audited")
    @Allow({Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Response resume(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return Response.accepted(recording.pause(tenantId, userId, false, inScope())).build();
    }

    /**
     * R18: a supervisor acts on its departments' users only; R6: on contact-centre users only (a
     * back-office user's calls are for administrators). Others are as unknown to it.
     */
    private java.util.function.Predicate<User> inScope() {
        Caller caller = CallerSecurityContext.of(security);
        return user -> user.id().equals(caller.userId()) || Access.seesUser(caller, user.id(), user.departmentId())
                && (Access.seesBackOfficeCalls(caller) || user.type() == org.centrala.directory.UserType.CONTACT_CENTRE);
    }
}
