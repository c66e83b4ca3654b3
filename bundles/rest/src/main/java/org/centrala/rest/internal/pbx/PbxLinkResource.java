package org.centrala.rest.internal.pbx;

import java.util.List;

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

/** AMI connection status: all links for operators, a tenant's own link for its administrators. */
@Path("")
@Tag(name = "PBX")
@Produces(MediaType.APPLICATION_JSON)
public class PbxLinkResource {
    private final PbxLinks links;

    public PbxLinkResource(PbxLinks links) {
        this.links = links;
    }

    @GET
    @Path("pbx/links")
    @Operation(summary = "Every AMI connection: state since when, last error, event counters (operators)")
    @Allow({})
    public List<PbxLinkStatus> all() {
        return links.links();
    }

    @GET
    @Path("tenants/{tenantId}/pbx/link")
    @Operation(summary = "The state of the connection to the tenant's PBX")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public PbxLinkStatus ofTenant(@PathParam("tenantId") String tenantId) {
        return links.forTenant(tenantId).orElseThrow(() -> new NotFoundException("PbxLink", tenantId));
    }
}
