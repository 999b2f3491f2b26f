-- run-as: cowin_owner
-- Events are written without a lock; one sealer chains them.
--
-- Until now every audited action took one advisory lock to read the chain's head, so any login
-- that could take that key, or leave a transaction open after an audited call, stalled every
-- audited action, the kill-switch included. Now an event is an insert-only row written in its
-- action's transaction that never waits on another transaction, and a single sealer
-- (cowin-admin seal --follow) chains committed events into audit.seal:
--
--     hash = sha256(prev_hash || canonical_bytes(event))      (docs/audit-chain.md)
--
-- The sealer seals in id order, so the chain order is the id order and everything below a
-- sealed event is sealed. An id is sealed once every smaller id is either sealed or will never
-- be written: audit.append takes its transaction id before it takes an event id, and a sealer
-- round reads the newest id handed out before it takes a transaction id of its own; once every
-- transaction older than that round's has ended, every id up to the one it read is final
-- (written and visible, or rolled back for good). A transaction still open after an audited
-- call delays the sealing of later events (the lag auditors see), never an action.

-- The chain: one row per sealed event, in id order; position counts sealed events.
CREATE TABLE audit.seal (
    position  bigint      PRIMARY KEY CHECK (position > 0),
    event_id  bigint      NOT NULL UNIQUE,
    prev_hash bytea       NOT NULL CHECK (pg_catalog.octet_length(prev_hash) = 32),
    hash      bytea       NOT NULL CHECK (pg_catalog.octet_length(hash) = 32),
    sealed_at timestamptz NOT NULL
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit.seal FROM cowin_owner;
CREATE TRIGGER seal_append_only BEFORE UPDATE OR DELETE ON audit.seal
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER seal_no_truncate BEFORE TRUNCATE ON audit.seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- The sealer's state: the chain's head and the horizon below which ids are final.
CREATE TABLE audit.seal_state (
    singleton    boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    position     bigint      NOT NULL,
    event_id     bigint      NOT NULL,
    hash         bytea       NOT NULL CHECK (pg_catalog.octet_length(hash) = 32),
    final_id     bigint      NOT NULL,
    pending_id   bigint,
    pending_xmax xid8,
    sealed_at    timestamptz,
    checked_at   timestamptz
);
REVOKE DELETE, TRUNCATE ON audit.seal_state FROM cowin_owner;

-- The chain so far moves from the events to the seal table, unchanged.
INSERT INTO audit.seal (position, event_id, prev_hash, hash, sealed_at)
SELECT pg_catalog.row_number() OVER (ORDER BY e.id), e.id, e.prev_hash, e.hash,
       pg_catalog.clock_timestamp()
  FROM audit.event e ORDER BY e.id;
INSERT INTO audit.seal_state (position, event_id, hash, final_id, sealed_at, checked_at)
SELECT coalesce((SELECT pg_catalog.max(s.position) FROM audit.seal s), 0),
       coalesce((SELECT pg_catalog.max(s.event_id) FROM audit.seal s), 0),
       coalesce((SELECT s.hash FROM audit.seal s ORDER BY s.position DESC LIMIT 1),
                '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea),
       coalesce((SELECT pg_catalog.max(s.event_id) FROM audit.seal s), 0),
       pg_catalog.clock_timestamp(), pg_catalog.clock_timestamp();
ALTER TABLE audit.event DROP COLUMN prev_hash, DROP COLUMN hash;
-- The horizon reads the sequence's last value as the newest id handed out: no backend may hold
-- ids of its own in a cache.
ALTER SEQUENCE audit.event_id_seq CACHE 1;

-- Called only from the owner's functions, inside the transaction whose action it records.
-- Like the encoding helpers it sets no search_path: its callers are SECURITY DEFINER
-- functions with search_path = '' and every name here is qualified. It takes no lock.
CREATE OR REPLACE FUNCTION audit.append(p_action text, p_target_type text, p_target_id text,
                                        p_reason text, p_details jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v audit.event;
BEGIN
    -- The transaction id first, then the event id: the sealer's horizon relies on this order.
    PERFORM pg_catalog.pg_current_xact_id();
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
    INSERT INTO audit.event VALUES (v.*);
    RETURN v.id;
END
$$;
COMMENT ON FUNCTION audit.append(text, text, text, text, jsonb) IS
    'Writes one event as session_user, without a lock; the sealer chains it after commit. No '
    'login role may call it; the owner''s functions call it in the same transaction as the '
    'change they record.';

-- One round of the sealer: chains up to p_max committed events in id order. Two sealers take
-- turns on the state row, which no login can lock; one that finds it taken returns at once.
CREATE FUNCTION audit.seal_next(p_max integer, OUT sealed integer, OUT head_position bigint,
                                OUT waiting boolean)
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    -- Read before this transaction has a transaction id of its own (see the horizon below).
    v_had_xid boolean := pg_catalog.pg_current_xact_id_if_assigned() IS NOT NULL;
    v_newest_id bigint := coalesce(pg_catalog.pg_sequence_last_value('audit.event_id_seq'::regclass), 0);
    st audit.seal_state;
    e audit.event;
    v_prev bytea;
    v_ids bigint[] := '{}';
    v_prevs bytea[] := '{}';
    v_hashes bytea[] := '{}';
    v_now timestamptz := pg_catalog.clock_timestamp();
BEGIN
    -- Each statement below must see what committed before it started.
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'the audit trail is sealed only under READ COMMITTED' USING ERRCODE = '25000';
    END IF;
    -- A second sealer (two demo consoles, a restarted service) does not wait: it tries again.
    SELECT * INTO st FROM audit.seal_state FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        sealed := 0;
        waiting := true;
        SELECT s.position INTO head_position FROM audit.seal_state s;
        RETURN;
    END IF;
    -- Every transaction that could hold an id up to pending_id has ended: those ids are final.
    IF st.pending_xmax IS NOT NULL
       AND pg_catalog.pg_snapshot_xmin(pg_catalog.pg_current_snapshot()) >= st.pending_xmax THEN
        st.final_id := GREATEST(st.final_id, st.pending_id);
        st.pending_id := NULL;
        st.pending_xmax := NULL;
    END IF;
    v_prev := st.hash;
    waiting := false;
    FOR e IN SELECT * FROM audit.event ev WHERE ev.id > st.event_id ORDER BY ev.id
              LIMIT GREATEST(coalesce(p_max, 1000), 1) LOOP
        -- An id between the head and this event that is not final may still commit.
        IF e.id > GREATEST(st.event_id, st.final_id) + 1 THEN
            waiting := true;
            EXIT;
        END IF;
        v_ids := v_ids || e.id;
        v_prevs := v_prevs || v_prev;
        v_prev := pg_catalog.sha256(v_prev || audit.canonical_bytes(e));
        v_hashes := v_hashes || v_prev;
        st.event_id := e.id;
    END LOOP;
    sealed := pg_catalog.cardinality(v_ids);
    IF sealed > 0 THEN
        INSERT INTO audit.seal (position, event_id, prev_hash, hash, sealed_at)
        SELECT st.position + u.n, u.id, u.prev, u.hash, v_now
          FROM ROWS FROM (pg_catalog.unnest(v_ids), pg_catalog.unnest(v_prevs), pg_catalog.unnest(v_hashes))
               WITH ORDINALITY AS u(id, prev, hash, n);
        st.position := st.position + sealed;
        st.hash := v_prev;
        st.sealed_at := v_now;
    END IF;
    -- A new horizon: the newest id handed out when this round began, and this round's own
    -- transaction id, taken (by the row lock above) after that read. Every transaction that took
    -- one of those event ids had its transaction id before, so a smaller one. (A snapshot's xmax
    -- will not do: it is the newest completed id plus one, and a running transaction may have a
    -- larger one.) A round called inside a transaction that already had an id records none.
    IF st.pending_xmax IS NULL AND NOT v_had_xid THEN
        st.pending_id := v_newest_id;
        st.pending_xmax := pg_catalog.pg_current_xact_id();
    END IF;
    UPDATE audit.seal_state
       SET position = st.position, event_id = st.event_id, hash = st.hash, final_id = st.final_id,
           pending_id = st.pending_id, pending_xmax = st.pending_xmax, sealed_at = st.sealed_at,
           checked_at = pg_catalog.clock_timestamp();
    head_position := st.position;
END
$$;
COMMENT ON FUNCTION audit.seal_next(integer) IS
    'One sealer round: chains up to p_max committed events in id order into audit.seal and '
    'says whether it waits for an id that may still commit. Not audited (it is the chain).';

-- How far sealing has got: the head, and the committed events after it.
CREATE FUNCTION private.seal_status(OUT head_position bigint, OUT head_event_id bigint,
                                    OUT head_hash text, OUT sealed_at timestamptz,
                                    OUT checked_at timestamptz, OUT unsealed bigint,
                                    OUT oldest_unsealed_id bigint,
                                    OUT oldest_unsealed_at timestamptz, OUT lag_seconds double precision)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    st audit.seal_state;
BEGIN
    SELECT * INTO st FROM audit.seal_state;
    head_position := st.position;
    head_event_id := st.event_id;
    head_hash := pg_catalog.encode(st.hash, 'hex');
    sealed_at := st.sealed_at;
    checked_at := st.checked_at;
    -- A broad backlog is counted up to 100,000 (capped, like other counts here).
    SELECT pg_catalog.count(*) INTO unsealed
      FROM (SELECT 1 FROM audit.event e WHERE e.id > st.event_id LIMIT 100000) x;
    SELECT e.id, e.occurred_at INTO oldest_unsealed_id, oldest_unsealed_at
      FROM audit.event e WHERE e.id > st.event_id ORDER BY e.id LIMIT 1;
    lag_seconds := coalesce(pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - oldest_unsealed_at), 0);
END
$$;
COMMENT ON FUNCTION private.seal_status() IS
    'The sealed head and the committed events not yet sealed: how many (up to 100,000), the '
    'oldest, and how long it has waited.';

CREATE SCHEMA sealer;
REVOKE ALL ON SCHEMA sealer FROM PUBLIC;
GRANT USAGE ON SCHEMA sealer TO cowin_sealer;

CREATE FUNCTION sealer.seal(max_events integer, OUT sealed integer, OUT head_position bigint,
                            OUT waiting boolean)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM audit.seal_next(LEAST(GREATEST(coalesce(max_events, 1000), 1), 50000))
$$;
COMMENT ON FUNCTION sealer.seal(integer) IS
    'One round of the sealer (cowin-admin seal): up to max_events (at most 50,000) committed '
    'events chained in id order. cowin_sealer only; not audited (it is the chain).';
GRANT EXECUTE ON FUNCTION sealer.seal(integer) TO cowin_sealer;

CREATE FUNCTION sealer.status(OUT head_position bigint, OUT head_event_id bigint,
                              OUT head_hash text, OUT sealed_at timestamptz,
                              OUT checked_at timestamptz, OUT unsealed bigint,
                              OUT oldest_unsealed_id bigint, OUT oldest_unsealed_at timestamptz,
                              OUT lag_seconds double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.seal_status()
$$;
COMMENT ON FUNCTION sealer.status() IS
    'The sealed head and the backlog, for the sealer''s own report. cowin_sealer only; not audited.';
GRANT EXECUTE ON FUNCTION sealer.status() TO cowin_sealer;

CREATE FUNCTION console.audit_seal_status(OUT head_position bigint, OUT head_event_id bigint,
                                          OUT head_hash text, OUT sealed_at timestamptz,
                                          OUT checked_at timestamptz, OUT unsealed bigint,
                                          OUT oldest_unsealed_id bigint,
                                          OUT oldest_unsealed_at timestamptz,
                                          OUT lag_seconds double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_seal_status', ARRAY['cowin_auditor', 'cowin_admin']);
    SELECT * INTO head_position, head_event_id, head_hash, sealed_at, checked_at, unsealed,
                  oldest_unsealed_id, oldest_unsealed_at, lag_seconds
      FROM private.seal_status();
END
$$;
COMMENT ON FUNCTION console.audit_seal_status() IS
    'How far the sealer has chained the trail: the head, when the sealer last ran, and the '
    'events not yet sealed (how many, the oldest, its wait). Auditors and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_seal_status() TO cowin_auditor, cowin_admin;

-- The head auditors sign: the newest sealed event.
CREATE OR REPLACE FUNCTION console.audit_head(OUT last_id bigint, OUT last_hash text, OUT events bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_head', ARRAY['cowin_auditor', 'cowin_admin']);
    SELECT s.event_id, pg_catalog.encode(s.hash, 'hex'), s.position INTO last_id, last_hash, events
      FROM audit.seal s ORDER BY s.position DESC LIMIT 1;
    events := coalesce(events, 0);
END
$$;
COMMENT ON FUNCTION console.audit_head() IS
    'The newest sealed event of the audit chain (id, hash) and the number of sealed events, for '
    'auditors and admins to compare with a checkpoint. Not audited (a read of the chain''s own head).';

-- The trail in id order with each event's seal; an event not (yet) sealed has NULL hashes, so a
-- verifier names it.
CREATE OR REPLACE FUNCTION console.audit_chain_page(after_id bigint, max_events integer)
RETURNS TABLE (id bigint, occurred_at_utc text, actor text, client_addr text,
               application_name text, action text, target_type text, target_id text,
               reason text, details text, prev_hash text, hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_chain_page', ARRAY['cowin_auditor', 'cowin_admin']);
    IF max_events IS NULL OR max_events NOT BETWEEN 1 AND 20000 THEN
        PERFORM private.raise_field_problem('max_events', 'A page of the chain has 1 to 20,000 events.');
    END IF;
    RETURN QUERY SELECT * FROM private.audit_chain_page(after_id, max_events);
END
$$;
COMMENT ON FUNCTION console.audit_chain_page(bigint, integer) IS
    'Up to max_events events after after_id, in id order and in the text forms of the canonical '
    'encoding, with their seals (NULL when not yet sealed), for verification in the console. '
    'Auditors and admins; not audited.';

CREATE FUNCTION private.audit_chain_page(p_after bigint, p_max integer)
RETURNS TABLE (id bigint, occurred_at_utc text, actor text, client_addr text,
               application_name text, action text, target_type text, target_id text,
               reason text, details text, prev_hash text, hash text)
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT e.id, audit.utc_text(e.occurred_at), e.actor, pg_catalog.host(e.client_addr),
           e.application_name, e.action, e.target_type, e.target_id, e.reason, e.details::text,
           pg_catalog.encode(s.prev_hash, 'hex'), pg_catalog.encode(s.hash, 'hex')
      FROM audit.event e LEFT JOIN audit.seal s ON s.event_id = e.id
     WHERE e.id > coalesce(p_after, 0)
     ORDER BY e.id
     LIMIT p_max
$$;
COMMENT ON FUNCTION private.audit_chain_page(bigint, integer) IS
    'One page of the trail in id order with seals, in canonical text forms.';

CREATE FUNCTION admin.audit_chain_page(p_after bigint, p_max integer)
RETURNS TABLE (id bigint, occurred_at_utc text, actor text, client_addr text,
               application_name text, action text, target_type text, target_id text,
               reason text, details text, prev_hash text, hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.audit_chain_page(p_after, LEAST(GREATEST(coalesce(p_max, 5000), 1), 20000))
$$;
COMMENT ON FUNCTION admin.audit_chain_page(bigint, integer) IS
    'console.audit_chain_page for cowin-admin verify-audit (superuser only).';

-- Server-side verification: the first sealed event whose link or hash does not fit, or the
-- first event below the head that was never sealed.
CREATE OR REPLACE FUNCTION audit.verify_chain(OUT checked bigint, OUT first_bad_id bigint, OUT problem text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    r record;
    v_prev bytea := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
BEGIN
    checked := 0;
    FOR r IN SELECT e AS ev, s.position, s.prev_hash, s.hash
               FROM audit.seal s LEFT JOIN audit.event e ON e.id = s.event_id
              ORDER BY s.position LOOP
        IF (r.ev).id IS NULL OR r.position <> checked + 1 OR r.prev_hash <> v_prev THEN
            first_bad_id := coalesce((r.ev).id, -1); problem := 'broken_link'; RETURN;
        END IF;
        IF pg_catalog.sha256(r.prev_hash || audit.canonical_bytes(r.ev)) <> r.hash THEN
            first_bad_id := (r.ev).id; problem := 'hash_mismatch'; RETURN;
        END IF;
        v_prev := r.hash;
        checked := checked + 1;
    END LOOP;
    SELECT e.id INTO first_bad_id FROM audit.event e
     WHERE e.id < (SELECT st.event_id FROM audit.seal_state st)
       AND NOT EXISTS (SELECT 1 FROM audit.seal s WHERE s.event_id = e.id)
     ORDER BY e.id LIMIT 1;
    IF FOUND THEN
        problem := 'never_sealed';
    END IF;
END
$$;
COMMENT ON FUNCTION audit.verify_chain() IS
    'Recomputes the sealed chain in the server and finds events below the head that were never '
    'sealed; the console verifies independently in C++.';

-- Browsing: each event with its seal, or NULL hashes while it waits for the sealer.
CREATE OR REPLACE FUNCTION private.audit_search(f private.audit_filter, p_before bigint, p_after bigint,
                                                p_page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean, occurred_at_utc text,
               prev_hash text, hash text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF p_page_size IS NULL OR p_page_size NOT BETWEEN 1 AND 1000 THEN
        PERFORM private.raise_field_problem('page_size', 'A page has 1 to 1,000 events.');
    END IF;
    IF p_before IS NOT NULL AND p_after IS NOT NULL THEN
        PERFORM private.raise_field_problem('after_id', 'Ask for the events before an id or after one, not both.');
    END IF;
    RETURN QUERY EXECUTE
        'SELECT p.id, p.occurred_at, p.actor, pg_catalog.host(p.client_addr), p.application_name,'
        || ' p.action, p.target_type, p.target_id, p.reason, p.details::text, p.action ~ $9,'
        || ' audit.utc_text(p.occurred_at), pg_catalog.encode(s.prev_hash, ''hex''),'
        || ' pg_catalog.encode(s.hash, ''hex'')'
        || ' FROM (SELECT e.* FROM audit.event e WHERE'
        || private.audit_filter_sql(f)
        || CASE WHEN p_after IS NOT NULL THEN ' AND e.id > $11 ORDER BY e.id LIMIT $12'
                ELSE ' AND e.id < $11 ORDER BY e.id DESC LIMIT $12' END
        || ') p LEFT JOIN audit.seal s ON s.event_id = p.id'
        || CASE WHEN p_after IS NOT NULL THEN ' ORDER BY p.id' ELSE ' ORDER BY p.id DESC' END
        USING f.lo, f.hi, f.actor, f.action, f.area, f.target_type, f.target_id,
              f.client_network, private.audit_failure_pattern(), f.words,
              coalesce(p_after, p_before, pg_catalog.int8 '9223372036854775807'), p_page_size;
END
$$;

-- Checkpoints are taken of the sealed chain: the event at last_id carries last_hash and is the
-- events-th sealed event.
CREATE OR REPLACE FUNCTION private.record_checkpoint(p_last_id bigint, p_last_hash bytea, p_events bigint,
                                                     p_taken_at_utc text, p_public_key bytea,
                                                     p_signature bytea) RETURNS bigint
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_last_id IS NULL OR p_last_hash IS NULL OR p_events IS NULL
       OR NOT EXISTS (SELECT 1 FROM audit.seal s WHERE s.event_id = p_last_id
                         AND s.hash = p_last_hash AND s.position = p_events) THEN
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

-- The head the command line signs: the newest sealed event.
CREATE FUNCTION admin.audit_head(OUT last_id bigint, OUT last_hash text, OUT events bigint,
                                 OUT taken_at_utc text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT s.event_id, pg_catalog.encode(s.hash, 'hex'), s.position,
           audit.utc_text(pg_catalog.clock_timestamp())
      FROM audit.seal s ORDER BY s.position DESC LIMIT 1
$$;
COMMENT ON FUNCTION admin.audit_head() IS
    'The newest sealed event (id, hash, position) and the time now, for cowin-admin checkpoint '
    '(superuser only).';

---------------------------------------------------------------------------------------------
-- Evidence exports: the export's own record, once sealed, is the head the export ends at.
---------------------------------------------------------------------------------------------
DROP FUNCTION console.audit_export_begin(jsonb, text);
DROP FUNCTION admin.audit_export_begin(jsonb, text);
DROP FUNCTION private.audit_export_record(jsonb, text);

CREATE FUNCTION private.audit_export_record(p_filter jsonb, p_reason text) RETURNS bigint
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF p_filter IS NULL OR pg_catalog.jsonb_typeof(p_filter) <> 'object'
       OR pg_catalog.octet_length(p_filter::text) > 4000 THEN
        PERFORM private.raise_field_problem('filter', 'The filter of an export is a JSON object of at most 4,000 bytes.');
    END IF;
    RETURN audit.append('audit.exported', NULL, NULL, private.reason_given(p_reason, 'this export'),
                        pg_catalog.jsonb_build_object('filter', p_filter));
END
$$;
COMMENT ON FUNCTION private.audit_export_record(jsonb, text) IS
    'Records an evidence export (its filter and reason) and returns its event id.';

-- The seal of an export's record, waiting up to p_wait for the sealer; every event below it is
-- then sealed too, so it bounds the export.
CREATE FUNCTION private.export_head(p_export bigint, p_wait interval, OUT last_id bigint,
                                    OUT last_hash text, OUT events bigint)
LANGUAGE plpgsql VOLATILE SET search_path = '' AS $$
DECLARE
    v_until timestamptz := pg_catalog.clock_timestamp() + p_wait;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit.event e WHERE e.id = p_export AND e.action = 'audit.exported'
                      AND e.actor = SESSION_USER) THEN
        PERFORM private.raise_field_problem('export', 'There is no such export of yours.');
    END IF;
    LOOP
        SELECT s.event_id, pg_catalog.encode(s.hash, 'hex'), s.position INTO last_id, last_hash, events
          FROM audit.seal s WHERE s.event_id = p_export;
        EXIT WHEN FOUND OR pg_catalog.clock_timestamp() >= v_until;
        PERFORM pg_catalog.pg_sleep(0.02);
    END LOOP;
    IF last_id IS NULL THEN
        RAISE EXCEPTION 'The audit trail is not being sealed: the export cannot be bounded. Ask operations to check the sealer (cowin-admin seal), then export again.'
            USING ERRCODE = 'CW409', HINT = 'field:export';
    END IF;
END
$$;
COMMENT ON FUNCTION private.export_head(bigint, interval) IS
    'The sealed head an export of the caller ends at (its own record), waiting for the sealer; '
    'CW409 when the sealer does not seal it in time.';

CREATE FUNCTION console.audit_export_begin(search_filter jsonb, reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.audit_export_begin', ARRAY['cowin_auditor', 'cowin_admin']);
BEGIN
    RETURN private.audit_export_record(search_filter, reason);
END
$$;
COMMENT ON FUNCTION console.audit_export_begin(jsonb, text) IS
    'Records that the caller exports the audit events a filter finds, with a reason, before the '
    'first row, and returns the record''s id; console.audit_export_head tells the head once '
    'sealed. Auditors and admins; audited (this is the record).';
GRANT EXECUTE ON FUNCTION console.audit_export_begin(jsonb, text) TO cowin_auditor, cowin_admin;

CREATE FUNCTION console.audit_export_head(export_id bigint, OUT last_id bigint, OUT last_hash text,
                                          OUT events bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_export_head', ARRAY['cowin_auditor', 'cowin_admin']);
    SELECT * INTO last_id, last_hash, events FROM private.export_head(export_id, interval '10 seconds');
END
$$;
COMMENT ON FUNCTION console.audit_export_head(bigint) IS
    'The head an export of the caller ends at: its own record once sealed (waits up to 10 s). '
    'Auditors and admins; not audited (the export is).';
GRANT EXECUTE ON FUNCTION console.audit_export_head(bigint) TO cowin_auditor, cowin_admin;

CREATE FUNCTION admin.audit_export_begin(p_filter jsonb, p_reason text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT private.audit_export_record(p_filter, p_reason)
$$;
COMMENT ON FUNCTION admin.audit_export_begin(jsonb, text) IS
    'console.audit_export_begin for cowin-admin export-audit (superuser only).';

CREATE FUNCTION admin.audit_export_head(p_export bigint, OUT last_id bigint, OUT last_hash text,
                                        OUT events bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.export_head(p_export, interval '10 seconds')
$$;
COMMENT ON FUNCTION admin.audit_export_head(bigint) IS
    'console.audit_export_head for cowin-admin export-audit (superuser only).';
