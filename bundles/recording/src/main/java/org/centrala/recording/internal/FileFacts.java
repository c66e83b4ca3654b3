package org.centrala.recording.internal;

/** What looking at a recording's file found: its state, and for audio its size, length and format. */
record FileFacts(RecordingState state, String detail, Long sizeBytes, Long durationMillis, String format) {

    static FileFacts not(RecordingState state, String detail) {
        return new FileFacts(state, detail, null, null, null);
    }
}
