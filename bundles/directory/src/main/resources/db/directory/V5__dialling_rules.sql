-- Issue 11: what a tenant's phones may dial outside. No row: the defaults (no outside-line prefix,
-- international calls allowed, premium-rate numbers barred). Lists are kept comma-separated:
-- they are read and written whole, never queried by element.
CREATE TABLE dialling_rules (
    tenant_id             CHAR(36)      NOT NULL PRIMARY KEY,
    outside_line_prefix   VARCHAR(2)    NOT NULL,
    international_allowed BOOLEAN       NOT NULL,
    barred_number_types   VARCHAR(300)  NOT NULL,
    barred_prefixes       VARCHAR(1600) NOT NULL,
    updated_at            TIMESTAMP     NOT NULL
)
