package org.centrala.pbx.internal.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.centrala.pbx.LinkState;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.PbxLinks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The PBX links in the node's health: counts by state and the events dropped, with no host,
 * account or tenant. A customer's PBX being down does not make the node unready (the node can do
 * everything else, and reconnects by itself), so this part does not gate readiness; it is down
 * when a link drops events, because then call records may be missing.
 */
@Component(property = {HealthIndicator.PART + "=pbx-links", HealthIndicator.GATES_READINESS + ":Boolean=false"})
public class PbxLinksHealth implements HealthIndicator {
    private final PbxLinks links;

    @Activate
    public PbxLinksHealth(@Reference PbxLinks links) {
        this.links = links;
    }

    @Override
    public PartHealth health() {
        List<PbxLinkStatus> all = links.links();
        if (all.isEmpty()) {
            return PartHealth.up("no PBX linked");
        }
        Map<LinkState, Long> byState = new EnumMap<>(LinkState.class);
        all.forEach(link -> byState.merge(link.state(), 1L, Long::sum));
        long dropped = all.stream().mapToLong(PbxLinkStatus::eventsDropped).sum();
        String states = byState.entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        String detail = all.size() + (all.size() == 1 ? " link: " : " links: ") + states
                + (dropped > 0 ? "; " + dropped + " events dropped" : "");
        boolean allConnected = byState.getOrDefault(LinkState.CONNECTED, 0L) == all.size();
        return new PartHealth(allConnected && dropped == 0, detail);
    }
}
