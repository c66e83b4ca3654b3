-- Issue 9, item 2: the version of a tenant's pause reasons (ETag, If-Match). Every reason of the
-- list carries the instant the list was set; lists set before have none (no ETag until set again).
ALTER TABLE pause_reason ADD COLUMN set_at TIMESTAMP;
