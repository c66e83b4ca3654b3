package org.centrala.queues.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.Caller;
import org.centrala.common.Page;
import org.centrala.common.ValidationException;
import org.centrala.queues.Agent;
import org.centrala.queues.AgentService;
import org.centrala.queues.AgentStateChange;
import org.centrala.queues.Monitoring;
import org.centrala.queues.internal.agents.AgentMonitor;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.Instants;
import org.centrala.web.Paging;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Agents (issue 11, item 3; R7, R9, R11, R18): their states, and log-in, pause, resume and
 * log-out by the agent itself, a tenant administrator, or a supervisor of its department.
 */
@Path("tenants/{tenantId}/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class AgentResource implements RestResource {
    private final AgentService agents;
    private final AgentMonitor monitor;
    @Context
    private SecurityContext security;

    @Activate
    public AgentResource(@Reference AgentService agents, @Reference AgentMonitor monitor) {
        this.agents = agents;
        this.monitor = monitor;
    }

    @GET
    @ApiResponse(responseCode = "200", description = "a page of agents, by name", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgentPage.class)))
    @Operation(operationId = "listAgents", summary = "The tenant's contact-centre users in service with their states; a supervisor"
            + " sees its departments' only")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public Page<Agent> list(@PathParam("tenantId") String tenantId, @QueryParam("page") String page, @QueryParam("size") String size) {
        return agents.list(tenantId, Scope.departments(CallerSecurityContext.of(security)), Paging.request(page, size, null));
    }

    @GET
    @Path("{userId}")
    @Operation(operationId = "getAgent", summary = "An agent's state, since when, its phone's interface and its queues")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR, Audience.SELF})
    public Agent get(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return Scope.agent(caller(), agents, tenantId, userId);
    }

    @POST
    @Path("{userId}/log-in")
    @Operation(operationId = "agentLogIn", summary = "Log the agent in to all its queues with its phone (the line it holds, else its"
            + " own SIP device); again after a change of line or queues to apply it")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Agent logIn(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        Scope.agent(caller(), agents, tenantId, userId);
        return agents.logIn(tenantId, userId);
    }

    @POST
    @Path("{userId}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "agentPause", summary = "Pause the agent in all its queues with one of the tenant's pause reasons")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Agent pause(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId, PauseRequest request) {
        Scope.agent(caller(), agents, tenantId, userId);
        return agents.pause(tenantId, userId, Bodies.required(request).reason());
    }

    @POST
    @Path("{userId}/resume")
    @Operation(operationId = "agentResume", summary = "End the agent's pause")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Agent resume(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        Scope.agent(caller(), agents, tenantId, userId);
        return agents.resume(tenantId, userId);
    }

    @POST
    @Path("{userId}/log-out")
    @Operation(operationId = "agentLogOut", summary = "Log the agent out of its queues; logged out already changes nothing")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SUPERVISOR, Audience.SELF})
    public Agent logOut(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        Scope.agent(caller(), agents, tenantId, userId);
        return agents.logOut(tenantId, userId, "LOG_OUT");
    }

    @POST
    @Path("{userId}/monitoring")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "202", description = "the supervisor's phone rings now; answered, it joins the agent's call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Monitoring.class)))
    @Operation(operationId = "monitorAgent", summary = "A supervisor of the agent's department listens to its call (LISTEN),"
            + " coaches it unheard by the other party (WHISPER) or joins the conversation (BARGE) from its own phone; 409 when"
            + " the agent is not on a call or the supervisor's phone is not registered")
    @Allow({Audience.SUPERVISOR})
    public Response monitor(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId, MonitorRequest request) {
        Caller caller = caller();
        Scope.agent(caller, agents, tenantId, userId);
        return Response.accepted(monitor.monitor(tenantId, userId, caller.userId(), Bodies.required(request).mode())).build();
    }

    @GET
    @Path("{userId}/state-changes")
    @ApiResponse(responseCode = "200", description = "a page of state changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentStateChangePage.class)))
    @Operation(operationId = "listAgentStateChanges", summary = "The agent's state changes in [from, to), each with its time and cause")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR, Audience.SELF})
    public Page<AgentStateChange> history(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId,
                                          @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                                          @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        Scope.agent(caller(), agents, tenantId, userId);
        java.time.Instant since = Instants.parse("from", from);
        java.time.Instant until = Instants.parse("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new ValidationException("to", "must be after from");
        }
        return agents.history(tenantId, userId, since, until, Paging.request(page, size, null));
    }

    private Caller caller() {
        return CallerSecurityContext.of(security);
    }
}
