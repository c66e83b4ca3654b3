package org.centrala.rest.internal.pbx;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.PbxLinks;
import org.centrala.rest.internal.access.Allow;
import org.centrala.rest.internal.access.Audience;

/** AMI connection status of every link, for operators. */
@Path("pbx")
@Tag(name = "PBX")
@Produces(MediaType.APPLICATION_JSON)
public class PbxLinkResource {
    private final PbxLinks links;

    public PbxLinkResource(PbxLinks links) {
        this.links = links;
    }

    @GET
    @Path("links")
    @Operation(summary = "Every AMI connection: state since when, last error, event counters (operators)")
    @Allow({})
    public List<PbxLinkStatus> all() {
        return links.links();
    }
}
