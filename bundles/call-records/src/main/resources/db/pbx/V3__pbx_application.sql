-- Issue 11: the PBX application that answered the caller before any person did (Playback, AGI,
-- Queue, VoiceMail), as Asterisk's CDR counts such a call answered.
ALTER TABLE call_record ADD COLUMN pbx_application VARCHAR(40)
