package org.centrala.pbx.internal.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.asteriskjava.manager.event.AbstractAgentEvent;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.MixMonitorStopEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.PeerStatusEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.centrala.pbx.QueueTopics;

/**
 * Folds AMI events into calls. One instance per pipeline lane; a call's events all reach the
 * same lane in the order Asterisk wrote them, but nothing is assumed about the order of events
 * of different calls. A call is its linked id; it ends when its last channel hangs up.
 *
 * <p>After a (re)connection the link asks for CoreShowChannels: calls seen there are kept or
 * created, calls of before that are missing from the list ended while we were away and are
 * closed with {@code endInferred}, so no call is lost or written twice.
 */
public final class CallModel {
    private final String linkId;
    private final CallListener listener;
    private final Clock clock;
    private final Map<String, CallState> calls = new HashMap<>();
    private long epoch;
    private boolean resyncing;
    /** When calls missing from the coming snapshot ended, if known (the link's last sign of life). */
    private Instant inferredEnd;

    public CallModel(String linkId, CallListener listener, Clock clock) {
        this.linkId = linkId;
        this.listener = listener;
        this.clock = clock;
    }

    public int callsInProgress() {
        return calls.size();
    }

    /** A new connection's snapshot is about to be asked for: calls of before must show up in it. */
    public void beginResync() {
        beginResync(null);
    }

    /**
     * @param lostAt when the PBX was last seen alive before the link was lost, or null (a snapshot
     *               after dropped events): a call missing from the snapshot ended then, not now, so
     *               that an outage is not counted as talk time
     */
    public void beginResync(Instant lostAt) {
        inferredEnd = lostAt;
        epoch++;
        resyncing = true;
        calls.values().forEach(call -> call.inSnapshot.clear());
    }

    public void apply(ManagerEvent event) {
        if (event instanceof NewChannelEvent e) {
            newChannel(e);
        } else if (event instanceof NewStateEvent e) {
            originState(e);
        } else if (event instanceof NewExtenEvent e) {
            originApplication(e);
        } else if (event instanceof DialBeginEvent e) {
            CallState call = calls.get(AmiEvents.callId(e));
            if (call != null && originatesItsOwnChannel(e.getLinkedId())) {
                call.originRungByOriginate = true;
            } else if (call != null) {
                call.dialled(e.getDestUniqueId(), e.getDestChannel(), e.getDialString(), e.getDestCallerIdNum(),
                        e.getDestExten(), e.getDestContext());
                CallSummary.Leg rung = call.legs.get(e.getDestUniqueId());
                if (rung != null && !rung.channel().isLocal()) {
                    listener.ringing(call.id, rung, AmiEvents.time(e));
                }
            }
        } else if (event instanceof DialEndEvent e) {
            dialEnd(e);
        } else if (event instanceof AgentConnectEvent e) {
            agent(QueueTopics.AGENT_CONNECT, e, e.getInterface(), e.getLinkedId());
            CallState call = calls.get(e.getLinkedId());
            if (call != null) {
                call.queue = call.queue == null ? e.getQueue() : call.queue;
                answer(call, null, AmiEvents.time(e));
                QueueVisitState visit = e.getQueue() == null ? null : call.visitOf(e.getQueue());
                if (visit != null) {
                    visit.answered(AmiEvents.time(e));
                }
            }
        } else if (event instanceof QueueCallerJoinEvent e) {
            CallState call = calls.get(e.getLinkedId());
            if (call != null) {
                call.queue = e.getQueue();
                if (e.getQueue() != null) {
                    call.queueVisits.add(new QueueVisitState(e.getQueue(), AmiEvents.time(e)));
                    listener.queueReport(QueueReport.caller(QueueTopics.CALLER_JOINED, e.getQueue(), call.id, AmiEvents.time(e),
                            call.origin == null ? null : call.origin.context()));
                }
            }
        } else if (event instanceof QueueCallerLeaveEvent e) {
            CallState call = calls.get(e.getLinkedId());
            QueueVisitState visit = call == null || e.getQueue() == null ? null : call.visitOf(e.getQueue());
            if (visit != null && visit.left(AmiEvents.time(e))) {
                callerLeft(call, visit.queue, AmiEvents.time(e));
            }
        } else if (event instanceof QueueCallerAbandonEvent e) {
            CallState call = calls.get(e.getLinkedId());
            if (call != null) {
                call.abandoned = true;
                call.queue = e.getQueue();
                QueueVisitState visit = e.getQueue() == null ? null : call.visitOf(e.getQueue());
                if (visit != null && visit.abandoned(AmiEvents.time(e))) {
                    callerLeft(call, visit.queue, AmiEvents.time(e));
                }
            }
        } else if (event instanceof VarSetEvent e) {
            CallState call = calls.get(AmiEvents.callId(e));
            if (call != null && e.getUniqueId() != null) {
                call.recordingFiles.put(e.getUniqueId(), e.getValue());
            }
        } else if (event instanceof MixMonitorStartEvent e) {
            CallState call = calls.get(e.getLinkedId());
            if (call != null) {
                call.recordingStarted(e.getUniqueId(), e.getChannel(), AmiEvents.time(e));
            }
        } else if (event instanceof MixMonitorMuteReportEvent e) {
            CallState call = calls.get(e.getLinkedId());
            if (call != null) {
                call.recordingsOf(e.getUniqueId(), recording -> recording.muted(e.isMuted(), AmiEvents.time(e)));
            }
        } else if (event instanceof MixMonitorStopEvent e) {
            CallState call = calls.get(e.getLinkedId());
            if (call != null) {
                call.recordingsOf(e.getUniqueId(), recording -> recording.stopped(AmiEvents.time(e)));
            }
        } else if (event instanceof HangupEvent e) {
            hangup(e);
        } else if (event instanceof CoreShowChannelEvent e) {
            snapshotChannel(e);
        } else if (event instanceof CoreShowChannelsCompleteEvent) {
            closeCallsMissingFromSnapshot();
        } else if (event instanceof DeviceStateChangeEvent e) {
            listener.deviceState(e.getDevice(), e.getState());
        } else if (event instanceof PeerStatusEvent e && "Unreachable".equalsIgnoreCase(e.getPeerStatus())) {
            listener.deviceState(e.getPeer(), "UNAVAILABLE");
        } else if (event instanceof QueueMemberEvent e) {
            // QueueMemberStatus, and QueueStatus's QueueMember items (a resync reconciles with them).
            listener.queueMember(e.getQueue(), e.getLocation(), memberState(e.getStatus(), e.getPaused()));
            member(QueueTopics.MEMBER_STATUS, e, e.getQueue(), e.getLocation(), e.getStatus(), e.getPaused(), e.getPausedreason());
        } else if (event instanceof QueueMemberRemovedEvent e) {
            listener.queueMember(e.getQueue(), e.getInterface(), null);
            member(QueueTopics.MEMBER_REMOVED, e, e.getQueue(), e.getInterface(), e.getStatus(), e.getPaused(), null);
        } else if (event instanceof QueueMemberAddedEvent e) {
            listener.queueMember(e.getQueue(), e.getInterface(), memberState(e.getStatus(), e.getPaused()));
            member(QueueTopics.MEMBER_ADDED, e, e.getQueue(), e.getInterface(), e.getStatus(), e.getPaused(), null);
        } else if (event instanceof QueueMemberPauseEvent e) {
            listener.queueMember(e.getQueue(), e.getInterface(), Boolean.TRUE.equals(e.getPaused()) ? "PAUSED" : "AVAILABLE");
            member(QueueTopics.MEMBER_PAUSE, e, e.getQueue(), e.getInterface(), e.getStatus(), e.getPaused(), e.getPausedreason());
        } else if (event instanceof QueueMemberPauseReportEvent e) {
            listener.queueMember(e.getQueue(), e.getInterface(), Boolean.TRUE.equals(e.getPaused()) ? "PAUSED" : "AVAILABLE");
            member(QueueTopics.MEMBER_PAUSE, e, e.getQueue(), e.getInterface(), e.getStatus(), e.getPaused(), e.getPausedReason());
        } else if (event instanceof AgentCalledEvent e) {
            agent(QueueTopics.AGENT_CALLED, e, e.getInterface(), e.getLinkedId());
        } else if (event instanceof AgentRingNoAnswerEvent e) {
            agent(QueueTopics.AGENT_RING_NO_ANSWER, e, e.getInterface(), e.getLinkedId());
        } else if (event instanceof AgentCompleteEvent e) {
            agent(QueueTopics.AGENT_COMPLETE, e, e.getInterface(), e.getLinkedId());
        }
    }

    private void newChannel(NewChannelEvent e) {
        String callId = e.getLinkedid();
        if (callId == null) {
            return;
        }
        Instant at = AmiEvents.time(e);
        CallState call = calls.computeIfAbsent(callId, id -> new CallState(id, at, epoch));
        call.seenIn = epoch;
        CallSummary.Leg leg = new CallSummary.Leg(ChannelName.parse(e.getChannel()), null, e.getCallerIdNum(),
                e.getExten(), e.getContext());
        call.channelUp(e.getUniqueId(), leg);
        if (resyncing && e.getUniqueId() != null) {
            // Born while the snapshot is being listed: alive, whether or not the list has it.
            call.inSnapshot.add(e.getUniqueId());
        }
        if (e.getUniqueId() != null && e.getUniqueId().equals(callId)) {
            call.origin = leg;
            call.originChannel = e.getChannel();
            listener.started(callId, leg, at);
        }
    }

    /**
     * The caller's side went up with nobody dialled having answered: the PBX answered it
     * (Answer(), Playback, an IVR, AGI, VoiceMail, a queue). The caller's side is the call's first
     * channel, or, when an Originate rang a Local channel into the dialplan, that channel's ;2
     * half, which runs the dialplan. Asterisk's CDR counts such a call ANSWERED from this moment,
     * and so does Centrala unless a person answers first.
     */
    private void originState(NewStateEvent e) {
        CallState call = calls.get(e.getLinkedId());
        if (call == null || !Integer.valueOf(UP).equals(e.getChannelState()) || e.getUniqueId() == null
                || call.pbxAnsweredAt != null || call.answeredAt != null) {
            return;
        }
        boolean origin = e.getUniqueId().equals(call.id);
        // An Originate's own first channel going up is the rung phone answering, not the PBX.
        if (!(origin && !call.originRungByOriginate || localPartner(call, e.getChannel()))) {
            return;
        }
        call.pbxAnsweredAt = AmiEvents.time(e);
        call.pbxAnsweredOn = e.getUniqueId();
        String running = call.runningApplication.get(e.getUniqueId());
        if (running != null && !BOOKKEEPING.contains(running)) {
            call.answeringApplication = running;
        }
    }

    /** Newexten (dialplan class, optional): which application the caller's side runs now. */
    private void originApplication(NewExtenEvent e) {
        CallState call = calls.get(e.getLinkedId());
        if (call == null || e.getUniqueId() == null || e.getApplication() == null
                || !e.getUniqueId().equals(call.id) && !localPartner(call, e.getChannel())) {
            return;
        }
        call.runningApplication.put(e.getUniqueId(), e.getApplication());
        if (e.getUniqueId().equals(call.pbxAnsweredOn) && call.answeringApplication == null
                && !BOOKKEEPING.contains(e.getApplication())) {
            // After Answer(): the first application that does something for the caller answered it.
            call.answeringApplication = e.getApplication();
        }
    }

    /** Whether the channel is the ;2 half of the call's first channel, a Local ;1. */
    private static boolean localPartner(CallState call, String channel) {
        String origin = call.originChannel;
        return origin != null && channel != null && origin.startsWith("Local/") && origin.endsWith(";1")
                && channel.equals(origin.substring(0, origin.length() - 1) + "2");
    }

    /** Applications that only prepare a call: never "what answered it". */
    private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("Answer", "NoOp", "Set", "Verbose", "Log",
            "MixMonitor", "Progress", "Ringing", "Wait", "Gosub", "Return", "GotoIf", "Goto", "ExecIf", "MSet");
    private static final int UP = 6;

    private void dialEnd(DialEndEvent e) {
        CallState call = calls.get(AmiEvents.callId(e));
        if (call == null) {
            return;
        }
        String status = e.getDialStatus();
        if (originatesItsOwnChannel(e.getLinkedId())) {
            // The user's own phone, rung by an Originate: not the call's answer, but if it never
            // picked up, the call is that user's unanswered (or busy) one, not a failed one.
            call.originUnanswered = !"ANSWER".equalsIgnoreCase(status);
            call.busy |= "BUSY".equalsIgnoreCase(status);
            return;
        }
        if ("BUSY".equalsIgnoreCase(status)) {
            call.busy = true;
        }
        if ("ANSWER".equalsIgnoreCase(status)) {
            answer(call, call.legs.get(e.getDestUniqueId()), AmiEvents.time(e));
        }
    }

    /**
     * An Originate's dial has no calling channel, only the Dest fields: it rings the call's own
     * first channel (click-to-call: the user's phone). That is neither a party the call dialled nor
     * the call being answered; the user's phone then dials the destination as usual.
     */
    private static boolean originatesItsOwnChannel(String callingLinkedId) {
        return callingLinkedId == null;
    }

    /**
     * The first answer sets the time; the party is the first answering leg that is not a Local
     * channel (a queue's Local member answers only once the agent's device has).
     */
    private void answer(CallState call, CallSummary.Leg leg, Instant at) {
        boolean firstAnswer = call.answeredAt == null;
        if (firstAnswer) {
            call.answeredAt = at;
        }
        if (leg != null && !leg.channel().isLocal() && (call.answeredBy == null || call.answeredBy.channel().isLocal())) {
            call.answeredBy = leg;
            listener.answered(call.id, leg, at);
        } else if (leg != null && call.answeredBy == null) {
            call.answeredBy = leg;
        }
    }

    private void hangup(HangupEvent e) {
        CallState call = calls.get(e.getLinkedId());
        if (call == null) {
            return;
        }
        call.live.remove(e.getUniqueId());
        // A recording stops with its channel; MixMonitorStop, when Asterisk sends it, comes after the Hangup.
        call.recordingsOf(e.getUniqueId(), recording -> recording.stopped(AmiEvents.time(e)));
        if (call.live.isEmpty()) {
            calls.remove(call.id);
            listener.ended(call.summary(linkId, AmiEvents.time(e), false));
        }
    }

    private void snapshotChannel(CoreShowChannelEvent e) {
        String callId = e.getLinkedid();
        if (callId == null) {
            return;
        }
        Instant now = clock.instant();
        CallState call = calls.get(callId);
        if (call == null) {
            // Began while we were away: its start is now minus the channel's age (Duration hh:mm:ss).
            call = new CallState(callId, now.minus(AmiEvents.channelAge(e.getDuration())), epoch);
            calls.put(callId, call);
        }
        call.seenIn = epoch;
        if (e.getUniqueid() != null) {
            call.inSnapshot.add(e.getUniqueid());
        }
        boolean originLeg = e.getUniqueid() != null && e.getUniqueid().equals(callId);
        if (!call.live.contains(e.getUniqueid())) {
            CallSummary.Leg leg = new CallSummary.Leg(ChannelName.parse(e.getChannel()), null, e.getCallerIdNum(),
                    e.getExten(), e.getContext());
            call.channelUp(e.getUniqueid(), leg);
            if (originLeg && call.origin == null) {
                call.origin = leg;
            }
        }
        if (!originLeg && bridgedAndUp(e)) {
            answeredWhileAway(call, call.legs.get(e.getUniqueid()), now);
        }
    }

    /**
     * A called leg that the snapshot shows up and in a bridge was answered, even if the DialEnd
     * that said so was lost with the connection. Its answer time is not known; the moment we learn
     * of it is taken, which never counts talk time that was not seen.
     */
    private void answeredWhileAway(CallState call, CallSummary.Leg leg, Instant now) {
        if (leg == null || call.answeredBy != null && !call.answeredBy.channel().isLocal()) {
            return;
        }
        if (!call.dialled.contains(leg)) {
            call.dialled.add(leg);
        }
        answer(call, leg, call.answeredAt == null ? now : call.answeredAt);
    }

    /** ChannelState 6 is Asterisk's AST_STATE_UP; a non-empty BridgeId means it talks to someone. */
    private static boolean bridgedAndUp(CoreShowChannelEvent e) {
        String bridge = e.getBridgeid();
        return bridge != null && !bridge.isBlank() && Integer.valueOf(6).equals(e.getChannelState());
    }

    /**
     * The snapshot is complete: a call it did not list ended while we were away, and a channel of
     * a listed call that it did not list hung up while we were away (a desk that stopped ringing,
     * a queue's cancelled Local pair). Without that, the call's last hang-up would never empty it.
     */
    private void closeCallsMissingFromSnapshot() {
        Instant now = clock.instant();
        resyncing = false;
        List<CallState> gone = new ArrayList<>();
        for (Iterator<CallState> it = calls.values().iterator(); it.hasNext(); ) {
            CallState call = it.next();
            if (call.seenIn == epoch) {
                call.live.retainAll(call.inSnapshot);
            }
            if (call.seenIn < epoch || call.live.isEmpty()) {
                it.remove();
                gone.add(call);
            }
        }
        for (CallState call : gone) {
            listener.ended(call.summary(linkId, inferredEnd == null ? now : call.notBefore(inferredEnd), true));
        }
        inferredEnd = null;
    }

    /** Asterisk's member status numbers (app_queue: 1 not in use, 2 in use, 5 unavailable, 6 ringing). */
    private void member(String topic, ManagerEvent e, String queue, String memberInterface, Integer status, Boolean paused,
                        String reason) {
        if (queue != null && memberInterface != null) {
            listener.queueReport(new QueueReport(topic, queue, memberInterface, status, paused,
                    reason == null || reason.isBlank() ? null : reason, null, AmiEvents.time(e)));
        }
    }

    private void callerLeft(CallState call, String queue, Instant at) {
        listener.queueReport(QueueReport.caller(QueueTopics.CALLER_LEFT, queue, call.id, at,
                call.origin == null ? null : call.origin.context()));
    }

    private void agent(String topic, ManagerEvent e, String memberInterface, String pbxCallId) {
        String queue = e instanceof AbstractAgentEvent agent ? agent.getQueue() : null;
        if (queue == null && e instanceof AgentCalledEvent called) {
            queue = called.getQueue();
        }
        if (queue != null && memberInterface != null) {
            listener.queueReport(new QueueReport(topic, queue, memberInterface, null, null, null, pbxCallId, AmiEvents.time(e)));
        }
    }

    private static String memberState(Integer status, Boolean paused) {
        if (Boolean.TRUE.equals(paused)) {
            return "PAUSED";
        }
        if (status == null) {
            return "UNKNOWN";
        }
        return switch (status) {
            case 1 -> "AVAILABLE";
            case 2, 3 -> "IN_USE";
            case 4, 5 -> "UNAVAILABLE";
            case 6, 7 -> "RINGING";
            case 8 -> "ON_HOLD";
            default -> "UNKNOWN";
        };
    }
}
