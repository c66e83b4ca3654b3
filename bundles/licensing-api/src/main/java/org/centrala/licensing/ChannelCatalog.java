package org.centrala.licensing;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The channels that can be licensed now: the built-in ones and those plugins registered. */
@ProviderType
public interface ChannelCatalog {
    List<Channel> channels();

    /** @throws org.centrala.common.NotFoundException if no such channel is known */
    Channel require(String channelId);
}
