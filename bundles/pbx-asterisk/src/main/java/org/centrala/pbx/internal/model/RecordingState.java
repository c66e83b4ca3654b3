package org.centrala.pbx.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.centrala.pbx.CallRecording;

/** One MixMonitor of a call while it runs: its file, start, pauses and stop. Lane thread only. */
final class RecordingState {
    private final String channel;
    private final String uniqueId;
    private final String file;
    private final Instant startedAt;
    private final List<CallRecording.Pause> pauses = new ArrayList<>(2);
    private Instant pausedSince;
    private Instant stoppedAt;

    RecordingState(String channel, String uniqueId, String file, Instant startedAt) {
        this.channel = channel;
        this.uniqueId = uniqueId;
        this.file = file;
        this.startedAt = startedAt;
    }

    /** Muting twice, or unmuting what is not muted, changes nothing (one direction then both, say). */
    void muted(boolean muted, Instant at) {
        if (stoppedAt != null) {
            return;
        }
        if (muted && pausedSince == null) {
            pausedSince = at;
        } else if (!muted && pausedSince != null) {
            pauses.add(new CallRecording.Pause(pausedSince, at));
            pausedSince = null;
        }
    }

    void stopped(Instant at) {
        if (stoppedAt == null) {
            stoppedAt = at;
        }
    }

    CallRecording toRecording(Instant callEnded) {
        Instant stop = stoppedAt != null ? stoppedAt : callEnded;
        List<CallRecording.Pause> all = new ArrayList<>(pauses);
        if (pausedSince != null) {
            all.add(new CallRecording.Pause(pausedSince, null));
        }
        return new CallRecording(channel, uniqueId, file, startedAt, stop, all);
    }
}
