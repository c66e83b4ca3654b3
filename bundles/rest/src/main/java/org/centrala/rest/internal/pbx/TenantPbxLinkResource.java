package org.centrala.rest.internal.pbx;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.NotFoundException;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.PbxLinks;
import org.centrala.rest.internal.access.Allow;
import org.centrala.rest.internal.access.Audience;

/** The state of the connection to a tenant's PBX, without the other tenants sharing it. */
@Path("tenants/{tenantId}/pbx")
@Tag(name = "PBX")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPbxLinkResource {
    private final PbxLinks links;

    public TenantPbxLinkResource(PbxLinks links) {
        this.links = links;
    }

    @GET
    @Path("link")
    @Operation(summary = "The state of the connection to the tenant's PBX")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public PbxLinkStatus ofTenant(@PathParam("tenantId") String tenantId) {
        return links.forTenant(tenantId).orElseThrow(() -> new NotFoundException("PbxLink", tenantId));
    }
}
