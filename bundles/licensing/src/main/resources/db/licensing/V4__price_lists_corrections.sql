-- Issue 9: prices have an effective month. A price list applies from its month until the month of
-- the next one, so that a month is billed at the prices it had, whatever is set later.
CREATE TABLE price_list (
    reseller_id CHAR(36)  NOT NULL,
    from_month  CHAR(7)   NOT NULL,
    currency    CHAR(3)   NOT NULL,
    set_at      TIMESTAMP NOT NULL,
    CONSTRAINT pk_price_list PRIMARY KEY (reseller_id, from_month),
    CONSTRAINT fk_price_list_reseller FOREIGN KEY (reseller_id) REFERENCES reseller (id) ON DELETE CASCADE
);
-- Prices set before: in effect since before any month Centrala billed.
INSERT INTO price_list (reseller_id, from_month, currency, set_at)
    SELECT reseller_id, '2000-01', MIN(currency), CURRENT_TIMESTAMP FROM price GROUP BY reseller_id;
ALTER TABLE price ADD COLUMN from_month CHAR(7) NOT NULL DEFAULT '2000-01';
ALTER TABLE price DROP CONSTRAINT pk_price;
ALTER TABLE price ADD CONSTRAINT pk_price PRIMARY KEY (reseller_id, from_month, item);
ALTER TABLE price ADD CONSTRAINT fk_price_price_list FOREIGN KEY (reseller_id, from_month) REFERENCES price_list (reseller_id, from_month)
    ON DELETE CASCADE;

-- Credits and debits on a tenant's statement of an open month: how a closed month is corrected.
CREATE TABLE billing_correction (
    id          CHAR(36)      NOT NULL PRIMARY KEY,
    reseller_id CHAR(36)      NOT NULL,
    tenant_id   CHAR(36)      NOT NULL,
    month       CHAR(7)       NOT NULL,
    refers_to   CHAR(7),
    description VARCHAR(200)  NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_billing_correction_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_billing_correction ON billing_correction (reseller_id, month, tenant_id);
