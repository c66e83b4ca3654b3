package org.centrala.rest.internal.licensing;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.licensing.Channel;
import org.centrala.licensing.ChannelCatalog;

import org.centrala.rest.internal.access.Allow;
import org.centrala.rest.internal.access.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R13: the licensable channels. */
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
public class ChannelResource {
    private final ChannelCatalog channels;

    public ChannelResource(ChannelCatalog channels) {
        this.channels = channels;
    }

    @GET
    @Operation(summary = "The channels contact-centre users can be licensed for: voice, chat, e-mail and those plugins add (R13)")
    @Allow({Audience.ANYONE})
    public List<Channel> channels() {
        return channels.channels();
    }
}
