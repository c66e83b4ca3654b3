-- A page of users asks for the channels of its holders in one query (holder_id IN (...)). Derby
-- probes an IN list through an index only when the column leads it; without this index it read
-- every current holding of the tenant and compared each with every id of the page.
CREATE INDEX ix_licence_holding_by_holder ON licence_holding (holder_id, held_until);
