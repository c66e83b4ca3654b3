package org.centrala.queues;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A supervisor listening to an agent's call (issue 11, item 5): the PBX rings the supervisor's own
 * phone and, once answered, connects it to the agent's call (Asterisk's ChanSpy) in this mode.
 */
public record Monitoring(@Schema(description = "the Asterisk id of the supervisor's call into the agent's") String pbxCallId,
                         MonitorMode mode, String agentUserId, String supervisorUserId) {
}
