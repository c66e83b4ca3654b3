package org.centrala.routing.internal.web;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.Page;
import org.centrala.routing.internal.RoutingDecision;
import org.centrala.routing.internal.RoutingDecisions;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Paging;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Why a tenant's calls went where they went (issue 11). For administrators and developers: a
 * decision names back-office users too, whose calls are for administrators only (R6).
 */
@Path("tenants/{tenantId}/routing/decisions")
@Tag(name = "Routing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class RoutingDecisionResource implements RestResource {
    private final RoutingDecisions decisions;

    @Activate
    public RoutingDecisionResource(@Reference RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRoutingDecisions", summary = "Why the tenant's calls that entered FastAGI routing went where"
            + " they went, and how each ended, newest first")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER})
    public Page<RoutingDecision> list(@PathParam("tenantId") String tenantId,
                                      @QueryParam("pbxCallId") @Parameter(description = "only this call's (a call record's pbxCallId)") String pbxCallId,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return decisions.find(tenantId, pbxCallId == null || pbxCallId.isBlank() ? null : pbxCallId.strip(),
                Paging.request(page, size, null));
    }
}
