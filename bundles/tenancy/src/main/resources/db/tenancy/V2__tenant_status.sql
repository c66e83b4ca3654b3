-- Issue 9: a tenant can be suspended (log-ins refused, PBX link stopped, billing stopped) and reactivated.
ALTER TABLE tenant ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE tenant ADD COLUMN suspended_at TIMESTAMP;
