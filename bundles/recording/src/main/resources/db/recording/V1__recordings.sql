-- Issue 12: a tenant's recording settings. No row: the node's defaults (etc/org.centrala.recording.cfg).
CREATE TABLE recording_settings (
    tenant_id      CHAR(36)    NOT NULL PRIMARY KEY,
    policy         VARCHAR(16) NOT NULL,
    retention_days INTEGER     NOT NULL,
    updated_at     TIMESTAMP   NOT NULL
);

-- A queue's or a user's own policy (target_kind QUEUE or USER); none: the tenant's applies.
CREATE TABLE recording_policy (
    tenant_id   CHAR(36)    NOT NULL,
    target_kind VARCHAR(8)  NOT NULL,
    target_id   CHAR(36)    NOT NULL,
    policy      VARCHAR(16) NOT NULL,
    updated_at  TIMESTAMP   NOT NULL,
    CONSTRAINT pk_recording_policy PRIMARY KEY (tenant_id, target_kind, target_id)
);

-- One recording: a file the PBX wrote (pbx_file, as it named it) of a call, with the call's party
-- as its call record has it, so that who may read the record may read the recording (R6, R18).
-- state: PENDING until the file was looked at, then AVAILABLE, MISSING, UNREADABLE or OUTSIDE_SPOOL.
CREATE TABLE recording (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id       CHAR(36)      NOT NULL,
    call_id         CHAR(36)      NOT NULL,
    pbx_call_id     VARCHAR(64)   NOT NULL,
    link_id         VARCHAR(400)  NOT NULL,
    pbx_host        VARCHAR(255)  NOT NULL,
    pbx_port        INTEGER       NOT NULL,
    channel         VARCHAR(200),
    pbx_file        VARCHAR(1024),
    user_id         CHAR(36),
    user_type       VARCHAR(20),
    department_id   CHAR(36),
    queue_name      VARCHAR(80),
    started_at      TIMESTAMP     NOT NULL,
    stopped_at      TIMESTAMP     NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    state_detail    VARCHAR(400),
    size_bytes      BIGINT,
    duration_millis BIGINT,
    audio_format    VARCHAR(80),
    check_attempts  INTEGER       NOT NULL,
    next_check_at   TIMESTAMP
);
CREATE INDEX ix_recording_tenant_started ON recording (tenant_id, started_at);
CREATE INDEX ix_recording_call ON recording (tenant_id, call_id);
CREATE INDEX ix_recording_check ON recording (state, next_check_at);

-- Where a recording was paused (MixMonitorMute), in milliseconds from its start; to_millis null:
-- paused until it stopped.
CREATE TABLE recording_pause (
    recording_id CHAR(36) NOT NULL,
    from_millis  BIGINT   NOT NULL,
    to_millis    BIGINT,
    CONSTRAINT pk_recording_pause PRIMARY KEY (recording_id, from_millis),
    CONSTRAINT fk_recording_pause FOREIGN KEY (recording_id) REFERENCES recording (id) ON DELETE CASCADE
);
