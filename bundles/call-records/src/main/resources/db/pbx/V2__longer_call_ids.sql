-- Asterisk allows unique and linked ids of up to 150 characters (AST_MAX_UNIQUEID), for example
-- channel ids an ARI or AMI client chose when originating; 64 cut such calls out.
ALTER TABLE call_record ALTER COLUMN pbx_call_id SET DATA TYPE VARCHAR(150)
