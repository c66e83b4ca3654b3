-- Issue 9, R1: a user name is unique within its tenant only; a tenant's user signs in as
-- username@sign-in-domain. Users who had a name before keep signing in with it alone: node_login
-- holds that bare name until the user's name changes or the user is erased. New users have none,
-- so a bare name never points into another tenant and no answer reveals another tenant's names.
ALTER TABLE directory_user ADD COLUMN node_login VARCHAR(100);
UPDATE directory_user SET node_login = username WHERE username IS NOT NULL;
ALTER TABLE directory_user DROP CONSTRAINT uq_user_username;
ALTER TABLE directory_user ADD CONSTRAINT uq_user_username UNIQUE (tenant_id, username);
ALTER TABLE directory_user ADD CONSTRAINT uq_user_node_login UNIQUE (node_login);
