-- Issue 11, item 3: a tenant's queues. pbx_name is the queue's name in Asterisk: the tenant's
-- dialplan context and the name at creation, in lower case, unique on the node (Asterisk matches
-- queue names without regard to case), so tenants sharing an Asterisk never share a queue.
CREATE TABLE queue (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id             CHAR(36)     NOT NULL,
    department_id         CHAR(36)     NOT NULL,
    name                  VARCHAR(60)  NOT NULL,
    name_key              VARCHAR(240) NOT NULL,
    pbx_name              VARCHAR(160) NOT NULL,
    strategy              VARCHAR(20)  NOT NULL,
    service_level_seconds INTEGER      NOT NULL,
    wrap_up_seconds       INTEGER      NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    updated_at            TIMESTAMP    NOT NULL,
    CONSTRAINT uq_queue_name UNIQUE (tenant_id, name_key),
    CONSTRAINT uq_queue_pbx_name UNIQUE (pbx_name)
);
CREATE INDEX ix_queue_department ON queue (tenant_id, department_id);

-- Its members, with their skill in it as Asterisk's penalty (lower is rung first).
CREATE TABLE queue_member (
    queue_id CHAR(36) NOT NULL,
    user_id  CHAR(36) NOT NULL,
    penalty  INTEGER  NOT NULL,
    CONSTRAINT pk_queue_member PRIMARY KEY (queue_id, user_id),
    CONSTRAINT fk_queue_member_queue FOREIGN KEY (queue_id) REFERENCES queue (id) ON DELETE CASCADE
);
CREATE INDEX ix_queue_member_user ON queue_member (user_id);

-- The tenant's pause reasons, in its order. None: the defaults.
CREATE TABLE pause_reason (
    tenant_id CHAR(36)    NOT NULL,
    position  INTEGER     NOT NULL,
    reason    VARCHAR(40) NOT NULL,
    CONSTRAINT pk_pause_reason PRIMARY KEY (tenant_id, position)
);

-- A logged-in agent (no row: logged out). phone is what the PBX says of its phone (IDLE,
-- RINGING, ON_CALL) as of phone_at, the PBX's time; pause_at is when the pause last changed;
-- state is what follows from it all, since when.
CREATE TABLE agent (
    user_id          CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id        CHAR(36)     NOT NULL,
    department_id    CHAR(36),
    member_interface VARCHAR(120) NOT NULL,
    paused           SMALLINT     NOT NULL,
    pause_reason     VARCHAR(40),
    pause_at         TIMESTAMP,
    phone            VARCHAR(10)  NOT NULL,
    phone_at         TIMESTAMP,
    wrap_up_until    TIMESTAMP,
    state            VARCHAR(12)  NOT NULL,
    since            TIMESTAMP    NOT NULL,
    logged_in_at     TIMESTAMP    NOT NULL
);
CREATE INDEX ix_agent_tenant ON agent (tenant_id);
-- One agent per phone: the PBX's events name the phone, not the agent.
CREATE UNIQUE INDEX ux_agent_interface ON agent (member_interface);

-- The queues a logged-in agent is a member of on the PBX.
CREATE TABLE agent_queue (
    user_id  CHAR(36)     NOT NULL,
    queue_id CHAR(36)     NOT NULL,
    pbx_name VARCHAR(160) NOT NULL,
    CONSTRAINT pk_agent_queue PRIMARY KEY (user_id, queue_id)
);

-- Every change of an agent's state, for statistics (issue 12) and the agent's history.
CREATE TABLE agent_state_change (
    id            CHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id     CHAR(36)    NOT NULL,
    user_id       CHAR(36)    NOT NULL,
    department_id CHAR(36),
    state         VARCHAR(12) NOT NULL,
    pause_reason  VARCHAR(40),
    changed_at    TIMESTAMP   NOT NULL,
    cause         VARCHAR(40) NOT NULL
);
CREATE INDEX ix_agent_state_change_user ON agent_state_change (tenant_id, user_id, changed_at);
CREATE INDEX ix_agent_state_change_tenant ON agent_state_change (tenant_id, changed_at);
