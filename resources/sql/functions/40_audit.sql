-- run-as: cowin_owner
-- The audit trail: the canonical encoding (docs/audit-chain.md; the C++ twin is
-- cowin::audit::AuditChain), events written without a lock, the sealer that chains them,
-- verification, signed checkpoints, browsing, activity and evidence exports.

CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION 'audit.event is append-only: % refused', TG_OP USING ERRCODE = 'CW403';
END
$$;
COMMENT ON FUNCTION audit.refuse_change() IS
    'Trigger: refuses UPDATE, DELETE and TRUNCATE on audit.event, even for superusers.';

-- The encoding helpers below are invoker functions with fully qualified names and no SET
-- clause, so the planner inlines them: a SET search_path on each would cost a configuration
-- save and restore per field and made appends about ten times slower. They are stable, as
-- convert_to and to_char are: declared immutable, the planner would not inline them (a body
-- may not be more volatile than its function), and each field of each event the sealer chained
-- was a function call of its own, about 15 µs an event instead of 3.4. No login role may
-- execute them; SECURITY DEFINER functions, which must pin search_path, call them.

-- A field: 4-byte big-endian length of its UTF-8 bytes, then the bytes; NULL is 0xFFFFFFFF.
CREATE OR REPLACE FUNCTION audit.field(t text) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t IS NULL THEN '\xffffffff'::bytea
                ELSE pg_catalog.int4send(pg_catalog.octet_length(pg_catalog.convert_to(t, 'UTF8')))
                     || pg_catalog.convert_to(t, 'UTF8') END
$$;
COMMENT ON FUNCTION audit.field(text) IS
    'One field of the canonical encoding: 4-byte big-endian length and UTF-8 bytes, or FFFFFFFF for NULL.';

CREATE OR REPLACE FUNCTION audit.utc_text(t timestamptz) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;
COMMENT ON FUNCTION audit.utc_text(timestamptz) IS
    'The canonical text of a time: UTC, microseconds, YYYY-MM-DDTHH:MM:SS.ffffffZ.';

CREATE OR REPLACE FUNCTION audit.canonical_bytes(e audit.event) RETURNS bytea
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

-- The trail is kept by month (schema 012): a month's events hold the ids from
-- ((year - 2000) * 100 + month) * 10^12 on, in UTC, so the events of 2026-12 are numbered from
-- 2,612,000,000,000,000 and an id says its month. A month holds 10^12 ids; the numbers stay
-- below 2^53 (exact in JSON) until 2089.
CREATE OR REPLACE FUNCTION audit.month_first_id(t timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ((pg_catalog.date_part('year', pg_catalog.timezone('UTC', t))::bigint - 2000) * 100
            + pg_catalog.date_part('month', pg_catalog.timezone('UTC', t))::bigint) * 1000000000000
$$;
COMMENT ON FUNCTION audit.month_first_id(timestamptz) IS
    'The first event id of the UTC month of t: ((year - 2000) * 100 + month) * 10^12.';

-- The first events of a month take the month's first ids: the one that finds the sequence
-- still in an earlier month moves it, under a lock that only the owner's functions take (an
-- event that found the sequence moved already takes the next id). Held for two sequence calls,
-- not for the caller's transaction; it runs about once a month.
CREATE OR REPLACE FUNCTION audit.month_id(p_at timestamptz) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_first bigint := audit.month_first_id(p_at);
    v_id bigint;
BEGIN
    PERFORM pg_catalog.pg_advisory_lock(2612);
    BEGIN
        v_id := pg_catalog.nextval('audit.event_id_seq');
        IF v_id < v_first THEN
            PERFORM pg_catalog.setval('audit.event_id_seq', v_first);
            v_id := v_first;
        END IF;
    -- OTHERS does not take in a cancelled statement, which must not leave the lock held either.
    EXCEPTION WHEN query_canceled OR OTHERS THEN
        PERFORM pg_catalog.pg_advisory_unlock(2612);
        RAISE;
    END;
    PERFORM pg_catalog.pg_advisory_unlock(2612);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION audit.month_id(timestamptz) IS
    'An event id in the month of p_at, moving the sequence into that month''s range if it is '
    'still below it (the first events of a month).';

-- One event as it will be written, not yet written: its id, time, who, from where. Called only
-- from the owner's functions, inside the transaction whose action it records, through
-- audit.append or a statement that inserts what it returns. Like the
-- encoding helpers it sets no search_path: its callers are SECURITY DEFINER functions with
-- search_path = '' and every name here is qualified. It takes no lock.
CREATE OR REPLACE FUNCTION audit.new_event(p_action text, p_target_type text, p_target_id text,
                                           p_reason text, p_details jsonb) RETURNS audit.event
LANGUAGE plpgsql AS $$
DECLARE
    v audit.event;
BEGIN
    -- The transaction id first, then the event id: the sealer's horizon relies on this order.
    PERFORM pg_catalog.pg_current_xact_id();
    v.id := pg_catalog.nextval('audit.event_id_seq');
    v.occurred_at := pg_catalog.clock_timestamp();
    -- An id of an earlier month: this is one of the month's first events. Its month is then
    -- exactly its time's month (the clock is read after the id, again if the month turns).
    WHILE v.id < audit.month_first_id(v.occurred_at) LOOP
        v.id := audit.month_id(v.occurred_at);
        v.occurred_at := pg_catalog.clock_timestamp();
    END LOOP;
    v.actor := SESSION_USER;
    v.client_addr := pg_catalog.inet_client_addr();
    v.application_name := NULLIF(pg_catalog.current_setting('application_name', true), '');
    v.action := p_action;
    v.target_type := p_target_type;
    v.target_id := p_target_id;
    v.reason := p_reason;
    v.details := p_details;
    RETURN v;
END
$$;
COMMENT ON FUNCTION audit.new_event(text, text, text, text, jsonb) IS
    'An event ready to insert (id, time, session_user, client address, application); the caller '
    'inserts it in the transaction of the change it records.';

-- The ids and the time of a batch of events written by one statement (a bulk chunk): what
-- audit.new_event gives one event, for p_count at once, without a function call per event.
-- The same order (the transaction id, then the ids, then the clock) and the same month rule:
-- the batch's smallest id lies in its time's month, or the month turns and the batch is taken
-- again (the ids left behind are a gap, as a rolled-back event leaves). Every event of the
-- batch carries the one time read after its last id.
CREATE OR REPLACE FUNCTION audit.new_event_ids(p_count integer)
RETURNS TABLE (n bigint, id bigint, occurred_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
    v_ids bigint[];
    v_at timestamptz;
BEGIN
    PERFORM pg_catalog.pg_current_xact_id();
    LOOP
        SELECT pg_catalog.array_agg(pg_catalog.nextval('audit.event_id_seq') ORDER BY g)
          INTO v_ids FROM pg_catalog.generate_series(1, GREATEST(p_count, 1)) g;
        v_at := pg_catalog.clock_timestamp();
        EXIT WHEN v_ids[1] >= audit.month_first_id(v_at);
        PERFORM audit.month_id(v_at);
    END LOOP;
    RETURN QUERY SELECT i.n, i.id, v_at FROM pg_catalog.unnest(v_ids) WITH ORDINALITY AS i(id, n);
END
$$;
COMMENT ON FUNCTION audit.new_event_ids(integer) IS
    'The n-th id (ascending) and the time for p_count events written together, by the rules of '
    'audit.new_event; the caller inserts them in the transaction of the change they record.';

CREATE OR REPLACE FUNCTION audit.append(p_action text, p_target_type text, p_target_id text,
                                        p_reason text, p_details jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v audit.event := audit.new_event(p_action, p_target_type, p_target_id, p_reason, p_details);
BEGIN
    INSERT INTO audit.event VALUES (v.*);
    RETURN v.id;
END
$$;
COMMENT ON FUNCTION audit.append(text, text, text, text, jsonb) IS
    'Writes one event as session_user, without a lock; the sealer chains it after commit. No '
    'login role may call it; the owner''s functions call it in the same transaction as the '
    'change they record.';

-- Server-side verification: the first sealed event whose link or hash does not fit, or the
-- first event below the head that was never sealed. It starts where the archived months end
-- (their last hash and position), as the client's walk does without --archive.
CREATE OR REPLACE FUNCTION audit.verify_chain(OUT checked bigint, OUT first_bad_id bigint, OUT problem text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    r record;
    v_after bigint;
    v_prev bytea;
    v_position bigint;
BEGIN
    SELECT st.after_id, pg_catalog.decode(st.prev_hash, 'hex'), st.after_position
      INTO v_after, v_prev, v_position FROM private.audit_chain_start() st;
    checked := 0;
    FOR r IN SELECT e AS ev, s.position, s.prev_hash, s.hash
               FROM audit.seal s LEFT JOIN audit.event e ON e.id = s.event_id
              WHERE s.event_id > v_after
              ORDER BY s.event_id LOOP
        IF (r.ev).id IS NULL OR r.position <> v_position + checked + 1 OR r.prev_hash <> v_prev THEN
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
    'Recomputes the live sealed chain in the server (checked: its events after the archived '
    'months) and finds events below the head that were never sealed; the console verifies '
    'independently in C++.';

-- The head auditors sign: the newest sealed event.
CREATE OR REPLACE FUNCTION console.audit_head(OUT last_id bigint, OUT last_hash text, OUT events bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_head', ARRAY['cowin_auditor', 'cowin_admin']);
    SELECT s.event_id, pg_catalog.encode(s.hash, 'hex'), s.position INTO last_id, last_hash, events
      FROM audit.seal s ORDER BY s.event_id DESC LIMIT 1;
    events := coalesce(events, 0);
END
$$;
GRANT EXECUTE ON FUNCTION console.audit_head() TO cowin_auditor, cowin_admin;
COMMENT ON FUNCTION console.audit_head() IS
    'The newest sealed event of the audit chain (id, hash) and the number of sealed events, for '
    'auditors and admins to compare with a checkpoint. Not audited (a read of the chain''s own head).';

-- Refusals past a budget, and blocked addresses, are failures in the trail's outcome filter.
CREATE OR REPLACE FUNCTION private.audit_failure_pattern() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT '(\.failed|\.replayed|\.refused_[a-z_]+|\.locked|_failed|_dead|_refused|_blocked|\.denied)$'
$$;
COMMENT ON FUNCTION private.audit_failure_pattern() IS
    'The regular expression of actions that record a failure (wrong or replayed codes, locks, '
    'refusals, refusals past a budget, blocked addresses, failed or dead deliveries); every '
    'other action records something done.';

-- The ids of the first and last events in a time range [p_from, p_to); either end may be
-- open, and an empty range gives lo > hi.
CREATE OR REPLACE FUNCTION private.audit_id_range(p_from timestamptz, p_to timestamptz, OUT lo bigint, OUT hi bigint)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    lo := 0;
    hi := 9223372036854775807;
    IF p_from IS NOT NULL THEN
        SELECT e.id INTO lo FROM audit.event e WHERE e.occurred_at >= p_from
         ORDER BY e.occurred_at, e.id LIMIT 1;
        lo := coalesce(lo, 9223372036854775807);
    END IF;
    IF p_to IS NOT NULL THEN
        SELECT e.id INTO hi FROM audit.event e WHERE e.occurred_at < p_to
         ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1;
        hi := coalesce(hi, 0);
    END IF;
END
$$;
COMMENT ON FUNCTION private.audit_id_range(timestamptz, timestamptz) IS
    'The first and last event ids of a time range (either end may be open; lo > hi when empty).';

DROP FUNCTION IF EXISTS console.audit_search(timestamptz, timestamptz, text, text, text, text,
                                             text, text, text, bigint, bigint, integer);
CREATE OR REPLACE FUNCTION console.audit_search(from_at timestamptz, to_at timestamptz, actor text,
                                     action text, target_type text, target_id text,
                                     client_network text, outcome text, reason_words text,
                                     before_id bigint, after_id bigint, page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean, occurred_at_utc text,
               prev_hash text, hash text, target_label text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.audit_search', NULL);
BEGIN
    RETURN QUERY SELECT * FROM private.audit_search(
        private.checked_audit_filter(from_at, to_at, private.audit_actor_seen(audit_search.actor),
                             audit_search.action, audit_search.target_type,
                             audit_search.target_id, client_network, outcome, reason_words),
        before_id, after_id, page_size);
END
$$;
COMMENT ON FUNCTION console.audit_search(timestamptz, timestamptz, text, text, text, text, text, text, text, bigint, bigint, integer) IS
    'One keyset page of audit events matching every filter given: time range [from_at, to_at), '
    'actor, action (a.b) or area (a), target type and id, client address or network, outcome '
    '(success/failure), words in the reason. Newest first below before_id, or oldest first '
    'above after_id. Auditors and admins see all events; other operators only their own. Any '
    'operator with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_search(timestamptz, timestamptz, text, text, text, text, text, text, text, bigint, bigint, integer) TO cowin_operator;

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
GRANT EXECUTE ON FUNCTION console.audit_chain_page(bigint, integer) TO cowin_auditor, cowin_admin;
COMMENT ON FUNCTION console.audit_chain_page(bigint, integer) IS
    'Up to max_events events after after_id, in id order and in the text forms of the canonical '
    'encoding, with their seals (NULL when not yet sealed), for verification in the console. '
    'Auditors and admins; not audited.';

CREATE OR REPLACE FUNCTION private.refuse_checkpoint_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION 'audit checkpoints are append-only: % refused', TG_OP USING ERRCODE = 'CW403';
END
$$;
COMMENT ON FUNCTION private.refuse_checkpoint_change() IS
    'Trigger: refuses UPDATE, DELETE and TRUNCATE of audit checkpoints, even for superusers.';

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
COMMENT ON FUNCTION private.record_checkpoint(bigint, bytea, bigint, text, bytea, bytea) IS
    'Stores a signed checkpoint after checking it against the stored chain (CW422 otherwise, '
    'CW409 for the same key at the same event); audited.';

CREATE OR REPLACE FUNCTION admin.record_checkpoint(p_last_id bigint, p_last_hash bytea, p_events bigint,
                                        p_taken_at_utc text, p_public_key bytea,
                                        p_signature bytea) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT private.record_checkpoint(p_last_id, p_last_hash, p_events, p_taken_at_utc,
                                     p_public_key, p_signature)
$$;
COMMENT ON FUNCTION admin.record_checkpoint(bigint, bytea, bigint, text, bytea, bytea) IS
    'Stores a checkpoint signed by cowin-admin checkpoint. Superusers only; audited.';

CREATE OR REPLACE FUNCTION console.audit_checkpoint_record(last_id bigint, last_hash text, events bigint,
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

CREATE OR REPLACE FUNCTION console.audit_checkpoints()
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

-- Accounts, keys and partners are recorded by their internal id (a login id or a name can be
-- reused after a change; the id cannot). People read and type what they know instead.
CREATE OR REPLACE FUNCTION private.audit_target_label(p_kind text, p_id text) RETURNS text
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT CASE
        WHEN p_id IS NULL OR p_id !~ '^[0-9]{1,18}$' THEN NULL
        WHEN p_kind = 'vaccinator' THEN
            (SELECT v.login_id::text FROM private.vaccinator v WHERE v.id = p_id::bigint)
        WHEN p_kind = 'api_key' THEN
            (SELECT pg_catalog.rtrim(k.display_prefix, '.…') || '… (' || p.name || ')'
               FROM private.api_key k JOIN private.partner p ON p.id = k.partner_id
              WHERE k.id = p_id::bigint)
        WHEN p_kind = 'partner' THEN
            (SELECT p.name FROM private.partner p WHERE p.id = p_id::bigint)
    END
$$;
COMMENT ON FUNCTION private.audit_target_label(text, text) IS
    'What people call an audit target recorded by internal id: a vaccinator''s login id, a key''s '
    'prefix and partner, a partner''s name; NULL for other kinds.';

-- The id an audit target is recorded by, from what people type: a login id, a key prefix, a
-- partner name, or the id itself.
CREATE OR REPLACE FUNCTION private.audit_target_id(p_kind text, p_typed text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_kind NOT IN ('vaccinator', 'api_key', 'partner') OR p_typed ~ '^[0-9]{1,18}$' THEN
        RETURN p_typed;
    END IF;
    IF p_kind = 'vaccinator' THEN
        SELECT v.id INTO v_id FROM private.vaccinator v WHERE v.login_id = pg_catalog.lower(p_typed);
    ELSIF p_kind = 'api_key' THEN
        SELECT k.id INTO v_id FROM private.api_key k
         WHERE k.display_prefix = pg_catalog.rtrim(p_typed, '.…') ORDER BY k.id DESC LIMIT 1;
    ELSE
        SELECT p.id INTO v_id FROM private.partner p WHERE p.name = p_typed;
    END IF;
    IF v_id IS NULL THEN
        PERFORM private.raise_field_problem('target_id', CASE p_kind
            WHEN 'vaccinator' THEN 'No vaccinator account has this login id.'
            WHEN 'api_key' THEN 'No API key starts with this prefix.'
            ELSE 'No partner has this name.' END);
    END IF;
    RETURN v_id::text;
END
$$;
COMMENT ON FUNCTION private.audit_target_id(text, text) IS
    'The recorded id of an audit target typed as a login id, key prefix or partner name (CW422 '
    'at target_id when none has it); other ids unchanged.';

CREATE OR REPLACE FUNCTION private.checked_audit_filter(p_from timestamptz, p_to timestamptz, p_actor text,
                                     p_action text, p_target_type text, p_target_id text,
                                     p_client_network text, p_outcome text, p_words text)
RETURNS private.audit_filter
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    f private.audit_filter;
    v_action text := NULLIF(pg_catalog.btrim(p_action), '');
    v_client text := NULLIF(pg_catalog.btrim(p_client_network), '');
    r record;
BEGIN
    IF p_from IS NOT NULL AND p_to IS NOT NULL AND p_from >= p_to THEN
        PERFORM private.raise_field_problem('to_at', 'The end of the time range must be after its start.');
    END IF;
    IF p_outcome IS NOT NULL AND p_outcome NOT IN ('success', 'failure') THEN
        PERFORM private.raise_field_problem('outcome', 'The outcome is success or failure.');
    END IF;
    IF v_action IS NOT NULL AND v_action !~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)*$' THEN
        PERFORM private.raise_field_problem('action', 'An action is written like vaccinator.password_reset, or an area like vaccinator.');
    END IF;
    f.words := NULLIF(pg_catalog.btrim(p_words), '');
    IF f.words IS NOT NULL AND pg_catalog.length(f.words) < 3 THEN
        PERFORM private.raise_field_problem('reason_words', 'Search reasons for at least 3 characters.');
    END IF;
    f.words := '%' || private.like_escape(f.words) || '%';
    f.target_type := NULLIF(pg_catalog.btrim(p_target_type), '');
    f.target_id := NULLIF(pg_catalog.btrim(p_target_id), '');
    IF f.target_id IS NOT NULL AND f.target_type IS NULL THEN
        PERFORM private.raise_field_problem('target_type', 'Choose what kind of target the id is (e.g. vaccinator, operator).');
    END IF;
    IF f.target_id IS NOT NULL THEN
        f.target_id := private.audit_target_id(f.target_type, f.target_id);
    END IF;
    IF v_client IS NOT NULL THEN
        BEGIN
            f.client_network := v_client::cidr;
        EXCEPTION WHEN data_exception THEN
            PERFORM private.raise_field_problem('client_network',
                'Type an address such as 10.20.3.4 or a network such as 10.20.0.0/16 (no address bits after the prefix).');
        END;
    END IF;
    r := private.audit_id_range(p_from, p_to);
    f.lo := r.lo;
    f.hi := r.hi;
    f.actor := NULLIF(pg_catalog.btrim(p_actor), '');
    IF v_action LIKE '%.%' THEN
        f.action := v_action;
    ELSIF v_action IS NOT NULL THEN
        f.area := v_action;
    END IF;
    f.outcome := p_outcome;
    RETURN f;
END
$$;
COMMENT ON FUNCTION private.checked_audit_filter(timestamptz, timestamptz, text, text, text, text, text, text, text) IS
    'Checks an audit filter (CW422 at the field) and turns it into the id range and values a '
    'search binds.';

-- The filter whose index leads a page: the target, else the actor, the action or the area.
-- It is written as a range of one value and leads the ORDER BY, so a page is read from that
-- index in id order. Written as an equality, the planner may instead walk down every id,
-- guessing from how common the value is overall how soon it finds a page, and a burst of
-- other events on top (a bulk reset) makes that walk hundreds of thousands of rows long.
CREATE OR REPLACE FUNCTION private.audit_leading_key(f private.audit_filter) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN f.target_id IS NOT NULL THEN 'e.target_id'
                WHEN f.actor IS NOT NULL THEN 'e.actor'
                WHEN f.action IS NOT NULL THEN 'e.action'
                WHEN f.area IS NOT NULL THEN 'pg_catalog.split_part(e.action, ''.'', 1)'
           END
$$;
COMMENT ON FUNCTION private.audit_leading_key(private.audit_filter) IS
    'The expression whose index a page of this filter is read from, or NULL (by id alone).';

-- One equality of a filter, as a range of one value when it leads the page's order.
CREATE OR REPLACE FUNCTION private.audit_equals(p_key text, p_param text, p_leads boolean) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN p_leads
                THEN ' AND ' || p_key || ' >= ' || p_param || ' AND ' || p_key || ' <= ' || p_param
                ELSE ' AND ' || p_key || ' = ' || p_param END
$$;
COMMENT ON FUNCTION private.audit_equals(text, text, boolean) IS
    'key = param, or key >= param AND key <= param when key leads the page''s order.';

-- The fixed WHERE text of a filter: only the conditions that are set; the values stay
-- parameters, bound in this order: $1 from id, $2 to id, $3 actor,
-- $4 action, $5 area (the action's first word), $6 target type, $7 target id, $8 client
-- network, $9 failure pattern (for a result's failure flag; the outcome filter writes the
-- fixed pattern out), $10 reason pattern.
CREATE OR REPLACE FUNCTION private.audit_filter_sql(f private.audit_filter) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT ' e.id BETWEEN $1 AND $2'
        || CASE WHEN f.actor IS NOT NULL THEN private.audit_equals('e.actor', '$3', k.leading = 'e.actor') ELSE '' END
        || CASE WHEN f.action IS NOT NULL THEN private.audit_equals('e.action', '$4', k.leading = 'e.action') ELSE '' END
        || CASE WHEN f.area IS NOT NULL THEN private.audit_equals('pg_catalog.split_part(e.action, ''.'', 1)', '$5', k.leading = 'pg_catalog.split_part(e.action, ''.'', 1)') ELSE '' END
        || CASE WHEN f.target_type IS NOT NULL THEN ' AND e.target_type = $6' ELSE '' END
        || CASE WHEN f.target_id IS NOT NULL THEN private.audit_equals('e.target_id', '$7', k.leading = 'e.target_id') ELSE '' END
        || CASE WHEN f.client_network IS NOT NULL THEN ' AND e.client_addr <<= $8' ELSE '' END
        -- The pattern as a literal, so that the index on it (event_failure_id) serves.
        || CASE f.outcome WHEN 'failure' THEN ' AND (e.action ~ ' || pg_catalog.quote_literal(private.audit_failure_pattern()) || ')'
                          WHEN 'success' THEN ' AND NOT (e.action ~ ' || pg_catalog.quote_literal(private.audit_failure_pattern()) || ')' ELSE '' END
        || CASE WHEN f.words IS NOT NULL THEN ' AND e.reason ILIKE $10' ELSE '' END
      FROM (SELECT private.audit_leading_key(f) AS leading) k
$$;
COMMENT ON FUNCTION private.audit_filter_sql(private.audit_filter) IS
    'The WHERE text of an audit filter, built from fixed fragments; values stay parameters '
    '$1 to $10.';

CREATE OR REPLACE FUNCTION private.audit_filter_without_words(f private.audit_filter)
RETURNS private.audit_filter
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    f.words := NULL;
    RETURN f;
END
$$;
COMMENT ON FUNCTION private.audit_filter_without_words(private.audit_filter) IS
    'The filter less its words in the reason.';

-- The events of one keyset page, newest first (or oldest first after an id), with the
-- parameters of audit_filter_sql and $11 the keyset id, $12 the page size, $13 the newest
-- sealed event's id. A page is read from the index of its leading filter, or with words, for
-- each reason that has them (audit.reason, filled by the sealer) from the index on the
-- reason, plus the events above the sealed head, whose reasons may not be listed yet.
CREATE OR REPLACE FUNCTION private.audit_page_sql(f private.audit_filter, p_ascending boolean)
RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN f.words IS NULL
        THEN 'SELECT e.* FROM audit.event e WHERE' || private.audit_filter_sql(f) || k.after_key
             || ' ORDER BY ' || coalesce(k.leading || k.direction || ', ', '') || 'e.id' || k.direction
             || ' LIMIT $12'
        -- Inside a reason the words hold already: asked again, they would make the planner
        -- expect a handful of rows and sort them all instead of reading the newest.
        ELSE 'SELECT x.* FROM audit.reason w CROSS JOIN LATERAL (SELECT e.* FROM audit.event e WHERE'
             || private.audit_filter_sql(private.audit_filter_without_words(f)) || k.after_key
             -- The reason's md5 as a range of one value that leads the order (as the leading
             -- filter's), so that its index serves the reason's events in id order.
             || ' AND e.id <= $13' || private.audit_equals('pg_catalog.md5(e.reason)', 'pg_catalog.md5(w.reason)', true)
             || ' AND e.reason = w.reason ORDER BY pg_catalog.md5(e.reason)' || k.direction
             || ', e.id' || k.direction || ' LIMIT $12) x'
             || ' WHERE w.reason ILIKE $10'
             || ' UNION ALL SELECT e.* FROM audit.event e WHERE' || private.audit_filter_sql(f)
             || k.after_key || ' AND e.id > $13'
             || ' ORDER BY id' || k.direction || ' LIMIT $12'
        END
      FROM (SELECT private.audit_leading_key(f) AS leading,
                   CASE WHEN p_ascending THEN ' AND e.id > $11' ELSE ' AND e.id < $11' END AS after_key,
                   CASE WHEN p_ascending THEN '' ELSE ' DESC' END AS direction) k
$$;
COMMENT ON FUNCTION private.audit_page_sql(private.audit_filter, boolean) IS
    'The query of one keyset page of events for a checked filter, from fixed fragments; values '
    'stay parameters $1 to $13.';

-- Browsing: each event with its seal, or NULL hashes while it waits for the sealer, and what
-- people call its target.
DROP FUNCTION IF EXISTS private.audit_search(private.audit_filter, bigint, bigint, integer);
CREATE OR REPLACE FUNCTION private.audit_search(f private.audit_filter, p_before bigint, p_after bigint,
                                                p_page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean, occurred_at_utc text,
               prev_hash text, hash text, target_label text)
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
        || ' pg_catalog.encode(s.hash, ''hex''),'
        || ' private.audit_target_label(p.target_type, p.target_id)'
        || ' FROM (' || private.audit_page_sql(f, p_after IS NOT NULL)
        -- Each event's seal looked up by its key (LIMIT 1 keeps the planner from turning the
        -- look-ups into a join): a page is at most 1,000 events, whatever the planner guesses
        -- of the partitioned seals, and a join it costs could read or sort all of them.
        || ') p LEFT JOIN LATERAL (SELECT x.prev_hash, x.hash FROM audit.seal x'
        || ' WHERE x.event_id = p.id LIMIT 1) s ON true'
        || CASE WHEN p_after IS NOT NULL THEN ' ORDER BY p.id' ELSE ' ORDER BY p.id DESC' END
        USING f.lo, f.hi, f.actor, f.action, f.area, f.target_type, f.target_id,
              f.client_network, private.audit_failure_pattern(), f.words,
              coalesce(p_after, p_before, pg_catalog.int8 '9223372036854775807'), p_page_size,
              coalesce((SELECT st.event_id FROM audit.seal_state st), 0);
END
$$;
COMMENT ON FUNCTION private.audit_search(private.audit_filter, bigint, bigint, integer) IS
    'One keyset page of events matching a checked filter, with their hashes in hex.';

-- Who sees what: auditors and admins every event, everyone else the events they caused,
-- whatever actor they ask for.
CREATE OR REPLACE FUNCTION private.audit_actor_seen(p_actor text) RETURNS text
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT CASE WHEN pg_catalog.pg_has_role(SESSION_USER, 'cowin_auditor', 'MEMBER')
                  OR pg_catalog.pg_has_role(SESSION_USER, 'cowin_admin', 'MEMBER')
                THEN p_actor ELSE SESSION_USER END
$$;
COMMENT ON FUNCTION private.audit_actor_seen(text) IS
    'The actor an audit search is limited to: the one asked for by auditors and admins, '
    'otherwise the caller.';

-- Its parameters are named as console.audit_search's, so both are called alike; a renamed
-- parameter needs the old function dropped.
DROP FUNCTION IF EXISTS admin.audit_search(timestamptz, timestamptz, text, text, text, text, text,
                                           text, text, bigint, integer);
CREATE OR REPLACE FUNCTION admin.audit_search(from_at timestamptz, to_at timestamptz, actor text,
                                   action text, target_type text, target_id text,
                                   client_network text, outcome text, reason_words text,
                                   before_id bigint, page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean, occurred_at_utc text,
               prev_hash text, hash text, target_label text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.audit_search(
        private.checked_audit_filter(from_at, to_at, actor, action, target_type, target_id,
                                     client_network, outcome, reason_words),
        before_id, NULL, page_size)
$$;
COMMENT ON FUNCTION admin.audit_search(timestamptz, timestamptz, text, text, text, text, text, text, text, bigint, integer) IS
    'console.audit_search for cowin-admin export-audit (superuser only, newest first).';

-- Activity: events per minute, hour or day of the operator's time zone, with how many were
-- failures, for the same filter; empty buckets are rows with zero so a gap is visible.
CREATE OR REPLACE FUNCTION console.audit_activity(from_at timestamptz, to_at timestamptz, actor text,
                                       action text, target_type text, target_id text,
                                       client_network text, outcome text, reason_words text,
                                       bucket text, time_zone text)
RETURNS TABLE (bucket_start timestamptz, events bigint, failures bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.audit_activity', NULL);
    f private.audit_filter;
    v_step interval;
BEGIN
    IF from_at IS NULL OR to_at IS NULL THEN
        PERFORM private.raise_field_problem('from_at', 'Activity is drawn for a time range with a start and an end.');
    END IF;
    v_step := CASE bucket WHEN 'minute' THEN interval '1 minute' WHEN 'hour' THEN interval '1 hour'
                          WHEN 'day' THEN interval '1 day' END;
    IF v_step IS NULL THEN
        PERFORM private.raise_field_problem('bucket', 'Activity is counted per minute, hour or day.');
    END IF;
    IF time_zone IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names z
                                         WHERE z.name = audit_activity.time_zone) THEN
        PERFORM private.raise_field_problem('time_zone', 'Unknown time zone.');
    END IF;
    f := private.checked_audit_filter(from_at, to_at, private.audit_actor_seen(audit_activity.actor),
                              audit_activity.action, audit_activity.target_type,
                              audit_activity.target_id, client_network, outcome, reason_words);
    IF pg_catalog.date_part('epoch', to_at - from_at) / pg_catalog.date_part('epoch', v_step) > 1000 THEN
        PERFORM private.raise_field_problem('bucket', 'Too many bars: choose a coarser bucket or a shorter range (at most 1,000 bars).');
    END IF;
    RETURN QUERY EXECUTE
        'WITH counted AS (SELECT pg_catalog.date_trunc($11, e.occurred_at, $12) AS b,'
        || ' pg_catalog.count(*) AS n, pg_catalog.count(*) FILTER (WHERE e.action ~ $9) AS bad'
        || ' FROM audit.event e WHERE' || private.audit_filter_sql(f) || ' GROUP BY 1)'
        || ' SELECT g.b, coalesce(c.n, 0), coalesce(c.bad, 0)'
        || ' FROM pg_catalog.generate_series(pg_catalog.date_trunc($11, $13, $12),'
        || ' pg_catalog.date_trunc($11, $14 - interval ''1 microsecond'', $12), $15) AS g(b)'
        || ' LEFT JOIN counted c ON c.b = g.b ORDER BY 1'
        USING f.lo, f.hi, f.actor, f.action, f.area, f.target_type, f.target_id,
              f.client_network, private.audit_failure_pattern(), f.words,
              bucket, time_zone, from_at, to_at, v_step;
END
$$;
COMMENT ON FUNCTION console.audit_activity(timestamptz, timestamptz, text, text, text, text, text, text, text, text, text) IS
    'Events and failures per minute, hour or day (in time_zone) of [from_at, to_at) for the '
    'same filters as console.audit_search, zero where nothing happened; at most 1,000 bars. '
    'Any operator with a session (others than auditors and admins count their own); not audited.';
GRANT EXECUTE ON FUNCTION console.audit_activity(timestamptz, timestamptz, text, text, text, text, text, text, text, text, text) TO cowin_operator;

CREATE OR REPLACE FUNCTION private.audit_export_record(p_filter jsonb, p_reason text) RETURNS bigint
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

CREATE OR REPLACE FUNCTION console.audit_export_begin(search_filter jsonb, reason text) RETURNS bigint
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

CREATE OR REPLACE FUNCTION admin.audit_export_begin(p_filter jsonb, p_reason text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT private.audit_export_record(p_filter, p_reason)
$$;
COMMENT ON FUNCTION admin.audit_export_begin(jsonb, text) IS
    'console.audit_export_begin for cowin-admin export-audit (superuser only).';

-- One round of the sealer: chains up to p_max committed events in id order. Two sealers take
-- turns on the state row, which no login can lock; one that finds it taken returns at once.
CREATE OR REPLACE FUNCTION audit.seal_next(p_max integer, OUT sealed integer, OUT head_position bigint,
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
    v_reasons text[] := '{}';
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
    -- The months ahead exist before the first event that needs one (a look-up while they do).
    PERFORM audit.make_months(2);
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
        IF e.reason IS NOT NULL AND e.reason IS DISTINCT FROM v_reasons[pg_catalog.cardinality(v_reasons)] THEN
            v_reasons := v_reasons || e.reason;
        END IF;
        st.event_id := e.id;
    END LOOP;
    sealed := pg_catalog.cardinality(v_ids);
    IF sealed > 0 THEN
        INSERT INTO audit.seal (position, event_id, prev_hash, hash, sealed_at)
        SELECT st.position + u.n, u.id, u.prev, u.hash, v_now
          FROM ROWS FROM (pg_catalog.unnest(v_ids), pg_catalog.unnest(v_prevs), pg_catalog.unnest(v_hashes))
               WITH ORDINALITY AS u(id, prev, hash, n);
        -- The reasons of what is sealed, for the words filter (audit.reason): those not listed
        -- yet, by their text (this round holds the seal state, so no other sealer adds one).
        INSERT INTO audit.reason (reason)
        SELECT DISTINCT r FROM pg_catalog.unnest(v_reasons) r
         WHERE NOT EXISTS (SELECT 1 FROM audit.reason x
                            WHERE pg_catalog.md5(x.reason) = pg_catalog.md5(r) AND x.reason = r);
        st.position := st.position + sealed;
        st.hash := v_prev;
        st.sealed_at := v_now;
        -- Open consoles in live mode read the events above their newest one when told; the
        -- notice names nothing, and comes once per round from the one sealer.
        PERFORM pg_catalog.pg_notify('cowin_audit', '');
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
CREATE OR REPLACE FUNCTION private.seal_status(OUT head_position bigint, OUT head_event_id bigint,
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

CREATE OR REPLACE FUNCTION sealer.seal(max_events integer, OUT sealed integer, OUT head_position bigint,
                            OUT waiting boolean)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM audit.seal_next(LEAST(GREATEST(coalesce(max_events, 1000), 1), 50000))
$$;
COMMENT ON FUNCTION sealer.seal(integer) IS
    'One round of the sealer (cowin-admin seal): up to max_events (at most 50,000) committed '
    'events chained in id order. cowin_sealer only; not audited (it is the chain).';
GRANT EXECUTE ON FUNCTION sealer.seal(integer) TO cowin_sealer;

CREATE OR REPLACE FUNCTION sealer.status(OUT head_position bigint, OUT head_event_id bigint,
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

CREATE OR REPLACE FUNCTION console.audit_seal_status(OUT head_position bigint, OUT head_event_id bigint,
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

-- Planned once for any page size, so the planner prices a page as a tenth of the trail; JIT
-- compiling it would cost more than the page.
CREATE OR REPLACE FUNCTION private.audit_chain_page(p_after bigint, p_max integer)
RETURNS TABLE (id bigint, occurred_at_utc text, actor text, client_addr text,
               application_name text, action text, target_type text, target_id text,
               reason text, details text, prev_hash text, hash text)
LANGUAGE sql STABLE SET search_path = '' SET jit = off AS $$
    SELECT e.id, audit.utc_text(e.occurred_at), e.actor, pg_catalog.host(e.client_addr),
           e.application_name, e.action, e.target_type, e.target_id, e.reason, e.details::text,
           pg_catalog.encode(s.prev_hash, 'hex'), pg_catalog.encode(s.hash, 'hex')
      FROM (SELECT * FROM audit.event x WHERE x.id > coalesce(p_after, 0) ORDER BY x.id LIMIT p_max) e
      LEFT JOIN LATERAL (SELECT y.prev_hash, y.hash FROM audit.seal y WHERE y.event_id = e.id LIMIT 1) s ON true
     ORDER BY e.id
$$;
COMMENT ON FUNCTION private.audit_chain_page(bigint, integer) IS
    'One page of the trail in id order with seals, in canonical text forms.';

-- The whole trail after p_after in id order with its seals, as the cursor audit_chain of the
-- caller's transaction: a verifier fetches it in batches while it hashes the last one, and the
-- merge of events and seals runs once, not once a page. Times and hashes stay binary for a
-- binary fetch; the client writes their canonical text itself (docs/audit-chain.md).
-- Each month's events are joined with that month's seals (a partitionwise join: the two tables
-- have the same ranges), not the whole trail with all the seals at once. No JIT: it compiled
-- the whole walk again for every verification, about 0.3 s.
CREATE OR REPLACE FUNCTION private.audit_chain_open(p_after bigint) RETURNS refcursor
LANGUAGE plpgsql SET search_path = '' SET enable_partitionwise_join = on SET jit = off AS $$
DECLARE
    chain refcursor := 'audit_chain';
BEGIN
    OPEN chain NO SCROLL FOR
        SELECT e.id, e.occurred_at, e.actor, pg_catalog.host(e.client_addr), e.application_name,
               e.action, e.target_type, e.target_id, e.reason, e.details::text, s.prev_hash,
               s.hash
          FROM audit.event e LEFT JOIN audit.seal s ON s.event_id = e.id
         WHERE e.id > coalesce(p_after, 0)
         ORDER BY e.id;
    RETURN chain;
END
$$;
COMMENT ON FUNCTION private.audit_chain_open(bigint) IS
    'Opens the cursor audit_chain over the trail after p_after, in id order with seals (NULL '
    'when not yet sealed). Its privileges are checked when it opens, as the owner.';

CREATE OR REPLACE FUNCTION console.audit_chain_open(after_id bigint) RETURNS refcursor
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_chain_open', ARRAY['cowin_auditor', 'cowin_admin']);
    RETURN private.audit_chain_open(after_id);
END
$$;
COMMENT ON FUNCTION console.audit_chain_open(bigint) IS
    'Opens the cursor audit_chain (FETCH it in this transaction) over the events after after_id, '
    'in id order: id, occurred_at, actor, client address, application, action, target type and '
    'id, reason, details as text, prev_hash, hash. For verification in the console. Auditors '
    'and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_chain_open(bigint) TO cowin_auditor, cowin_admin;

CREATE OR REPLACE FUNCTION admin.audit_chain_open(p_after bigint) RETURNS refcursor
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    RETURN private.audit_chain_open(p_after);
END
$$;
COMMENT ON FUNCTION admin.audit_chain_open(bigint) IS
    'console.audit_chain_open for cowin-admin verify-audit (superuser only).';


-- The head the command line signs: the newest sealed event.
CREATE OR REPLACE FUNCTION admin.audit_head(OUT last_id bigint, OUT last_hash text, OUT events bigint,
                                 OUT taken_at_utc text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT s.event_id, pg_catalog.encode(s.hash, 'hex'), s.position,
           audit.utc_text(pg_catalog.clock_timestamp())
      FROM audit.seal s ORDER BY s.event_id DESC LIMIT 1
$$;
COMMENT ON FUNCTION admin.audit_head() IS
    'The newest sealed event (id, hash, position) and the time now, for cowin-admin checkpoint '
    '(superuser only).';

-- The seal of an export's record, waiting up to p_wait for the sealer; every event below it is
-- then sealed too, so it bounds the export.
CREATE OR REPLACE FUNCTION private.export_head(p_export bigint, p_wait interval, OUT last_id bigint,
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

CREATE OR REPLACE FUNCTION console.audit_export_head(export_id bigint, OUT last_id bigint, OUT last_hash text,
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

CREATE OR REPLACE FUNCTION admin.audit_export_head(p_export bigint, OUT last_id bigint, OUT last_hash text,
                                        OUT events bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.export_head(p_export, interval '10 seconds')
$$;
COMMENT ON FUNCTION admin.audit_export_head(bigint) IS
    'console.audit_export_head for cowin-admin export-audit (superuser only).';

CREATE OR REPLACE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON audit.event
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE OR REPLACE TRIGGER event_no_truncate BEFORE TRUNCATE ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

CREATE OR REPLACE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON private.audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION private.refuse_checkpoint_change();

CREATE OR REPLACE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON private.audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION private.refuse_checkpoint_change();

-- A month of the trail: its partitions of audit.event and audit.seal (event_2026_12,
-- seal_2026_12), made empty and attached (which locks neither table against appends), with the
-- append-only triggers and privileges of the rest. Row triggers come from the partitioned
-- tables; a TRUNCATE of one partition must be refused on the partition itself.
CREATE OR REPLACE FUNCTION audit.make_month(p_month timestamptz) RETURNS boolean
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_start timestamptz := pg_catalog.timezone('UTC', pg_catalog.date_trunc('month', pg_catalog.timezone('UTC', p_month)));
    v_suffix text := pg_catalog.to_char(pg_catalog.timezone('UTC', v_start), 'YYYY_MM');
    v_from bigint := audit.month_first_id(v_start);
    v_to bigint := audit.month_first_id(v_start + interval '1 month');
    v_table text;
BEGIN
    IF pg_catalog.to_regclass('audit.event_' || v_suffix) IS NOT NULL THEN
        RETURN false;
    END IF;
    -- Two makers (a sealer and a migration) take turns until the first commits; appends and
    -- the month turn (audit.month_id) do not take this lock.
    PERFORM pg_catalog.pg_advisory_xact_lock(2613);
    -- Asked again of pg_class by a new statement: the catalogue cache that to_regclass reads
    -- may not have heard yet of a month that the maker this one waited for committed.
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                WHERE c.relnamespace = 'audit'::regnamespace AND c.relname = 'event_' || v_suffix) THEN
        RETURN false;
    END IF;
    FOREACH v_table IN ARRAY ARRAY['event', 'seal'] LOOP
        EXECUTE pg_catalog.format('CREATE TABLE audit.%I (LIKE audit.%I INCLUDING CONSTRAINTS)',
                                  v_table || '_' || v_suffix, v_table);
        -- Owned by the owner whoever makes it (a superuser's demo history makes past months).
        EXECUTE pg_catalog.format('ALTER TABLE audit.%I OWNER TO cowin_owner', v_table || '_' || v_suffix);
        EXECUTE pg_catalog.format('REVOKE UPDATE, DELETE, TRUNCATE ON audit.%I FROM cowin_owner',
                                  v_table || '_' || v_suffix);
        EXECUTE pg_catalog.format('CREATE OR REPLACE TRIGGER %I BEFORE TRUNCATE ON audit.%I '
                                  'FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()',
                                  v_table || '_no_truncate', v_table || '_' || v_suffix);
        EXECUTE pg_catalog.format('ALTER TABLE audit.%I ATTACH PARTITION audit.%I '
                                  'FOR VALUES FROM (%s) TO (%s)',
                                  v_table, v_table || '_' || v_suffix, v_from, v_to);
    END LOOP;
    RETURN true;
END
$$;
COMMENT ON FUNCTION audit.make_month(timestamptz) IS
    'Makes the partitions of audit.event and audit.seal for the UTC month of p_month, unless '
    'they exist; true when it made them.';

-- This month and the next p_ahead, made ahead of time: the sealer calls it every round (a
-- look-up while they exist), and so does every migration.
CREATE OR REPLACE FUNCTION audit.make_months(p_ahead integer) RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_made integer := 0;
BEGIN
    FOR i IN 0 .. GREATEST(coalesce(p_ahead, 2), 0) LOOP
        IF audit.make_month(pg_catalog.clock_timestamp() + pg_catalog.make_interval(months => i)) THEN
            v_made := v_made + 1;
        END IF;
    END LOOP;
    RETURN v_made;
END
$$;
COMMENT ON FUNCTION audit.make_months(integer) IS
    'Makes the partitions of this month and the next p_ahead months that do not exist yet; '
    'returns how many months it made.';

SELECT audit.make_months(2);

-- Where the live chain starts: after the newest archived month (its last event, hash and
-- position), or from the beginning (0, 32 zero bytes, 0). Verification resumes from here; the
-- signed checkpoint that covered the archive holds this start, since the live chain hashes on
-- from it.
CREATE OR REPLACE FUNCTION private.audit_chain_start(OUT after_id bigint, OUT prev_hash text,
                                                     OUT after_position bigint, OUT archived bigint)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    SELECT a.last_id, pg_catalog.encode(a.last_hash, 'hex'), a.first_position + a.events - 1
      INTO after_id, prev_hash, after_position
      FROM audit.archive a ORDER BY a.last_id DESC LIMIT 1;
    IF NOT FOUND THEN
        after_id := 0;
        prev_hash := pg_catalog.repeat('0', 64);
        after_position := 0;
    END IF;
    SELECT coalesce(pg_catalog.sum(a.events), 0) INTO archived FROM audit.archive a;
END
$$;
COMMENT ON FUNCTION private.audit_chain_start() IS
    'Where the live chain resumes after archived months: the last archived event, its hash and '
    'position, and how many events the archives hold.';

CREATE OR REPLACE FUNCTION console.audit_chain_start(OUT after_id bigint, OUT prev_hash text,
                                                     OUT after_position bigint, OUT archived bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_chain_start', ARRAY['cowin_auditor', 'cowin_admin']);
    SELECT * INTO after_id, prev_hash, after_position, archived FROM private.audit_chain_start();
END
$$;
COMMENT ON FUNCTION console.audit_chain_start() IS
    'Where verification of the live chain starts (after archived months): event id, hash in '
    'hex, position, and how many events are archived. Auditors and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_chain_start() TO cowin_auditor, cowin_admin;

CREATE OR REPLACE FUNCTION admin.audit_chain_start(OUT after_id bigint, OUT prev_hash text,
                                                   OUT after_position bigint, OUT archived bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.audit_chain_start()
$$;
COMMENT ON FUNCTION admin.audit_chain_start() IS
    'console.audit_chain_start for cowin-admin verify-audit (superuser only).';

-- A month that may leave the live trail: the oldest partition of audit.event, its month over,
-- every id in its range final and every event in it sealed, and a signed checkpoint at or after
-- its last event (the checkpoint then holds both the archive and the live chain after it).
CREATE OR REPLACE FUNCTION private.audit_archivable(p_partition text, OUT first_id bigint,
                                                    OUT last_id bigint, OUT events bigint,
                                                    OUT first_position bigint, OUT prev_hash bytea,
                                                    OUT last_hash bytea, OUT checkpoint_id bigint,
                                                    OUT upper_id bigint)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    v_rel regclass;
    v_seal regclass;
    v_sealed bigint;
    st audit.seal_state;
BEGIN
    IF p_partition IS NULL OR p_partition !~ '^event_(earlier|\d{4}_\d\d)$' THEN
        PERFORM private.raise_field_problem('partition',
            'A month of the audit trail is named event_YYYY_MM (or event_earlier).');
    END IF;
    SELECT c.oid::regclass,
           (pg_catalog.regexp_match(pg_catalog.pg_get_expr(c.relpartbound, c.oid), 'TO \(''?(\d+)''?\)'))[1]::bigint
      INTO v_rel, upper_id
      FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'audit.event'::regclass AND c.relname = p_partition
       AND c.relnamespace = 'audit'::regnamespace;
    IF v_rel IS NULL THEN
        PERFORM private.raise_field_problem('partition',
            pg_catalog.format('%s is not a month of the live audit trail.', p_partition));
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'audit.event'::regclass
                  AND (pg_catalog.regexp_match(pg_catalog.pg_get_expr(c.relpartbound, c.oid),
                                               'TO \(''?(\d+)''?\)'))[1]::bigint < upper_id) THEN
        RAISE EXCEPTION 'Months leave the live trail oldest first: archive the older ones before %.', p_partition
            USING ERRCODE = 'CW409', HINT = 'field:partition';
    END IF;
    IF upper_id > audit.month_first_id(pg_catalog.clock_timestamp()) THEN
        RAISE EXCEPTION 'The month % is not over yet.', p_partition
            USING ERRCODE = 'CW409', HINT = 'field:partition';
    END IF;
    SELECT * INTO st FROM audit.seal_state;
    v_seal := pg_catalog.format('audit.%I', pg_catalog.regexp_replace(p_partition, '^event_', 'seal_'))::regclass;
    EXECUTE pg_catalog.format('SELECT pg_catalog.min(e.id), pg_catalog.max(e.id), pg_catalog.count(*) FROM %s e', v_rel)
       INTO first_id, last_id, events;
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s s', v_seal) INTO v_sealed;
    IF st.final_id < upper_id - 1 THEN
        RAISE EXCEPTION 'Ids of % may still be written: archive it once the sealer has sealed an event of the month after it.', p_partition
            USING ERRCODE = 'CW409', HINT = 'field:partition';
    END IF;
    IF v_sealed <> events OR coalesce(last_id, 0) > st.event_id THEN
        RAISE EXCEPTION 'Not every event of % is sealed yet: wait for the sealer (cowin-admin seal), then archive it.', p_partition
            USING ERRCODE = 'CW409', HINT = 'field:partition';
    END IF;
    IF events = 0 THEN
        RETURN;
    END IF;
    SELECT s.position, s.prev_hash INTO first_position, prev_hash FROM audit.seal s WHERE s.event_id = first_id;
    SELECT s.hash INTO last_hash FROM audit.seal s WHERE s.event_id = last_id;
    SELECT c.id INTO checkpoint_id FROM private.audit_checkpoint c
     WHERE c.last_id >= audit_archivable.last_id ORDER BY c.last_id, c.id LIMIT 1;
    IF checkpoint_id IS NULL THEN
        RAISE EXCEPTION 'No signed checkpoint covers % yet: sign one (cowin-admin checkpoint), then archive it.', p_partition
            USING ERRCODE = 'CW409', HINT = 'field:partition';
    END IF;
END
$$;
COMMENT ON FUNCTION private.audit_archivable(text) IS
    'The events of a month that may be archived (first and last id, count, first position, the '
    'hash before it and its last hash, the checkpoint covering it); CW422/CW409 naming why not.';

CREATE OR REPLACE FUNCTION admin.audit_archive_plan(p_partition text)
RETURNS TABLE (first_id bigint, last_id bigint, events bigint, first_position bigint,
               prev_hash text, last_hash text, checkpoint_last_id bigint,
               checkpoint_last_hash text, checkpoint_events bigint, checkpoint_taken_at_utc text,
               checkpoint_public_key text, checkpoint_signature text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT a.first_id, a.last_id, a.events, a.first_position, pg_catalog.encode(a.prev_hash, 'hex'),
           pg_catalog.encode(a.last_hash, 'hex'), c.last_id, pg_catalog.encode(c.last_hash, 'hex'),
           c.events, c.taken_at_utc, pg_catalog.encode(c.public_key, 'hex'),
           pg_catalog.encode(c.signature, 'hex')
      FROM private.audit_archivable(p_partition) a
      LEFT JOIN private.audit_checkpoint c ON c.id = a.checkpoint_id
$$;
COMMENT ON FUNCTION admin.audit_archive_plan(text) IS
    'What cowin-admin archive-audit writes for a month: its events'' ids, count, first position '
    'and boundary hashes, and the signed checkpoint covering it (superuser only).';

-- The archive is written and checked: the live chain now starts after it (one transaction with
-- its audit event). The statements that detach the month's two partitions come back to run
-- next, concurrently (outside a transaction, so that appends never wait for them).
CREATE OR REPLACE FUNCTION admin.audit_archive_record(p_partition text, p_events bigint,
                                                      p_last_hash text, p_manifest_sha256 text)
RETURNS TABLE (detach_statement text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    a record;
BEGIN
    SELECT * INTO a FROM private.audit_archivable(p_partition);
    IF a.events > 0 THEN
        IF p_events IS DISTINCT FROM a.events OR p_last_hash IS DISTINCT FROM pg_catalog.encode(a.last_hash, 'hex') THEN
            PERFORM private.raise_field_problem('archive',
                'The archive does not hold the events of the month as the chain does.');
        END IF;
        IF p_manifest_sha256 IS NULL OR p_manifest_sha256 !~ '^[0-9a-f]{64}$' THEN
            PERFORM private.raise_field_problem('archive', 'An archive is named by the SHA-256 of its manifest.');
        END IF;
        INSERT INTO audit.archive (partition, first_id, last_id, events, first_position, prev_hash,
                                   last_hash, manifest_sha256, checkpoint_id)
        VALUES (p_partition, a.first_id, a.last_id, a.events, a.first_position, a.prev_hash,
                a.last_hash, pg_catalog.decode(p_manifest_sha256, 'hex'), a.checkpoint_id);
    END IF;
    PERFORM audit.append('audit.month_archived', 'audit_month', p_partition, NULL,
        pg_catalog.jsonb_build_object('first_id', a.first_id, 'last_id', a.last_id,
                                      'events', a.events, 'checkpoint_id', a.checkpoint_id,
                                      'manifest_sha256', p_manifest_sha256));
    RETURN QUERY SELECT pg_catalog.format('ALTER TABLE audit.%I DETACH PARTITION audit.%I CONCURRENTLY',
                                          t, pg_catalog.regexp_replace(p_partition, '^event_', t || '_'))
                   FROM pg_catalog.unnest(ARRAY['event', 'seal']) t;
END
$$;
COMMENT ON FUNCTION admin.audit_archive_record(text, bigint, text, text) IS
    'Records that a month''s events are archived (count, last hash and manifest SHA-256 checked '
    'against the chain) and audits it; returns the statements that detach its partitions '
    '(superuser only).';

-- Appending notifies no one: a NOTIFY takes a database-wide lock from before its transaction's
-- commit record until the commit is durable, so every appending transaction would commit one
-- after another, without group commit. The sealer announces what it sealed instead
-- (audit.seal_next), once per round.
DROP TRIGGER IF EXISTS event_appended_notify ON audit.event;

CREATE OR REPLACE TRIGGER seal_append_only BEFORE UPDATE OR DELETE ON audit.seal
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE OR REPLACE TRIGGER seal_no_truncate BEFORE TRUNCATE ON audit.seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
