-- run-as: cowin_owner
-- Signed checkpoints of the audit chain's head. An auditor's Ed25519 key signs (last id, last
-- hash, event count, time) outside the database (cowin-admin checkpoint, or the console with
-- the key from the OS keychain); the database keeps the checkpoint and refuses one that does
-- not match the chain it holds. It cannot check Ed25519 signatures itself: verifiers do, with
-- the auditors' public keys, so a checkpoint is evidence the database cannot forge.

CREATE TABLE private.audit_checkpoint (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    last_id      bigint      NOT NULL,
    last_hash    bytea       NOT NULL CHECK (pg_catalog.octet_length(last_hash) = 32),
    events       bigint      NOT NULL CHECK (events > 0),
    taken_at_utc text        NOT NULL
                             CHECK (taken_at_utc ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$'),
    public_key   bytea       NOT NULL CHECK (pg_catalog.octet_length(public_key) = 32),
    signature    bytea       NOT NULL CHECK (pg_catalog.octet_length(signature) = 64),
    recorded_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    recorded_by  text        NOT NULL DEFAULT SESSION_USER,
    UNIQUE (last_id, public_key)
);
REVOKE UPDATE, DELETE, TRUNCATE ON private.audit_checkpoint FROM cowin_owner;

CREATE FUNCTION private.refuse_checkpoint_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION 'audit checkpoints are append-only: % refused', TG_OP USING ERRCODE = 'CW403';
END
$$;
COMMENT ON FUNCTION private.refuse_checkpoint_change() IS
    'Trigger: refuses UPDATE, DELETE and TRUNCATE of audit checkpoints, even for superusers.';
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON private.audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION private.refuse_checkpoint_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON private.audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION private.refuse_checkpoint_change();

CREATE FUNCTION private.record_checkpoint(p_last_id bigint, p_last_hash bytea, p_events bigint,
                                          p_taken_at_utc text, p_public_key bytea,
                                          p_signature bytea) RETURNS bigint
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_last_id IS NULL OR p_last_hash IS NULL OR p_events IS NULL
       OR NOT EXISTS (SELECT 1 FROM audit.event e WHERE e.id = p_last_id AND e.hash = p_last_hash)
       OR (SELECT pg_catalog.count(*) FROM audit.event e WHERE e.id <= p_last_id) <> p_events THEN
        RAISE EXCEPTION 'This checkpoint does not match the audit chain stored here.'
            USING ERRCODE = 'CW422', HINT = 'field:checkpoint';
    END IF;
    IF pg_catalog.octet_length(p_public_key) IS DISTINCT FROM 32
       OR pg_catalog.octet_length(p_signature) IS DISTINCT FROM 64
       OR p_taken_at_utc IS NULL OR p_taken_at_utc !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$' THEN
        RAISE EXCEPTION 'A checkpoint carries an Ed25519 public key (32 bytes), its signature (64 bytes) and a UTC time.'
            USING ERRCODE = 'CW422', HINT = 'field:signature';
    END IF;
    INSERT INTO private.audit_checkpoint (last_id, last_hash, events, taken_at_utc, public_key, signature)
    VALUES (p_last_id, p_last_hash, p_events, p_taken_at_utc, p_public_key, p_signature)
    ON CONFLICT (last_id, public_key) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        RAISE EXCEPTION 'This key already signed a checkpoint at event %.', p_last_id
            USING ERRCODE = 'CW409', HINT = 'field:checkpoint';
    END IF;
    PERFORM audit.append('audit.checkpoint_recorded', 'audit_checkpoint', v_id::text, NULL,
        pg_catalog.jsonb_build_object('last_id', p_last_id, 'events', p_events,
                                      'last_hash', pg_catalog.encode(p_last_hash, 'hex'),
                                      'public_key', pg_catalog.encode(p_public_key, 'hex')));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION private.record_checkpoint(bigint, bytea, bigint, text, bytea, bytea) IS
    'Stores a signed checkpoint after checking it against the stored chain (CW422 otherwise, '
    'CW409 for the same key at the same event); audited.';

CREATE FUNCTION admin.record_checkpoint(p_last_id bigint, p_last_hash bytea, p_events bigint,
                                        p_taken_at_utc text, p_public_key bytea,
                                        p_signature bytea) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT private.record_checkpoint(p_last_id, p_last_hash, p_events, p_taken_at_utc,
                                     p_public_key, p_signature)
$$;
COMMENT ON FUNCTION admin.record_checkpoint(bigint, bytea, bigint, text, bytea, bytea) IS
    'Stores a checkpoint signed by cowin-admin checkpoint. Superusers only; audited.';

CREATE FUNCTION console.audit_checkpoint_record(last_id bigint, last_hash text, events bigint,
                                                taken_at_utc text, public_key text,
                                                signature text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_checkpoint_record', ARRAY['cowin_auditor']);
    IF last_hash !~ '^[0-9a-f]{64}$' OR public_key !~ '^[0-9a-f]{64}$' OR signature !~ '^[0-9a-f]{128}$' THEN
        PERFORM private.raise_field_problem('signature', 'Hashes, keys and signatures travel as lower-case hex.');
    END IF;
    RETURN private.record_checkpoint(last_id, pg_catalog.decode(last_hash, 'hex'), events, taken_at_utc,
                                     pg_catalog.decode(public_key, 'hex'), pg_catalog.decode(signature, 'hex'));
END
$$;
COMMENT ON FUNCTION console.audit_checkpoint_record(bigint, text, bigint, text, text, text) IS
    'Stores a checkpoint an auditor''s console signed with the key from the OS keychain. '
    'Auditors only; audited.';
GRANT EXECUTE ON FUNCTION console.audit_checkpoint_record(bigint, text, bigint, text, text, text) TO cowin_auditor;

CREATE FUNCTION console.audit_checkpoints()
RETURNS TABLE (last_id bigint, last_hash text, events bigint, taken_at_utc text, public_key text,
               signature text, recorded_at timestamptz, recorded_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_checkpoints', ARRAY['cowin_auditor', 'cowin_admin']);
    RETURN QUERY
    SELECT c.last_id, pg_catalog.encode(c.last_hash, 'hex'), c.events, c.taken_at_utc,
           pg_catalog.encode(c.public_key, 'hex'), pg_catalog.encode(c.signature, 'hex'),
           c.recorded_at, c.recorded_by
      FROM private.audit_checkpoint c ORDER BY c.last_id, c.id;
END
$$;
COMMENT ON FUNCTION console.audit_checkpoints() IS
    'Every stored checkpoint (hex), oldest first, for verification in the console. Auditors '
    'and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_checkpoints() TO cowin_auditor, cowin_admin;
