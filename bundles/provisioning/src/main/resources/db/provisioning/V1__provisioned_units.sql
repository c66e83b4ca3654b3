-- Issue 11, item 2: what Centrala last wrote to a tenant's PBX, one row per unit (a device's endpoint,
-- auth and aor; a queue; the tenant's dialplan context), so that a later difference on the PBX is
-- told apart from a change of Centrala's own (drift against pending).
CREATE TABLE provisioned_unit (
    tenant_id   CHAR(36)     NOT NULL,
    file_name   VARCHAR(120) NOT NULL,
    unit_key    VARCHAR(120) NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    written_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_provisioned_unit PRIMARY KEY (tenant_id, file_name, unit_key)
);
