-- Issue 9: a user can be erased on request, and all of a tenant's users when the tenant is erased:
-- the row stays, with a pseudonym, so that call records and the audit trail keep their subject.
ALTER TABLE directory_user ADD COLUMN erased_at TIMESTAMP;
