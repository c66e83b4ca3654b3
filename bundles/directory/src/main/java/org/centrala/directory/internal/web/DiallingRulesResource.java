package org.centrala.directory.internal.web;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.directory.DiallingRules;
import org.centrala.directory.DiallingRulesDraft;
import org.centrala.directory.DiallingRulesService;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.centrala.web.Versions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Issue 11: what a tenant's phones may dial outside. Every user may read them (a phone needs the prefix). */
@Path("tenants/{tenantId}/dialling-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dialling rules")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class DiallingRulesResource implements RestResource {
    private final DiallingRulesService rules;

    @Activate
    public DiallingRulesResource(@Reference DiallingRulesService rules) {
        this.rules = rules;
    }

    @GET
    @Operation(operationId = "getDiallingRules", summary = "The tenant's dialling rules, or the defaults (stored=false): no"
            + " outside-line prefix, international calls allowed, premium-rate numbers barred")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER, Audience.TENANT_USER})
    public DiallingRules get(@PathParam("tenantId") String tenantId) {
        return rules.get(tenantId);
    }

    @PUT
    @Operation(operationId = "setDiallingRules", summary = "Replace the dialling rules: every field is required; they apply"
            + " to the next call dialled on a phone and to click-to-call; with If-Match only if unchanged since (412 otherwise)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public DiallingRules set(@PathParam("tenantId") String tenantId,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "the ETag of the rules as read") String ifMatch,
                             DiallingRulesDraft draft) {
        return rules.set(tenantId, Bodies.required(draft),
                Versions.expectedUpdatedAt(ifMatch, rules.get(tenantId), "The dialling rules of tenant '" + tenantId + "'"));
    }

    @DELETE
    @Operation(operationId = "resetDiallingRules", summary = "Back to the default dialling rules")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public DiallingRules reset(@PathParam("tenantId") String tenantId) {
        return rules.reset(tenantId);
    }
}
