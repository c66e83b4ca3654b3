-- Issue 9, R1: user names are unique within a tenant only, so a tenant's users sign in as
-- username@sign_in_domain. Tenants created before get a domain made from their id, which an
-- administrator can change; their users also keep signing in with the bare name they had
-- (see the directory's migration 2).
ALTER TABLE tenant ADD COLUMN sign_in_domain VARCHAR(40);
UPDATE tenant SET sign_in_domain = 't-' || LOWER(SUBSTR(id, 1, 8) || SUBSTR(id, 10, 4));
ALTER TABLE tenant ALTER COLUMN sign_in_domain NOT NULL;
ALTER TABLE tenant ADD CONSTRAINT uq_tenant_sign_in_domain UNIQUE (sign_in_domain);
