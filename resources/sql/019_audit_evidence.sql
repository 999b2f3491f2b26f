-- run-as: cowin_owner
-- Browsing in both directions, activity over time and exporting evidence. A page now carries
-- each event's hashes in the canonical text forms, so an export can be checked event by event
-- far from the database; a window scrolled back up reads the newer events above it (after_id);
-- open consoles learn of new events by notice; and an export is itself an audit event, written
-- before its first row, whose head bounds what the export contains.

DROP FUNCTION console.audit_search(timestamptz, timestamptz, text, text, text, text, cidr, text, text, bigint, integer);
DROP FUNCTION private.audit_search_sql(boolean, boolean, boolean, boolean, boolean, boolean, text, boolean);

-- A filter as the console and the command line send it, checked and normalised in one place.
CREATE TYPE private.audit_filter AS (
    lo bigint, hi bigint, actor text, action text, area text, target_type text, target_id text,
    client_network cidr, outcome text, words text);

CREATE FUNCTION private.checked_audit_filter(p_from timestamptz, p_to timestamptz, p_actor text,
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
        f.area := private.like_escape(v_action) || '.%';
    END IF;
    f.outcome := p_outcome;
    RETURN f;
END
$$;
COMMENT ON FUNCTION private.checked_audit_filter(timestamptz, timestamptz, text, text, text, text, text, text, text) IS
    'Checks an audit filter (CW422 at the field) and turns it into the id range and values a '
    'search binds.';

-- The fixed WHERE text of a filter: only the conditions that are set; the values stay
-- parameters, bound in this order: $1 from id, $2 to id, $3 actor,
-- $4 action, $5 area, $6 target type, $7 target id, $8 client network, $9 failure pattern,
-- $10 reason pattern.
CREATE FUNCTION private.audit_filter_sql(f private.audit_filter) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT ' e.id BETWEEN $1 AND $2'
        || CASE WHEN f.actor IS NOT NULL THEN ' AND e.actor = $3' ELSE '' END
        || CASE WHEN f.action IS NOT NULL THEN ' AND e.action = $4' ELSE '' END
        || CASE WHEN f.area IS NOT NULL THEN ' AND e.action LIKE $5' ELSE '' END
        || CASE WHEN f.target_type IS NOT NULL THEN ' AND e.target_type = $6' ELSE '' END
        || CASE WHEN f.target_id IS NOT NULL THEN ' AND e.target_id = $7' ELSE '' END
        || CASE WHEN f.client_network IS NOT NULL THEN ' AND e.client_addr <<= $8' ELSE '' END
        || CASE f.outcome WHEN 'failure' THEN ' AND e.action ~ $9'
                          WHEN 'success' THEN ' AND e.action !~ $9' ELSE '' END
        || CASE WHEN f.words IS NOT NULL THEN ' AND e.reason ILIKE $10' ELSE '' END
$$;
COMMENT ON FUNCTION private.audit_filter_sql(private.audit_filter) IS
    'The WHERE text of an audit filter, built from fixed fragments; values stay parameters '
    '$1 to $10.';

-- One keyset page: newest first below p_before, or, with p_after, the events just above it
-- oldest first (a window scrolled back up, or events that arrived since).
CREATE FUNCTION private.audit_search(f private.audit_filter, p_before bigint, p_after bigint,
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
        'SELECT e.id, e.occurred_at, e.actor, pg_catalog.host(e.client_addr), e.application_name,'
        || ' e.action, e.target_type, e.target_id, e.reason, e.details::text, e.action ~ $9,'
        || ' audit.utc_text(e.occurred_at), pg_catalog.encode(e.prev_hash, ''hex''),'
        || ' pg_catalog.encode(e.hash, ''hex'') FROM audit.event e WHERE'
        || private.audit_filter_sql(f)
        || CASE WHEN p_after IS NOT NULL THEN ' AND e.id > $11 ORDER BY e.id LIMIT $12'
                ELSE ' AND e.id < $11 ORDER BY e.id DESC LIMIT $12' END
        USING f.lo, f.hi, f.actor, f.action, f.area, f.target_type, f.target_id,
              f.client_network, private.audit_failure_pattern(), f.words,
              coalesce(p_after, p_before, pg_catalog.int8 '9223372036854775807'), p_page_size;
END
$$;
COMMENT ON FUNCTION private.audit_search(private.audit_filter, bigint, bigint, integer) IS
    'One keyset page of events matching a checked filter, with their hashes in hex.';

-- Who sees what: auditors and admins every event, everyone else the events they caused,
-- whatever actor they ask for.
CREATE FUNCTION private.audit_actor_seen(p_actor text) RETURNS text
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT CASE WHEN pg_catalog.pg_has_role(SESSION_USER, 'cowin_auditor', 'MEMBER')
                  OR pg_catalog.pg_has_role(SESSION_USER, 'cowin_admin', 'MEMBER')
                THEN p_actor ELSE SESSION_USER END
$$;
COMMENT ON FUNCTION private.audit_actor_seen(text) IS
    'The actor an audit search is limited to: the one asked for by auditors and admins, '
    'otherwise the caller.';

CREATE FUNCTION console.audit_search(from_at timestamptz, to_at timestamptz, actor text,
                                     action text, target_type text, target_id text,
                                     client_network text, outcome text, reason_words text,
                                     before_id bigint, after_id bigint, page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean, occurred_at_utc text,
               prev_hash text, hash text)
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

CREATE FUNCTION admin.audit_search(p_from timestamptz, p_to timestamptz, p_actor text,
                                   p_action text, p_target_type text, p_target_id text,
                                   p_client_network text, p_outcome text, p_words text,
                                   p_before bigint, p_page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean, occurred_at_utc text,
               prev_hash text, hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.audit_search(
        private.checked_audit_filter(p_from, p_to, p_actor, p_action, p_target_type, p_target_id,
                             p_client_network, p_outcome, p_words),
        p_before, NULL, p_page_size)
$$;
COMMENT ON FUNCTION admin.audit_search(timestamptz, timestamptz, text, text, text, text, text, text, text, bigint, integer) IS
    'console.audit_search for cowin-admin export-audit (superuser only, newest first).';

-- Activity: events per minute, hour or day of the operator's time zone, with how many were
-- failures, for the same filter; empty buckets are rows with zero so a gap is visible.
CREATE FUNCTION console.audit_activity(from_at timestamptz, to_at timestamptz, actor text,
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

-- Exporting evidence is recorded before the first row is read; the export holds the events up
-- to this record, so the head returned (this record) bounds it and is in the manifest.
CREATE FUNCTION private.audit_export_record(p_filter jsonb, p_reason text, OUT export_id bigint,
                                            OUT last_id bigint, OUT last_hash text,
                                            OUT events bigint)
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF p_filter IS NULL OR pg_catalog.jsonb_typeof(p_filter) <> 'object'
       OR pg_catalog.octet_length(p_filter::text) > 4000 THEN
        PERFORM private.raise_field_problem('filter', 'The filter of an export is a JSON object of at most 4,000 bytes.');
    END IF;
    export_id := audit.append('audit.exported', NULL, NULL,
                              private.reason_given(p_reason, 'this export'),
                              pg_catalog.jsonb_build_object('filter', p_filter));
    -- The append holds the chain's lock until commit: nothing comes between it and this read.
    SELECT e.id, pg_catalog.encode(e.hash, 'hex') INTO last_id, last_hash
      FROM audit.event e WHERE e.id = export_id;
    SELECT pg_catalog.count(*) INTO events FROM audit.event e WHERE e.id <= export_id;
END
$$;
COMMENT ON FUNCTION private.audit_export_record(jsonb, text) IS
    'Records an evidence export (its filter and reason) and returns the chain head it ends at.';

CREATE FUNCTION console.audit_export_begin(search_filter jsonb, reason text, OUT export_id bigint,
                                           OUT last_id bigint, OUT last_hash text,
                                           OUT events bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.audit_export_begin', ARRAY['cowin_auditor', 'cowin_admin']);
BEGIN
    SELECT * INTO export_id, last_id, last_hash, events
      FROM private.audit_export_record(search_filter, reason);
END
$$;
COMMENT ON FUNCTION console.audit_export_begin(jsonb, text) IS
    'Records that the caller exports the audit events a filter finds, with a reason, before the '
    'first row, and returns the head the export ends at. Auditors and admins; audited (this is '
    'the record).';
GRANT EXECUTE ON FUNCTION console.audit_export_begin(jsonb, text) TO cowin_auditor, cowin_admin;

CREATE FUNCTION admin.audit_export_begin(p_filter jsonb, p_reason text, OUT export_id bigint,
                                         OUT last_id bigint, OUT last_hash text,
                                         OUT events bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.audit_export_record(p_filter, p_reason)
$$;
COMMENT ON FUNCTION admin.audit_export_begin(jsonb, text) IS
    'console.audit_export_begin for cowin-admin export-audit (superuser only).';

-- Open consoles in live mode read the events above their newest one when told; the notice
-- names nothing and comes once per transaction.
CREATE TRIGGER event_appended_notify AFTER INSERT ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_audit');
