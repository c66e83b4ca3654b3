-- Issue 9: a month of a reseller is closed once invoiced; its statements are kept as they were then
-- and never change, whatever happens to prices, licences or tenants afterwards.
CREATE TABLE billing_closed_month (
    reseller_id CHAR(36)  NOT NULL,
    month       CHAR(7)   NOT NULL,
    closed_at   TIMESTAMP NOT NULL,
    CONSTRAINT pk_billing_closed_month PRIMARY KEY (reseller_id, month)
);
CREATE TABLE billing_snapshot (
    reseller_id CHAR(36)       NOT NULL,
    month       CHAR(7)        NOT NULL,
    tenant_id   CHAR(36)       NOT NULL,
    statement   VARCHAR(32000) NOT NULL,
    CONSTRAINT pk_billing_snapshot PRIMARY KEY (reseller_id, month, tenant_id),
    CONSTRAINT fk_billing_snapshot_month FOREIGN KEY (reseller_id, month) REFERENCES billing_closed_month (reseller_id, month)
);
