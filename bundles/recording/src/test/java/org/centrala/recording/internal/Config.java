package org.centrala.recording.internal;

import java.lang.annotation.Annotation;

import org.centrala.recording.RecordingPolicy;

/** A RecordingConfig as etc/org.centrala.recording.cfg would give it. */
final class Config implements RecordingConfig {
    private final RecordingPolicy policy;
    private final int retentionDays;
    private final int fileWaitSeconds;

    Config(RecordingPolicy policy, int retentionDays, int fileWaitSeconds) {
        this.policy = policy;
        this.retentionDays = retentionDays;
        this.fileWaitSeconds = fileWaitSeconds;
    }

    @Override
    public RecordingPolicy defaultPolicy() {
        return policy;
    }

    @Override
    public int defaultRetentionDays() {
        return retentionDays;
    }

    @Override
    public int retentionEveryMinutes() {
        return 60;
    }

    @Override
    public int fileWaitSeconds() {
        return fileWaitSeconds;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return RecordingConfig.class;
    }
}
