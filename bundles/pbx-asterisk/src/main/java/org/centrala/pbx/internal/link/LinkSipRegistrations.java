package org.centrala.pbx.internal.link;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.centrala.directory.SipRegistrations;
import org.centrala.pbx.PbxActions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The directory's view of which SIP phones are registered: what the tenant's link last saw of each
 * (DeviceStateChange, PeerStatus and ContactStatus events, and the snapshot taken on connecting).
 */
@Component(service = SipRegistrations.class)
public class LinkSipRegistrations implements SipRegistrations {
    private final PbxActions pbx;

    @Activate
    public LinkSipRegistrations(@Reference PbxActions pbx) {
        this.pbx = pbx;
    }

    @Override
    public Set<String> registered(String tenantId, Collection<String> sipUsernames) {
        Set<String> registered = new HashSet<>();
        for (String sipUsername : sipUsernames) {
            if (pbx.isRegistered(tenantId, sipUsername)) {
                registered.add(sipUsername);
            }
        }
        return registered;
    }
}
