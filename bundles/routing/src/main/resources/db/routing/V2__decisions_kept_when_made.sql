-- A decision is kept when it is made (outcome IN_PROGRESS, no end yet) and completed when the
-- call's routing ends, so that a node stopping during a call loses no decision.
ALTER TABLE routing_decision ALTER COLUMN ended_at NULL
