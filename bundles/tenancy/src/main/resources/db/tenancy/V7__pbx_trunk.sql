-- Issue 11: the PJSIP endpoint through which a tenant's calls reach external numbers.
ALTER TABLE tenant_pbx ADD COLUMN trunk VARCHAR(80);
-- The PBX's routing finds a call's tenant by its context.
CREATE INDEX ix_tenant_pbx_context ON tenant_pbx (agi_context);
