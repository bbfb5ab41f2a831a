-- The audit trail is append-only: refuse UPDATE and DELETE on change_log. (Its hash chain still lets
-- `parkeco audit verify` find a change made by someone who disables this trigger.)
CREATE FUNCTION change_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'change_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
