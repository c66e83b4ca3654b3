-- Issue 11: a call that began and ended while the link to the PBX was down, read from the PBX's own
-- CDR after the reconnect.
ALTER TABLE call_record ADD COLUMN recovered BOOLEAN NOT NULL DEFAULT FALSE
