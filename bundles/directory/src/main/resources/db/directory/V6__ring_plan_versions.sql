-- Issue 9, item 2: a ring plan's version (ETag, If-Match). Every step of a plan carries the instant
-- the plan was set; plans set before have none (no ETag until they are set again).
ALTER TABLE ring_step ADD COLUMN set_at TIMESTAMP;
