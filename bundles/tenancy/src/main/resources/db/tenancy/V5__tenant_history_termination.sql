-- Issue 9: billing must know the past, not only the present. Every change of a tenant's status or
-- reseller adds a row with the state from then on; likewise for resellers. Rows are never updated.
CREATE TABLE tenant_change (
    sequence    BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   CHAR(36)    NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    reseller_id CHAR(36)    NOT NULL,
    status      VARCHAR(20) NOT NULL,
    CONSTRAINT fk_tenant_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_tenant_change_tenant ON tenant_change (tenant_id, changed_at);
CREATE INDEX ix_tenant_change_reseller ON tenant_change (reseller_id, changed_at);

CREATE TABLE reseller_change (
    sequence    BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reseller_id CHAR(36)    NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    status      VARCHAR(20) NOT NULL,
    CONSTRAINT fk_reseller_change_reseller FOREIGN KEY (reseller_id) REFERENCES reseller (id) ON DELETE CASCADE
);
CREATE INDEX ix_reseller_change ON reseller_change (reseller_id, changed_at);

-- What is known of the past so far: when each was created, and a suspension still in force.
INSERT INTO tenant_change (tenant_id, changed_at, reseller_id, status) SELECT id, created_at, reseller_id, 'ACTIVE' FROM tenant;
INSERT INTO tenant_change (tenant_id, changed_at, reseller_id, status)
    SELECT id, suspended_at, reseller_id, status FROM tenant WHERE status <> 'ACTIVE' AND suspended_at IS NOT NULL;
INSERT INTO reseller_change (reseller_id, changed_at, status) SELECT id, created_at, 'ACTIVE' FROM reseller;
INSERT INTO reseller_change (reseller_id, changed_at, status)
    SELECT id, suspended_at, status FROM reseller WHERE status <> 'ACTIVE' AND suspended_at IS NOT NULL;

-- Termination: the tenant's data is erased when its reseller's retention period has passed.
ALTER TABLE tenant ADD COLUMN terminated_at TIMESTAMP;
ALTER TABLE tenant ADD COLUMN erasable_at TIMESTAMP;
ALTER TABLE reseller ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 90;
