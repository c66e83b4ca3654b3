package org.centrala.provisioning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.centrala.directory.SipAccount;
import org.centrala.pbx.PbxConfigFiles.Section;
import org.centrala.pbx.PbxConfigFiles.Variable;
import org.centrala.queues.Queue;

/**
 * What a tenant's files on its PBX should hold, unit by unit, from its directory and queues. Every
 * value is Centrala's own: generated names, digests, validated numbers, the tenant's context; a
 * display name loses the characters that would end a value or start a comment.
 */
final class DesiredState {
    private final ProvisioningSettings settings;

    DesiredState(ProvisioningSettings settings) {
        this.settings = settings;
    }

    /** Units per module; adopted devices are not Centrala's to write and are left out. */
    Map<TenantFiles.Module, Map<String, Unit>> of(String context, List<SipAccount> devices, List<Queue> queues) {
        Map<TenantFiles.Module, Map<String, Unit>> units = new LinkedHashMap<>();
        Map<String, Unit> endpoints = new LinkedHashMap<>();
        devices.stream().filter(d -> !d.adopted()).forEach(d -> endpoints.put("device:" + d.sipUsername(), device(context, d)));
        units.put(TenantFiles.Module.PJSIP, endpoints);
        Map<String, Unit> dialplan = new LinkedHashMap<>();
        dialplan.put("dialplan:" + context, dialplan(context));
        units.put(TenantFiles.Module.DIALPLAN, dialplan);
        Map<String, Unit> queueUnits = new LinkedHashMap<>();
        queues.forEach(q -> queueUnits.put("queue:" + q.pbxName(), queue(q)));
        units.put(TenantFiles.Module.QUEUES, queueUnits);
        return units;
    }

    /** R3: the endpoint the device registers as, its digest credential, and its one contact. */
    Unit device(String context, SipAccount device) {
        String name = device.sipUsername();
        List<Variable> endpoint = new ArrayList<>(List.of(v("type", "endpoint"), v("context", context), v("disallow", "all"),
                v("allow", settings.codecs()), v("auth", name + "-auth"), v("aors", name)));
        String callerId = callerId(device);
        if (callerId != null) {
            endpoint.add(v("callerid", callerId));
        }
        // Phones behind NAT: answer where the packets came from, keep media on the PBX.
        endpoint.addAll(List.of(v("direct_media", "no"), v("rtp_symmetric", "yes"), v("force_rport", "yes"),
                v("rewrite_contact", "yes")));
        if (!settings.transport().isEmpty()) {
            endpoint.add(v("transport", settings.transport()));
        }
        Section auth = new Section(name + "-auth", List.of(v("type", "auth"), v("auth_type", "md5"), v("username", name),
                v("realm", settings.realm()), v("md5_cred", device.md5Credential())));
        Section aor = new Section(name, List.of(v("type", "aor"), v("max_contacts", "1"), v("remove_existing", "yes")));
        return new Unit("device:" + name, List.of(new Section(name, endpoint), auth, aor));
    }

    /** The tenant's one entry into Centrala's routing (docs/asterisk.md, section 7). */
    Unit dialplan(String context) {
        String agi = "AGI(" + settings.agiUrl() + ")";
        return new Unit("dialplan:" + context, List.of(new Section(context, List.of(v("exten", "_X.,1," + agi),
                v("exten", "_X.,n,Hangup()"), v("exten", "_+X.,1," + agi), v("exten", "_+X.,n,Hangup()")))));
    }

    /** A queue of queues.conf; its members log in and out (QueueAdd, QueueRemove), so none are static (R11). */
    Unit queue(Queue queue) {
        return new Unit("queue:" + queue.pbxName(), List.of(new Section(queue.pbxName(), List.of(
                v("strategy", queue.strategy().pbxName()), v("servicelevel", String.valueOf(queue.serviceLevelSeconds())),
                v("wrapuptime", String.valueOf(queue.wrapUpSeconds())), v("ringinuse", "no"), v("timeout", "15"),
                v("joinempty", "yes"), v("leavewhenempty", "no")))));
    }

    private static String callerId(SipAccount device) {
        String name = device.callerIdName() == null ? "" : device.callerIdName().replaceAll("[\"<>;\\\\\\[\\]\\r\\n]", "").strip();
        String number = device.callerIdNumber() != null && device.callerIdNumber().matches("[0-9*#+]{1,20}") ? device.callerIdNumber() : "";
        if (name.isEmpty() && number.isEmpty()) {
            return null;
        }
        return "\"" + name + "\" <" + number + ">";
    }

    private static Variable v(String name, String value) {
        return new Variable(name, value);
    }
}
