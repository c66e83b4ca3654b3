package org.centrala.provisioning.internal.web;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.directory.Device;
import org.centrala.provisioning.internal.AdoptableEndpoint;
import org.centrala.provisioning.internal.AdoptionRequest;
import org.centrala.provisioning.internal.Provisioner;
import org.centrala.provisioning.internal.ProvisioningStatus;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** A tenant's configuration on its PBX (issue 11, item 2): its state, a pass on demand, adoption of endpoints. */
@Path("tenants/{tenantId}/pbx/provisioning")
@Tag(name = "PBX")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Component(service = org.centrala.web.RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ProvisioningResource implements org.centrala.web.RestResource {
    private final Provisioner provisioner;
    @Context
    private UriInfo uriInfo;

    @Activate
    public ProvisioningResource(@Reference Provisioner provisioner) {
        this.provisioner = provisioner;
    }

    @GET
    @Operation(operationId = "getPbxProvisioning", summary = "The tenant's devices, queues and dialplan entry on its PBX as the last"
            + " pass found them: in sync, pending, drift (edited, removed or added on the PBX), adopted, failed; and whether the"
            + " PBX includes Centrala's files")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public ProvisioningStatus get(@PathParam("tenantId") String tenantId) {
        return provisioner.status(tenantId);
    }

    @POST
    @Path("sync")
    @Operation(operationId = "syncPbxProvisioning", summary = "Writes what is pending and reads the PBX's files back now;"
            + " with repairDrift, what was edited or removed on the PBX is written again as Centrala has it (audited)")
    @ApiResponse(responseCode = "200", description = "the state after the pass", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProvisioningStatus.class)))
    @ApiResponse(responseCode = "409", description = "provisioning is off, or the PBX is not linked or refused (the problem says why)")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public ProvisioningStatus sync(@PathParam("tenantId") String tenantId, SyncRequest request) {
        if (request == null || request.repairDrift() == null) {
            throw new org.centrala.common.ValidationException("repairDrift", "is required: true writes drifted entries again as"
                    + " Centrala has them, false only writes what is pending and reads the PBX back");
        }
        return provisioner.sync(tenantId, request.repairDrift());
    }

    @GET
    @Path("adoptable-endpoints")
    @Operation(operationId = "listAdoptableEndpoints", summary = "Endpoints of the PBX's pjsip.conf in the tenant's context that are"
            + " no device of Centrala's yet")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public AdoptableEndpointList adoptable(@PathParam("tenantId") String tenantId) {
        return new AdoptableEndpointList(provisioner.adoptable(tenantId));
    }

    @POST
    @Path("adoptions")
    @Operation(operationId = "adoptEndpoint", summary = "Adopts an endpoint of the PBX as a SIP device of the tenant under its own"
            + " name; the PBX keeps its credentials and Centrala never writes it")
    @ApiResponse(responseCode = "201", description = "the device", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Device.class)))
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public Response adopt(@PathParam("tenantId") String tenantId, AdoptionRequest request) {
        Device device = provisioner.adopt(tenantId, request);
        return Response.created(uriInfo.getBaseUriBuilder().path("tenants").path(tenantId).path("devices").path(device.id()).build())
                .entity(device).build();
    }

    /** A pass on demand. */
    public record SyncRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "true: write drifted units again as Centrala has them; false: only what is pending") Boolean repairDrift) {
    }

    public record AdoptableEndpointList(List<AdoptableEndpoint> items) {
    }
}
