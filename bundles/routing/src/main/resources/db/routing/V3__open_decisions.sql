-- A node's start marks the decisions it left open as INTERRUPTED: found by their outcome, not by a
-- scan of every decision ever kept.
CREATE INDEX ix_routing_decision_outcome ON routing_decision (outcome)
