package org.centrala.audit.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.centrala.audit.AuditEntry;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.common.Page;
import org.centrala.web.Instants;
import org.centrala.web.Paging;
import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R9: the reseller-level audit entries: its administrators, price list and resellers' own changes. */
@Path("resellers/{resellerId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ResellerAuditResource implements RestResource {
    private final AuditLog audit;

    @Activate
    public ResellerAuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Allow({Audience.RESELLER_ADMIN})
    @Operation(operationId = "listResellerAuditEntries", summary = "The reseller's own audit entries (not its tenants'), oldest first, within [from, to)")
    public Page<AuditEntry> query(@PathParam("resellerId") String resellerId,
                                  @QueryParam("action") @Parameter(description = "one action (tenant.moved-in), or all that start with a prefix ending in a dot (tenant.)") String action,
                                  @QueryParam("actor") @Parameter(description = "who acted: reseller-admin:<e-mail>, operator:<name>, shell:<name>") String actor,
                                  @QueryParam("target") @Parameter(description = "what was acted on: tenant:<id>, prices, billing:<month>, ...") String target,
                                  @QueryParam("q") @Parameter(description = "free text found (any case) in the action, actor, target or details") String q,
                                  @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                                  @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return audit.query(AuditQuery.ofReseller(resellerId, Instants.parse("from", from), Instants.parse("to", to))
                        .narrowedTo(action, actor, target).mentioning(q), Paging.request(page, size, sort));
    }
}
