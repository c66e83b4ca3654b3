package org.centrala.testpbx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.centrala.testpbx.Answering;

/**
 * One call that the dialplan hands to FastAGI, played as Asterisk 20's res_agi does: the
 * {@code agi_*} variables, then one reply per command (EXEC Dial rings the targets with their AMI
 * events and returns when the Dial does). Blocking I/O on a thread of its own; every change of PBX
 * state happens on the clock thread.
 */
final class AgiCall implements Runnable {
    private static final System.Logger LOG = System.getLogger(AgiCall.class.getName());
    private static final Duration PLAYBACK = Duration.ofSeconds(3);
    /** How often a bridged call looks whether a side was hung up meanwhile (real time). */
    private static final Duration TALK_CHECK = Duration.ofMillis(50);

    private final PbxClock clock;
    private final Simulator sim;
    private final double scale;
    private final InetSocketAddress server;
    private final SimChannel caller;
    private final String dialled;
    private final Function<String, Answering> answering;
    final CompletableFuture<Void> answered = new CompletableFuture<>();
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Map<String, String> variables = new HashMap<>();
    private long answeredMillis;
    private boolean callerGone;

    AgiCall(PbxClock clock, Simulator sim, double scale, InetSocketAddress server, SimChannel caller, String dialled,
            Function<String, Answering> answering) {
        this.clock = clock;
        this.sim = sim;
        this.scale = scale;
        this.server = server;
        this.caller = caller;
        this.dialled = dialled;
        this.answering = answering;
        this.movesAtStart = caller.moves;
    }

    private final int movesAtStart;

    /** The caller was transferred away: another dialplan session owns it now. */
    private boolean moved() {
        return caller.moves != movesAtStart;
    }

    @Override
    public void run() {
        try (Socket socket = new Socket()) {
            socket.connect(server, 5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(environment());
            out.flush();
            String command;
            while ((command = in.readLine()) != null) {
                out.write(execute(command) + "\n");
                out.flush();
            }
        } catch (IOException e) {
            // Asterisk: "AGI ... failed", AGISTATUS=FAILURE; the dialplan goes on.
            LOG.log(System.Logger.Level.DEBUG, "FastAGI connection to {0} failed: {1}", server, e);
        } finally {
            if (!callerGone && !moved()) {
                // The dialplan's next line: Hangup().
                clock.call(() -> {
                    hangUpCaller(16, answeredMillis > 0 ? "ANSWERED" : "NO ANSWER", "Hangup", "");
                    return null;
                });
            }
            answered.completeExceptionally(new IllegalStateException("nobody answered"));
            finished.complete(null);
        }
    }

    /**
     * What res_agi.c sends: for agi:// its launch_netscript's two lines first (the script is
     * the URL's path), then setup_env's variables in their order.
     */
    private String environment() {
        StringBuilder env = new StringBuilder();
        String[][] pairs = {
            {"agi_network", "yes"}, {"agi_network_script", "route"},
            {"agi_request", "agi://" + server.getHostString() + ":" + server.getPort() + "/route"},
            {"agi_channel", caller.name}, {"agi_language", "en"}, {"agi_type", "PJSIP"},
            {"agi_uniqueid", caller.uniqueId}, {"agi_version", "20.20.1"},
            {"agi_callerid", caller.callerNum}, {"agi_calleridname", caller.callerName},
            {"agi_callingpres", "0"}, {"agi_callingani2", "0"}, {"agi_callington", "0"}, {"agi_callingtns", "0"},
            {"agi_dnid", dialled}, {"agi_rdnis", "unknown"}, {"agi_context", caller.context},
            {"agi_extension", dialled}, {"agi_priority", "1"}, {"agi_enhanced", "0.0"}, {"agi_accountcode", ""},
            {"agi_threadid", Long.toString(Thread.currentThread().getId())}};
        for (String[] pair : pairs) {
            env.append(pair[0]).append(": ").append(pair[1]).append('\n');
        }
        return env.append('\n').toString();
    }

    private String execute(String line) {
        List<String> words = words(line);
        String verb = words.isEmpty() ? "" : words.get(0).toUpperCase(java.util.Locale.ROOT);
        if (verb.equals("EXEC") && words.size() >= 2) {
            if (callerGone) {
                return "511 Command Not Permitted on a dead channel or intercepted frame";
            }
            return exec(words.get(1), words.size() > 2 ? words.get(2) : "");
        }
        String second = words.size() > 1 ? words.get(1).toUpperCase(java.util.Locale.ROOT) : "";
        switch (verb + " " + second) {
            case "GET VARIABLE":
            case "GET FULL":
                String name = words.get(words.size() - 1);
                String value = name.equalsIgnoreCase("CHANNEL(linkedid)") || name.equalsIgnoreCase("${CHANNEL(linkedid)}")
                        ? caller.linkedId : variables.get(name);
                return value == null ? "200 result=0" : "200 result=1 (" + value + ")";
            case "SET VARIABLE":
                variables.put(words.get(2), words.size() > 3 ? words.get(3) : "");
                return "200 result=1";
            default:
                break;
        }
        if (verb.equals("VERBOSE") || verb.equals("NOOP")) {
            return "200 result=1";
        }
        if (callerGone) {
            return "511 Command Not Permitted on a dead channel or intercepted frame";
        }
        if (verb.equals("ANSWER")) {
            clock.call(() -> {
                answerByPbx();
                return null;
            });
            return "200 result=0";
        }
        if (verb.equals("HANGUP")) {
            clock.call(() -> {
                hangUpCaller(16, answeredMillis > 0 ? "ANSWERED" : "NO ANSWER", "AGI", "agi://" + server + "/route");
                return null;
            });
            return "200 result=1";
        }
        return "510 Invalid or unknown command";
    }

    private String exec(String application, String data) {
        switch (application.toLowerCase(java.util.Locale.ROOT)) {
            case "dial":
                return dial(data);
            case "queue":
                return queue(data);
            case "mixmonitor":
                // MixMonitor(file[,options]): Newexten is not sent for AGI's EXEC; VarSet and MixMonitorStart are.
                String file = data.split(",", -1)[0].strip();
                String started = clock.call(() -> sim.mixMonitors.start(sim, caller, file));
                return started == null ? "200 result=-1" : "200 result=0";
            case "playback":
                // Run by AGI's EXEC: no Newexten, the channel's application stays AGI.
                clock.await(PLAYBACK, scale);
                return "200 result=0";
            case "busy":
            case "congestion":
            case "hangup":
                int cause = application.equalsIgnoreCase("busy") ? 17 : application.equalsIgnoreCase("congestion") ? 34
                        : data.isBlank() ? 16 : Integer.parseInt(data.strip());
                if (!application.equalsIgnoreCase("hangup")) {
                    clock.await(Duration.ofSeconds(1), scale);
                }
                clock.call(() -> {
                    hangUpCaller(cause, answeredMillis > 0 ? "ANSWERED" : cause == 17 ? "BUSY" : "NO ANSWER", application, data);
                    return null;
                });
                return "200 result=-1";
            default:
                return "200 result=-2";
        }
    }

    /**
     * Dial(targets,seconds,options): the targets ring together; the first to answer takes the call.
     * Options t and T let the called party and the caller use Asterisk's transfer features (Atxfer).
     */
    private String dial(String data) {
        String[] args = data.split(",", -1);
        String targets = args[0];
        int seconds = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1].strip()) : 30;
        String options = args.length > 2 ? args[2] : "";
        List<String> reachable = new ArrayList<>();
        for (String target : targets.split("&")) {
            if (answering.apply(key(target)).kind() != Answering.Kind.UNAVAILABLE) {
                reachable.add(target);
            }
        }
        if (reachable.isEmpty()) {
            variables.put("DIALSTATUS", "CHANUNAVAIL");
            return "200 result=0";
        }
        List<SimChannel> rung = clock.call(() -> ring(reachable));
        SimChannel answerer = null;
        Answering how = null;
        List<SimChannel> busy = new ArrayList<>();
        for (SimChannel dest : rung) {
            Answering behaviour = answering.apply(dest.exten);
            if (behaviour.kind() == Answering.Kind.BUSY) {
                busy.add(dest);
            } else if (behaviour.kind() == Answering.Kind.ANSWER && behaviour.after().getSeconds() < seconds
                    && (how == null || behaviour.after().compareTo(how.after()) < 0)) {
                answerer = dest;
                how = behaviour;
            }
        }
        clock.call(() -> {
            for (SimChannel dest : busy) {
                sim.dialEnd(caller, dest, "BUSY");
                sim.hangup(dest, 17, 486);
            }
            return null;
        });
        if (busy.size() == rung.size()) {
            variables.put("DIALSTATUS", "BUSY");
            return "200 result=0";
        }
        if (answerer == null) {
            clock.await(Duration.ofSeconds(seconds), scale);
            clock.call(() -> {
                rung.stream().filter(dest -> !busy.contains(dest)).forEach(dest -> {
                    sim.dialEnd(caller, dest, "NOANSWER");
                    sim.hangup(dest, 19);
                });
                return null;
            });
            variables.put("DIALSTATUS", "NOANSWER");
            return "200 result=0";
        }
        SimChannel taker = answerer;
        clock.await(how.after(), scale);
        if (Boolean.FALSE.equals(clock.call(() -> sim.alive(caller)))) {
            // The caller was hung up (AMI Hangup) while the targets rang: Dial cancels them.
            clock.call(() -> {
                rung.stream().filter(dest -> !busy.contains(dest)).forEach(dest -> {
                    sim.dialEnd(caller, dest, "CANCEL");
                    sim.hangup(dest, 26, 487);
                });
                return null;
            });
            callerGone = true;
            return "200 result=-1";
        }
        clock.call(() -> {
            for (SimChannel dest : rung) {
                if (dest != taker && !busy.contains(dest)) {
                    sim.dialEnd(caller, dest, "CANCEL");
                    sim.hangup(dest, 26, 487);
                }
            }
            sim.answer(caller, taker);
            answeredMillis = System.currentTimeMillis();
            taker.mayTransfer = options.contains("t");
            caller.mayTransfer = options.contains("T");
            sim.bridge(taker, caller);
            return null;
        });
        answered.complete(null);
        variables.put("DIALSTATUS", "ANSWER");
        talk(how.talk(), caller, taker);
        if (moved()) {
            callerGone = true; // for this session: the transfer's session ends the call
            return "200 result=-1";
        }
        clock.call(() -> {
            sim.hangupBridged(caller, taker, "Dial", data, answeredMillis);
            return null;
        });
        callerGone = true;
        return "200 result=-1";
    }

    /**
     * Queue(name,options,URL,announceoverride,timeout): app_queue with the queue's dynamic members.
     * The member whose phone answers first takes the call, talks and hangs up (the caller with it,
     * result -1); when none answers within the timeout the caller leaves the queue with QUEUESTATUS
     * TIMEOUT and the dialplan goes on; without a timeout the caller gives up (ABANDONED). A queue
     * the PBX does not have: "Unable to join queue", QUEUESTATUS UNKNOWN.
     */
    private String queue(String data) {
        String[] args = data.split(",", -1);
        String name = args[0].strip();
        int timeout = args.length > 4 && !args[4].isBlank() ? Integer.parseInt(args[4].strip()) : 0;
        QueueBook book = sim.queueBook();
        if (!Boolean.TRUE.equals(clock.call(() -> book.isDeclared(name)))) {
            variables.put("QUEUESTATUS", "UNKNOWN");
            return "200 result=0";
        }
        MemberQueue run = new MemberQueue(sim, book, caller, name);
        List<MemberQueue.Leg> legs = clock.call(() -> {
            run.join(false);
            return run.ringFreeMembers();
        });
        MemberQueue.Leg taker = null;
        Answering how = null;
        for (MemberQueue.Leg leg : legs) {
            Answering behaviour = answering.apply(leg.endpoint());
            if (behaviour.kind() == Answering.Kind.ANSWER && (timeout == 0 || behaviour.after().getSeconds() < timeout)
                    && (how == null || behaviour.after().compareTo(how.after()) < 0)) {
                taker = leg;
                how = behaviour;
            }
        }
        if (taker == null) {
            clock.await(Duration.ofSeconds(timeout == 0 ? 30 : timeout), scale);
            if (timeout == 0) {
                clock.call(() -> {
                    run.abandon();
                    return null;
                });
                callerGone = true;
                variables.put("ABANDONED", "TRUE");
                return "200 result=-1";
            }
            clock.call(() -> {
                run.timeOut();
                return null;
            });
            variables.put("QUEUESTATUS", "TIMEOUT");
            return "200 result=0";
        }
        MemberQueue.Leg winner = taker;
        clock.await(how.after(), scale);
        boolean agentMayTransfer = args.length > 1 && args[1].contains("t");
        clock.call(() -> {
            winner.device().mayTransfer = agentMayTransfer;
            run.answer(winner, (System.currentTimeMillis() - winner.device().createdMillis) / 1000);
            return null;
        });
        answeredMillis = Math.max(answeredMillis, run.answeredMillis());
        answered.complete(null);
        talk(how.talk(), caller, winner.device());
        clock.call(() -> {
            if (!moved() && sim.alive(caller) && sim.alive(winner.device())) {
                run.agentHangsUp(); // else a hang-up or a transfer ended the queue call meanwhile
            }
            return null;
        });
        callerGone = true;
        variables.put("QUEUEWAIT", Long.toString(Math.max(0, (run.answeredMillis() - caller.createdMillis) / 1000)));
        return "200 result=-1";
    }

    /**
     * The talk of a bridged call: its time, or less when either side is hung up meanwhile (AMI
     * Hangup, a transfer), as Dial returns when its bridge ends; and no end while either side
     * consults someone for an attended transfer (the parties are not in this bridge then).
     */
    private void talk(Duration talk, SimChannel one, SimChannel other) {
        long end = System.nanoTime() + Math.round(talk.toNanos() * scale);
        while (true) {
            long left = end - System.nanoTime();
            clock.await(Duration.ofNanos(Math.max(1, Math.min(left, TALK_CHECK.toNanos()))), 1.0);
            Boolean[] now = clock.call(() -> new Boolean[] {sim.alive(one) && sim.alive(other),
                    one.consultation != null || other.consultation != null});
            if (!now[0] || left <= 0 && !now[1]) {
                return;
            }
        }
    }

    /** A new channel per target, as Dial makes them: Newchannel, DialBegin, ringing. */
    private List<SimChannel> ring(List<String> targets) {
        List<SimChannel> rung = new ArrayList<>();
        for (String target : targets) {
            String key = key(target);
            boolean external = target.contains("@");
            String endpoint = external ? target.substring(target.indexOf('@') + 1) : key;
            SimChannel dest = sim.sipChannel(endpoint, SimChannel.DOWN, external ? key : endpoint,
                    external ? "<unknown>" : endpoint, caller.context, key, caller);
            sim.connectedLine(dest, caller);
            sim.dialBegin(caller, dest, target.substring(target.indexOf('/') + 1));
            sim.ringing(caller, dest);
            rung.add(dest);
        }
        return rung;
    }

    /** PJSIP/sip-abc is the endpoint sip-abc; PJSIP/+38164...@trunk is the number. */
    private static String key(String target) {
        String rest = target.substring(target.indexOf('/') + 1);
        int at = rest.indexOf('@');
        return at < 0 ? rest : rest.substring(0, at);
    }

    /** Answer(): the PBX itself answers the caller (an announcement, an IVR). */
    private void answerByPbx() {
        if (caller.state != SimChannel.UP) {
            sim.state(caller, SimChannel.UP);
            answeredMillis = System.currentTimeMillis();
        }
    }

    private void hangUpCaller(int cause, String disposition, String lastApp, String lastData) {
        if (callerGone) {
            return;
        }
        callerGone = true;
        sim.hangupRequest(caller, cause, false);
        sim.cdr(caller, null, lastApp, lastData, answeredMillis, disposition);
        sim.hangup(caller, cause);
    }


    /** AGI's words: blank-separated, double quotes group, a backslash escapes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(++i));
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
