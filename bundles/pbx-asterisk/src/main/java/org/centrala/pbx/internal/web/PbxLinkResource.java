package org.centrala.pbx.internal.web;

import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.PbxLinks;
import org.centrala.web.Allow;

/** AMI connection status of every link, for operators. */
@Path("pbx")
@Tag(name = "PBX")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PbxLinkResource implements RestResource {
    private final PbxLinks links;

    @Activate
    public PbxLinkResource(@Reference PbxLinks links) {
        this.links = links;
    }

    @GET
    @Path("links")
    @Operation(operationId = "listPbxLinks", summary = "Every AMI connection: state since when, last error, event counters (operators)")
    @Allow({})
    public List<PbxLinkStatus> all() {
        return links.links();
    }
}
