package org.centrala.statistics.internal;

/**
 * What a roll-up counts (docs/statistics.md defines each): calls, and times in milliseconds. Each
 * is a column of the roll-up tables; all add up over periods and subjects except the longest wait,
 * which is the greatest of them.
 */
enum Measure {
    OFFERED("offered"),
    ANSWERED("answered"),
    ANSWERED_IN_SL("answered_in_sl"),
    ABANDONED("abandoned"),
    TIMED_OUT("timed_out"),
    WAIT_ANSWERED_MS("wait_answered_ms"),
    WAIT_ABANDONED_MS("wait_abandoned_ms"),
    LONGEST_WAIT_MS("longest_wait_ms"),
    TALK_MS("talk_ms"),
    LOGGED_IN_MS("logged_in_ms"),
    AVAILABLE_MS("available_ms"),
    RINGING_MS("ringing_ms"),
    ON_CALL_MS("on_call_ms"),
    WRAP_UP_MS("wrap_up_ms"),
    PAUSED_MS("paused_ms");

    final String column;

    Measure(String column) {
        this.column = column;
    }

    boolean isMaximum() {
        return this == LONGEST_WAIT_MS;
    }

    /** The SQL that folds the column over rows: SUM, or MAX for the longest wait. */
    String aggregate() {
        return (isMaximum() ? "MAX(" : "SUM(") + column + ")";
    }
}
