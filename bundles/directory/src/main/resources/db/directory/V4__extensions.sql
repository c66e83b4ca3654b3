-- Issue 11: a user's internal number within its tenant, which FastAGI routing reaches it by.
-- NULLs do not collide in a unique constraint, so users without an extension are fine.
ALTER TABLE directory_user ADD COLUMN extension VARCHAR(8);
ALTER TABLE directory_user ADD CONSTRAINT uq_user_extension UNIQUE (tenant_id, extension);
