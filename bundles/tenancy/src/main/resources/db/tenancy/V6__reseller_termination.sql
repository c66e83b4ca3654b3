-- Issue 9: a reseller is terminated, like a tenant, once all its tenants are: its data is erased
-- when its retention period has passed, unless the termination is withdrawn before.
ALTER TABLE reseller ADD COLUMN terminated_at TIMESTAMP;
ALTER TABLE reseller ADD COLUMN erasable_at TIMESTAMP;
