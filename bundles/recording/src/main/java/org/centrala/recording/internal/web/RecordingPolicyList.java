package org.centrala.recording.internal.web;

import java.util.List;

import org.centrala.recording.internal.PolicyOverride;

/** The queues' and users' own recording policies. */
public record RecordingPolicyList(List<PolicyOverride> items) {

    public RecordingPolicyList {
        items = List.copyOf(items);
    }
}
