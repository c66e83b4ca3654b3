package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One caller in a queue whose members QueueAdd put there with their phones' PJSIP interfaces, as
 * app_queue plays it: joining, ringing the free members that are not paused (ringinuse=no), the
 * one who answers, the end of the call, giving up or a timeout. Every method runs on the clock
 * thread; the scripted scenario and a FastAGI Queue() share it.
 */
final class MemberQueue {
    private final Simulator sim;
    private final QueueBook queues;
    private final SimChannel caller;
    private final String queue;
    private final List<Leg> legs = new ArrayList<>();
    private Leg agent;
    private long answeredMillis;

    MemberQueue(Simulator sim, QueueBook queues, SimChannel caller, String queue) {
        this.sim = sim;
        this.queues = queues;
        this.caller = caller;
        this.queue = queue;
    }

    /** A member's phone the queue rings. */
    record Leg(QueueBook.Member member, SimChannel device) {
        String endpoint() {
            return member.memberInterface.substring("PJSIP/".length());
        }
    }

    /**
     * The caller is answered by the queue (unless already up), recorded if the dialplan records,
     * and waits with music (QueueCallerJoin).
     */
    void join(boolean recorded) {
        if (caller.state != SimChannel.UP) {
            sim.state(caller, SimChannel.UP);
        }
        if (recorded) {
            // The capture's dialplan: MixMonitor(queue-${UNIQUEID}.wav) before Queue().
            sim.mixMonitors.start(sim, caller, "queue-" + caller.uniqueId + ".wav");
        }
        queues.join(queue, caller);
        sim.queueEvent("QueueCallerJoin", caller, queue, 1, 1);
        sim.musicOnHold(caller, true);
    }

    /** AgentCalled, the dial and the ringing for every member that is not paused and whose phone is free. */
    List<Leg> ringFreeMembers() {
        for (QueueBook.Member member : queues.dynamicMembers(queue)) {
            if (!member.paused && member.memberInterface.startsWith("PJSIP/") && (member.status == 1 || member.status == 0)) {
                String endpoint = member.memberInterface.substring("PJSIP/".length());
                SimChannel device = sim.sipChannel(endpoint, SimChannel.DOWN, caller.callerNum, caller.callerName,
                        caller.context, endpoint, caller);
                sim.connectedLine(device, caller); // app_queue shows the member's phone who calls
                sim.agentEvent("AgentCalled", caller, device, member.queue, member.memberInterface, member.name);
                sim.dialBegin(caller, device, endpoint);
                sim.ringing(caller, device); // its device rings: app_queue reports the member ringing
                legs.add(new Leg(member, device));
            }
        }
        return List.copyOf(legs);
    }

    /** The member on this endpoint answers after {@code ringSeconds}: the others stop ringing, the caller leaves the queue. */
    void answer(Leg winner, long ringSeconds) {
        legs.stream().filter(leg -> leg != winner).forEach(this::cancel);
        agent = winner;
        sim.answer(caller, winner.device);
        sim.musicOnHold(caller, false);
        queues.leave(queue, caller, true);
        answeredMillis = System.currentTimeMillis();
        sim.queueEvent("QueueCallerLeave", caller, queue, 0, 1);
        sim.agentEvent("AgentConnect", caller, winner.device, queue, winner.member.memberInterface, winner.member.name,
                "HoldTime", (answeredMillis - caller.createdMillis) / 1000, "RingTime", ringSeconds);
        sim.bridge(winner.device, caller);
    }

    long answeredMillis() {
        return answeredMillis;
    }

    /** The agent hangs up: AgentComplete, the CDR, both channels gone. */
    void agentHangsUp() {
        sim.hangupRequest(agent.device, 16, false);
        sim.leaveBridge(agent.device);
        sim.agentEvent("AgentComplete", caller, agent.device, queue, agent.member.memberInterface, agent.member.name,
                "HoldTime", (answeredMillis - caller.createdMillis) / 1000, "TalkTime",
                (System.currentTimeMillis() - answeredMillis) / 1000, "Reason", "agent");
        sim.hangupRequest(caller, 16, true);
        sim.cdr(caller, agent.device, "Queue", queue, answeredMillis, "ANSWERED");
        sim.hangup(agent.device, 16);
        sim.hangup(caller, 16);
        agent.member.callsTaken++;
        agent.member.lastCall = System.currentTimeMillis() / 1000;
    }

    /** The caller gives up waiting: QueueCallerAbandon, and the CDR's "answered" by the queue. */
    void abandon() {
        legs.forEach(this::cancel);
        sim.hangupRequest(caller, 16, false);
        sim.musicOnHold(caller, false);
        queues.leave(queue, caller, false);
        sim.queueEvent("QueueCallerAbandon", caller, queue, 0, 1);
        sim.queueEvent("QueueCallerLeave", caller, queue, 0, 1);
        sim.cdr(caller, null, "Queue", queue, 0, "ANSWERED");
        sim.hangup(caller, 16);
    }

    /** Queue()'s timeout: the ringing stops and the caller leaves the queue, still up; the dialplan goes on. */
    void timeOut() {
        legs.forEach(this::cancel);
        sim.musicOnHold(caller, false);
        queues.leave(queue, caller, false);
        sim.queueEvent("QueueCallerLeave", caller, queue, 0, 1);
    }

    private void cancel(Leg leg) {
        sim.dialEnd(caller, leg.device, "CANCEL");
        sim.hangup(leg.device, 26);
    }
}
