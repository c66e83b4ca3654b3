package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic two-party bridge. It starts as simple_bridge; when two channels that are not Local
 * channels are both in it, Asterisk moves the media to native_rtp, which its later events show.
 */
final class SimBridge {
    final String id;
    final List<SimChannel> members = new ArrayList<>(2);
    private boolean nativeRtp;

    SimBridge(String id) {
        this.id = id;
    }

    /** After the second BridgeEnter: whether the media path goes native. */
    void settle() {
        nativeRtp = members.size() == 2 && members.stream().noneMatch(SimChannel::isLocal);
    }

    AmiMessage describe(AmiMessage message) {
        return message.put("BridgeUniqueid", id)
                .put("BridgeType", "basic")
                .put("BridgeTechnology", nativeRtp ? "native_rtp" : "simple_bridge")
                .put("BridgeCreator", "<unknown>")
                .put("BridgeName", "<unknown>")
                .put("BridgeNumChannels", members.size())
                .put("BridgeVideoSourceMode", "none");
    }
}
