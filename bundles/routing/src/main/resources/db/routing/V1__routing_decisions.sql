-- Issue 11: why each call that entered FastAGI routing went where it went, and how it ended.
CREATE TABLE routing_decision (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id       CHAR(36),
    pbx_call_id     VARCHAR(64),
    channel         VARCHAR(200),
    context         VARCHAR(80)  NOT NULL,
    dialled         VARCHAR(80),
    caller_number   VARCHAR(80),
    user_id         CHAR(36),
    department_id   CHAR(36),
    user_type       VARCHAR(20),
    rejection       VARCHAR(30),
    reason          VARCHAR(500) NOT NULL,
    steps           INTEGER      NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    answered_step   INTEGER,
    decided_at      TIMESTAMP    NOT NULL,
    ended_at        TIMESTAMP    NOT NULL
);
CREATE INDEX ix_routing_decision_tenant ON routing_decision (tenant_id, decided_at);
CREATE INDEX ix_routing_decision_call ON routing_decision (tenant_id, pbx_call_id);
