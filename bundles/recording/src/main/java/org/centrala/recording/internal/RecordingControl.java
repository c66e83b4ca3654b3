package org.centrala.recording.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a recording action on a user's current call did. */
public record RecordingControl(String userId, String deviceId,
                               @Schema(allowableValues = {"RECORDING", "PAUSED"}) String state,
                               @Schema(description = "the files concerned, as the PBX names them") List<String> files) {

    public RecordingControl {
        files = List.copyOf(files);
    }
}
