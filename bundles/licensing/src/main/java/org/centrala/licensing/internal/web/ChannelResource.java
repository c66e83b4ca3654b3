package org.centrala.licensing.internal.web;

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

import org.centrala.licensing.Channel;
import org.centrala.licensing.ChannelCatalog;

import org.centrala.web.Allow;
import org.centrala.web.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** R13: the licensable channels. */
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ChannelResource implements RestResource {
    private final ChannelCatalog channels;

    @Activate
    public ChannelResource(@Reference ChannelCatalog channels) {
        this.channels = channels;
    }

    @GET
    @Operation(operationId = "listChannels", summary = "The channels contact-centre users can be licensed for: voice, chat, e-mail and those plugins add (R13)")
    @Allow({Audience.ANYONE})
    public List<Channel> channels() {
        return channels.channels();
    }
}
