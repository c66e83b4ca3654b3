-- Issue 11: the internal number callers dial to reach a queue through the routing. Unique in the
-- tenant among queues here; against users' extensions the services check each other (ExtensionHolder).
ALTER TABLE queue ADD COLUMN extension VARCHAR(8);
ALTER TABLE queue ADD CONSTRAINT uq_queue_extension UNIQUE (tenant_id, extension)
