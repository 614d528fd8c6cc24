-- The feedback caps count today's rows and all rows before each insert: an index on the time alone keeps
-- both counts to a walk over the index, not the table.
CREATE INDEX feedback_by_time ON feedback (created_at);
