package org.centrala.recording.internal.web;

import java.util.List;

import org.centrala.recording.internal.Recording;

/** The shape of a page of recordings in the OpenAPI document (the answer is a {@code Page<Recording>}). */
record RecordingPage(List<Recording> items, int page, int size, long total) {
}
