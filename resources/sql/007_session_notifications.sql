-- run-as: cowin_owner
-- Live notice of a revoked session. The payload is the SHA-256 of the session's token: a
-- console compares it with the hash of its own token, and nothing else can learn from it.
-- Anyone may NOTIFY any channel, so a notice carries no authority: the console only asks the
-- server again (console.session_ping) and locks on CW401.

CREATE FUNCTION private.notify_session_revoked() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('cowin_session_revoked', pg_catalog.encode(NEW.token_hash, 'hex'));
    RETURN NULL;
END
$$;

CREATE TRIGGER session_revoked_notify
    AFTER UPDATE OF revoked_at ON private.session
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION private.notify_session_revoked();

COMMENT ON FUNCTION private.notify_session_revoked() IS
    'Trigger: NOTIFY cowin_session_revoked with the revoked session''s token hash.';
