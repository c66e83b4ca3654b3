package org.centrala.recording.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a recording's file stands, as the node last found it. */
@Schema(description = "PENDING: the call ended, the file has not been looked at yet; AVAILABLE: it can be played; MISSING:"
        + " not found where the PBX wrote it (stateDetail says where that is on this node); UNREADABLE: found but not readable"
        + " as audio; OUTSIDE_SPOOL: the PBX wrote it outside every spool folder this node reads")
public enum RecordingState {
    PENDING, AVAILABLE, MISSING, UNREADABLE, OUTSIDE_SPOOL
}
