package org.centrala.web.internal.health;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.centrala.web.HealthReport;
import org.centrala.web.NodeHealth;
import org.centrala.web.PublicResource;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Liveness and readiness for load balancers and orchestrators, without credentials. The report
 * names parts and their states, never a secret or a tenant.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
@PublicResource
@SecurityRequirements
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class HealthResource implements RestResource {
    /** How soon a probe that found the node not ready may ask again. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private final NodeHealth health;

    @Activate
    public HealthResource(@Reference NodeHealth health) {
        this.health = health;
    }

    @GET
    @Operation(operationId = "getLiveness", summary = "Liveness: 200 whenever the node answers HTTP, with the state of each part")
    @ApiResponse(responseCode = "200", description = "The node is alive",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    public HealthReport liveness() {
        return health.report();
    }

    @GET
    @Path("ready")
    @Operation(operationId = "getReadiness", summary = "Readiness: 200 once the database, REST, SOAP and every Centrala bundle are up,"
            + " else 503 with Retry-After")
    @ApiResponse(responseCode = "200", description = "Ready: every part that gates readiness is up",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    @ApiResponse(responseCode = "503", description = "Not ready yet; the parts that are down say why",
            content = @Content(schema = @Schema(implementation = HealthReport.class)))
    public Response readiness() {
        HealthReport report = health.report();
        return report.ready() ? Response.ok(report).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS).entity(report).build();
    }
}
