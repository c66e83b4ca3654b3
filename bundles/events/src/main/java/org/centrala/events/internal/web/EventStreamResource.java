package org.centrala.events.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.Caller;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.centrala.events.internal.EventHub;
import org.centrala.events.internal.EventPump;
import org.centrala.events.internal.LiveEvent;
import org.centrala.events.internal.Subscription;
import org.centrala.events.internal.Visibility;
import org.centrala.web.Access;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.RestResource;
import org.centrala.web.TenantOwnership;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tenant's live events as server-sent events (issue 12, item 3): {@code text/event-stream}, one
 * {@code id}, {@code event} and JSON {@code data} per event, keep-alive comments on a quiet stream.
 * A client that reconnects with {@code Last-Event-ID} gets what it missed, or {@code resync}; one
 * that reads too slowly is disconnected.
 */
@Path("tenants/{tenantId}/events")
@Tag(name = "Live events")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class EventStreamResource implements RestResource {
    static final String EVENT_STREAM = "text/event-stream";
    private static final Logger LOG = LoggerFactory.getLogger(EventStreamResource.class);

    private final EventHub hub;
    private final TenantOwnership tenants;
    @Context
    private SecurityContext security;

    @Activate
    public EventStreamResource(@Reference EventHub hub, @Reference TenantOwnership tenants) {
        this.hub = hub;
        this.tenants = tenants;
    }

    @GET
    @Produces(EVENT_STREAM)
    @ApiResponse(responseCode = "200", description = "the stream: for each event an 'id' line (send it back as Last-Event-ID"
            + " when reconnecting), an 'event' line (its type, or 'resync': what was missed is no longer kept, read the state"
            + " again) and a 'data' line (JSON); ':' lines keep the connection alive",
            content = @Content(mediaType = EVENT_STREAM, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "503", description = "this node has as many open streams as it allows; try again after"
            + " Retry-After")
    @Operation(operationId = "streamEvents", summary = "The tenant's live events (server-sent events): calls ringing, answered"
            + " and ended, agents' states, changed live statistics; each subscriber gets what its REST reads show (R6, R18)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_USER})
    public Response stream(@PathParam("tenantId") String tenantId,
                           @HeaderParam("Last-Event-ID") @Parameter(description = "the id of the last event received, on"
                                   + " reconnecting") String lastEventId,
                           @QueryParam("types") @Parameter(description = "only these types, comma-separated: call.started,"
                                   + " call.ringing, call.answered, call.ended, agent.state, statistics.updated") String types) {
        Set<String> wanted = types(types);
        if (tenants.resellerOf(tenantId).isEmpty()) {
            throw new NotFoundException("Tenant", tenantId);
        }
        Caller caller = CallerSecurityContext.of(security);
        Visibility visibility = visibility(caller);
        Subscription subscription = hub.subscribe(tenantId, visibility, wanted, lastEventId);
        StreamingOutput body = out -> {
            try {
                write(out, "retry: 3000\n\n");
                EventPump.pump(subscription, hub.keepAliveMillis(), hub.writeIntervalMillis(), new EventPump.Sink() {
                    @Override
                    public void write(byte[] frame) throws IOException {
                        out.write(frame);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }
                }, LiveEvent::sseFrame);
            } catch (IOException e) {
                LOG.debug("Event stream of tenant {} closed by the client: {}", tenantId, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The answer (200, text/event-stream) is under way and cannot become a problem any more:
                // the node stopping under an open stream ends it; the client reconnects with Last-Event-ID.
                LOG.info("Event stream of tenant {} ended: {}", tenantId, e.toString());
            } finally {
                hub.unsubscribe(tenantId, subscription);
            }
        };
        return Response.ok(body, EVENT_STREAM).header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no").build();
    }

    /**
     * What the caller's REST reads show: call records are read by reseller and tenant administrators,
     * developers and supervisors (within their scope); anyone else (a technician, an agent) sees
     * only events about itself.
     */
    static Visibility visibility(Caller caller) {
        boolean readsCalls = caller.kind() != org.centrala.common.CallerKind.TENANT_USER
                || caller.hasRole(org.centrala.common.AccessRole.ADMINISTRATOR) || caller.hasRole(org.centrala.common.AccessRole.DEVELOPER)
                || caller.hasRole(org.centrala.common.AccessRole.SUPERVISOR);
        return readsCalls ? new Visibility(caller.userId(), Access.seesWholeTenant(caller), Access.seesBackOfficeCalls(caller),
                caller.departmentIds()) : new Visibility(caller.userId(), false, false, java.util.Set.of());
    }

    private static Set<String> types(String types) {
        if (types == null || types.isBlank()) {
            return Set.of();
        }
        Set<String> wanted = Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>(wanted);
        unknown.removeAll(EventHub.TYPES);
        if (!unknown.isEmpty()) {
            throw new ValidationException("types", "has unknown types " + unknown + "; known: " + EventHub.TYPES.stream().sorted().toList());
        }
        return wanted;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
