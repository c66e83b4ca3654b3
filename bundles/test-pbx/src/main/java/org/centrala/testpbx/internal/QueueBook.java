package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queues the PBX has (queues.conf, or seen in a scripted call): their static members, the dynamic
 * members QueueAdd put there, and the waiting callers, for QueueStatus. Clock thread only.
 */
final class QueueBook {
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Map<String, Map<String, Member>> dynamic = new LinkedHashMap<>();
    private final Map<String, List<SimChannel>> waiting = new LinkedHashMap<>();
    private final Map<String, int[]> counters = new LinkedHashMap<>();

    static String memberInterface(String agent) {
        return "Local/" + agent + "@agents/n";
    }

    void members(String queue, List<String> agents) {
        declare(queue);
        members.get(queue).addAll(agents);
    }

    /** A queue as queues.conf defines it: there, with no static members of its own. */
    void declare(String queue) {
        members.computeIfAbsent(queue, q -> new LinkedHashSet<>());
        dynamic.computeIfAbsent(queue, q -> new LinkedHashMap<>());
        waiting.computeIfAbsent(queue, q -> new ArrayList<>());
        counters.computeIfAbsent(queue, q -> new int[2]);
    }

    boolean isDeclared(String queue) {
        return queue != null && dynamic.containsKey(queue);
    }

    /** A member QueueAdd put in a queue (app_queue's "dynamic" membership). */
    static final class Member {
        final String queue;
        final String memberInterface;
        final String name;
        final String stateInterface;
        int penalty;
        final long loginTime = System.currentTimeMillis() / 1000;
        boolean paused;
        String reason = "";
        long lastPause;
        int callsTaken;
        long lastCall;
        /** The state interface's device state as app_queue reports it (1 not in use, 2 in use, 5 unavailable, 6 ringing). */
        int status = 1;

        Member(String queue, String memberInterface, String name, String stateInterface, int penalty) {
            this.queue = queue;
            this.memberInterface = memberInterface;
            this.name = name;
            this.stateInterface = stateInterface;
            this.penalty = penalty;
        }
    }

    /** QueueAdd: the member, or app_queue's refusal as its manager error message. */
    Object add(String queue, String memberInterface, String name, String stateInterface, int penalty, boolean paused, String reason) {
        Map<String, Member> queueMembers = dynamic.get(queue);
        if (queueMembers == null) {
            return "Unable to add interface to queue: No such queue";
        }
        if (queueMembers.containsKey(memberInterface)) {
            return "Unable to add interface: Already there";
        }
        Member member = new Member(queue, memberInterface, name == null || name.isEmpty() ? memberInterface : name,
                stateInterface == null || stateInterface.isEmpty() ? memberInterface : stateInterface, penalty);
        member.paused = paused;
        member.reason = paused && reason != null ? reason : "";
        queueMembers.put(memberInterface, member);
        return member;
    }

    /** QueueRemove: the member removed, or the refusal. */
    Object remove(String queue, String memberInterface) {
        Map<String, Member> queueMembers = dynamic.get(queue);
        if (queueMembers == null) {
            return "Unable to remove interface from queue: No such queue";
        }
        Member removed = queueMembers.remove(memberInterface);
        return removed != null ? removed : "Unable to remove interface: Not there";
    }

    /** QueuePause: the members paused or resumed (in one queue, or all when none is named); empty: not found. */
    List<Member> pause(String queue, String memberInterface, boolean paused, String reason) {
        List<Member> changed = new ArrayList<>();
        for (Map.Entry<String, Map<String, Member>> entry : dynamic.entrySet()) {
            Member member = entry.getValue().get(memberInterface);
            if (member != null && (queue == null || queue.isEmpty() || queue.equals(entry.getKey()))) {
                member.paused = paused;
                member.reason = paused && reason != null ? reason : "";
                member.lastPause = System.currentTimeMillis() / 1000;
                changed.add(member);
            }
        }
        return changed;
    }

    /** The queue's dynamic members, in the order they were added. */
    List<Member> dynamicMembers(String queue) {
        return List.copyOf(dynamic.getOrDefault(queue, Map.of()).values());
    }

    /** Every queue's entry of this interface. */
    List<Member> entriesOf(String memberInterface) {
        return dynamic.values().stream().map(m -> m.get(memberInterface)).filter(java.util.Objects::nonNull).toList();
    }

    /** Every queue's entry whose state interface is this device. */
    List<Member> followingDevice(String device) {
        return dynamic.values().stream().flatMap(m -> m.values().stream()).filter(m -> m.stateInterface.equals(device)).toList();
    }

    void join(String queue, SimChannel caller) {
        waiting.computeIfAbsent(queue, q -> new ArrayList<>()).add(caller);
    }

    void leave(String queue, SimChannel caller, boolean answered) {
        waiting.getOrDefault(queue, new ArrayList<>()).remove(caller);
        counters.computeIfAbsent(queue, q -> new int[2])[answered ? 0 : 1]++;
    }

    void forgetCallers() {
        waiting.values().forEach(List::clear);
    }

    /** QueueParams, QueueMember and QueueEntry events, as a QueueStatus answer lists them. */
    List<AmiMessage> status(String onlyQueue) {
        List<AmiMessage> list = new ArrayList<>();
        for (Map.Entry<String, Set<String>> queue : members.entrySet()) {
            String name = queue.getKey();
            if (onlyQueue != null && !onlyQueue.isEmpty() && !onlyQueue.equals(name)) {
                continue;
            }
            List<SimChannel> callers = waiting.getOrDefault(name, List.of());
            int[] count = counters.get(name);
            list.add(AmiMessage.event("QueueParams", null).put("Queue", name).put("Max", 0)
                    .put("Strategy", "ringall").put("Calls", callers.size()).put("Holdtime", 0).put("TalkTime", 0)
                    .put("Completed", count[0]).put("Abandoned", count[1]).put("ServiceLevel", 0)
                    .put("ServicelevelPerf", "0.0").put("ServicelevelPerf2", "0.0").put("Weight", 0));
            for (Member member : dynamic.getOrDefault(name, Map.of()).values()) {
                list.add(AmiMessage.event("QueueMember", null).put("Queue", name).put("Name", member.name)
                        .put("Location", member.memberInterface).put("StateInterface", member.stateInterface)
                        .put("Membership", "dynamic").put("Penalty", member.penalty).put("CallsTaken", member.callsTaken)
                        .put("LastCall", member.lastCall).put("LastPause", member.lastPause).put("LoginTime", member.loginTime)
                        .put("InCall", member.status == 2 ? 1 : 0).put("Status", member.status).put("Paused", member.paused ? 1 : 0).put("PausedReason", member.reason)
                        .put("Wrapuptime", 0));
            }
            for (String agent : queue.getValue()) {
                list.add(AmiMessage.event("QueueMember", null).put("Queue", name).put("Name", "Agent " + agent)
                        .put("Location", memberInterface(agent)).put("StateInterface", "Local/" + agent + "@agents")
                        .put("Membership", "static").put("Penalty", 0).put("CallsTaken", 0).put("LastCall", 0)
                        .put("LastPause", 0).put("LoginTime", 0).put("InCall", 0).put("Status", 1)
                        .put("Paused", 0).put("PausedReason", "").put("Wrapuptime", 0));
            }
            int position = 1;
            for (SimChannel caller : callers) {
                list.add(AmiMessage.event("QueueEntry", null).put("Queue", name).put("Position", position++)
                        .put("Channel", caller.name).put("Uniqueid", caller.uniqueId)
                        .put("CallerIDNum", caller.callerNum).put("CallerIDName", caller.callerName)
                        .put("ConnectedLineNum", caller.connectedNum).put("ConnectedLineName", caller.connectedName)
                        .put("Wait", (System.currentTimeMillis() - caller.createdMillis) / 1000).put("Priority", 0));
            }
        }
        return list;
    }
}
