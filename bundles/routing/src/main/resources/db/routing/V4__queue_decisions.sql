-- Issue 11: a call routed into a queue keeps which queue (its department is the decision's, R18).
ALTER TABLE routing_decision ADD COLUMN queue_id CHAR(36)
