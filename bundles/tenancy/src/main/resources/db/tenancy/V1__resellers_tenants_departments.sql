-- R1: resellers sell to tenants; tenants have departments (possibly in several countries).
-- R2: every tenant has exactly one virtual PBX record, created with the tenant.
-- name_key is the trimmed, lower-cased name: it makes "Acme" and "acme " duplicates. It is wider
-- than name because lower-casing can lengthen a string (e.g. U+0130).

CREATE TABLE reseller (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    name_key      VARCHAR(400) NOT NULL,
    contact_email VARCHAR(254),
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT uq_reseller_name UNIQUE (name_key)
);

CREATE TABLE tenant (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    reseller_id CHAR(36)     NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_key    VARCHAR(400) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    CONSTRAINT fk_tenant_reseller FOREIGN KEY (reseller_id) REFERENCES reseller (id),
    CONSTRAINT uq_tenant_name UNIQUE (reseller_id, name_key)
);

-- The AMI secret is stored because the PBX link must log in with it; no read path returns it.
CREATE TABLE tenant_pbx (
    tenant_id   CHAR(36)     NOT NULL PRIMARY KEY,
    host        VARCHAR(253) NOT NULL,
    ami_port    INTEGER      NOT NULL,
    ami_user    VARCHAR(80)  NOT NULL,
    ami_secret  VARCHAR(200) NOT NULL,
    agi_context VARCHAR(80)  NOT NULL,
    CONSTRAINT fk_tenant_pbx_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    -- Tenants that share one Asterisk are told apart by their FastAGI context.
    CONSTRAINT uq_tenant_pbx_context UNIQUE (host, ami_port, agi_context)
);

CREATE TABLE department (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id    CHAR(36)     NOT NULL,
    name         VARCHAR(100) NOT NULL,
    name_key     VARCHAR(400) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    CONSTRAINT fk_department_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uq_department_name UNIQUE (tenant_id, name_key)
);
