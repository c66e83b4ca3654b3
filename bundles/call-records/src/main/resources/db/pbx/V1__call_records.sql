-- Call records: one row per call (Asterisk linked id) and tenant. The unique key is what makes a
-- record impossible to write twice, whatever reconnects and resynchronisations happen.
CREATE TABLE call_record (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id        CHAR(36)     NOT NULL,
    link_id          VARCHAR(400) NOT NULL,
    pbx_call_id      VARCHAR(64)  NOT NULL,
    direction        VARCHAR(10)  NOT NULL,
    from_number      VARCHAR(80),
    to_number        VARCHAR(80),
    user_id          CHAR(36),
    user_type        VARCHAR(20),
    device_id        CHAR(36),
    department_id    CHAR(36),
    queue_name       VARCHAR(80),
    started_at       TIMESTAMP    NOT NULL,
    answered_at      TIMESTAMP,
    ended_at         TIMESTAMP    NOT NULL,
    duration_seconds BIGINT       NOT NULL,
    talk_seconds     BIGINT       NOT NULL,
    disposition      VARCHAR(12)  NOT NULL,
    recorded         BOOLEAN      NOT NULL,
    recording_id     VARCHAR(200),
    end_inferred     BOOLEAN      NOT NULL,
    CONSTRAINT uq_call_record_call UNIQUE (link_id, pbx_call_id, tenant_id)
);
CREATE INDEX ix_call_record_tenant_started ON call_record (tenant_id, started_at);
CREATE INDEX ix_call_record_user_started ON call_record (user_id, started_at);
