-- run-as: cowin_owner
-- Browsing the audit trail: newest first, keyset-paged over tens of millions of events, with
-- filters that combine (time range, actor, action or area, target, client address, outcome,
-- words in the reason). Auditors and admins see every event; every other operator sees the
-- events they caused. Reading is not an event itself; exporting evidence is (a later file).

-- Time ranges become id ranges: events are appended under one lock with clock_timestamp(),
-- so ids and times rise together, and a btree on the time finds both ends of a range at once.
CREATE INDEX event_occurred_at ON audit.event (occurred_at);
-- Client address and words in reasons.
CREATE INDEX event_client_addr_id ON audit.event (client_addr, id);
CREATE INDEX event_reason_trgm ON audit.event USING gin (reason ext.gin_trgm_ops);

-- Outcome of an event, from its action: refusals, wrong codes, locks and failed deliveries
-- are failures; the rest record something done.
CREATE FUNCTION private.audit_failure_pattern() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT '(\.failed|\.replayed|\.refused_[a-z_]+|\.locked|_failed|_dead|\.denied)$'
$$;
COMMENT ON FUNCTION private.audit_failure_pattern() IS
    'The regular expression of actions that record a failure (wrong or replayed codes, locks, '
    'refusals, failed or dead deliveries); every other action records something done.';

-- The fixed WHERE text of a search for the filters that are set; values stay parameters:
-- $1 from id, $2 to id, $3 actor, $4 action, $5 area, $6 target type, $7 target id,
-- $8 client network, $9 failure pattern, $10 reason words, $11 before id, $12 page size.
CREATE FUNCTION private.audit_search_sql(p_actor boolean, p_action boolean, p_area boolean,
                                         p_target_type boolean, p_target_id boolean,
                                         p_client boolean, p_outcome text, p_words boolean)
RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT 'SELECT e.id, e.occurred_at, e.actor, pg_catalog.host(e.client_addr), e.application_name,'
        || ' e.action, e.target_type, e.target_id, e.reason, e.details::text,'
        || ' e.action ~ $9'
        || ' FROM audit.event e WHERE e.id BETWEEN $1 AND $2 AND e.id < $11'
        || CASE WHEN p_actor THEN ' AND e.actor = $3' ELSE '' END
        || CASE WHEN p_action THEN ' AND e.action = $4' ELSE '' END
        || CASE WHEN p_area THEN ' AND e.action LIKE $5' ELSE '' END
        || CASE WHEN p_target_type THEN ' AND e.target_type = $6' ELSE '' END
        || CASE WHEN p_target_id THEN ' AND e.target_id = $7' ELSE '' END
        || CASE WHEN p_client THEN ' AND e.client_addr <<= $8' ELSE '' END
        || CASE p_outcome WHEN 'failure' THEN ' AND e.action ~ $9'
                          WHEN 'success' THEN ' AND e.action !~ $9' ELSE '' END
        || CASE WHEN p_words THEN ' AND e.reason ILIKE $10' ELSE '' END
        || ' ORDER BY e.id DESC LIMIT $12'
$$;
COMMENT ON FUNCTION private.audit_search_sql(boolean, boolean, boolean, boolean, boolean, boolean, text, boolean) IS
    'The SQL text of one newest-first keyset page of an audit search (fixed fragments only).';

-- The ids of the first and last events in a time range [p_from, p_to); either end may be
-- open, and an empty range gives lo > hi.
CREATE FUNCTION private.audit_id_range(p_from timestamptz, p_to timestamptz, OUT lo bigint, OUT hi bigint)
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

CREATE FUNCTION console.audit_search(from_at timestamptz, to_at timestamptz, actor text,
                                     action text, target_type text, target_id text,
                                     client_network cidr, outcome text, reason_words text,
                                     before_id bigint, page_size integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor_name text, client_addr text,
               application_name text, action_name text, target_kind text, target text,
               reason text, details text, failure boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.audit_search', NULL);
    v_all boolean := pg_catalog.pg_has_role(SESSION_USER, 'cowin_auditor', 'MEMBER')
                     OR pg_catalog.pg_has_role(SESSION_USER, 'cowin_admin', 'MEMBER');
    v_actor text := CASE WHEN v_all THEN NULLIF(pg_catalog.btrim(audit_search.actor), '')
                         ELSE SESSION_USER END;
    v_action text := NULLIF(pg_catalog.btrim(audit_search.action), '');
    v_words text := NULLIF(pg_catalog.btrim(reason_words), '');
    r record;
BEGIN
    IF page_size IS NULL OR page_size NOT BETWEEN 1 AND 1000 THEN
        PERFORM private.raise_field_problem('page_size', 'A page has 1 to 1,000 events.');
    END IF;
    IF from_at IS NOT NULL AND to_at IS NOT NULL AND from_at >= to_at THEN
        PERFORM private.raise_field_problem('to_at', 'The end of the time range must be after its start.');
    END IF;
    IF outcome IS NOT NULL AND outcome NOT IN ('success', 'failure') THEN
        PERFORM private.raise_field_problem('outcome', 'The outcome is success or failure.');
    END IF;
    IF v_action IS NOT NULL AND v_action !~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)*$' THEN
        PERFORM private.raise_field_problem('action', 'An action is written like vaccinator.password_reset, or an area like vaccinator.');
    END IF;
    IF v_words IS NOT NULL AND pg_catalog.length(v_words) < 3 THEN
        PERFORM private.raise_field_problem('reason_words', 'Search reasons for at least 3 characters.');
    END IF;
    IF (target_type IS NULL) <> (target_id IS NULL) AND target_id IS NOT NULL THEN
        PERFORM private.raise_field_problem('target_type', 'Choose what kind of target the id is (e.g. vaccinator, operator).');
    END IF;
    r := private.audit_id_range(from_at, to_at);
    RETURN QUERY EXECUTE private.audit_search_sql(
            v_actor IS NOT NULL, v_action LIKE '%.%', v_action IS NOT NULL AND v_action NOT LIKE '%.%',
            target_type IS NOT NULL, target_id IS NOT NULL, client_network IS NOT NULL, outcome,
            v_words IS NOT NULL)
        USING r.lo, r.hi, v_actor, v_action, private.like_escape(v_action) || '.%', target_type,
              target_id, client_network, private.audit_failure_pattern(),
              '%' || private.like_escape(v_words) || '%',
              coalesce(before_id, pg_catalog.int8 '9223372036854775807'), page_size;
END
$$;
COMMENT ON FUNCTION console.audit_search(timestamptz, timestamptz, text, text, text, text, cidr, text, text, bigint, integer) IS
    'One newest-first page of audit events (ids below before_id) matching every filter given: '
    'time range [from_at, to_at), actor, action (a.b) or area (a), target type and id, client '
    'network, outcome (success/failure), words in the reason. Auditors and admins see all '
    'events; other operators only their own. Any operator with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_search(timestamptz, timestamptz, text, text, text, text, cidr, text, text, bigint, integer) TO cowin_operator;

-- The chain as stored, page by page in id order, in the text forms of the canonical encoding
-- (docs/audit-chain.md), so that a console recomputes every hash itself instead of trusting
-- the server's verdict.
CREATE FUNCTION console.audit_chain_page(after_id bigint, max_events integer)
RETURNS TABLE (id bigint, occurred_at_utc text, actor text, client_addr text,
               application_name text, action text, target_type text, target_id text,
               reason text, details text, prev_hash text, hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_chain_page', ARRAY['cowin_auditor', 'cowin_admin']);
    IF max_events IS NULL OR max_events NOT BETWEEN 1 AND 20000 THEN
        PERFORM private.raise_field_problem('max_events', 'A page of the chain has 1 to 20,000 events.');
    END IF;
    RETURN QUERY
    SELECT e.id, audit.utc_text(e.occurred_at), e.actor, pg_catalog.host(e.client_addr),
           e.application_name, e.action, e.target_type, e.target_id, e.reason, e.details::text,
           pg_catalog.encode(e.prev_hash, 'hex'), pg_catalog.encode(e.hash, 'hex')
      FROM audit.event e
     WHERE e.id > coalesce(audit_chain_page.after_id, 0)
     ORDER BY e.id
     LIMIT max_events;
END
$$;
COMMENT ON FUNCTION console.audit_chain_page(bigint, integer) IS
    'Up to max_events stored events after after_id, in id order and in the text forms of the '
    'canonical encoding, for verification in the console. Auditors and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.audit_chain_page(bigint, integer) TO cowin_auditor, cowin_admin;
