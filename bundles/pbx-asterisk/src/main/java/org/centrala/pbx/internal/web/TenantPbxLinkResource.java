package org.centrala.pbx.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

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
import org.centrala.web.Allow;
import org.centrala.web.Audience;

/** The state of the connection to a tenant's PBX, without the other tenants sharing it. */
@Path("tenants/{tenantId}/pbx")
@Tag(name = "PBX")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class TenantPbxLinkResource implements RestResource {
    private final PbxLinks links;

    @Activate
    public TenantPbxLinkResource(@Reference PbxLinks links) {
        this.links = links;
    }

    @GET
    @Path("link")
    @Operation(operationId = "getTenantPbxLink", summary = "The state of the connection to the tenant's PBX")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public PbxLinkStatus ofTenant(@PathParam("tenantId") String tenantId) {
        return links.forTenant(tenantId).orElseThrow(() -> new NotFoundException("PbxLink", tenantId));
    }
}
