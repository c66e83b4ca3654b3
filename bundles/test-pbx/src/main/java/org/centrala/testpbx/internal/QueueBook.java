package org.centrala.testpbx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Queues the PBX has seen: their members and waiting callers, for QueueStatus. Clock thread only. */
final class QueueBook {
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Map<String, List<SimChannel>> waiting = new LinkedHashMap<>();
    private final Map<String, int[]> counters = new LinkedHashMap<>();

    static String memberInterface(String agent) {
        return "Local/" + agent + "@agents/n";
    }

    void members(String queue, List<String> agents) {
        members.computeIfAbsent(queue, q -> new LinkedHashSet<>()).addAll(agents);
        waiting.computeIfAbsent(queue, q -> new ArrayList<>());
        counters.computeIfAbsent(queue, q -> new int[2]);
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
