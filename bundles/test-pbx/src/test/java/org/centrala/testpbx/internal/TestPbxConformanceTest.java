package org.centrala.testpbx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.centrala.testpbx.RingTarget;
import org.centrala.testpbx.TestPbx;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The test PBX against the captures of a real Asterisk 20.20.1 (fixtures/asterisk-20/ami), on the
 * wire: the same events in the same order with the same fields in the same order, and values
 * where they do not depend on the moment (states, causes, privileges, id patterns).
 */
public class TestPbxConformanceTest {
    /** Events of the dialplan's own execution; the test PBX runs no dialplan, so it writes none. */
    private static final Set<String> DIALPLAN_EVENTS = Set.of("VarSet", "Newexten");
    /** Values that do not depend on when or where a call ran. */
    private static final List<String> STABLE_VALUES = List.of("Privilege", "ChannelState", "ChannelStateDesc",
            "DestChannelState", "DestChannelStateDesc", "DialStatus", "Cause", "Cause-txt", "BridgeType",
            "BridgeTechnology", "BridgeCreator", "BridgeName", "BridgeNumChannels", "Disposition", "AMAFlags",
            "Language", "Priority", "Status", "State");
    private static final Duration TALK = Duration.ofSeconds(8);

    private TestPbxServer pbx;
    private AmiTap tap;

    @Before
    public void start() throws Exception {
        pbx = new TestPbxServer("127.0.0.1", 0, "centrala", "secret", 0.001).start();
        tap = new AmiTap(pbx.port(), "centrala", "secret");
        tap.awaitEvents(Duration.ofSeconds(5), events -> !events.isEmpty()); // FullyBooted: logged in
    }

    @After
    public void stop() throws Exception {
        tap.close();
        pbx.close();
    }

    @Test
    public void internalCallIsThePjsipCaptureEventForEventAndFieldForField() throws Exception {
        List<Map<String, String>> theirs = fromFirstNewchannel(AmiCapture.load("pjsip-call.txt").events()).stream()
                .filter(e -> !DIALPLAN_EVENTS.contains(e.get("Event"))).toList();

        pbx.internalCall("2001", "2002", TALK).finished().get(10, TimeUnit.SECONDS);
        List<Map<String, String>> ours = fromFirstNewchannel(
                tap.awaitEvents(Duration.ofSeconds(10), events -> fromFirstNewchannel(events).size() >= theirs.size()));

        assertThat(names(ours)).containsExactlyElementsOf(names(theirs));
        String callId = ours.get(0).get("Uniqueid");
        for (int i = 0; i < theirs.size(); i++) {
            Map<String, String> mine = ours.get(i);
            Map<String, String> real = theirs.get(i);
            String what = "event " + i + " (" + real.get("Event") + ")";
            assertThat(List.copyOf(mine.keySet())).as(what + " fields").containsExactlyElementsOf(real.keySet());
            assertThat(stableValues(mine)).as(what + " values").isEqualTo(stableValues(real));
            if (mine.containsKey("Linkedid")) {
                assertThat(mine.get("Linkedid")).as(what + " Linkedid: the call's first channel").isEqualTo(callId);
            }
            if (mine.containsKey("Channel") && mine.get("Channel").startsWith("PJSIP/")) {
                assertThat(mine.get("Channel")).as(what + " Channel").matches("PJSIP/200[12]-[0-9a-f]{8}");
            }
        }
        assertThat(callId).matches("\\d+\\.\\d+");
    }

    @Test
    public void queueCallKeepsTheCapturedOrderOfQueueEvents() throws Exception {
        Set<String> queueEvents = Set.of("QueueCallerJoin", "MusicOnHoldStart", "AgentCalled", "MusicOnHoldStop",
                "QueueCallerLeave", "AgentConnect", "AgentComplete");
        String captured = "1795751951.22"; // the sample capture's call into queue support, two Local members
        List<String> theirs = names(AmiCapture.load("sample.txt").events().stream()
                .filter(e -> captured.equals(e.get("Linkedid")) && queueEvents.contains(e.get("Event"))).toList());

        TestPbx.CallRun run = pbx.queueCall("+381111000001", "demo", "support", List.of("500", "501"), "501",
                Duration.ofSeconds(20), TALK);
        run.finished().get(10, TimeUnit.SECONDS);
        Predicate<Map<String, String>> ofCall = e -> run.linkedId().equals(e.get("Linkedid"))
                && queueEvents.contains(e.get("Event"));
        List<Map<String, String>> ours = tap.awaitEvents(Duration.ofSeconds(10),
                events -> events.stream().anyMatch(e -> ofCall.test(e) && e.get("Event").equals("AgentComplete")));

        assertThat(names(ours.stream().filter(ofCall).toList())).containsExactlyElementsOf(theirs);
    }

    /**
     * Issue 11, item 3: the sample capture's dynamic member (QueueAdd, QueuePause with a reason,
     * QueuePause off, QueueRemove) is answered and reported as Asterisk 20 did, packet for packet:
     * the same responses, the same events with the same fields and values (times aside).
     */
    @Test
    public void queueMemberActionsAreTheCapturesResponsesAndEvents() throws Exception {
        pbx.queue("support");
        List<String> actions = List.of("probe-12", "probe-13", "probe-14", "probe-36");
        List<Map<String, String>> theirs = memberPackets(AmiCapture.load("sample.txt").packets(), actions);

        tap.send("Action", "QueueAdd", "ActionID", "probe-12", "Queue", "support", "Interface", "Local/501@queue-agents/n",
                "MemberName", "Agent501", "StateInterface", "Local/501@queue-agents", "Penalty", "0", "Paused", "false");
        tap.send("Action", "QueuePause", "ActionID", "probe-13", "Queue", "support", "Interface", "Local/501@queue-agents/n",
                "Paused", "true", "Reason", "lunch");
        tap.send("Action", "QueuePause", "ActionID", "probe-14", "Queue", "support", "Interface", "Local/501@queue-agents/n",
                "Paused", "false");
        tap.send("Action", "QueueRemove", "ActionID", "probe-36", "Queue", "support", "Interface", "Local/501@queue-agents/n");
        tap.awaitEvents(Duration.ofSeconds(10), events -> names(events).contains("QueueMemberRemoved"));
        List<Map<String, String>> ours = memberPackets(AmiCapture.parse(tap.raw()).packets(), actions);

        assertThat(ours).hasSameSizeAs(theirs);
        for (int i = 0; i < theirs.size(); i++) {
            Map<String, String> real = new java.util.LinkedHashMap<>(theirs.get(i));
            Map<String, String> mine = new java.util.LinkedHashMap<>(ours.get(i));
            assertThat(List.copyOf(mine.keySet())).as("packet " + i + " fields").containsExactlyElementsOf(real.keySet());
            for (String time : List.of("Timestamp", "LoginTime", "LastPause", "LastCall", "CallsTaken", "Status")) {
                real.remove(time);
                mine.remove(time);
            }
            assertThat(mine).as("packet " + i).isEqualTo(real);
        }
        assertThat(pbx.queueMembers("support")).isEmpty();
        // app_queue's refusals, as the manager writes them.
        tap.send("Action", "QueueRemove", "ActionID", "again", "Queue", "support", "Interface", "Local/501@queue-agents/n");
        tap.send("Action", "QueueAdd", "ActionID", "nosuch", "Queue", "sales", "Interface", "PJSIP/2001");
        tap.awaitEvents(Duration.ofSeconds(10), events -> tap.raw().contains("ActionID: nosuch"));
        assertThat(tap.raw()).contains("Response: Error\r\nActionID: again\r\nMessage: Unable to remove interface: Not there")
                .contains("Response: Error\r\nActionID: nosuch\r\nMessage: Unable to add interface to queue: No such queue");
    }

    /** The responses to these actions and the member events and pause-device changes among them, in wire order. */
    private static List<Map<String, String>> memberPackets(List<Map<String, String>> packets, List<String> actionIds) {
        Set<String> events = Set.of("QueueMemberAdded", "QueueMemberPause", "QueueMemberRemoved");
        return packets.stream().filter(p -> p.containsKey("Response") && actionIds.contains(p.getOrDefault("ActionID", ""))
                || p.get("Event") != null && events.contains(p.get("Event")) && "support".equals(p.get("Queue")) && "Local/501@queue-agents/n".equals(p.get("Interface"))
                || "DeviceStateChange".equals(p.get("Event")) && p.getOrDefault("Device", "").startsWith("Queue:support_pause_"))
                .toList();
    }

    @Test
    public void everyEventOfEveryScenarioHasAFieldLayoutThatAsteriskWrote() throws Exception {
        Map<String, Set<List<String>>> layouts = capturedLayouts();
        pbx.register("2001");
        pbx.internalCall("2001", "2002", TALK).finished().get(10, TimeUnit.SECONDS);
        pbx.inboundCall("+381111000002", "demo", "100", List.of(RingTarget.sip("2001", Duration.ofSeconds(10)),
                RingTarget.external("+381641230001", Duration.ofSeconds(20))), 1, TALK)
                .finished().get(10, TimeUnit.SECONDS);
        pbx.queueCall("+381111000003", "demo", "support", List.of("500", "501"), "500", Duration.ofSeconds(20), TALK)
                .finished().get(10, TimeUnit.SECONDS);
        pbx.queueCall("+381111000004", "demo", "support", List.of("500", "501"), null, Duration.ofSeconds(20), TALK)
                .finished().get(10, TimeUnit.SECONDS);
        // Dynamic members (QueueAdd) on their PJSIP phones: one answers, one rings and is cancelled, one is paused.
        pbx.queue("sales");
        pbx.register("2003");
        for (String member : List.of("2001", "2003", "2004")) {
            tap.send("Action", "QueueAdd", "ActionID", "add-" + member, "Queue", "sales", "Interface", "PJSIP/" + member,
                    "MemberName", "Agent " + member, "StateInterface", "PJSIP/" + member, "Penalty", "0", "Paused", "false");
        }
        tap.send("Action", "QueuePause", "ActionID", "pause-2004", "Queue", "sales", "Interface", "PJSIP/2004", "Paused", "true",
                "Reason", "Lunch");
        tap.awaitEvents(Duration.ofSeconds(10), events -> events.stream().anyMatch(e -> "QueueMemberPause".equals(e.get("Event"))
                && "PJSIP/2004".equals(e.get("Interface"))));
        pbx.memberQueueCall("+381111000007", "demo", "sales", "2003", Duration.ofSeconds(20), TALK).finished().get(10, TimeUnit.SECONDS);
        pbx.memberQueueCall("+381111000008", "demo", "sales", null, Duration.ofSeconds(20), TALK).finished().get(10, TimeUnit.SECONDS);
        TestPbx.CallRun talking = pbx.originate("2002", "+381111000005", "demo", Duration.ofHours(1));
        tap.awaitEvents(Duration.ofSeconds(10), events -> events.stream().anyMatch(e -> "BridgeEnter".equals(e.get("Event"))
                && talking.linkedId().equals(e.get("Linkedid"))));
        tap.send("Action", "Originate", "ActionID", "orig-1", "Channel", "PJSIP/2001", "Context", "demo",
                "Exten", "+381111000006", "Priority", "1", "Async", "true");
        tap.awaitEvents(Duration.ofSeconds(10), events -> events.stream()
                .anyMatch(e -> "OriginateResponse".equals(e.get("Event")) && "orig-1".equals(e.get("ActionID"))));
        tap.send("Action", "CoreShowChannels", "ActionID", "csc-1");
        tap.send("Action", "QueueStatus", "ActionID", "qs-1");
        tap.send("Action", "DeviceStateList", "ActionID", "dsl-1");
        List<Map<String, String>> ours = tap.awaitEvents(Duration.ofSeconds(10), events -> names(events)
                .containsAll(List.of("CoreShowChannelsComplete", "QueueStatusComplete", "DeviceStateListComplete")));

        Map<String, List<String>> unlike = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, String> event : ours) {
            String name = event.get("Event");
            seen.add(name);
            Set<List<String>> real = layouts.get(name);
            List<String> fields = List.copyOf(event.keySet());
            if (real == null) {
                unlike.put(name, List.of("no such event in the captures"));
            } else if (!real.contains(fields)) {
                unlike.put(name, fields);
            }
        }
        assertThat(seen).as("the scenarios cover the events the call model reads").contains("Newchannel",
                "DialBegin", "DialEnd", "BridgeEnter", "BridgeLeave", "Hangup", "QueueCallerJoin", "AgentConnect",
                "QueueCallerAbandon", "MixMonitorStart", "PeerStatus", "DeviceStateChange", "CoreShowChannel",
                "QueueMember", "LocalBridge", "QueueMemberAdded", "QueueMemberPause", "QueueMemberStatus", "AgentComplete");
        assertThat(unlike).as("events whose fields (names and order) no capture shows; captured layouts: "
                + layoutsOf(layouts, unlike.keySet())).isEmpty();
    }

    /**
     * Every field layout the captures show per event, plus three events no capture holds, each
     * built from a captured neighbour the way Asterisk 20's source writes it.
     */
    private static Map<String, Set<List<String>>> capturedLayouts() throws java.io.IOException {
        Map<String, Set<List<String>>> layouts = new LinkedHashMap<>();
        for (String capture : List.of("sample.txt", "pjsip-call.txt", "sip-call.txt", "parking.txt")) {
            for (Map<String, String> event : AmiCapture.load(capture).events()) {
                layouts.computeIfAbsent(event.get("Event"), k -> new LinkedHashSet<>())
                        .add(List.copyOf(event.keySet()));
            }
        }
        // Issue 12: a recorded call's VarSet of MIXMONITOR_FILENAME and MixMonitorMute, from a stock Asterisk 20.20.1.
        for (Map<String, String> event : recordingCapture().events()) {
            layouts.computeIfAbsent(event.get("Event"), k -> new LinkedHashSet<>()).add(List.copyOf(event.keySet()));
        }
        // Every list ends through astman_send_list_complete_start: the same fields as CoreShowChannels'.
        List<String> complete = only(layouts, "CoreShowChannelsComplete");
        layouts.put("DeviceStateListComplete", Set.of(complete));
        // res_manager_devicestate lists each device as Event, ActionID, then the event's own fields.
        layouts.get("DeviceStateChange").add(List.of("Event", "ActionID", "Device", "State"));
        // app_queue: the caller's channel block and Queue, then Position, OriginalPosition, HoldTime.
        List<String> abandon = new ArrayList<>(only(layouts, "QueueCallerLeave"));
        abandon.removeAll(List.of("Position", "Count"));
        abandon.addAll(List.of("Position", "OriginalPosition", "HoldTime"));
        layouts.put("QueueCallerAbandon", Set.of(abandon));
        // manager.c writes OriginateResponse's ActionID line only when the Originate carried one.
        Set<List<String>> originate = layouts.get("OriginateResponse");
        List.copyOf(originate).forEach(layout -> originate.add(layout.stream().filter(f -> !f.equals("ActionID")).toList()));
        return layouts;
    }

    private static List<String> only(Map<String, Set<List<String>>> layouts, String event) {
        assertThat(layouts.get(event)).as("layouts of " + event + " in the captures").hasSize(1);
        return layouts.get(event).iterator().next();
    }

    private static String layoutsOf(Map<String, Set<List<String>>> layouts, Set<String> names) {
        StringBuilder out = new StringBuilder();
        names.forEach(name -> out.append('\n').append(name).append(": ").append(layouts.get(name)));
        return out.toString();
    }

    private static List<Map<String, String>> fromFirstNewchannel(List<Map<String, String>> events) {
        for (int i = 0; i < events.size(); i++) {
            if ("Newchannel".equals(events.get(i).get("Event"))) {
                return events.subList(i, events.size());
            }
        }
        return List.of();
    }

    private static List<String> names(List<Map<String, String>> events) {
        List<String> names = new ArrayList<>(events.size());
        events.forEach(e -> names.add(e.get("Event")));
        return names;
    }

    private static Map<String, String> stableValues(Map<String, String> event) {
        Map<String, String> values = new TreeMap<>();
        for (String key : STABLE_VALUES) {
            if (event.containsKey(key)) {
                values.put(key, event.get(key));
            }
        }
        return values;
    }
    @Test
    public void configurationActionsAnswerAsTheRecordedAsterisk() throws Exception {
        pbx.configFile("pjsip.conf", resource("asterisk-20.20.1/pjsip.conf"));
        String capture = resource("asterisk-20.20.1/provisioning.txt");
        int compared = 0;
        for (String block : capture.split("(?m)^### ")) {
            if (!block.contains(">>> SENT Action: ") || block.contains("SENT Action: Login")
                    || block.contains("SENT Action: PJSIPShow") || block.contains("SENT Action: GetConfigJSON")
                    || block.contains("Filename: manager.conf")) {
                continue; // log-ins, PJSIP's lists, JSON and the AMI users' file: Centrala reads none of them
            }
            String sent = block.substring(block.indexOf("SENT ") + 5, block.indexOf('\n'));
            String theirs = block.substring(block.indexOf('\n') + 1).strip().split("\n\n")[0];
            String id = "conf-" + compared++;
            List<String> fields = new ArrayList<>();
            for (String field : sent.split(" \\| ")) {
                int colon = field.indexOf(": ");
                fields.add(field.substring(0, colon));
                fields.add(field.substring(0, colon).equals("ActionID") ? id : field.substring(colon + 2));
            }
            tap.send(fields.toArray(String[]::new));
            String mine = tap.awaitResponse(Duration.ofSeconds(5), id);
            assertThat(mine.replace("ActionID: " + id, "ActionID: x"))
                    .as(sent)
                    .isEqualTo(theirs.replaceAll("ActionID: \\S+", "ActionID: x").replace("\nNo categories found", ""));
        }
        assertThat(compared).isGreaterThan(20);
        // What the capture's reloads loaded: the endpoint, its auth and aor, and the dialplan of the context.
        assertThat(pbx.pjsipObject("endpoint", "sip-abc")).get().satisfies(e -> assertThat(e).containsEntry("context", "acme")
                .containsEntry("auth", "sip-abc-auth").containsEntry("aors", "sip-abc"));
        assertThat(pbx.pjsipObject("aor", "sip-abc")).get().satisfies(a -> assertThat(a).containsEntry("max_contacts", "1"));
        assertThat(pbx.dialplan("acme")).containsExactly("_X.,1,AGI(agi://127.0.0.1:4573/route)",
                "_+X.,1,AGI(agi://127.0.0.1:4573/route)");
    }

    /**
     * Issue 12: recording actions answer as the stock Asterisk 20.20.1 of recording.txt did: Getvar
     * of MIXMONITOR_FILENAME (the file on the recorded channel, empty elsewhere), MixMonitorMute on
     * and off (each reported), on a channel without a MixMonitor and on one that does not exist, and
     * the MixMonitor action (VarSet and MixMonitorStart follow); the events' fields as Asterisk wrote them.
     */
    @Test
    public void recordingActionsAnswerAsTheRecordedAsterisk() throws Exception {
        TestPbx.CallRun call = pbx.queueCall("+381111000009", "demo", "support", List.of("500"), "500", Duration.ofSeconds(2),
                Duration.ofHours(1));
        List<Map<String, String>> started = tap.awaitEvents(Duration.ofSeconds(10), events -> events.stream()
                .anyMatch(e -> "MixMonitorStart".equals(e.get("Event")) && call.linkedId().equals(e.get("Linkedid"))));
        Map<String, String> start = started.stream().filter(e -> "MixMonitorStart".equals(e.get("Event"))).findFirst().orElseThrow();
        String recorded = start.get("Channel");
        String other = tap.awaitEvents(Duration.ofSeconds(10), events -> events.stream().anyMatch(e -> "BridgeEnter".equals(e.get("Event"))
                        && call.linkedId().equals(e.get("Linkedid")) && !recorded.equals(e.get("Channel")))).stream()
                .filter(e -> "BridgeEnter".equals(e.get("Event")) && !recorded.equals(e.get("Channel"))).findFirst().orElseThrow()
                .get("Channel");
        Map<String, String> theirs = new LinkedHashMap<>();
        String capture = new String(AmiCapture.class.getResourceAsStream("/captures/asterisk-20.20.1/recording.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String block : capture.split("(?m)^### ")) {
            if (block.contains(">>> SENT Action: ")) {
                String id = block.replaceAll("(?s).*?ActionID: (\\S+).*", "$1");
                theirs.put(id, block.substring(block.indexOf('\n') + 1).strip().split("\n\n")[0]);
            }
        }
        Map<String, String[]> sent = new LinkedHashMap<>();
        sent.put("g1", new String[] {"Action", "Getvar", "ActionID", "g1", "Channel", recorded, "Variable", "MIXMONITOR_FILENAME"});
        sent.put("g2", new String[] {"Action", "Getvar", "ActionID", "g2", "Channel", other, "Variable", "MIXMONITOR_FILENAME"});
        sent.put("m1", new String[] {"Action", "MixMonitorMute", "ActionID", "m1", "Channel", recorded, "Direction", "both", "State", "1"});
        sent.put("m2", new String[] {"Action", "MixMonitorMute", "ActionID", "m2", "Channel", other, "Direction", "both", "State", "1"});
        sent.put("m3", new String[] {"Action", "MixMonitorMute", "ActionID", "m3", "Channel", recorded, "Direction", "both", "State", "0"});
        sent.put("m4", new String[] {"Action", "MixMonitorMute", "ActionID", "m4", "Channel", "PJSIP/nobody-00000000", "Direction",
                "both", "State", "1"});
        sent.put("r1", new String[] {"Action", "MixMonitor", "ActionID", "r1", "Channel", other, "File", "centrala/on-demand-test.wav"});
        for (Map.Entry<String, String[]> action : sent.entrySet()) {
            tap.send(action.getValue());
            String mine = tap.awaitResponse(Duration.ofSeconds(5), action.getKey());
            String real = theirs.get(action.getKey());
            if (action.getKey().startsWith("g")) {
                // The file's path is this PBX's own; whether there is one is what counts.
                real = real.replaceAll("Value: \\S+", "Value: <file>");
                mine = mine.replaceAll("Value: \\S+", "Value: <file>");
            }
            assertThat(mine).as(String.join(" ", action.getValue())).isEqualTo(real);
        }
        List<Map<String, String>> events = tap.awaitEvents(Duration.ofSeconds(10), all -> all.stream()
                .filter(e -> "MixMonitorStart".equals(e.get("Event"))).count() == 2);
        assertThat(events.stream().filter(e -> "MixMonitorMute".equals(e.get("Event"))).map(e -> e.get("State")).toList())
                .containsExactly("1", "0");
        assertThat(events.stream().filter(e -> "VarSet".equals(e.get("Event")) && other.equals(e.get("Channel"))).findFirst()
                .orElseThrow().get("Value")).endsWith("/centrala/on-demand-test.wav");
        Map<String, Set<List<String>>> layouts = capturedLayouts();
        for (Map<String, String> event : events) {
            if (List.of("MixMonitorMute", "MixMonitorStart", "VarSet").contains(event.get("Event"))) {
                assertThat(layouts.get(event.get("Event"))).as(event.get("Event")).contains(List.copyOf(event.keySet()));
            }
        }
    }

    private static AmiCapture recordingCapture() {
        return AmiCapture.loadRecorded("recording.txt");
    }

    @Test
    public void anActionOfMoreThan128LinesLosesTheRestAsAsteriskDoes() throws Exception {
        tap.send("Action", "CreateConfig", "ActionID", "c", "Filename", "long.conf");
        tap.awaitResponse(Duration.ofSeconds(5), "c");
        List<String> fields = new ArrayList<>(List.of("Action", "UpdateConfig", "ActionID", "u", "SrcFilename", "long.conf",
                "DstFilename", "long.conf", "Action-000000", "NewCat", "Cat-000000", "s"));
        for (int i = 1; i <= 60; i++) {
            String n = String.format("%06d", i);
            fields.addAll(List.of("Action-" + n, "Append", "Cat-" + n, "s", "Var-" + n, "v" + i, "Value-" + n, "x"));
        }
        tap.send(fields.toArray(String[]::new));
        // 6 lines, 30 Appends of 4, then Action-000031 and Cat-000031: its Var is line 129, dropped, so the
        // 31st edit lacks its variable and Asterisk refuses the whole action. Centrala sends one device's
        // sections per UpdateConfig for this reason.
        assertThat(tap.awaitResponse(Duration.ofSeconds(5), "u"))
                .isEqualTo("Response: Error\nActionID: u\nMessage: Problem with category, value, or line (if required)");
        assertThat(pbx.configFile("long.conf").orElseThrow()).doesNotContain("v1 = x");
    }

    private static String resource(String name) throws java.io.IOException {
        try (java.io.InputStream in = TestPbxConformanceTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
