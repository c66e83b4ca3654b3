package org.centrala.pbx.internal.link;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.centrala.common.ConflictException;
import org.centrala.directory.SipRegistrations;
import org.centrala.pbx.LinkState;
import org.centrala.pbx.PbxActions;
import org.centrala.pbx.PbxLinkStatus;
import org.centrala.pbx.PbxLinks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The directory's view of which SIP phones are registered: what the tenant's link last saw of each
 * (DeviceStateChange, PeerStatus and ContactStatus events, and the DeviceStateList snapshot taken on
 * connecting). Only a connected link knows: while it connects or retries, the answer is a conflict
 * that says so, never a list in which every phone looks unregistered.
 */
@Component(service = SipRegistrations.class)
public class LinkSipRegistrations implements SipRegistrations {
    private final PbxActions pbx;
    private final PbxLinks links;

    @Activate
    public LinkSipRegistrations(@Reference PbxActions pbx, @Reference PbxLinks links) {
        this.pbx = pbx;
        this.links = links;
    }

    @Override
    public Set<String> registered(String tenantId, Collection<String> sipUsernames) {
        Optional<PbxLinkStatus> link = links.forTenant(tenantId);
        if (link.isEmpty() || link.get().state() != LinkState.CONNECTED) {
            throw new ConflictException("the tenant's PBX is not linked" + link.map(status -> " (its link is " + status.state()
                    + (status.lastError() == null ? "" : ": " + status.lastError()) + ")").orElse("")
                    + ", so nobody can tell which phones are registered; see GET /tenants/" + tenantId + "/pbx/link");
        }
        Set<String> registered = new HashSet<>();
        for (String sipUsername : sipUsernames) {
            if (pbx.isRegistered(tenantId, sipUsername)) {
                registered.add(sipUsername);
            }
        }
        return registered;
    }
}
