package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.centrala.common.ConflictException;
import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceQuery;
import org.centrala.directory.DeviceService;
import org.centrala.directory.SipRegistrations;

/**
 * Devices listed by whether they are registered on the PBX now (issue 9, item 4). The PBX link
 * knows registrations, not the database, so the matching devices are read in the order asked and
 * cut into pages here; a tenant has at most ten devices per pack (R3). Mobile phones have no
 * registration and are in neither list.
 */
public final class RegisteredDevices {
    private RegisteredDevices() {
    }

    /**
     * The pages of the tenant's SIP devices that match {@code query} and are ({@code wanted}) or are
     * not registered now.
     *
     * @param registrations the PBX link's view, or null when the PBX concern is not installed (409)
     * @throws ConflictException when nobody can tell: no PBX link on this node, or the tenant's not linked
     */
    public static Function<PageRequest, Page<Device>> pages(DeviceService devices, SipRegistrations registrations, String tenantId,
                                                            DeviceQuery query, boolean wanted, String sort) {
        if (registrations == null) {
            throw new ConflictException("registrations are known only to the PBX link, which is not installed on this node"
                    + " (feature centrala-pbx); list without 'registered'");
        }
        List<Device> sip = new ArrayList<>();
        org.centrala.web.Paging.all(request -> devices.find(tenantId, query, request), sort, device -> {
            if (device.sipUsername() != null) {
                sip.add(device);
            }
        });
        Set<String> registeredNow = registrations.registered(tenantId, sip.stream().map(Device::sipUsername).toList());
        List<Device> matching = sip.stream().filter(device -> registeredNow.contains(device.sipUsername()) == wanted).toList();
        return request -> {
            int from = (int) Math.min(request.offset(), matching.size());
            int to = Math.min(from + request.size(), matching.size());
            return Page.of(matching.subList(from, to), request, matching.size());
        };
    }
}
