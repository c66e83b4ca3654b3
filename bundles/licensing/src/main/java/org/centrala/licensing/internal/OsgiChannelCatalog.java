package org.centrala.licensing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.centrala.common.NotFoundException;
import org.centrala.licensing.Channel;
import org.centrala.licensing.ChannelCatalog;
import org.centrala.licensing.ChannelType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in channels plus every {@link ChannelType} a plugin registers; plugins may come and go
 * while the container runs.
 */
@Component(service = ChannelCatalog.class)
public class OsgiChannelCatalog implements ChannelCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(OsgiChannelCatalog.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final List<Channel> BUILT_IN = List.of(
            new Channel(Channel.VOICE, "Voice", true),
            new Channel(Channel.CHAT, "Web chat", true),
            new Channel(Channel.EMAIL, "E-mail", true));

    private final Map<ChannelType, Channel> plugged = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannelType(ChannelType type) {
        String id = type.id();
        if (id == null || !ID.matcher(id).matches() || BUILT_IN.stream().anyMatch(c -> c.id().equals(id))) {
            LOG.warn("Ignoring channel type {} from a plugin: its id '{}' is invalid or built in", type.getClass().getName(), id);
            return;
        }
        plugged.put(type, new Channel(id, type.displayName() == null ? id : type.displayName(), false));
    }

    void removeChannelType(ChannelType type) {
        plugged.remove(type);
    }

    @Override
    public List<Channel> channels() {
        List<Channel> channels = new ArrayList<>(BUILT_IN);
        plugged.values().stream()
                .filter(c -> channels.stream().noneMatch(known -> known.id().equals(c.id())))
                .sorted(Comparator.comparing(Channel::id))
                .forEach(channels::add);
        return channels;
    }

    @Override
    public Channel require(String channelId) {
        return channels().stream().filter(c -> c.id().equals(channelId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Channel", channelId));
    }
}
