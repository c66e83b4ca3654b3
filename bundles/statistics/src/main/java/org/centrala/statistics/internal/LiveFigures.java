package org.centrala.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.queues.AgentState;

/**
 * A tenant's contact centre now (issue 12, R8): today's figures in the tenant's time zone per
 * department, queue and agent, the callers waiting and each agent's state. A supervisor gets its
 * departments only, and no tenant total (R18).
 */
@Schema(description = "Live contact-centre figures: today so far, callers waiting, agents' states")
public record LiveFigures(Instant at, @Schema(example = "Europe/Belgrade") String timeZone, LocalDate day,
                          @Schema(description = "the whole tenant; absent for a supervisor") Figures tenant,
                          List<DepartmentNow> departments, List<QueueNow> queues, List<AgentNow> agents) {

    @Schema(description = "A department's figures of today")
    public record DepartmentNow(String departmentId, String name, Figures today) {
    }

    @Schema(description = "A queue now: callers waiting, the longest of their waits, and today's figures")
    public record QueueNow(String queueId, String name, String departmentId, int waiting,
                           @Schema(description = "how long the caller waiting longest has waited so far") double longestWaitingSeconds,
                           Figures today) {
    }

    @Schema(description = "An agent now: its state since when, and today's figures (times of states that ended)")
    public record AgentNow(String userId, String displayName, String departmentId, AgentState state,
                           @Schema(description = "the reason while PAUSED") String pauseReason, Instant since,
                           double secondsInState, Figures today) {
    }
}
