-- Checkpoints are append-only like the trail they seal: the same function refuses UPDATE and DELETE. (Their HMAC
-- and the copy of the newest one outside the database still catch someone who disables this trigger.)
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
