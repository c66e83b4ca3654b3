-- Issue 12, R8: roll-ups of a tenant's contact-centre figures. One row per subject (the tenant, a
-- department, a queue or an agent) and period: a quarter of an hour starting at quarter_start (UTC;
-- every time zone in use is a whole number of quarters from UTC, so a quarter is one in every zone),
-- and a day of the tenant's time zone. department_id is the subject's department (R18: a supervisor
-- reads its departments' rows); null for the tenant's own row. Counts are calls, times milliseconds.
CREATE TABLE stat_quarter (
    tenant_id        CHAR(36)    NOT NULL,
    dimension        VARCHAR(10) NOT NULL,
    subject_id       VARCHAR(64) NOT NULL,
    department_id    CHAR(36),
    quarter_start    TIMESTAMP   NOT NULL,
    offered          BIGINT      NOT NULL,
    answered         BIGINT      NOT NULL,
    answered_in_sl   BIGINT      NOT NULL,
    abandoned        BIGINT      NOT NULL,
    timed_out        BIGINT      NOT NULL,
    wait_answered_ms BIGINT      NOT NULL,
    wait_abandoned_ms BIGINT     NOT NULL,
    longest_wait_ms  BIGINT      NOT NULL,
    talk_ms          BIGINT      NOT NULL,
    logged_in_ms     BIGINT      NOT NULL,
    available_ms     BIGINT      NOT NULL,
    ringing_ms       BIGINT      NOT NULL,
    on_call_ms       BIGINT      NOT NULL,
    wrap_up_ms       BIGINT      NOT NULL,
    paused_ms        BIGINT      NOT NULL,
    CONSTRAINT pk_stat_quarter PRIMARY KEY (tenant_id, dimension, subject_id, quarter_start)
);
CREATE INDEX ix_stat_quarter_period ON stat_quarter (tenant_id, dimension, quarter_start);

CREATE TABLE stat_day (
    tenant_id        CHAR(36)    NOT NULL,
    dimension        VARCHAR(10) NOT NULL,
    subject_id       VARCHAR(64) NOT NULL,
    department_id    CHAR(36),
    day              DATE        NOT NULL,
    offered          BIGINT      NOT NULL,
    answered         BIGINT      NOT NULL,
    answered_in_sl   BIGINT      NOT NULL,
    abandoned        BIGINT      NOT NULL,
    timed_out        BIGINT      NOT NULL,
    wait_answered_ms BIGINT      NOT NULL,
    wait_abandoned_ms BIGINT     NOT NULL,
    longest_wait_ms  BIGINT      NOT NULL,
    talk_ms          BIGINT      NOT NULL,
    logged_in_ms     BIGINT      NOT NULL,
    available_ms     BIGINT      NOT NULL,
    ringing_ms       BIGINT      NOT NULL,
    on_call_ms       BIGINT      NOT NULL,
    wrap_up_ms       BIGINT      NOT NULL,
    paused_ms        BIGINT      NOT NULL,
    CONSTRAINT pk_stat_day PRIMARY KEY (tenant_id, dimension, subject_id, day)
);
CREATE INDEX ix_stat_day_period ON stat_day (tenant_id, dimension, day);

-- The ended calls counted: the PBX link may hand a call over twice (EndedCallConsumer), it is counted
-- once. Rows older than a week are pruned; the link never hands over a call that old again.
CREATE TABLE stat_counted_call (
    tenant_id   CHAR(36)     NOT NULL,
    link_id     VARCHAR(400) NOT NULL,
    pbx_call_id VARCHAR(64)  NOT NULL,
    ended_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_stat_counted_call PRIMARY KEY (tenant_id, link_id, pbx_call_id)
);
CREATE INDEX ix_stat_counted_call_ended ON stat_counted_call (ended_at);

-- How far each agent's state changes (kept by the queues bundle) are counted: the change last
-- counted, whose state runs since then. Counting resumes from here after an update or a restart.
CREATE TABLE stat_agent_cursor (
    tenant_id     CHAR(36)    NOT NULL,
    user_id       CHAR(36)    NOT NULL,
    change_id     CHAR(36)    NOT NULL,
    department_id CHAR(36),
    state         VARCHAR(16) NOT NULL,
    since         TIMESTAMP   NOT NULL,
    CONSTRAINT pk_stat_agent_cursor PRIMARY KEY (tenant_id, user_id)
);

-- A tenant's statistics settings; no row: the node's defaults (etc/org.centrala.statistics.cfg).
CREATE TABLE stat_settings (
    tenant_id  CHAR(36)    NOT NULL PRIMARY KEY,
    time_zone  VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP   NOT NULL
);
