-- Append-only audit log (security requirement 24). Not expressible in schema.prisma, so
-- `npm run db:migration -- init` appends this file to the generated initial migration.
-- UPDATE is always refused. DELETE is refused unless the transaction opted in with
--   SET LOCAL app.allow_audit_delete = 'on';
-- which is what tenant erasure (ON DELETE CASCADE from "Tenant") and retention jobs do.
-- TRUNCATE is not covered (it is a privilege question for the application role).
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('app.allow_audit_delete', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
