package org.centrala.testpbx.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.centrala.testpbx.RingTarget;

/**
 * The scripted calls. Each one builds its first channel on the clock thread (so its linked id is
 * known at once) and schedules the rest as a {@link Script} of scaled steps.
 */
final class Scenarios {
    /** An agent name with this prefix answers by itself (a Playback in the dialplan, as in the capture). */
    static final String SELF_ANSWERING = "app:";
    private static final Duration SIP_RING = Duration.ofSeconds(2);
    private static final Duration AGENT_RING = Duration.ofSeconds(3);

    private final PbxClock clock;
    private final Simulator sim;
    private final QueueBook queues;
    private final LongSupplier generation;

    Scenarios(PbxClock clock, Simulator sim, QueueBook queues, LongSupplier generation) {
        this.clock = clock;
        this.sim = sim;
        this.queues = queues;
        this.generation = generation;
    }

    private Script script(double scale) {
        return new Script(clock, scale, generation);
    }

    /** The pjsip-call capture: A calls B, B rings and answers, they talk, A hangs up. */
    Started internalCall(double scale, String from, String to, Duration talk) {
        SimChannel caller = clock.call(() -> sim.sipChannel(from, SimChannel.RING, from, "Phone " + from, "default",
                to, null));
        SimChannel[] callee = new SimChannel[1];
        long[] answered = new long[1];
        CompletableFuture<Void> answer = new CompletableFuture<>();
        Script script = script(scale)
                .then(() -> {
                    callee[0] = sim.sipChannel(to, SimChannel.DOWN, to, "Phone " + to, "default", to, caller);
                    sim.connectedLine(callee[0], caller);
                    sim.dialBegin(caller, callee[0], to);
                    sim.connectedLine(caller, callee[0]);
                    sim.ringing(caller, callee[0]);
                })
                .after(SIP_RING, () -> {
                    sim.answer(caller, callee[0]);
                    answered[0] = System.currentTimeMillis();
                    answer.complete(null);
                    sim.bridge(callee[0], caller);
                })
                .after(talk, () -> sim.hangupBridged(caller, callee[0], "Dial", "PJSIP/" + to + ",30", answered[0]));
        return new Started(caller.linkedId, script.start(), answer);
    }

    /** An external caller and a back-office user's ring plan (R5), one step after the other. */
    Started inboundCall(double scale, String callerNumber, String context, String dialled, List<RingTarget> plan,
                        int answerStep, Duration talk) {
        SimChannel caller = clock.call(() -> sim.sipChannel("trunk", SimChannel.RING, callerNumber, "<unknown>",
                context, dialled, null));
        Script script = script(scale);
        long[] answered = new long[1];
        CompletableFuture<Void> answer = new CompletableFuture<>();
        for (int i = 0; i < plan.size(); i++) {
            RingTarget target = plan.get(i);
            SimChannel[] dest = new SimChannel[1];
            script.then(() -> {
                dest[0] = target.isExternal()
                        ? sim.sipChannel("trunk", SimChannel.DOWN, target.externalNumber(), "<unknown>", context,
                                dialled, caller)
                        : sim.sipChannel(target.endpoint(), SimChannel.DOWN, target.endpoint(), target.endpoint(),
                                context, dialled, caller);
                sim.connectedLine(dest[0], caller);
                sim.dialBegin(caller, dest[0], target.isExternal() ? target.externalNumber() + "@trunk"
                        : target.endpoint());
                sim.ringing(caller, dest[0]);
            });
            if (i == answerStep) {
                Duration ring = target.ringTime().compareTo(SIP_RING) < 0 ? target.ringTime() : SIP_RING;
                script.after(ring, () -> {
                    sim.answer(caller, dest[0]);
                    answered[0] = System.currentTimeMillis();
                    answer.complete(null);
                    sim.bridge(dest[0], caller);
                }).after(talk, () -> sim.hangupBridged(caller, dest[0], "Dial", dest[0].name, answered[0]));
                return new Started(caller.linkedId, script.start(), answer);
            }
            script.after(target.ringTime(), () -> {
                sim.dialEnd(caller, dest[0], "NOANSWER");
                sim.hangup(dest[0], 19);
            });
        }
        script.then(() -> {
            sim.hangupRequest(caller, 16, false);
            sim.cdr(caller, null, "Dial", "", 0, "NO ANSWER");
            sim.hangup(caller, 16);
        });
        return new Started(caller.linkedId, script.start(), answer);
    }

    /** A caller in a ringall queue whose members are Local channels dialling the agents' devices. */
    Started queueCall(double scale, String callerNumber, String context, String queue, List<String> agents,
                      String answering, Duration wait, Duration talk) {
        SimChannel caller = clock.call(() -> {
            queues.members(queue, agents);
            return sim.sipChannel("trunk", SimChannel.RING, callerNumber, "<unknown>", context, queue, null);
        });
        List<AgentLeg> legs = new ArrayList<>();
        long[] answered = new long[1];
        CompletableFuture<Void> answer = new CompletableFuture<>();
        Script script = script(scale).then(() -> {
            joinQueue(caller, queue);
            for (String agent : agents) {
                legs.add(callAgent(caller, queue, agent));
            }
        });
        if (answering == null) {
            script.after(wait, () -> {
                legs.forEach(leg -> leg.cancel(caller));
                abandonQueue(caller, queue);
            });
            return new Started(caller.linkedId, script.start(), answer);
        }
        AgentLeg[] winner = new AgentLeg[1];
        script.after(AGENT_RING, () -> {
            winner[0] = legs.stream().filter(leg -> leg.agent.equals(answering)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(answering + " is not a member of " + queue));
            winner[0].answer(caller);
            for (AgentLeg leg : legs) {
                if (leg != winner[0]) {
                    leg.cancel(caller);
                }
            }
            sim.musicOnHold(caller, false);
            queues.leave(queue, caller, true);
            answered[0] = System.currentTimeMillis();
            answer.complete(null);
            sim.queueEvent("QueueCallerLeave", caller, queue, 0, 1);
            sim.agentEvent("AgentConnect", caller, winner[0].one, queue, winner[0].memberInterface(),
                    winner[0].memberName(), "HoldTime", (answered[0] - caller.createdMillis) / 1000,
                    "RingTime", AGENT_RING.toSeconds());
            sim.bridge(winner[0].one, caller);
        }).after(talk, () -> {
            winner[0].hangUpFirst(caller);
            sim.agentEvent("AgentComplete", caller, winner[0].one, queue, winner[0].memberInterface(),
                    winner[0].memberName(), "HoldTime", (answered[0] - caller.createdMillis) / 1000,
                    "TalkTime", (System.currentTimeMillis() - answered[0]) / 1000, "Reason", "agent");
            sim.hangup(winner[0].two, 16);
            sim.hangup(winner[0].one, 16);
            sim.hangupRequest(caller, 16, true);
            sim.cdr(caller, winner[0].one, "Queue", queue, answered[0], "ANSWERED");
            sim.hangup(caller, 16);
        });
        return new Started(caller.linkedId, script.start(), answer);
    }

    /**
     * A caller in a ringall queue whose members QueueAdd put there with their phones' PJSIP
     * interfaces: the queue rings every member that is not paused; {@code answering} (an endpoint)
     * answers if it rang, else the caller gives up after {@code wait}. Each member's status follows
     * its phone (QueueMemberStatus), as app_queue reports it.
     */
    Started memberQueueCall(double scale, String callerNumber, String context, String queue, String answering, Duration wait,
                            Duration talk) {
        SimChannel caller = clock.call(() -> {
            queues.declare(queue);
            return sim.sipChannel("trunk", SimChannel.RING, callerNumber, "<unknown>", context, queue, null);
        });
        MemberQueue run = new MemberQueue(sim, queues, caller, queue);
        List<MemberQueue.Leg> legs = new ArrayList<>();
        CompletableFuture<Void> answer = new CompletableFuture<>();
        Script script = script(scale).then(() -> {
            run.join(true);
            legs.addAll(run.ringFreeMembers());
        });
        MemberQueue.Leg[] winner = new MemberQueue.Leg[1];
        script.after(AGENT_RING, () -> {
            winner[0] = legs.stream().filter(leg -> leg.endpoint().equals(answering)).findFirst().orElse(null);
            if (winner[0] == null) {
                return; // nobody answers: the caller waits on
            }
            run.answer(winner[0], AGENT_RING.toSeconds());
            answer.complete(null);
        }).after(() -> winner[0] != null ? talk : wait.compareTo(AGENT_RING) > 0 ? wait.minus(AGENT_RING) : Duration.ZERO, () -> {
            if (winner[0] == null) {
                run.abandon(); // nobody answered: the caller gives up once it waited
            } else {
                run.agentHangsUp();
            }
        });
        return new Started(caller.linkedId, script.start(), answer);
    }

    /** The caller is answered by the queue, recorded, and waits with music (QueueCallerJoin). */
    private void joinQueue(SimChannel caller, String queue) {
        new MemberQueue(sim, queues, caller, queue).join(true);
    }

    /** The caller gives up waiting: QueueCallerAbandon, and the CDR's "answered" by the queue. */
    private void abandonQueue(SimChannel caller, String queue) {
        new MemberQueue(sim, queues, caller, queue).abandon();
    }

    private AgentLeg callAgent(SimChannel caller, String queue, String agent) {
        String exten = agent.startsWith(SELF_ANSWERING) ? agent.substring(SELF_ANSWERING.length()) : agent;
        SimChannel[] pair = sim.localPair(exten, "agents", caller.callerNum, caller.callerName, caller);
        AgentLeg leg = new AgentLeg(agent, exten, pair[0], pair[1]);
        sim.agentEvent("AgentCalled", caller, pair[0], queue, leg.memberInterface(), leg.memberName());
        sim.dialBegin(caller, pair[0], "Local/" + exten + "@agents/n");
        if (agent.startsWith(SELF_ANSWERING)) {
            sim.state(pair[1], SimChannel.UP);
            sim.deviceState(pair[1].device, "INUSE");
        } else {
            leg.device = sim.sipChannel(exten, SimChannel.DOWN, exten, "Agent " + exten, "agents", exten, caller);
            sim.dialBegin(pair[1], leg.device, exten);
            sim.ringing(pair[1], leg.device);
        }
        sim.queueMemberStatus(queue, leg.memberName(), leg.memberInterface(), "Local/" + exten + "@agents",
                leg.device == null ? 2 : 6, false);
        return leg;
    }

    /** One queue member's Local pair and, for a real agent, the device its ;2 side dials. */
    private final class AgentLeg {
        final String agent;
        final String exten;
        final SimChannel one;
        final SimChannel two;
        SimChannel device;
        long answeredMillis;

        AgentLeg(String agent, String exten, SimChannel one, SimChannel two) {
            this.agent = agent;
            this.exten = exten;
            this.one = one;
            this.two = two;
        }

        String memberInterface() {
            return QueueBook.memberInterface(exten);
        }

        String memberName() {
            return "Agent " + exten;
        }

        void answer(SimChannel caller) {
            if (device != null) {
                sim.answer(two, device);
                answeredMillis = System.currentTimeMillis();
                sim.bridge(device, two);
            }
            sim.answer(caller, one);
        }

        void cancel(SimChannel caller) {
            sim.dialEnd(caller, one, "CANCEL");
            if (device != null) {
                sim.dialEnd(two, device, "CANCEL");
                sim.hangup(device, 26);
            }
            sim.hangupRequest(two, 26, false);
            sim.hangup(one, 26);
            sim.hangupRequest(two, 16, true);
            sim.hangup(two, 26);
        }

        /** The agent hangs up: its device first, then the Local pair's far side asks to hang up. */
        void hangUpFirst(SimChannel caller) {
            if (device != null) {
                sim.hangupRequest(device, 16, false);
                sim.cdr(two, device, "Dial", device.device, answeredMillis, "ANSWERED");
                sim.hangup(device, 16);
            }
            sim.hangupRequest(two, 16, true);
            sim.hangupRequest(one, 16, false);
        }
    }

    /** Click-to-call: the user's device rings first; once it answers the PBX dials the destination. */
    Started originate(double scale, String actionId, String userEndpoint, String destination, String context,
                      Duration talk) {
        SimChannel user = clock.call(() -> sim.sipChannel(userEndpoint, SimChannel.DOWN, destination, destination,
                context, destination, null));
        SimChannel[] far = new SimChannel[1];
        long[] answered = new long[1];
        CompletableFuture<Void> answer = new CompletableFuture<>();
        Script script = script(scale)
                .then(() -> {
                    sim.originateDialBegin(user, userEndpoint);
                    sim.state(user, SimChannel.RINGING);
                    sim.deviceState(user.device, "RINGING");
                })
                .after(SIP_RING, () -> {
                    sim.originateDialEnd(user, "ANSWER");
                    sim.state(user, SimChannel.UP);
                    sim.deviceState(user.device, "INUSE");
                    sim.originateResponse(actionId, user, "Success", 4, context, destination);
                    far[0] = sim.sipChannel("trunk", SimChannel.DOWN, destination, "<unknown>", context, destination,
                            user);
                    sim.connectedLine(far[0], user);
                    sim.dialBegin(user, far[0], destination + "@trunk");
                    sim.ringing(user, far[0]);
                })
                .after(Duration.ofSeconds(3), () -> {
                    sim.answer(user, far[0]);
                    answered[0] = System.currentTimeMillis();
                    answer.complete(null);
                    sim.bridge(far[0], user);
                })
                .after(talk, () -> sim.hangupBridged(user, far[0], "Dial", destination + "@trunk", answered[0]));
        return new Started(user.linkedId, script.start(), answer);
    }

    /** The spying phone answers, ChanSpy starts on the spied channel and stops when it goes (or after a minute). */
    Started spy(double scale, String actionId, SimChannel phone, String prefix, String data) {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        SimChannel[] spied = new SimChannel[1];
        Script script = script(scale).after(Duration.ofSeconds(1), () -> {
            sim.originateDialEnd(phone, "ANSWER");
            sim.state(phone, SimChannel.UP);
            sim.deviceState(phone.device, "INUSE");
            sim.originateResponse(actionId, phone, "Success", 4, phone.context, phone.exten);
            sim.newExten(phone, "ChanSpy", data);
            answer.complete(null);
            spied[0] = sim.channels().stream().filter(c -> c.name.startsWith(prefix) && c != phone).findFirst().orElse(null);
            if (spied[0] != null) {
                sim.chanSpy("ChanSpyStart", phone, spied[0]);
            }
        }).after(Duration.ofSeconds(60), () -> {
            if (spied[0] != null) {
                sim.chanSpy("ChanSpyStop", phone, spied[0]);
            }
            sim.hangupRequest(phone, 16, false);
            sim.hangup(phone, 16);
        });
        return new Started(phone.linkedId, script.start(), answer);
    }

    record Started(String linkedId, Script script, CompletableFuture<Void> answered) {
    }
}
