package org.centrala.testpbx.internal;

/** A channel as the test PBX keeps it: the fields Asterisk prints in every channel event. */
final class SimChannel {
    static final int DOWN = 0;
    static final int RING = 4;
    static final int RINGING = 5;
    static final int UP = 6;

    final String name;
    final String device;
    final String uniqueId;
    final String linkedId;
    final long createdMillis;
    int state;
    String callerNum;
    String callerName;
    String connectedNum = "<unknown>";
    String connectedName = "<unknown>";
    String context;
    String exten;
    int priority = 1;
    String application = "";
    String applicationData = "";
    /** Times the channel was sent elsewhere (a blind transfer): the dialplan session it was in is no longer its owner. */
    volatile int moves;
    SimBridge bridge;
    /** Dial or Queue gave this party Asterisk's transfer features (options t and T): Atxfer acts on it. */
    volatile boolean mayTransfer;
    /** The attended transfer this channel started and has not completed or cancelled yet. */
    Consultation consultation;

    /** An attended transfer under way: the party waiting with music, and the Local channel to the target. */
    static final class Consultation {
        final SimChannel transferee;
        final SimChannel localOne;
        final SimChannel localTwo;
        /** The transferer hung up: the transferee talks to the target now. */
        volatile boolean completed;

        Consultation(SimChannel transferee, SimChannel localOne, SimChannel localTwo) {
            this.transferee = transferee;
            this.localOne = localOne;
            this.localTwo = localTwo;
        }
    }

    SimChannel(String name, String device, String uniqueId, String linkedId, int state, String callerNum,
               String callerName, String context, String exten) {
        this.name = name;
        this.device = device;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.state = state;
        this.callerNum = callerNum;
        this.callerName = callerName;
        this.context = context;
        this.exten = exten;
        this.createdMillis = System.currentTimeMillis();
    }

    boolean isLocal() {
        return name.startsWith("Local/");
    }

    static String stateDesc(int state) {
        return switch (state) {
            case DOWN -> "Down";
            case RING -> "Ring";
            case RINGING -> "Ringing";
            case UP -> "Up";
            default -> "Unknown";
        };
    }

    /** Appends the channel block (Channel .. Linkedid) under an optional prefix such as "Dest". */
    AmiMessage describe(AmiMessage message, String prefix) {
        return message.put(prefix + "Channel", name)
                .put(prefix + "ChannelState", state)
                .put(prefix + "ChannelStateDesc", stateDesc(state))
                .put(prefix + "CallerIDNum", callerNum)
                .put(prefix + "CallerIDName", callerName)
                .put(prefix + "ConnectedLineNum", connectedNum)
                .put(prefix + "ConnectedLineName", connectedName)
                .put(prefix + "Language", "en")
                .put(prefix + "AccountCode", "")
                .put(prefix + "Context", context)
                .put(prefix + "Exten", exten)
                .put(prefix + "Priority", priority)
                .put(prefix + "Uniqueid", uniqueId)
                .put(prefix + "Linkedid", linkedId);
    }
}
