package org.centrala.statistics.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A subject's figures over a period, as docs/statistics.md defines them. Counts are calls; times
 * are seconds (to the millisecond). A ratio or average of no calls is absent, not zero.
 */
@Schema(description = "Contact-centre figures of one subject over one period (docs/statistics.md)")
public record Figures(
        @Schema(description = "calls that joined a queue") long offered,
        @Schema(description = "offered calls an agent answered") long answered,
        @Schema(description = "answered within the queue's service level threshold") long answeredWithinServiceLevel,
        @Schema(description = "callers who hung up while waiting") long abandoned,
        @Schema(description = "callers the queue let go unanswered (its timeout, no agent)") long timedOut,
        @Schema(description = "answeredWithinServiceLevel / offered x 100") Double serviceLevelPercent,
        @Schema(description = "ASA: wait of answered calls / answered") Double averageSpeedOfAnswerSeconds,
        @Schema(description = "AHT: (talk + wrap-up) / answered") Double averageHandleTimeSeconds,
        @Schema(description = "abandoned / offered x 100") Double abandonRatePercent,
        @Schema(description = "the longest any offered caller waited") double longestWaitSeconds,
        @Schema(description = "average wait of abandoned calls") Double averageAbandonWaitSeconds,
        @Schema(description = "talk of answered queue calls, answer to hang-up") double talkSeconds,
        @Schema(description = "agents' time logged in to their queues") double loggedInSeconds,
        @Schema(description = "agents' time available for a queue call") double availableSeconds,
        @Schema(description = "agents' time ringing") double ringingSeconds,
        @Schema(description = "agents' time on a call (queue or direct)") double onCallSeconds,
        @Schema(description = "agents' time in wrap-up after queue calls") double wrapUpSeconds,
        @Schema(description = "agents' time paused, any reason") double pausedSeconds) {

    static Figures of(Tally t) {
        long offered = t.get(Measure.OFFERED);
        long answered = t.get(Measure.ANSWERED);
        return new Figures(offered, answered, t.get(Measure.ANSWERED_IN_SL), t.get(Measure.ABANDONED), t.get(Measure.TIMED_OUT),
                percent(t.get(Measure.ANSWERED_IN_SL), offered), average(t.get(Measure.WAIT_ANSWERED_MS), answered),
                average(t.get(Measure.TALK_MS) + t.get(Measure.WRAP_UP_MS), answered), percent(t.get(Measure.ABANDONED), offered),
                seconds(t.get(Measure.LONGEST_WAIT_MS)), average(t.get(Measure.WAIT_ABANDONED_MS), t.get(Measure.ABANDONED)),
                seconds(t.get(Measure.TALK_MS)), seconds(t.get(Measure.LOGGED_IN_MS)), seconds(t.get(Measure.AVAILABLE_MS)),
                seconds(t.get(Measure.RINGING_MS)), seconds(t.get(Measure.ON_CALL_MS)), seconds(t.get(Measure.WRAP_UP_MS)),
                seconds(t.get(Measure.PAUSED_MS)));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 100.0;
    }

    private static Double average(long millis, long count) {
        return count == 0 ? null : Math.round((double) millis / count) / 1000.0;
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
