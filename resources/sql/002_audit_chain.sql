-- run-as: cowin_owner
-- The append-only, hash-chained audit trail. The encoding is specified in docs/audit-chain.md;
-- the C++ twin is cowin::audit::AuditChain. Change one, change both and the document.

CREATE SCHEMA audit;
REVOKE ALL ON SCHEMA audit FROM PUBLIC;

CREATE SEQUENCE audit.event_id_seq AS bigint;

CREATE TABLE audit.event (
    id               bigint      PRIMARY KEY,
    occurred_at      timestamptz NOT NULL,
    actor            text        NOT NULL CHECK (actor <> ''),
    client_addr      inet,
    application_name text,
    action           text        NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    target_type      text,
    target_id        text,
    reason           text,
    details          jsonb,
    prev_hash        bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash             bytea       NOT NULL CHECK (octet_length(hash) = 32),
    CHECK ((target_type IS NULL) = (target_id IS NULL))
);
ALTER SEQUENCE audit.event_id_seq OWNED BY audit.event.id;
CREATE INDEX event_occurred_at_brin ON audit.event USING brin (occurred_at);
CREATE INDEX event_actor_id ON audit.event (actor, id);
CREATE INDEX event_action_id ON audit.event (action, id);
CREATE INDEX event_target_id ON audit.event (target_type, target_id, id);

-- Not even the owner may change history: privileges first, triggers for superusers.
REVOKE UPDATE, DELETE, TRUNCATE ON audit.event FROM cowin_owner;

CREATE FUNCTION audit.refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION 'audit.event is append-only: % refused', TG_OP USING ERRCODE = 'CW403';
END
$$;
COMMENT ON FUNCTION audit.refuse_change() IS
    'Trigger: refuses UPDATE, DELETE and TRUNCATE on audit.event, even for superusers.';

CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON audit.event
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- The encoding helpers below are invoker functions with fully qualified names and no SET
-- clause, so the planner inlines them: a SET search_path on each would cost a configuration
-- save and restore per field and made appends about ten times slower. No login role may
-- execute them; SECURITY DEFINER functions, which must pin search_path, call them.

-- A field: 4-byte big-endian length of its UTF-8 bytes, then the bytes; NULL is 0xFFFFFFFF.
CREATE FUNCTION audit.field(t text) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t IS NULL THEN '\xffffffff'::bytea
                ELSE pg_catalog.int4send(pg_catalog.octet_length(pg_catalog.convert_to(t, 'UTF8')))
                     || pg_catalog.convert_to(t, 'UTF8') END
$$;

CREATE FUNCTION audit.utc_text(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

CREATE FUNCTION audit.canonical_bytes(e audit.event) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT audit.field('cowin.audit.v1')
        || audit.field(e.id::text)
        || audit.field(audit.utc_text(e.occurred_at))
        || audit.field(e.actor)
        || audit.field(pg_catalog.host(e.client_addr))
        || audit.field(e.application_name)
        || audit.field(e.action)
        || audit.field(e.target_type)
        || audit.field(e.target_id)
        || audit.field(e.reason)
        || audit.field(e.details::text)
$$;
COMMENT ON FUNCTION audit.canonical_bytes(audit.event) IS
    'The canonical encoding of one event (docs/audit-chain.md); hash = sha256(prev_hash || this).';

-- Called only from the owner's functions, inside the transaction whose action it records.
-- Like the encoding helpers it sets no search_path: its callers are SECURITY DEFINER
-- functions with search_path = '' and every name here is qualified.
CREATE FUNCTION audit.append(p_action text, p_target_type text, p_target_id text,
                             p_reason text, p_details jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v audit.event;
BEGIN
    -- Under REPEATABLE READ the read of the head below would use an old snapshot and fork
    -- the chain; refuse rather than fork.
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit events are written only under READ COMMITTED'
            USING ERRCODE = '25000';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(7263540001);
    SELECT e.hash INTO v.prev_hash FROM audit.event e ORDER BY e.id DESC LIMIT 1;
    v.prev_hash := coalesce(v.prev_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
    v.id := pg_catalog.nextval('audit.event_id_seq');
    v.occurred_at := pg_catalog.clock_timestamp();
    v.actor := SESSION_USER;
    v.client_addr := pg_catalog.inet_client_addr();
    v.application_name := NULLIF(pg_catalog.current_setting('application_name', true), '');
    v.action := p_action;
    v.target_type := p_target_type;
    v.target_id := p_target_id;
    v.reason := p_reason;
    v.details := p_details;
    v.hash := pg_catalog.sha256(v.prev_hash || audit.canonical_bytes(v));
    INSERT INTO audit.event VALUES (v.*);
    RETURN v.id;
END
$$;
COMMENT ON FUNCTION audit.append(text, text, text, text, jsonb) IS
    'Appends one chained event as session_user. No login role may call it; the owner''s '
    'functions call it in the same transaction as the change they record.';

-- Server-side verification: the first event whose link or hash does not fit.
CREATE FUNCTION audit.verify_chain(OUT checked bigint, OUT first_bad_id bigint, OUT problem text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    e audit.event;
    v_prev bytea := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
BEGIN
    checked := 0;
    FOR e IN SELECT * FROM audit.event ORDER BY id LOOP
        IF e.prev_hash <> v_prev THEN
            first_bad_id := e.id; problem := 'broken_link'; RETURN;
        END IF;
        IF pg_catalog.sha256(e.prev_hash || audit.canonical_bytes(e)) <> e.hash THEN
            first_bad_id := e.id; problem := 'hash_mismatch'; RETURN;
        END IF;
        v_prev := e.hash;
        checked := checked + 1;
    END LOOP;
END
$$;
COMMENT ON FUNCTION audit.verify_chain() IS
    'Recomputes the whole chain in the server; the console verifies independently in C++.';

COMMENT ON FUNCTION audit.field(text) IS
    'One field of the canonical encoding: 4-byte big-endian length and UTF-8 bytes, or FFFFFFFF for NULL.';
COMMENT ON FUNCTION audit.utc_text(timestamptz) IS
    'The canonical text of a time: UTC, microseconds, YYYY-MM-DDTHH:MM:SS.ffffffZ.';
