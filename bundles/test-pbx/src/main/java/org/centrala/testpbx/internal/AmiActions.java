package org.centrala.testpbx.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** What the test PBX answers to each AMI action; state is read on the clock thread. */
final class AmiActions {
    private final String username;
    private final String secret;
    private final SecureRandom random = new SecureRandom();
    private TestPbxServer pbx;

    AmiActions(String username, String secret) {
        this.username = username;
        this.secret = secret;
    }

    void attach(TestPbxServer pbx) {
        this.pbx = pbx;
    }

    void handle(AmiSession session, Map<String, String> action) {
        String name = action.getOrDefault("action", "");
        String actionId = action.get("actionid");
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "challenge" -> challenge(session, actionId);
            case "login" -> login(session, action, actionId);
            case "ping" -> session.send(AmiMessage.response("Success", actionId).put("Ping", "Pong")
                    .put("Timestamp", Simulator.timestamp()));
            case "logoff" -> {
                session.send(AmiMessage.response("Goodbye", actionId).put("Message", "Thanks for all the fish."));
                session.closeAfterFlush();
            }
            default -> {
                if (!session.authenticated) {
                    session.send(AmiMessage.response("Error", actionId).put("Message", "Permission denied"));
                    return;
                }
                authenticated(session, name, action, actionId);
            }
        }
    }

    private void authenticated(AmiSession session, String name, Map<String, String> action, String actionId) {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "coreshowchannels" -> list(session, actionId, "Channels will follow",
                    pbx.clock().call(() -> pbx.coreShowChannels()), "CoreShowChannelsComplete");
            case "queuestatus" -> list(session, actionId, "Queue status will follow",
                    pbx.clock().call(() -> pbx.queueStatus(action.get("queue"))).stream()
                            .map(item -> item.put("ActionID", actionId)).toList(), "QueueStatusComplete");
            case "devicestatelist" -> list(session, actionId, "Device State Changes will follow",
                    pbx.clock().call(() -> pbx.deviceStateList()), "DeviceStateListComplete");
            case "coresettings" -> session.send(AmiMessage.response("Success", actionId).put("AMIversion", "9.0.0")
                    .put("AsteriskVersion", "20.20.1").put("SystemName", "").put("CoreMaxCalls", 0)
                    .put("CoreMaxLoadAvg", "0.000000").put("CoreRunUser", "").put("CoreRunGroup", "")
                    .put("CoreMaxFilehandles", 0).put("CoreRealTimeEnabled", "No").put("CoreCDRenabled", "Yes")
                    .put("CoreHTTPenabled", "No").put("SoundsSearchCustomDir", "No"));
            case "events" -> {
                session.eventsOn = !"off".equalsIgnoreCase(action.getOrDefault("eventmask", "on"));
                session.send(AmiMessage.response("Success", actionId).put("Events", session.eventsOn ? "On" : "Off"));
            }
            case "originate" -> originate(session, action, actionId);
            case "queueadd", "queuepause", "queueremove" -> queueMember(session, name.toLowerCase(java.util.Locale.ROOT), action, actionId);
            case "queuepenalty" -> queuePenalty(session, action, actionId);
            case "hangup" -> hangup(session, action, actionId);
            case "blindtransfer" -> transfer(session, action, actionId, true, "Transfer succeeded",
                    (channel, exten) -> pbx.blindTransfer(channel, action.get("context"), exten));
            case "atxfer" -> transfer(session, action, actionId, true, "Atxfer successfully queued",
                    (channel, exten) -> pbx.attendedTransfer(channel, action.get("context"), exten));
            case "cancelatxfer" -> transfer(session, action, actionId, false, "CancelAtxfer successfully queued",
                    (channel, exten) -> pbx.cancelAttendedTransfer(channel));
            case "mixmonitor" -> session.send(pbx.clock().call(() -> mixMonitor(action, actionId)));
            case "mixmonitormute" -> session.send(pbx.clock().call(() -> mixMonitorMute(action, actionId)));
            case "getvar" -> session.send(pbx.clock().call(() -> getvar(action, actionId)));
            case "getconfig" -> session.send(pbx.clock().call(() -> pbx.configActions().getConfig(action, actionId)));
            case "createconfig" -> session.send(pbx.clock().call(() -> changed(pbx.configActions().createConfig(action, actionId),
                    "CreateConfig " + action.get("filename"))));
            case "updateconfig" -> session.send(pbx.clock().call(() -> changed(pbx.configActions().updateConfig(action, actionId),
                    "UpdateConfig " + action.get("dstfilename"))));
            case "reload" -> session.send(pbx.clock().call(() -> pbx.reload(action.getOrDefault("module", ""), actionId)));
            default -> session.send(AmiMessage.response("Error", actionId).put("Message", "Invalid/unknown command"));
        }
    }

    /**
     * BlindTransfer, Atxfer and CancelAtxfer as manager.c checks them: a channel, and an extension
     * where one is needed; then the PBX's refusal (its message) or the acknowledgement.
     */
    private void transfer(AmiSession session, Map<String, String> action, String actionId, boolean needsExten, String acknowledgement,
                          java.util.function.BiFunction<String, String, String> onClock) {
        String channel = action.getOrDefault("channel", "");
        String exten = action.getOrDefault("exten", "");
        String refusal = channel.isEmpty() ? "No channel specified" : needsExten && exten.isEmpty() ? "No extension specified"
                : pbx.clock().call(() -> onClock.apply(channel, exten));
        session.send(acknowledged(actionId, refusal, acknowledgement));
    }

    /** app_mixmonitor's manager_mixmonitor: the channel must exist; Success without a message. Clock thread. */
    private AmiMessage mixMonitor(Map<String, String> action, String actionId) {
        String name = action.getOrDefault("channel", "");
        SimChannel channel = name.isEmpty() ? null : pbx.sim().channel(name);
        if (channel == null) {
            return AmiMessage.response("Error", actionId).put("Message", name.isEmpty() ? "No channel specified" : "No such channel");
        }
        return pbx.sim().mixMonitors.start(pbx.sim(), channel, action.getOrDefault("file", "")) == null
                ? AmiMessage.response("Error", actionId).put("Message", "Could not start monitoring channel")
                : AmiMessage.response("Success", actionId);
    }

    /** app_mixmonitor's manager_mute_mixmonitor: direction, channel and state are required. Clock thread. */
    private AmiMessage mixMonitorMute(Map<String, String> action, String actionId) {
        String direction = action.getOrDefault("direction", "");
        String name = action.getOrDefault("channel", "");
        String state = action.getOrDefault("state", "");
        String refusal = direction.isEmpty() ? "No direction specified. Must be read, write or both"
                : !java.util.Set.of("read", "write", "both").contains(direction.toLowerCase(java.util.Locale.ROOT))
                ? "Invalid direction specified. Must be read, write or both"
                : name.isEmpty() ? "No channel specified" : state.isEmpty() ? "No state specified"
                : pbx.sim().channel(name) == null ? "No such channel" : null;
        if (refusal != null) {
            return AmiMessage.response("Error", actionId).put("Message", refusal);
        }
        boolean muted = "1".equals(state) || "true".equalsIgnoreCase(state) || "yes".equalsIgnoreCase(state);
        return pbx.sim().mixMonitors.mute(pbx.sim(), pbx.sim().channel(name), muted, direction)
                ? AmiMessage.response("Success", actionId) : AmiMessage.response("Error", actionId).put("Message", "Cannot set mute flag");
    }

    /** manager.c's action_getvar for the variables the test PBX keeps: MIXMONITOR_FILENAME. Clock thread. */
    private AmiMessage getvar(Map<String, String> action, String actionId) {
        String variable = action.getOrDefault("variable", "");
        String name = action.getOrDefault("channel", "");
        if (variable.isEmpty()) {
            return AmiMessage.response("Error", actionId).put("Message", "No variable specified");
        }
        if (!name.isEmpty() && pbx.sim().channel(name) == null) {
            return AmiMessage.response("Error", actionId).put("Message", "No such channel");
        }
        String value = "MIXMONITOR_FILENAME".equals(variable) && !name.isEmpty() ? pbx.sim().mixMonitors.fileOf(name) : null;
        return AmiMessage.response("Success", actionId).put("Variable", variable).put("Value", value == null ? "" : value);
    }

    /** manager.c's astman_send_ack with its message, or astman_send_error with the refusal. */
    private static AmiMessage acknowledged(String actionId, String refusal, String message) {
        return refusal == null ? AmiMessage.response("Success", actionId).put("Message", message)
                : AmiMessage.response("Error", actionId).put("Message", refusal);
    }

    private AmiMessage changed(AmiMessage answer, String change) {
        if ("Success".equals(answer.get("Response"))) {
            pbx.configChanged(change);
        }
        return answer;
    }

    private void challenge(AmiSession session, String actionId) {
        session.challenge = String.valueOf(100_000_000 + random.nextInt(900_000_000));
        session.send(AmiMessage.response("Success", actionId).put("Challenge", session.challenge));
    }

    private void login(AmiSession session, Map<String, String> action, String actionId) {
        boolean known = username.equals(action.get("username"));
        String key = action.get("key");
        boolean ok = known && (key != null
                ? session.challenge != null && key.equalsIgnoreCase(md5(session.challenge + secret))
                : secret.equals(action.get("secret")));
        if (!ok) {
            // Asterisk answers and then closes the session after a failed log-in.
            session.send(AmiMessage.response("Error", actionId).put("Message", "Authentication failed"));
            session.closeAfterFlush();
            return;
        }
        session.eventsOn = !"off".equalsIgnoreCase(action.getOrDefault("events", "on"));
        session.send(AmiMessage.response("Success", actionId).put("Message", "Authentication accepted"));
        session.authenticated = true;
        session.send(AmiMessage.event("FullyBooted", "system,all").put("Uptime", pbx.uptimeSeconds())
                .put("LastReload", pbx.uptimeSeconds()).put("Status", "Fully Booted"));
    }

    private void list(AmiSession session, String actionId, String message, List<AmiMessage> items, String complete) {
        session.send(AmiMessage.response("Success", actionId).put("EventList", "start").put("Message", message));
        for (AmiMessage item : items) {
            session.send(item.get("ActionID") != null ? item : item.withActionId(actionId));
        }
        session.send(AmiMessage.event(complete, null).put("ActionID", actionId).put("EventList", "Complete")
                .put("ListItems", items.size()));
    }

    /** Click-to-call. Only PJSIP/&lt;endpoint&gt; channels with Context and Exten are supported. */
    private void originate(AmiSession session, Map<String, String> action, String actionId) {
        String channel = action.getOrDefault("channel", "");
        String application = action.get("application");
        if (application != null && !application.isBlank()) {
            // A supervisor's phone into an agent's call (issue 11, item 5): ChanSpy is the one application played.
            if (!channel.startsWith("PJSIP/") || !application.equalsIgnoreCase("ChanSpy")) {
                session.send(AmiMessage.response("Error", actionId)
                        .put("Message", "The test PBX originates PJSIP/<endpoint> to ChanSpy only"));
                return;
            }
            session.send(AmiMessage.response("Success", actionId).put("Message", "Originate successfully queued"));
            pbx.originateSpy(actionId, channel.substring("PJSIP/".length()), action.getOrDefault("data", ""),
                    action.getOrDefault("callerid", ""), action.get("channelid"));
            return;
        }
        String exten = action.get("exten");
        String context = action.getOrDefault("context", "default");
        if (!channel.startsWith("PJSIP/") || exten == null || exten.isBlank()) {
            session.send(AmiMessage.response("Error", actionId)
                    .put("Message", "The test PBX originates PJSIP/<endpoint> to Context/Exten only"));
            return;
        }
        session.send(AmiMessage.response("Success", actionId).put("Message", "Originate successfully queued"));
        String channelId = action.get("channelid");
        if (channelId != null) {
            // Centrala's click-to-call (issue 11): the phone answers, then the dialplan hands it to FastAGI.
            long timeout = Long.parseLong(action.getOrDefault("timeout", "30000"));
            pbx.originateIntoDialplan(actionId, channel.substring("PJSIP/".length()), exten, context,
                    action.getOrDefault("callerid", ""), channelId, Duration.ofMillis(timeout));
            return;
        }
        pbx.originate(actionId, channel.substring("PJSIP/".length()), exten, context, Duration.ofSeconds(30));
    }

    /**
     * QueueAdd, QueuePause and QueueRemove as app_queue answers them: the response first, then the
     * member's event (for a pause, the pause device's state change before it).
     */
    private void queueMember(AmiSession session, String name, Map<String, String> action, String actionId) {
        String queue = action.get("queue");
        String memberInterface = action.get("interface");
        if (memberInterface == null || memberInterface.isEmpty()) {
            session.send(AmiMessage.response("Error", actionId).put("Message", "'Interface' not specified."));
            return;
        }
        if (!name.equals("queuepause") && (queue == null || queue.isEmpty())) {
            session.send(AmiMessage.response("Error", actionId).put("Message", "'Queue' not specified."));
            return;
        }
        boolean paused = isTrue(action.get("paused"));
        String refusal = pbx.clock().call(() -> pbx.queueRefusal(name, queue, memberInterface));
        if (refusal != null) {
            session.send(AmiMessage.response("Error", actionId).put("Message", refusal));
            return;
        }
        session.send(AmiMessage.response("Success", actionId).put("Message", switch (name) {
            case "queueadd" -> "Added interface to queue";
            case "queuepause" -> paused ? "Interface paused successfully" : "Interface unpaused successfully";
            default -> "Removed interface from queue";
        }));
        pbx.clock().call(() -> {
            switch (name) {
                case "queueadd" -> pbx.queueAdd(queue, memberInterface, action.get("membername"), action.get("stateinterface"),
                        Integer.parseInt(action.getOrDefault("penalty", "0").trim()), paused, action.get("reason"));
                case "queuepause" -> pbx.queuePause(queue, memberInterface, paused, action.get("reason"));
                default -> pbx.queueRemove(queue, memberInterface);
            }
            return null;
        });
    }

    /** QueuePenalty as app_queue answers it: every entry of the interface (in one queue, if named), then QueueMemberPenalty each. */
    private void queuePenalty(AmiSession session, Map<String, String> action, String actionId) {
        String memberInterface = action.get("interface");
        String queue = action.get("queue");
        int penalty;
        try {
            penalty = Integer.parseInt(action.getOrDefault("penalty", "").trim());
        } catch (NumberFormatException e) {
            penalty = -1;
        }
        int wanted = penalty;
        boolean known = memberInterface != null && wanted >= 0 && Boolean.TRUE.equals(pbx.clock().call(() ->
                pbx.queueRefusal("queuepause", queue, memberInterface) == null));
        if (!known) {
            session.send(AmiMessage.response("Error", actionId).put("Message", "Invalid interface, queuename or penalty"));
            return;
        }
        session.send(AmiMessage.response("Success", actionId).put("Message", "Interface penalty set successfully"));
        pbx.clock().call(() -> {
            pbx.queuePenalty(queue, memberInterface, wanted);
            return null;
        });
    }

    /** Hangup as main/manager.c answers it: one channel by name, or every channel a /regex/ matches, as a list. */
    private void hangup(AmiSession session, Map<String, String> action, String actionId) {
        String channel = action.getOrDefault("channel", "");
        if (channel.isEmpty()) {
            session.send(AmiMessage.response("Error", actionId).put("Message", "No channel specified"));
            return;
        }
        if (!channel.startsWith("/")) {
            List<?> hung = pbx.clock().call(() -> pbx.sim().hangupByAmi(channel::equals));
            session.send(hung.isEmpty() ? AmiMessage.response("Error", actionId).put("Message", "No such channel")
                    : AmiMessage.response("Success", actionId).put("Message", "Channel Hungup"));
            return;
        }
        java.util.regex.Pattern regex;
        try {
            regex = java.util.regex.Pattern.compile(channel.substring(1, channel.endsWith("/") && channel.length() > 1
                    ? channel.length() - 1 : channel.length()));
        } catch (java.util.regex.PatternSyntaxException e) {
            session.send(AmiMessage.response("Error", actionId).put("Message", "Regex compile failed on: " + channel));
            return;
        }
        List<AmiMessage> items = pbx.clock().call(() -> pbx.sim().hangupByAmi(name -> regex.matcher(name).find()).stream()
                .map(c -> AmiMessage.event("ChannelHungup", null).put("Channel", c.name).put("ActionID", actionId)).toList());
        list(session, actionId, "Channels hung up will follow", items, "ChannelsHungupListComplete");
    }

    /** Asterisk's ast_true: yes, true, y, t, 1, on. */
    private static boolean isTrue(String value) {
        return value != null && java.util.Set.of("yes", "true", "y", "t", "1", "on").contains(value.trim().toLowerCase(java.util.Locale.ROOT));
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JVM", e);
        }
    }
}
