package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.List;

/** A basic two-party bridge. */
final class SimBridge {
    final String id;
    final List<SimChannel> members = new ArrayList<>(2);

    SimBridge(String id) {
        this.id = id;
    }

    AmiMessage describe(AmiMessage message) {
        return message.put("BridgeUniqueid", id)
                .put("BridgeType", "basic")
                .put("BridgeTechnology", "simple_bridge")
                .put("BridgeCreator", "<unknown>")
                .put("BridgeName", "<unknown>")
                .put("BridgeNumChannels", members.size())
                .put("BridgeVideoSourceMode", "none");
    }
}
