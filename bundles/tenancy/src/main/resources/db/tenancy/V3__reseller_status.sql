-- Issue 9: a reseller can be suspended (its administrators and its tenants' users refused, its
-- tenants' PBX links stopped and billing stopped) and reactivated.
ALTER TABLE reseller ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE reseller ADD COLUMN suspended_at TIMESTAMP;
