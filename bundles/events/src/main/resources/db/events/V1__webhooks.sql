-- Issue 12, item 3: a tenant's webhooks, each a URL that gets the tenant's live events of the
-- chosen types as signed JSON POSTs. The secret signs them (HMAC-SHA256); it is shown once.
CREATE TABLE webhook (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id   CHAR(36)      NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    event_types VARCHAR(500)  NOT NULL,
    description VARCHAR(200),
    active      SMALLINT      NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_webhook_tenant ON webhook (tenant_id);

-- One event for one webhook: PENDING until delivered (DELIVERED) or given up (FAILED) after its
-- attempts; next_attempt_at says when it is tried again. Kept a while after, for the REST list.
CREATE TABLE webhook_delivery (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    webhook_id      CHAR(36)     NOT NULL,
    tenant_id       CHAR(36)     NOT NULL,
    event_id        VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    payload         CLOB         NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP    NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    CONSTRAINT fk_webhook_delivery FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX ix_webhook_delivery_webhook ON webhook_delivery (webhook_id, state, created_at);
