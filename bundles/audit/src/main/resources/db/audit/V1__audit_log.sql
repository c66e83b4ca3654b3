-- R9: the audit log. Append-only: no code path updates or deletes a row. Each entry carries the
-- hash of the one before it, so that an edited, removed or inserted row breaks the chain.
-- No foreign keys: entries outlive the users, tenants and devices they are about.
CREATE TABLE audit_entry (
    sequence      BIGINT        NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP     NOT NULL,
    reseller_id   CHAR(36),
    tenant_id     CHAR(36),
    actor         VARCHAR(200)  NOT NULL,
    user_id       CHAR(36),
    action        VARCHAR(80)   NOT NULL,
    target        VARCHAR(200),
    details       VARCHAR(4000),
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL
);
CREATE INDEX ix_audit_tenant_time ON audit_entry (tenant_id, recorded_at);
CREATE INDEX ix_audit_user_time ON audit_entry (user_id, recorded_at);

-- The end of the chain. Every append updates this one row first, which serialises appends.
CREATE TABLE audit_head (
    id            INTEGER  NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
