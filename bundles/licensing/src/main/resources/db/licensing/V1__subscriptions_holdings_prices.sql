-- What a tenant buys, month by month (R3, R14): device packs and licences per channel.
-- item is 'device-pack' or 'licence:<channel>'. A row sets the quantity from its month on, until
-- a later row; peak_quantity is the highest quantity set for that month, which billing uses so
-- that lowering at the end of a month does not undo what was used during it.
CREATE TABLE subscription (
    tenant_id     CHAR(36)    NOT NULL,
    item          VARCHAR(80) NOT NULL,
    from_month    CHAR(7)     NOT NULL,
    quantity      INTEGER     NOT NULL,
    peak_quantity INTEGER     NOT NULL,
    changed_at    TIMESTAMP   NOT NULL,
    CONSTRAINT pk_subscription PRIMARY KEY (tenant_id, item, from_month),
    CONSTRAINT fk_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- One row per tenant and item. Every change and every licence acquisition updates it first: a
-- portable row lock that serialises them (R14 under concurrency), on Derby and PostgreSQL alike.
CREATE TABLE subscription_lock (
    tenant_id CHAR(36)    NOT NULL,
    item      VARCHAR(80) NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_subscription_lock PRIMARY KEY (tenant_id, item),
    CONSTRAINT fk_subscription_lock_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- Who holds a licence of a channel, and from when until when (R13, R15). Kept after release:
-- billing counts the peak number held at any moment of the month (R17).
CREATE TABLE licence_holding (
    id         CHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id  CHAR(36)    NOT NULL,
    channel    VARCHAR(64) NOT NULL,
    holder_id  CHAR(36)    NOT NULL,
    held_from  TIMESTAMP   NOT NULL,
    held_until TIMESTAMP,
    CONSTRAINT fk_licence_holding_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_licence_holding_channel ON licence_holding (tenant_id, channel, held_until);
CREATE INDEX ix_licence_holding_holder ON licence_holding (tenant_id, holder_id, held_until);

-- A reseller's unit prices per billable item ('pbx', 'device-pack', 'licence:<channel>').
CREATE TABLE price (
    reseller_id CHAR(36)      NOT NULL,
    item        VARCHAR(80)   NOT NULL,
    unit_price  DECIMAL(12,2) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    CONSTRAINT pk_price PRIMARY KEY (reseller_id, item),
    CONSTRAINT fk_price_reseller FOREIGN KEY (reseller_id) REFERENCES reseller (id) ON DELETE CASCADE
);
