package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The PBX's channels, bridges and device states, and the events a real Asterisk 20 writes when
 * they change (field order and values as in fixtures/asterisk-20/ami). Clock thread only.
 */
final class Simulator {
    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());
    /** The CDR's times: cdr_csv with usegmtime, and cdr_manager's. */
    private static final java.time.format.DateTimeFormatter CDR_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
    private final Consumer<AmiMessage> events;
    private final Map<String, SimChannel> channels = new LinkedHashMap<>();
    private final Map<String, String> deviceStates = new HashMap<>();
    /** The recordings running on channels (MixMonitor), and where their files go. */
    final MixMonitors mixMonitors = new MixMonitors();
    private QueueBook queues;
    private int channelSequence;
    private int uniqueSequence;

    Simulator(Consumer<AmiMessage> events) {
        this.events = events;
    }

    /**
     * The event's time as Asterisk writes it (timestampevents=yes): seconds with microseconds, from
     * the system clock. Not the millisecond clock plus microseconds of another clock: two events of
     * one millisecond could then go back in time, and a consumer that keeps the newer of two reports
     * (the agents' states) would ignore the later one.
     */
    static String timestamp() {
        java.time.Instant now = java.time.Instant.now();
        return String.format(java.util.Locale.ROOT, "%d.%06d", now.getEpochSecond(), now.getNano() / 1000);
    }

    private String nextUniqueId() {
        return (System.currentTimeMillis() / 1000) + "." + uniqueSequence++;
    }

    private void emit(AmiMessage message) {
        events.accept(message);
    }

    private AmiMessage event(String name, String privilege) {
        return AmiMessage.event(name, privilege).put("Timestamp", timestamp());
    }

    /** Whether the channel is still up: not hung up by its script or by an AMI Hangup. Clock thread. */
    boolean alive(SimChannel channel) {
        return channels.get(channel.name) == channel;
    }

    List<SimChannel> channels() {
        return new ArrayList<>(channels.values());
    }

    /** The live channel of that name, or null. Clock thread. */
    SimChannel channel(String name) {
        return channels.get(name);
    }

    /** The other party of the two-party bridge the channel is in, or null. Clock thread. */
    static SimChannel bridgedWith(SimChannel channel) {
        return channel.bridge == null ? null : channel.bridge.members.stream().filter(m -> m != channel).findFirst().orElse(null);
    }

    Map<String, String> deviceStates() {
        return Map.copyOf(deviceStates);
    }

    /** Every channel and bridge vanishes without a word, as when Asterisk dies. */
    void vanish() {
        channels.clear();
        deviceStates.replaceAll((device, state) -> "NOT_INUSE");
    }

    // ---- channels

    SimChannel sipChannel(String endpoint, int state, String callerNum, String callerName, String context,
                          String exten, SimChannel linkedTo) {
        return sipChannel(endpoint, state, callerNum, callerName, context, exten, linkedTo, null);
    }

    /** @param uniqueId the id an Originate's ChannelId asked for; null: the PBX's own */
    SimChannel sipChannel(String endpoint, int state, String callerNum, String callerName, String context,
                          String exten, SimChannel linkedTo, String uniqueId) {
        String name = String.format(java.util.Locale.ROOT, "PJSIP/%s-%08x", endpoint, channelSequence++);
        return open(name, "PJSIP/" + endpoint, state, callerNum, callerName, context, exten, linkedTo, uniqueId);
    }

    /** A Local channel pair (;1 Down, ;2 Ring) and the LocalBridge event that ties them. */
    SimChannel[] localPair(String exten, String context, String callerNum, String callerName, SimChannel linkedTo) {
        String base = String.format(java.util.Locale.ROOT, "Local/%s@%s-%08x", exten, context, channelSequence++);
        String device = "Local/" + exten + "@" + context;
        SimChannel one = open(base + ";1", device, SimChannel.DOWN, "<unknown>", "<unknown>", context, exten, linkedTo,
                null);
        SimChannel two = open(base + ";2", device, SimChannel.RING, callerNum, callerName, context, exten,
                linkedTo != null ? linkedTo : one, null);
        AmiMessage bridge = event("LocalBridge", "call,all");
        one.describe(bridge, "LocalOne");
        two.describe(bridge, "LocalTwo");
        emit(bridge.put("Context", context).put("Exten", exten).put("LocalOptimization", "No"));
        return new SimChannel[] {one, two};
    }

    private SimChannel open(String name, String device, int state, String callerNum, String callerName,
                            String context, String exten, SimChannel linkedTo, String wantedId) {
        String uniqueId = wantedId != null ? wantedId : nextUniqueId();
        String linkedId = linkedTo != null ? linkedTo.linkedId : uniqueId;
        SimChannel channel = new SimChannel(name, device, uniqueId, linkedId, state, callerNum, callerName, context,
                exten);
        channels.put(name, channel);
        emit(channel.describe(event("Newchannel", "call,all"), ""));
        return channel;
    }

    /** The dialplan runs an application on the channel (Newexten, class dialplan). */
    void newExten(SimChannel channel, String application, String data) {
        channel.application = application;
        channel.applicationData = data;
        emit(channel.describe(event("Newexten", "dialplan,all"), "").put("Extension", channel.exten)
                .put("Application", application).put("AppData", data));
    }

    void connectedLine(SimChannel channel, SimChannel other) {
        channel.connectedNum = other.callerNum;
        channel.connectedName = other.callerName;
        emit(channel.describe(event("NewConnectedLine", "call,all"), ""));
    }

    void state(SimChannel channel, int state) {
        channel.state = state;
        emit(channel.describe(event("Newstate", "call,all"), ""));
    }

    void deviceState(String device, String state) {
        if (state.equals(deviceStates.put(device, state))) {
            return;
        }
        emit(event("DeviceStateChange", "call,all").put("Device", device).put("State", state));
        // app_queue follows its members' state interfaces: each membership reports the new status.
        if (queues != null) {
            for (QueueBook.Member member : queues.followingDevice(device)) {
                member.status = memberStatus(device);
                queueMember("QueueMemberStatus", member);
            }
        }
    }

    /** The queues whose dynamic members' status follows their devices. */
    void queues(QueueBook queues) {
        this.queues = queues;
    }

    /** The queues as queues.conf and QueueAdd made them (a FastAGI Queue() joins one). */
    QueueBook queueBook() {
        return queues;
    }

    // ---- dialling

    void dialBegin(SimChannel caller, SimChannel dest, String dialString) {
        caller.priority = Math.max(caller.priority, 2);
        AmiMessage message = caller.describe(event("DialBegin", "call,all"), "");
        emit(dest.describe(message, "Dest").put("DialString", dialString));
    }

    /** An Originate dials its own first channel: DialBegin with the Dest fields only (sample capture). */
    void originateDialBegin(SimChannel dest, String dialString) {
        emit(dest.describe(event("DialBegin", "call,all"), "Dest").put("DialString", dialString));
    }

    void originateDialEnd(SimChannel dest, String status) {
        emit(dest.describe(event("DialEnd", "call,all"), "Dest").put("DialStatus", status));
    }

    void dialState(SimChannel caller, SimChannel dest, String status) {
        AmiMessage message = caller.describe(event("DialState", "call,all"), "");
        emit(dest.describe(message, "Dest").put("DialStatus", status));
    }

    void dialEnd(SimChannel caller, SimChannel dest, String status) {
        AmiMessage message = caller.describe(event("DialEnd", "call,all"), "");
        emit(dest.describe(message, "Dest").put("DialStatus", status));
    }

    /** The dialled side rings: its device rings, the caller's device is in use. */
    void ringing(SimChannel caller, SimChannel dest) {
        state(dest, SimChannel.RINGING);
        deviceState(dest.device, "RINGING");
        deviceState(caller.device, "INUSE");
        dialState(caller, dest, "RINGING");
    }

    /** The dialled side answers: Up, in use, DialEnd ANSWER, and the caller is Up too. */
    void answer(SimChannel caller, SimChannel dest) {
        state(dest, SimChannel.UP);
        deviceState(dest.device, "INUSE");
        dest.exten = "";
        dialEnd(caller, dest, "ANSWER");
        if (caller.state != SimChannel.UP) {
            state(caller, SimChannel.UP);
        }
    }

    SimBridge bridge(SimChannel first, SimChannel second) {
        SimBridge bridge = new SimBridge(UUID.randomUUID().toString());
        emit(bridge.describe(event("BridgeCreate", "call,all")));
        for (SimChannel member : List.of(first, second)) {
            bridge.members.add(member);
            member.bridge = bridge;
            emit(member.describe(bridge.describe(event("BridgeEnter", "call,all")), ""));
        }
        bridge.settle();
        return bridge;
    }

    void leaveBridge(SimChannel channel) {
        SimBridge bridge = channel.bridge;
        if (bridge == null) {
            return;
        }
        bridge.members.remove(channel);
        channel.bridge = null;
        emit(channel.describe(bridge.describe(event("BridgeLeave", "call,all")), ""));
        if (bridge.members.isEmpty()) {
            emit(bridge.describe(event("BridgeDestroy", "call,all")));
        }
    }

    /**
     * The events of a blind transfer: BlindTransfer (both channels and the bridge), then both leave the
     * bridge and the transferer hangs up, as stasis_bridges.c and the bridge core report them.
     */
    void blindTransfer(SimChannel transferer, SimChannel transferee, String context, String exten) {
        SimBridge bridge = transferer.bridge;
        AmiMessage event = event("BlindTransfer", "call,all").put("Result", "Success");
        transferer.describe(event, "Transferer");
        transferee.describe(event, "Transferee");
        emit(bridge.describe(event).put("IsExternal", "Yes").put("Context", context).put("Extension", exten));
        hangupRequest(transferer, 16, true);
        leaveBridge(transferer);
        leaveBridge(transferee);
        hangup(transferer, 16);
    }

    /**
     * The events of a completed attended transfer (stasis_bridges.c, AttendedTransfer): the
     * transferer leaves and hangs up, the waiting party stops hearing music and is bridged with
     * the Local channel to the target.
     */
    void attendedTransfer(SimChannel transferer, SimChannel.Consultation consultation) {
        consultation.completed = true;
        consultation.transferee.moves++; // its dialplan session no longer ends it: the consultation's does
        AmiMessage event = event("AttendedTransfer", "call,all").put("Result", "Success");
        transferer.describe(event, "OrigTransferer");
        consultation.localOne.describe(event, "SecondTransferer");
        consultation.transferee.describe(event, "Transferee");
        emit(event.put("DestType", "Link").put("IsExternal", "No"));
        hangupRequest(transferer, 16, true);
        hangup(transferer, 16);
        musicOnHold(consultation.transferee, false);
        leaveBridge(consultation.transferee);
        bridge(consultation.transferee, consultation.localOne);
    }

    void hangupRequest(SimChannel channel, int cause, boolean soft) {
        emit(channel.describe(event(soft ? "SoftHangupRequest" : "HangupRequest", "call,all"), "")
                .put("Cause", cause));
    }

    /**
     * AMI Hangup of a channel (Asterisk's soft hang-up): the channel ends, and a two-party bridge it
     * was in ends with it, as Dial's caller and callee do. Scripted steps for these channels later are
     * no-ops. Returns the channels hung up at the request (not their partners).
     */
    List<SimChannel> hangupByAmi(java.util.function.Predicate<String> names) {
        List<SimChannel> matched = channels.values().stream().filter(c -> names.test(c.name)).toList();
        for (SimChannel channel : matched) {
            if (channel.consultation != null) {
                // The transferer hangs up during the consultation: that completes its attended transfer.
                SimChannel.Consultation consultation = channel.consultation;
                channel.consultation = null;
                attendedTransfer(channel, consultation);
                continue;
            }
            SimChannel partner = bridgedWith(channel);
            hangupRequest(channel, 16, true);
            hangup(channel, 16);
            if (partner != null) {
                hangup(partner, 16);
            }
        }
        return matched;
    }

    /**
     * One row of cdr_csv's Master.csv (cdr/cdr_csv.c, build_csv_record): strings and dates quoted,
     * an empty date left empty, numbers bare; with uniqueid, userfield, peeraccount, linkedid and
     * sequence. Written whoever listens on AMI, as the CDR is.
     */
    private void writeCsv(SimChannel source, SimChannel destination, String lastApp, String lastData, long answeredMillis,
                          String disposition, long now) {
        if (cdrFile == null) {
            return;
        }
        java.time.format.DateTimeFormatter format = CDR_TIME;
        java.util.function.Function<String, String> q = v -> "\"" + (v == null ? "" : v.replace("\"", "\"\"")) + "\"";
        String row = String.join(",", q.apply(""), q.apply(source.callerNum),
                q.apply(source.exten != null ? source.exten : destination != null ? destination.callerNum : ""), q.apply(source.context),
                q.apply("\"" + source.callerName + "\" <" + source.callerNum + ">"), q.apply(source.name),
                q.apply(destination != null ? destination.name : ""), q.apply(lastApp), q.apply(lastData),
                q.apply(format.format(java.time.Instant.ofEpochMilli(source.createdMillis))),
                answeredMillis > 0 ? q.apply(format.format(java.time.Instant.ofEpochMilli(answeredMillis))) : "",
                q.apply(format.format(java.time.Instant.ofEpochMilli(now))),
                String.valueOf((now - source.createdMillis) / 1000), String.valueOf(answeredMillis > 0 ? (now - answeredMillis) / 1000 : 0),
                q.apply(disposition), q.apply("DOCUMENTATION"), q.apply(source.uniqueId), q.apply(""), q.apply(""),
                q.apply(source.linkedId), String.valueOf(++cdrSequence));
        try {
            java.nio.file.Files.writeString(cdrFile, row + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "CDR not written to {0}: {1}", cdrFile, e.toString());
        }
    }

    /** The channel is gone: Hangup, and its device is free when no other channel uses it. */
    void hangup(SimChannel channel, int cause) {
        hangup(channel, cause, 0);
    }

    /**
     * @param techCause the channel driver's cause that recent Asterisk 20/22 releases add for a
     *                  PJSIP leg that was busy (486) or cancelled (487); 0: none
     */
    void hangup(SimChannel channel, int cause, int techCause) {
        if (channels.remove(channel.name) == null) {
            return;
        }
        leaveBridge(channel);
        AmiMessage hangup = channel.describe(event("Hangup", "call,all"), "").put("Cause", cause)
                .put("Cause-txt", causeText(cause));
        emit(techCause > 0 ? hangup.put("TechCause", techCause) : hangup);
        mixMonitors.hungUp(channel);
        boolean deviceStillUsed = channels.values().stream().anyMatch(c -> c.device.equals(channel.device));
        if (!deviceStillUsed) {
            deviceState(channel.device, "NOT_INUSE");
        }
    }

    /**
     * A bridged two-party call ends from one side, in the order the pjsip-call capture shows:
     * requests and bridge leaves first, the CDR, then both hang-ups.
     */
    void hangupBridged(SimChannel initiator, SimChannel other, String lastApp, String lastData, long answeredMillis) {
        if (!alive(initiator)) {
            return; // hung up meanwhile (AMI Hangup): its end was played then
        }
        hangupRequest(initiator, 16, false);
        leaveBridge(initiator);
        hangupRequest(initiator, 16, true);
        leaveBridge(other);
        cdr(initiator, other, lastApp, lastData, answeredMillis, "ANSWERED");
        hangup(initiator, 16);
        hangup(other, 16);
    }

    private java.nio.file.Path cdrFile;
    private int cdrSequence;

    void cdrFile(java.nio.file.Path file) {
        this.cdrFile = file;
    }

    void cdr(SimChannel source, SimChannel destination, String lastApp, String lastData, long answeredMillis,
             String disposition) {
        long now = System.currentTimeMillis();
        writeCsv(source, destination, lastApp, lastData, answeredMillis, disposition, now);
        long duration = (now - source.createdMillis) / 1000;
        long billable = answeredMillis > 0 ? (now - answeredMillis) / 1000 : 0;
        java.time.format.DateTimeFormatter format = CDR_TIME;
        emit(AmiMessage.event("Cdr", "cdr,all").put("Timestamp", timestamp())
                .put("AccountCode", "")
                .put("Source", source.callerNum)
                .put("Destination", destination != null ? destination.callerNum : source.exten)
                .put("DestinationContext", source.context)
                .put("CallerID", "\"" + source.callerName + "\" <" + source.callerNum + ">")
                .put("Channel", source.name)
                .put("DestinationChannel", destination != null ? destination.name : "")
                .put("LastApplication", lastApp)
                .put("LastData", lastData)
                .put("StartTime", format.format(java.time.Instant.ofEpochMilli(source.createdMillis)))
                .put("AnswerTime", answeredMillis > 0 ? format.format(java.time.Instant.ofEpochMilli(answeredMillis)) : "")
                .put("EndTime", format.format(java.time.Instant.ofEpochMilli(now)))
                .put("Duration", duration)
                .put("BillableSeconds", billable)
                .put("Disposition", disposition)
                .put("AMAFlags", "DOCUMENTATION")
                .put("UniqueID", source.uniqueId)
                .put("UserField", ""));
    }

    private static String causeText(int cause) {
        return switch (cause) {
            case 16 -> "Normal Clearing";
            case 17 -> "User busy";
            case 19 -> "User alerting, no answer";
            case 26 -> "Answered elsewhere";
            default -> "Unknown";
        };
    }

    // ---- queues

    void queueEvent(String name, SimChannel caller, String queue, int count, int position) {
        AmiMessage message = caller.describe(event(name, "agent,all"), "").put("Queue", queue);
        if (!name.equals("QueueCallerAbandon")) {
            message.put("Position", position).put("Count", count);
        } else {
            message.put("Position", position).put("OriginalPosition", position)
                    .put("HoldTime", (System.currentTimeMillis() - caller.createdMillis) / 1000);
        }
        emit(message);
    }

    /** @param extra the event's own fields after MemberName, as name, value, ... in Asterisk's order */
    void agentEvent(String name, SimChannel caller, SimChannel member, String queue, String memberInterface,
                    String memberName, Object... extra) {
        AmiMessage message = caller.describe(event(name, "agent,all"), "");
        member.describe(message, "Dest");
        message.put("Queue", queue).put("Interface", memberInterface).put("MemberName", memberName);
        for (int i = 0; i < extra.length; i += 2) {
            message.put((String) extra[i], extra[i + 1]);
        }
        emit(message);
    }

    void queueMemberStatus(String queue, String memberName, String memberInterface, String stateInterface,
                           int status, boolean inCall) {
        emit(event("QueueMemberStatus", "agent,all")
                .put("Queue", queue).put("MemberName", memberName).put("Interface", memberInterface)
                .put("StateInterface", stateInterface).put("Membership", "static").put("Penalty", 0)
                .put("CallsTaken", 0).put("LastCall", 0).put("LastPause", 0).put("LoginTime", 0)
                .put("InCall", inCall ? 1 : 0).put("Status", status).put("Paused", 0).put("PausedReason", "")
                .put("Ringinuse", 0).put("Wrapuptime", 0));
    }

    /** QueueMemberAdded, QueueMemberPause, QueueMemberRemoved or QueueMemberStatus of a dynamic member, as app_queue writes them. */
    void queueMember(String name, QueueBook.Member member) {
        emit(event(name, "agent,all")
                .put("Queue", member.queue).put("MemberName", member.name).put("Interface", member.memberInterface)
                .put("StateInterface", member.stateInterface).put("Membership", "dynamic").put("Penalty", member.penalty)
                .put("CallsTaken", member.callsTaken).put("LastCall", member.lastCall).put("LastPause", member.lastPause)
                .put("LoginTime", member.loginTime).put("InCall", member.status == 2 ? 1 : 0).put("Status", member.status)
                .put("Paused", member.paused ? 1 : 0).put("PausedReason", member.reason)
                .put("Ringinuse", 0).put("Wrapuptime", 0));
    }

    /** The device app_queue keeps per paused member (Queue:&lt;queue&gt;_pause_&lt;interface&gt;), before QueueMemberPause. */
    void pauseDevice(QueueBook.Member member) {
        deviceState("Queue:" + member.queue + "_pause_" + member.memberInterface, member.paused ? "INUSE" : "NOT_INUSE");
    }

    /** app_queue's status number of a device state. */
    int memberStatus(String stateInterface) {
        String state = deviceStates.get(stateInterface);
        if (state == null) {
            return 5; // an endpoint that never registered: unavailable
        }
        return switch (state) {
            case "NOT_INUSE" -> 1;
            case "INUSE", "BUSY" -> 2;
            case "RINGING" -> 6;
            case "RINGINUSE" -> 7;
            case "ONHOLD" -> 8;
            case "INVALID" -> 4;
            default -> 5;
        };
    }

    /** ChanSpyStart or ChanSpyStop: the spying and the spied channels, as app_chanspy documents them. */
    void chanSpy(String name, SimChannel spyer, SimChannel spyee) {
        AmiMessage message = spyer.describe(event(name, "call,all"), "Spyer");
        emit(spyee.describe(message, "Spyee"));
    }

    void musicOnHold(SimChannel channel, boolean start) {
        AmiMessage message = channel.describe(event(start ? "MusicOnHoldStart" : "MusicOnHoldStop", "call,all"), "");
        emit(start ? message.put("Class", "default") : message);
    }

    void mixMonitorStart(SimChannel channel) {
        emit(channel.describe(event("MixMonitorStart", "call,all"), ""));
    }

    /** As app_mixmonitor's MixMonitorMute: the channel block, Direction, State 1 or 0. */
    void mixMonitorMute(SimChannel channel, String direction, boolean muted) {
        emit(channel.describe(event("MixMonitorMute", "call,all"), "").put("Direction", direction).put("State", muted ? "1" : "0"));
    }

    /** A channel variable was set (VarSet, dialplan class), as the sample capture shows MIXMONITOR_FILENAME. */
    void varSet(SimChannel channel, String variable, String value) {
        emit(channel.describe(event("VarSet", "dialplan,all"), "").put("Variable", variable).put("Value", value));
    }

    // ---- registrations

    void registered(String endpoint, String address) {
        emit(event("PeerStatus", "system,all").put("ChannelType", "PJSIP").put("Peer", "PJSIP/" + endpoint)
                .put("PeerStatus", "Reachable"));
        deviceState("PJSIP/" + endpoint, "NOT_INUSE");
        emit(event("ContactStatus", "system,all").put("URI", "sip:" + endpoint + "@" + address + ";transport=UDP")
                .put("ContactStatus", "NonQualified").put("AOR", endpoint).put("EndpointName", endpoint)
                .put("RoundtripUsec", 0));
    }

    void originateResponse(String actionId, SimChannel channel, String response, int reason, String context,
                           String exten) {
        AmiMessage message = AmiMessage.event("OriginateResponse", "call,all").put("Timestamp", timestamp());
        if (actionId != null) {
            message.put("ActionID", actionId);
        }
        emit(message.put("Response", response).put("Channel", channel.name).put("Context", context)
                .put("Exten", exten).put("Reason", reason)
                .put("Uniqueid", channel.uniqueId).put("CallerIDNum", channel.callerNum)
                .put("CallerIDName", channel.callerName));
    }
}
