-- run-as: cowin_owner
-- Vaccinator (service-provider) accounts of the vaccination portal: rows, not database roles.
-- The console finds them (masked numbers; a search by number recorded first), reveals a number
-- after recording why, resets, unlocks, disables, creates, edits, imports and exports them, one
-- account or a whole scope; every change is one transaction with its audit event, and helpdesk
-- operators see and act only within their states and districts.

-- The account's district and state always follow its centre.
CREATE OR REPLACE FUNCTION private.vaccinator_place() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    SELECT c.district_id, d.state_code INTO NEW.district_id, NEW.state_code
      FROM private.centre c JOIN private.district d ON d.id = c.district_id
     WHERE c.id = NEW.centre_id;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION private.vaccinator_place() IS
    'Trigger: an account''s district and state follow its centre.';

-- Whether session_user may act on accounts in this district. Admins and operators without
-- scope rows may act everywhere.
CREATE OR REPLACE FUNCTION private.in_scope(p_state text, p_district integer) RETURNS boolean
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT pg_catalog.pg_has_role(SESSION_USER, 'cowin_admin', 'MEMBER')
        OR NOT EXISTS (SELECT 1 FROM private.operator_scope s WHERE s.role_name = SESSION_USER)
        OR EXISTS (SELECT 1 FROM private.operator_scope s
                    WHERE s.role_name = SESSION_USER
                      AND (s.state_code = p_state OR s.district_id = p_district))
$$;
COMMENT ON FUNCTION private.in_scope(text, integer) IS
    'Whether session_user may act on accounts of this state and district (delegation).';

-- What an audit event says about the account as it was.
-- No search_path of its own (like private.mask_mobile): it folds into a bulk chunk's statement.
CREATE OR REPLACE FUNCTION private.vaccinator_facts(v private.vaccinator) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.jsonb_build_object(
        'login_id', v.login_id, 'name', v.full_name, 'mobile', private.mask_mobile(v.mobile),
        'centre_id', v.centre_id, 'district_id', v.district_id, 'state', v.state_code,
        'status', v.status, 'must_change_password', v.must_change_password, 'version', v.version)
$$;
COMMENT ON FUNCTION private.vaccinator_facts(private.vaccinator) IS
    'What an audit event records about an account as it was (mobile masked).';

-- The account an action is about, locked without waiting on another operator's open
-- transaction for longer than the login's lock_timeout: CW409 then.
CREATE OR REPLACE FUNCTION private.vaccinator_for_action(p_id bigint, p_version integer, p_what text)
RETURNS private.vaccinator
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v private.vaccinator := private.vaccinator_for_reading(p_id, p_what);
BEGIN
    BEGIN
        SELECT * INTO v FROM private.vaccinator WHERE id = p_id FOR NO KEY UPDATE;
    EXCEPTION WHEN lock_not_available THEN
        RAISE EXCEPTION 'Another operator is changing this account right now. Try again in a moment.'
            USING ERRCODE = 'CW409', HINT = 'field:version';
    END;
    IF p_version IS NOT NULL AND v.version <> p_version THEN
        RAISE EXCEPTION 'Someone else changed this account after you opened it. Reload it and try again.'
            USING ERRCODE = 'CW409', HINT = 'field:version';
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION private.vaccinator_for_action(bigint, integer, text) IS
    'The account an action is about, locked: CW422 unknown, CW403 out of scope, CW409 stale '
    'version.';

-- A forced reset of accounts the caller has locked: must change at next login, portal sessions
-- revoked, and (when wanted) a one-time password made here and queued for the registered
-- mobile, with one audit event each. The operator who asked never sees a password. One
-- statement for all of them: a bulk chunk of thousands costs what its rows cost, not a
-- function call and six statements per account. Without JIT: the planner's guess of its rows
-- (every CTE join taken for a cross product) put it above every JIT threshold, and compiling
-- the statement anew for each chunk took more of the machine than the chunk's work. And with
-- its generic plan from the first chunk on: a custom plan weighs each of the thousands of ids
-- against the statistics, in every one of the four places they are used.
CREATE OR REPLACE FUNCTION private.reset_vaccinators(p_ids bigint[], p_reason text, p_bulk bigint,
                                          p_send boolean) RETURNS integer
LANGUAGE plpgsql SET search_path = '' SET jit = off SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_count integer;
BEGIN
    WITH accounts AS (
        -- What the events record of each account as it was, and its one-time password, made
        -- once (a CTE is evaluated once) for the message and for the hash.
        SELECT v.id, v.mobile, v.must_change_password, private.vaccinator_facts(v) AS facts,
               CASE WHEN p_send THEN private.new_code_symbols(10) END AS symbols,
               pg_catalog.row_number() OVER (ORDER BY v.id) AS n
          FROM private.vaccinator v WHERE v.id = ANY (p_ids)
    ), sessions AS (
        UPDATE private.portal_session ps SET revoked_at = v_now, revoked_why = 'password_reset'
         WHERE ps.vaccinator_id = ANY (p_ids) AND ps.revoked_at IS NULL
        RETURNING ps.vaccinator_id
    ), superseded AS (
        UPDATE private.outbox o SET state = 'superseded', secret = NULL, finished_at = v_now
         WHERE o.vaccinator_id = ANY (p_ids) AND o.state IN ('pending', 'sending')
        RETURNING o.id
    ), messages AS (
        INSERT INTO private.outbox (vaccinator_id, bulk_id, kind, recipient, secret)
        SELECT a.id, p_bulk, 'temporary_password', a.mobile, private.human_code_groups(a.symbols)
          FROM accounts a WHERE p_send
        RETURNING id, vaccinator_id
    ), changed AS (
        UPDATE private.vaccinator v
           SET must_change_password = true,
               password_hash = NULL,
               temporary_password_hash = CASE WHEN p_send THEN private.code_hash_of_symbols(a.symbols) END,
               temporary_password_expires_at = CASE WHEN p_send THEN v_now + interval '72 hours' END,
               updated_at = v_now, version = v.version + 1
          FROM accounts a
         WHERE v.id = a.id
        RETURNING v.id
    ), revoked AS (
        SELECT s.vaccinator_id, pg_catalog.count(*)::integer AS n FROM sessions s GROUP BY 1
    ), batch AS (
        SELECT * FROM audit.new_event_ids(pg_catalog.cardinality(p_ids))
    ), events AS (
        INSERT INTO audit.event (id, occurred_at, actor, client_addr, application_name, action,
                                 target_type, target_id, reason, details)
        SELECT b.id, b.occurred_at, SESSION_USER, pg_catalog.inet_client_addr(),
               NULLIF(pg_catalog.current_setting('application_name', true), ''),
               'vaccinator.password_reset', 'vaccinator', a.id::text, p_reason,
               a.facts || pg_catalog.jsonb_build_object(
                  'before', pg_catalog.jsonb_build_object('must_change_password', a.must_change_password),
                  'after', pg_catalog.jsonb_build_object('must_change_password', true),
                  'portal_sessions_revoked', coalesce(r.n, 0), 'message', m.id, 'bulk', p_bulk)
          FROM accounts a JOIN batch b ON b.n = a.n
          LEFT JOIN revoked r ON r.vaccinator_id = a.id
          LEFT JOIN messages m ON m.vaccinator_id = a.id
        RETURNING 1
    )
    SELECT pg_catalog.count(*)::integer INTO v_count FROM events;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION private.reset_vaccinators(bigint[], text, bigint, boolean) IS
    'Resets accounts the caller has locked (must change, sessions revoked, one-time passwords '
    'queued) with one audit event each; returns how many.';

-- A forced reset of one account, locked by the caller.
CREATE OR REPLACE FUNCTION private.reset_vaccinator(v private.vaccinator, p_reason text, p_bulk bigint,
                                         p_send boolean) RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    PERFORM private.reset_vaccinators(ARRAY[v.id], p_reason, p_bulk, p_send);
    RETURN v.version + 1;
END
$$;
COMMENT ON FUNCTION private.reset_vaccinator(private.vaccinator, text, bigint, boolean) IS
    'Resets one account (must change, sessions revoked, one-time password queued) and audits it.';

-- An unlock of one locked account, by itself or in a bulk action.
CREATE OR REPLACE FUNCTION private.unlock_vaccinator(v private.vaccinator, p_reason text, p_bulk bigint)
RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    UPDATE private.vaccinator SET status = 'active', failed_logins = 0,
           updated_at = pg_catalog.clock_timestamp(), version = v.version + 1
     WHERE id = v.id;
    PERFORM audit.append('vaccinator.unlocked', 'vaccinator', v.id::text, p_reason,
        private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
            'before', pg_catalog.jsonb_build_object('status', v.status, 'failed_logins', v.failed_logins),
            'after', pg_catalog.jsonb_build_object('status', 'active', 'failed_logins', 0),
            'bulk', p_bulk));
    RETURN v.version + 1;
END
$$;
COMMENT ON FUNCTION private.unlock_vaccinator(private.vaccinator, text, bigint) IS
    'Unlocks one account and audits it (with its bulk action, if any).';

-- Disabling (portal sessions revoked, undelivered passwords withdrawn) or enabling one
-- account, by itself or in a bulk action.
CREATE OR REPLACE FUNCTION private.set_vaccinator_disabled(v private.vaccinator, p_disabled boolean,
                                                           p_reason text, p_bulk bigint) RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_sessions integer := 0;
BEGIN
    IF p_disabled THEN
        UPDATE private.portal_session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = 'disabled'
         WHERE vaccinator_id = v.id AND revoked_at IS NULL;
        GET DIAGNOSTICS v_sessions = ROW_COUNT;
        UPDATE private.outbox SET state = 'superseded', secret = NULL,
               finished_at = pg_catalog.clock_timestamp()
         WHERE vaccinator_id = v.id AND state IN ('pending', 'sending');
    END IF;
    UPDATE private.vaccinator
       SET status = CASE WHEN p_disabled THEN 'disabled' ELSE 'active' END, failed_logins = 0,
           updated_at = pg_catalog.clock_timestamp(), version = v.version + 1
     WHERE id = v.id;
    PERFORM audit.append(CASE WHEN p_disabled THEN 'vaccinator.disabled' ELSE 'vaccinator.enabled' END,
        'vaccinator', v.id::text, p_reason,
        private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
            'before', pg_catalog.jsonb_build_object('status', v.status),
            'after', pg_catalog.jsonb_build_object('status', CASE WHEN p_disabled THEN 'disabled' ELSE 'active' END),
            'portal_sessions_revoked', v_sessions, 'bulk', p_bulk));
    RETURN v.version + 1;
END
$$;
COMMENT ON FUNCTION private.set_vaccinator_disabled(private.vaccinator, boolean, text, bigint) IS
    'Disables or enables one account and audits it (with its bulk action, if any).';

CREATE OR REPLACE FUNCTION console.vaccinator_lookup_mobile(mobile text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_lookup_mobile',
                                                  ARRAY['cowin_helpdesk', 'cowin_admin']);
    v_mobile text := private.normalize_mobile(mobile);
    v_limit integer := private.max_mobile_lookups();
    v_refused boolean;
    v_id bigint;
BEGIN
    IF NOT private.is_mobile_number(v_mobile) THEN
        PERFORM private.raise_field_problem('mobile', private.mobile_number_rule());
    END IF;
    -- Number in, person out, is how the data leaked: no operator walks through numbers.
    PERFORM private.budget_turn(s.role_name);
    v_refused := (SELECT pg_catalog.count(*) FROM private.mobile_lookup l
                   WHERE l.role_name = s.role_name AND NOT l.refused
                     AND l.created_at > pg_catalog.clock_timestamp() - interval '10 minutes') >= v_limit;
    -- A number is kept only while a search may use it.
    UPDATE private.mobile_lookup l SET subject = NULL
     WHERE l.role_name = s.role_name AND l.subject IS NOT NULL
       AND l.created_at <= pg_catalog.clock_timestamp() - interval '10 minutes';
    -- Nothing here reads an account: what is recorded cannot depend on whether the number is
    -- registered. The search resolves it after this commits.
    INSERT INTO private.mobile_lookup (role_name, subject, refused)
    VALUES (s.role_name, CASE WHEN NOT v_refused THEN v_mobile END, v_refused)
    RETURNING id INTO v_id;
    PERFORM audit.append(CASE WHEN v_refused THEN 'vaccinator.lookup_refused'
                              ELSE 'vaccinator.looked_up_by_mobile' END,
                         'mobile', private.mask_mobile(v_mobile), NULL,
                         pg_catalog.jsonb_build_object('mobile', private.mask_mobile(v_mobile),
                                                       'lookup', v_id, 'limit', v_limit,
                                                       'window_minutes', 10));
    IF v_refused THEN
        PERFORM private.log_refusal('CW429', 'console.vaccinator_lookup_mobile', 'lookup_rate');
    END IF;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.vaccinator_lookup_mobile(text) IS
    'Records (and commits, before anything is told) a search by mobile number without reading '
    'any account, and returns a lookup id for console.vaccinator_search, which refuses it (CW429) '
    'when it was over the operator''s budget. Helpdesk and admins; audited, refusals too.';
GRANT EXECUTE ON FUNCTION console.vaccinator_lookup_mobile(text) TO cowin_helpdesk, cowin_admin;

CREATE OR REPLACE FUNCTION private.looked_up(p_lookup bigint) RETURNS bigint
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    l private.mobile_lookup;
    v_id bigint;
BEGIN
    SELECT * INTO l FROM private.mobile_lookup WHERE id = p_lookup AND role_name = SESSION_USER
       AND created_at > pg_catalog.clock_timestamp() - interval '10 minutes';
    IF FOUND AND l.refused AND l.created_xact <> pg_catalog.pg_current_xact_id() THEN
        PERFORM private.over_budget_error('mobile',
            pg_catalog.format('Too many searches by mobile number (%s in 10 minutes): try again in a few minutes, or search by name or login id.',
                              private.max_mobile_lookups()));
    END IF;
    IF NOT FOUND OR l.subject IS NULL OR l.created_xact = pg_catalog.pg_current_xact_id() THEN
        RAISE EXCEPTION 'Search for the mobile number again.' USING ERRCODE = 'CW422',
            HINT = 'field:mobile';
    END IF;
    SELECT v.id INTO v_id FROM private.vaccinator v WHERE v.mobile = l.subject;
    RETURN coalesce(v_id, -1);
END
$$;
COMMENT ON FUNCTION private.looked_up(bigint) IS
    'The account a committed mobile lookup of the caller finds (-1 for none); CW429 when the '
    'lookup was over budget, CW422 when it is unknown, too old or not yet committed.';

-- What a search for part of a name binds as $1: the name typed, trimmed and lowered, as a
-- LIKE pattern for name_folded.
CREATE OR REPLACE FUNCTION private.name_pattern(name_query text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT '%' || private.like_escape(pg_catalog.lower(pg_catalog.btrim(name_query))) || '%'
$$;
COMMENT ON FUNCTION private.name_pattern(text) IS
    'The LIKE pattern a search for part of a name matches name_folded with.';

-- The WHERE clause of a search. Only fixed text is chosen here, by which filters are set;
-- every value stays a bound parameter ($1 … $8, see console.vaccinator_search).
-- A name matches by substring, case-insensitively: the lowered name (name_folded, held in the
-- name-ordered indexes) against the lowered pattern, by a trigram index or a walk of a name
-- index; or, when asked for similar names, by trigram word similarity (typos).
CREATE OR REPLACE FUNCTION private.vaccinator_filter(p_name boolean, p_login boolean, p_lookup boolean,
                                          p_centre boolean, p_district boolean, p_state boolean,
                                          p_status boolean, p_similar boolean) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT 'true'
        || CASE WHEN p_name AND p_similar THEN ' AND $8 OPERATOR(ext.<%) v.name_folded'
                WHEN p_name THEN ' AND v.name_folded OPERATOR(pg_catalog.~~) $1' ELSE '' END
        || CASE WHEN p_login THEN ' AND v.login_id OPERATOR(pg_catalog.~~) $2' ELSE '' END
        || CASE WHEN p_lookup THEN ' AND v.id = $3' ELSE '' END
        || CASE WHEN p_centre THEN ' AND v.centre_id = $4' ELSE '' END
        || CASE WHEN p_district THEN ' AND v.district_id = $5' ELSE '' END
        || CASE WHEN p_state THEN ' AND v.state_code = $6' ELSE '' END
        || CASE WHEN p_status THEN ' AND v.status = $7' ELSE '' END
$$;
COMMENT ON FUNCTION private.vaccinator_filter(boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS
    'The fixed WHERE text of a search for the filters that are set; values stay bound parameters.';

CREATE OR REPLACE FUNCTION private.check_search(name_query text, login_prefix text, status text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF name_query IS NOT NULL AND pg_catalog.length(pg_catalog.btrim(name_query)) < 3 THEN
        RAISE EXCEPTION 'Type at least 3 letters of the name.' USING ERRCODE = 'CW422',
            HINT = 'field:name';
    END IF;
    IF login_prefix IS NOT NULL AND pg_catalog.length(pg_catalog.btrim(login_prefix)) < 2 THEN
        RAISE EXCEPTION 'Type at least 2 characters of the login id.' USING ERRCODE = 'CW422',
            HINT = 'field:login_id';
    END IF;
    IF status IS NOT NULL AND status NOT IN ('active', 'locked', 'disabled') THEN
        RAISE EXCEPTION 'The status must be active, locked or disabled.' USING ERRCODE = 'CW422',
            HINT = 'field:status';
    END IF;
END
$$;
COMMENT ON FUNCTION private.check_search(text, text, text) IS
    'CW422 at the field for a search too short to use an index or an unknown status.';

CREATE OR REPLACE FUNCTION private.vaccinator_search_sql(
    p_name boolean, p_login boolean, p_lookup boolean, p_centre boolean, p_district boolean,
    p_state boolean, p_status boolean, p_sort text, p_descending boolean, p_cursor boolean,
    p_backward boolean, p_similar boolean, p_scoped boolean) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
DECLARE
    v_key text;
    v_cast text;
    -- A backward page reads towards the start of the list, nearest row first.
    v_forward boolean := coalesce(p_descending, false) = coalesce(p_backward, false);
    v_dir text;
BEGIN
    CASE coalesce(p_sort, 'name')
        WHEN 'name' THEN v_key := 'v.full_name'; v_cast := 'text';
        WHEN 'login_id' THEN v_key := 'v.login_id'; v_cast := 'text';
        WHEN 'last_login' THEN
            v_key := 'coalesce(v.last_login_at, ''-infinity''::timestamptz)'; v_cast := 'timestamptz';
        ELSE RAISE EXCEPTION 'Accounts can be sorted by name, login id or last login.'
                 USING ERRCODE = 'CW422', HINT = 'field:sort';
    END CASE;
    v_dir := CASE WHEN v_forward THEN 'ASC' ELSE 'DESC' END;
    -- The page is chosen from the sort key and id alone, which the (filter, key, id) indexes
    -- hold, so a walk of an index reads no table rows; only the page's rows are then fetched.
    -- Every row is in the caller's scope (in_scope): the scope was checked once for the page,
    -- as its filter (private.scope_filter), not once a row. Place names are looked up by key
    -- for the page's rows, not joined: planning the joins cost more than running them.
    RETURN pg_catalog.format(
        'SELECT v.id, v.login_id::text, v.full_name::text, private.mask_mobile(v.mobile), v.centre_id,'
        ' (SELECT c.name::text FROM private.centre c WHERE c.id = v.centre_id), v.district_id,'
        ' (SELECT d.name FROM private.district d WHERE d.id = v.district_id), v.state_code,'
        ' (SELECT st.name FROM private.state st WHERE st.code = v.state_code), v.status,'
        ' v.must_change_password, v.failed_logins, v.last_login_at, v.version, true, p.k::text'
        ' FROM (SELECT %1$s AS k, v.id FROM private.vaccinator v WHERE %2$s %3$s'
        '       ORDER BY %1$s %4$s, v.id %4$s LIMIT $11) p'
        ' JOIN private.vaccinator v ON v.id = p.id'
        ' ORDER BY p.k %4$s, p.id %4$s',
        v_key,
        private.vaccinator_filter(p_name, p_login, p_lookup, p_centre, p_district, p_state, p_status,
                                  coalesce(p_similar, false)) || private.scope_filter(p_scoped),
        CASE WHEN NOT p_cursor THEN ''
             ELSE pg_catalog.format('AND (%s, v.id) %s ($9::%s, $10)', v_key,
                                    CASE WHEN v_forward THEN '>' ELSE '<' END, v_cast) END,
        v_dir);
END
$$;
COMMENT ON FUNCTION private.vaccinator_search_sql(boolean, boolean, boolean, boolean, boolean, boolean, boolean, text, boolean, boolean, boolean, boolean, boolean) IS
    'The SQL text of one keyset page of a search (fixed fragments only; values are $1 to $13).';

CREATE OR REPLACE FUNCTION console.vaccinator_search(
    name_query text, login_prefix text, mobile_lookup bigint, centre integer,
    district integer, state text, account_status text, sort text, descending boolean,
    after_key text, after_id bigint, backward boolean, page_size integer,
    similar_names boolean DEFAULT false)
RETURNS TABLE (id bigint, login_id text, full_name text, mobile_masked text, centre_id integer,
               centre_name text, district_id integer, district_name text, state_code text,
               state_name text, status text, must_change_password boolean, failed_logins integer,
               last_login_at timestamptz, version integer, in_scope boolean, sort_key text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_sql text;
    v_lookup bigint;
    sc record;
BEGIN
    PERFORM private.require_session('console.vaccinator_search', ARRAY['cowin_helpdesk', 'cowin_admin']);
    PERFORM private.check_search(name_query, login_prefix, account_status);
    IF mobile_lookup IS NOT NULL THEN
        v_lookup := private.looked_up(mobile_lookup);
    END IF;
    sc := private.caller_scope();
    v_sql := private.vaccinator_search_sql(
        name_query IS NOT NULL, login_prefix IS NOT NULL, mobile_lookup IS NOT NULL,
        centre IS NOT NULL, district IS NOT NULL, state IS NOT NULL, account_status IS NOT NULL,
        sort, descending, after_id IS NOT NULL, backward, similar_names, sc.states IS NOT NULL);
    RETURN QUERY EXECUTE v_sql
        USING private.name_pattern(name_query),
              private.like_escape(pg_catalog.lower(pg_catalog.btrim(login_prefix))) || '%',
              v_lookup, centre, district, pg_catalog.upper(state), account_status,
              pg_catalog.btrim(name_query), after_key, after_id,
              LEAST(GREATEST(coalesce(page_size, 100), 1), 500), sc.states, sc.districts;
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_search(text, text, bigint, integer, integer, text, text, text, boolean, text, bigint, boolean, integer, boolean) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_search(text, text, bigint, integer, integer, text, text, text, boolean, text, bigint, boolean, integer, boolean) IS
    'One keyset page of vaccinator accounts (never OFFSET) after (or, backward, before) the '
    'cursor row, nearest row first; filtered by name (substring, or similar words when asked), '
    'login id prefix, a committed mobile lookup, centre, district, state and status, and always '
    'by the caller''s scope; mobiles masked. Helpdesk and admins; not audited (lookups by '
    'mobile are).';

CREATE OR REPLACE FUNCTION console.vaccinator_count(
    name_query text, login_prefix text, mobile_lookup bigint, centre integer,
    district integer, state text, account_status text, cap integer,
    similar_names boolean DEFAULT false, OUT matches bigint, OUT capped boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_cap integer := LEAST(GREATEST(coalesce(cap, 10000), 1), 100000);
    v_lookup bigint;
    sc record;
BEGIN
    PERFORM private.require_session('console.vaccinator_count', ARRAY['cowin_helpdesk', 'cowin_admin']);
    PERFORM private.check_search(name_query, login_prefix, account_status);
    IF mobile_lookup IS NOT NULL THEN
        v_lookup := private.looked_up(mobile_lookup);
    END IF;
    sc := private.caller_scope();
    -- Counting a broad filter exactly costs a scan: count at most cap + 1 rows.
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.count(*) FROM (SELECT 1 FROM private.vaccinator v WHERE %s LIMIT $11) x',
        private.vaccinator_filter(name_query IS NOT NULL, login_prefix IS NOT NULL,
                                  mobile_lookup IS NOT NULL, centre IS NOT NULL,
                                  district IS NOT NULL, state IS NOT NULL, account_status IS NOT NULL,
                                  coalesce(similar_names, false))
        || private.scope_filter(sc.states IS NOT NULL))
        INTO matches
        USING private.name_pattern(name_query),
              private.like_escape(pg_catalog.lower(pg_catalog.btrim(login_prefix))) || '%',
              v_lookup, centre, district, pg_catalog.upper(state), account_status,
              pg_catalog.btrim(name_query), NULL::text, NULL::bigint, v_cap + 1,
              sc.states, sc.districts;
    capped := matches > v_cap;
    IF capped THEN
        matches := v_cap;
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_count(text, text, bigint, integer, integer, text, text, integer, boolean) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_count(text, text, bigint, integer, integer, text, text, integer, boolean) IS
    'How many accounts a search matches within the caller''s scope, counted up to cap (capped = '
    'true beyond it). Helpdesk and admins; not audited.';

CREATE OR REPLACE FUNCTION console.vaccinator_places(kind text, parent text)
RETURNS TABLE (id text, name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.vaccinator_places', ARRAY['cowin_helpdesk', 'cowin_admin']);
    CASE kind
        WHEN 'state' THEN
            RETURN QUERY SELECT s.code, s.name FROM private.state s ORDER BY s.name;
        WHEN 'district' THEN
            RETURN QUERY SELECT d.id::text, d.name FROM private.district d
                          WHERE d.state_code = pg_catalog.upper(parent) ORDER BY d.name;
        WHEN 'centre' THEN
            IF parent !~ '^[0-9]{1,9}$' THEN
                RAISE EXCEPTION 'Choose a district first.' USING ERRCODE = 'CW422', HINT = 'field:district';
            END IF;
            RETURN QUERY SELECT c.id::text, c.name::text FROM private.centre c
                          WHERE c.district_id = parent::integer ORDER BY c.name;
        ELSE
            RAISE EXCEPTION 'Places are states, districts or centres.' USING ERRCODE = 'CW422',
                HINT = 'field:kind';
    END CASE;
END
$$;
COMMENT ON FUNCTION console.vaccinator_places(text, text) IS
    'States, the districts of a state, or the centres of a district, for the search filters '
    'and the account form. Helpdesk and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_places(text, text) TO cowin_helpdesk, cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_detail(account bigint)
RETURNS TABLE (id bigint, login_id text, full_name text, mobile_masked text, centre_id integer,
               centre_name text, district_id integer, district_name text, state_code text,
               state_name text, status text, must_change_password boolean, failed_logins integer,
               last_login_at timestamptz, password_changed_at timestamptz, created_at timestamptz,
               updated_at timestamptz, version integer, in_scope boolean,
               live_portal_sessions integer, temporary_password_expires_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.vaccinator_detail', ARRAY['cowin_helpdesk', 'cowin_admin']);
    PERFORM private.vaccinator_for_reading(account, 'console.vaccinator_detail');
    RETURN QUERY
    SELECT v.id, v.login_id::text, v.full_name::text, private.mask_mobile(v.mobile), v.centre_id, c.name::text,
           v.district_id, d.name, v.state_code, st.name, v.status, v.must_change_password,
           v.failed_logins, v.last_login_at, v.password_changed_at, v.created_at, v.updated_at,
           v.version, true,
           (SELECT pg_catalog.count(*)::integer FROM private.portal_session ps
             WHERE ps.vaccinator_id = v.id AND ps.revoked_at IS NULL),
           v.temporary_password_expires_at
      FROM private.vaccinator v JOIN private.centre c ON c.id = v.centre_id
      JOIN private.district d ON d.id = v.district_id JOIN private.state st ON st.code = v.state_code
     WHERE v.id = account;
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_detail(bigint) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_detail(bigint) IS
    'One account with its place, password age, failed logins and live portal sessions; the '
    'mobile number masked. Helpdesk (in scope, CW403 outside) and admins; not audited.';

CREATE OR REPLACE FUNCTION console.vaccinator_events(account bigint, max_events integer)
RETURNS TABLE (id bigint, occurred_at timestamptz, actor text, action text, reason text, details text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.vaccinator_events', ARRAY['cowin_helpdesk', 'cowin_admin']);
    PERFORM private.vaccinator_for_reading(account, 'console.vaccinator_events');
    RETURN QUERY
    SELECT e.id, e.occurred_at, e.actor, e.action, e.reason, e.details::text
      FROM audit.event e
     WHERE e.target_type = 'vaccinator' AND e.target_id = account::text
     ORDER BY e.id DESC
     LIMIT LEAST(GREATEST(coalesce(max_events, 20), 1), 200);
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_events(bigint, integer) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_events(bigint, integer) IS
    'The newest audit events about one account. Helpdesk (in scope, CW403 outside) and admins; '
    'not audited.';

CREATE OR REPLACE FUNCTION console.vaccinator_deliveries(account bigint)
RETURNS TABLE (id bigint, created_at timestamptz, state text, attempts integer,
               last_error text, finished_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.vaccinator_deliveries', ARRAY['cowin_helpdesk', 'cowin_admin']);
    PERFORM private.vaccinator_for_reading(account, 'console.vaccinator_deliveries');
    RETURN QUERY
    SELECT o.id, o.created_at, o.state, o.attempts, o.last_error, o.finished_at
      FROM private.outbox o WHERE o.vaccinator_id = account ORDER BY o.id DESC LIMIT 10;
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_deliveries(bigint) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_deliveries(bigint) IS
    'Delivery state of the newest one-time password messages to one account (never the '
    'password). Helpdesk (in scope, CW403 outside) and admins; not audited.';

CREATE OR REPLACE FUNCTION console.vaccinator_reveal_request(account bigint, reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_reveal_request',
                                                  ARRAY['cowin_helpdesk', 'cowin_admin']);
    v_reason text := private.reason_given(reason, 'showing the mobile number');
    v private.vaccinator := private.vaccinator_for_reading(account, 'console.vaccinator_reveal_request');
    v_limit integer := private.limit_value('reveals_per_hour');
    v_refused boolean;
    v_id bigint;
BEGIN
    PERFORM private.budget_turn(s.role_name);
    v_refused := (SELECT pg_catalog.count(*) FROM private.reveal r
                   WHERE r.role_name = s.role_name AND NOT r.refused
                     AND r.created_at > pg_catalog.clock_timestamp() - interval '1 hour') >= v_limit;
    INSERT INTO private.reveal (role_name, vaccinator_id, refused) VALUES (s.role_name, v.id, v_refused)
    RETURNING id INTO v_id;
    PERFORM audit.append(CASE WHEN v_refused THEN 'vaccinator.mobile_reveal_refused'
                              ELSE 'vaccinator.mobile_revealed' END,
                         'vaccinator', v.id::text, v_reason,
                         private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
                             'reveal', v_id, 'limit', v_limit, 'window_minutes', 60));
    IF v_refused THEN
        PERFORM private.log_refusal('CW429', 'console.vaccinator_reveal_request', 'reveal_budget');
    END IF;
    RETURN v_id;
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_reveal_request(bigint, text) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_reveal_request(bigint, text) IS
    'Records, with a reason, that the caller is about to see an account''s mobile number and '
    'returns a reveal id; the number is told by console.vaccinator_reveal after this commits, '
    'or refused there (CW429) when the caller is over its hourly budget. Helpdesk (in scope) and '
    'admins; audited, refusals too.';

CREATE OR REPLACE FUNCTION console.vaccinator_reveal(reveal_id bigint, OUT mobile text, OUT visible_seconds integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    r private.reveal;
BEGIN
    PERFORM private.require_session('console.vaccinator_reveal', ARRAY['cowin_helpdesk', 'cowin_admin']);
    SELECT * INTO r FROM private.reveal WHERE id = reveal_id AND role_name = SESSION_USER FOR UPDATE;
    IF NOT FOUND OR r.told_at IS NOT NULL
       OR r.created_at < pg_catalog.clock_timestamp() - interval '1 minute' THEN
        RAISE EXCEPTION 'Ask again to show the number, with a reason.' USING ERRCODE = 'CW422',
            HINT = 'field:reason';
    END IF;
    IF r.created_xact = pg_catalog.pg_current_xact_id() THEN
        PERFORM private.log_refusal('CW422', 'console.vaccinator_reveal', 'same_transaction');
        RAISE EXCEPTION 'A number is shown only after its reveal has been recorded.'
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    IF r.refused THEN
        PERFORM private.over_budget_error('reason',
            pg_catalog.format('You have reached the limit for showing mobile numbers (%s an hour). Try again later; a ministry admin can change the limit.',
                              private.limit_value('reveals_per_hour')));
    END IF;
    UPDATE private.reveal SET told_at = pg_catalog.clock_timestamp() WHERE id = r.id;
    SELECT v.mobile INTO mobile FROM private.vaccinator v WHERE v.id = r.vaccinator_id;
    visible_seconds := 30;
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_reveal(bigint) TO cowin_helpdesk, cowin_admin;
COMMENT ON FUNCTION console.vaccinator_reveal(bigint) IS
    'Tells the mobile number of a committed, unused reveal of the caller (once, within a '
    'minute) and how long the console may show it; CW429 for a reveal over budget. Helpdesk and '
    'admins; the reveal is audited.';

---------------------------------------------------------------------------------------------
-- Changing one account
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION console.vaccinator_force_reset(account bigint, version integer, reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_force_reset',
                                                  ARRAY['cowin_helpdesk', 'cowin_admin']);
    v_reason text := private.reason_given(reason, 'a password reset');
    v private.vaccinator := private.vaccinator_for_action(account, version, 'console.vaccinator_force_reset');
BEGIN
    IF v.status = 'disabled' THEN
        RAISE EXCEPTION 'This account is disabled: enable it before resetting its password.'
            USING ERRCODE = 'CW422', HINT = 'field:account';
    END IF;
    RETURN private.reset_vaccinator(v, v_reason, NULL, true);
END
$$;
COMMENT ON FUNCTION console.vaccinator_force_reset(bigint, integer, text) IS
    'Forces a password reset: must change at next login, portal sessions revoked, a one-time '
    'password made in the database queued for the registered mobile. Returns the new version. '
    'Helpdesk (in scope) and admins; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_force_reset(bigint, integer, text) TO cowin_helpdesk, cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_unlock(account bigint, version integer, reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_unlock',
                                                  ARRAY['cowin_helpdesk', 'cowin_admin']);
    v_reason text := private.reason_given(reason, 'unlocking');
    v private.vaccinator := private.vaccinator_for_action(account, version, 'console.vaccinator_unlock');
BEGIN
    IF v.status <> 'locked' THEN
        RAISE EXCEPTION 'This account is not locked.' USING ERRCODE = 'CW422', HINT = 'field:account';
    END IF;
    RETURN private.unlock_vaccinator(v, v_reason, NULL);
END
$$;
COMMENT ON FUNCTION console.vaccinator_unlock(bigint, integer, text) IS
    'Unlocks an account locked by failed portal logins. Returns the new version. Helpdesk (in '
    'scope) and admins; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_unlock(bigint, integer, text) TO cowin_helpdesk, cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_set_disabled(account bigint, version integer, disabled boolean,
                                                reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_set_disabled', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, CASE WHEN disabled THEN 'disabling' ELSE 'enabling' END);
    v private.vaccinator := private.vaccinator_for_action(account, version, 'console.vaccinator_set_disabled');
BEGIN
    IF disabled IS NULL OR (disabled AND v.status = 'disabled') OR (NOT disabled AND v.status <> 'disabled') THEN
        RAISE EXCEPTION 'This account is already %.', CASE WHEN v.status = 'disabled' THEN 'disabled' ELSE 'enabled' END
            USING ERRCODE = 'CW422', HINT = 'field:account';
    END IF;
    RETURN private.set_vaccinator_disabled(v, disabled, v_reason, NULL);
END
$$;
COMMENT ON FUNCTION console.vaccinator_set_disabled(bigint, integer, boolean, text) IS
    'Disables an account (portal sessions revoked, undelivered passwords withdrawn) or enables '
    'it again. Returns the new version. Admins only; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_set_disabled(bigint, integer, boolean, text) TO cowin_admin;

---------------------------------------------------------------------------------------------
-- Bulk actions (reset, unlock, disable): admins, with a step-up code; one chunk per
-- transaction, one audit event per account.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION private.bulk_scope(p_kind text, p_value text, OUT label text, OUT where_sql text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    CASE p_kind
        WHEN 'all' THEN
            label := 'every account'; where_sql := 'true';
        WHEN 'state' THEN
            SELECT 'state ' || s.name INTO label FROM private.state s WHERE s.code = pg_catalog.upper(p_value);
            where_sql := 'v.state_code = $1';
        WHEN 'district' THEN
            SELECT 'district ' || d.name || ', ' || d.state_code INTO label FROM private.district d
             WHERE p_value ~ '^[0-9]{1,9}$' AND d.id = p_value::integer;
            where_sql := 'v.district_id = $1::integer';
        WHEN 'centre' THEN
            SELECT 'centre ' || c.name INTO label FROM private.centre c
             WHERE p_value ~ '^[0-9]{1,9}$' AND c.id = p_value::integer;
            where_sql := 'v.centre_id = $1::integer';
        ELSE
            RAISE EXCEPTION 'A bulk action covers every account, a state, a district or a centre.'
                USING ERRCODE = 'CW422', HINT = 'field:scope';
    END CASE;
    IF label IS NULL THEN
        RAISE EXCEPTION 'There is no such %.', p_kind USING ERRCODE = 'CW422', HINT = 'field:scope';
    END IF;
END
$$;
COMMENT ON FUNCTION private.bulk_scope(text, text) IS
    'The label and fixed WHERE text of a bulk action''s scope; CW422 for an unknown scope.';

-- Which accounts of the scope an action touches: a reset and a disable every enabled one, an
-- unlock the locked ones. Fixed text, chosen by name.
CREATE OR REPLACE FUNCTION private.bulk_action_filter(p_action text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    CASE p_action
        WHEN 'reset' THEN RETURN 'v.status <> ''disabled''';
        WHEN 'disable' THEN RETURN 'v.status <> ''disabled''';
        WHEN 'unlock' THEN RETURN 'v.status = ''locked''';
        ELSE
            RAISE EXCEPTION 'A bulk action resets passwords, unlocks or disables accounts.'
                USING ERRCODE = 'CW422', HINT = 'field:action';
    END CASE;
END
$$;
COMMENT ON FUNCTION private.bulk_action_filter(text) IS
    'The WHERE text of the accounts a bulk action touches (reset, disable: enabled; unlock: '
    'locked); CW422 at action otherwise.';

CREATE OR REPLACE FUNCTION private.bulk_accounts_sql(p_action text, p_scope_where text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT ' FROM private.vaccinator v WHERE ' || private.bulk_action_filter(p_action) || ' AND '
           || p_scope_where
$$;
COMMENT ON FUNCTION private.bulk_accounts_sql(text, text) IS
    'FROM and WHERE of the accounts a bulk action touches in a scope ($1 is the scope value).';

DROP FUNCTION IF EXISTS console.vaccinator_bulk_preview(text, text);
CREATE OR REPLACE FUNCTION console.vaccinator_bulk_preview(action text, scope_kind text, scope_value text,
                                                           OUT accounts bigint, OUT label text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    b record;
BEGIN
    PERFORM private.require_session('console.vaccinator_bulk_preview', ARRAY['cowin_admin']);
    b := private.bulk_scope(scope_kind, scope_value);
    label := b.label;
    EXECUTE 'SELECT pg_catalog.count(*)' || private.bulk_accounts_sql(action, b.where_sql)
       INTO accounts USING pg_catalog.upper(scope_value);
END
$$;
COMMENT ON FUNCTION console.vaccinator_bulk_preview(text, text, text) IS
    'How many accounts a bulk action (reset, unlock, disable) of this scope would touch. Admins '
    'only; not audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_bulk_preview(text, text, text) TO cowin_admin;

-- The dry run: the first accounts a bulk action would touch, to look at before confirming.
CREATE OR REPLACE FUNCTION console.vaccinator_bulk_sample(action text, scope_kind text, scope_value text,
                                                          max_accounts integer)
RETURNS TABLE (id bigint, login_id text, full_name text, centre_name text, status text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    b record;
BEGIN
    PERFORM private.require_session('console.vaccinator_bulk_sample', ARRAY['cowin_admin']);
    b := private.bulk_scope(scope_kind, scope_value);
    RETURN QUERY EXECUTE
        'SELECT a.id, a.login_id::text, a.full_name::text, c.name::text, a.status FROM ('
        || 'SELECT v.*' || private.bulk_accounts_sql(action, b.where_sql)
        || ' ORDER BY v.id LIMIT $2) a JOIN private.centre c ON c.id = a.centre_id ORDER BY a.id'
        USING pg_catalog.upper(scope_value), LEAST(GREATEST(coalesce(max_accounts, 50), 1), 200);
END
$$;
COMMENT ON FUNCTION console.vaccinator_bulk_sample(text, text, text, integer) IS
    'The first accounts (at most 200, by id) a bulk action of this scope would touch: the dry '
    'run an admin reads before confirming. Admins only; not audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_bulk_sample(text, text, text, integer) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_bulk_begin(action text, scope_kind text, scope_value text,
                                                         reason text, send_temporary_password boolean,
                                                         step_up_attempt bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_bulk_begin', ARRAY['cowin_admin']);
    -- The action is judged before the reason, which is worded after it.
    v_accounts text := private.bulk_accounts_sql(action, 'true');
    v_reason text := private.reason_given(reason, CASE action WHEN 'reset' THEN 'a bulk password reset'
                                                              WHEN 'unlock' THEN 'a bulk unlock'
                                                              ELSE 'a bulk disable' END);
    b record := private.bulk_scope(scope_kind, scope_value);
    v_send boolean := action = 'reset' AND coalesce(send_temporary_password, true);
    a private.otp_attempt;
    v_planned bigint;
    v_min bigint;
    v_max bigint;
    v_id bigint;
    v_lanes integer;
BEGIN
    a := private.consume_step_up(step_up_attempt, 'console.vaccinator_bulk_begin');
    EXECUTE 'SELECT pg_catalog.count(*), coalesce(pg_catalog.min(v.id), 1), coalesce(pg_catalog.max(v.id), 0)'
            || private.bulk_accounts_sql(action, b.where_sql)
       INTO v_planned, v_min, v_max USING pg_catalog.upper(scope_value);
    INSERT INTO private.bulk_reset (role_name, action, scope_kind, scope_value, scope_label, reason,
                                    send_temporary_password, planned, max_id, step_up_attempt)
    VALUES (s.role_name, action, scope_kind, pg_catalog.upper(scope_value), b.label, v_reason,
            v_send, v_planned, v_max, a.id)
    RETURNING id INTO v_id;
    -- Lanes of about equal id ranges, one per 10,000 accounts up to 8: from 20,000 accounts on
    -- (a district's worth) every worker a console runs has a lane of its own, and with more
    -- lanes than workers the last lanes still end at about the same time.
    v_lanes := LEAST(8, GREATEST(1, v_planned / 10000))::integer;
    INSERT INTO private.bulk_lane (bulk_id, lane, cursor_id, max_id)
    SELECT v_id, l, v_min - 1 + (v_max - v_min + 1) * l / v_lanes,
           v_min - 1 + (v_max - v_min + 1) * (l + 1) / v_lanes
      FROM pg_catalog.generate_series(0, v_lanes - 1) l;
    PERFORM audit.append('vaccinator.bulk_' || action || '_started', 'bulk_reset', v_id::text, v_reason,
        pg_catalog.jsonb_build_object('scope', b.label, 'planned', v_planned,
                                      'send_temporary_password', v_send, 'step_up_attempt', a.id));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.vaccinator_bulk_begin(text, text, text, text, boolean, bigint) IS
    'Starts a bulk action (reset, unlock, disable) of the accounts it touches in a scope, '
    'confirmed by a step-up code; they are changed by console.vaccinator_bulk_chunk. Admins '
    'only; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_bulk_begin(text, text, text, text, boolean, bigint) TO cowin_admin;

---------------------------------------------------------------------------------------------
-- A bulk action does not wait on reads of its accounts, and its chunks run side by side
---------------------------------------------------------------------------------------------
-- A recorded reveal or lookup references its account (a KEY SHARE lock until its transaction
-- ends); a chunk changes no key, so it locks its accounts FOR NO KEY UPDATE and never waits on
-- another operator's open read of one of them.
--
-- Each chunk takes the first lane no other chunk holds (SKIP LOCKED) and the next accounts of
-- that lane, so two workers of one console (or two consoles) change different accounts at the
-- same time. Locks are taken lanes first, then the action's row, by chunks and by a cancel
-- alike, so none waits on another in a circle. The chunk that finishes the last lane finishes
-- the action: the row lock makes two last chunks take turns, and the second sees the first's
-- lane finished.
DROP FUNCTION IF EXISTS console.vaccinator_bulk_chunk(bigint, integer);
CREATE OR REPLACE FUNCTION console.vaccinator_bulk_chunk(bulk_id bigint, chunk_size integer,
                                                         OUT done bigint, OUT planned bigint,
                                                         OUT finished boolean, OUT applied integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_bulk_chunk', ARRAY['cowin_admin']);
    r private.bulk_reset;
    l private.bulk_lane;
    b record;
    v private.vaccinator;
    v_limit integer := LEAST(GREATEST(coalesce(chunk_size, 1000), 1), 10000);
    v_ids bigint[];
BEGIN
    applied := 0;
    SELECT * INTO r FROM private.bulk_reset x WHERE x.id = bulk_id;
    IF NOT FOUND OR r.role_name <> s.role_name THEN
        RAISE EXCEPTION 'There is no such bulk action of yours.' USING ERRCODE = 'CW422', HINT = 'field:bulk';
    END IF;
    SELECT * INTO l FROM private.bulk_lane x
     WHERE x.bulk_id = r.id AND x.state = 'running'
     ORDER BY x.lane LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF FOUND THEN
        b := private.bulk_scope(r.scope_kind, r.scope_value);
        -- The chunk's accounts, locked in id order.
        EXECUTE 'SELECT pg_catalog.array_agg(x.id ORDER BY x.id) FROM (SELECT v.id'
                || private.bulk_accounts_sql(r.action, b.where_sql)
                || ' AND v.id > $2 AND v.id <= $3 ORDER BY v.id LIMIT $4 FOR NO KEY UPDATE) x'
           INTO v_ids USING r.scope_value, l.cursor_id, l.max_id, v_limit;
        applied := coalesce(pg_catalog.cardinality(v_ids), 0);
        IF applied > 0 THEN
            IF r.action = 'reset' THEN
                -- The bulk action that matters at national scale: one statement for the chunk.
                PERFORM private.reset_vaccinators(v_ids, r.reason, r.id, r.send_temporary_password);
            ELSE
                FOR v IN SELECT * FROM private.vaccinator x WHERE x.id = ANY (v_ids) ORDER BY x.id LOOP
                    IF r.action = 'unlock' THEN
                        PERFORM private.unlock_vaccinator(v, r.reason, r.id);
                    ELSE
                        PERFORM private.set_vaccinator_disabled(v, true, r.reason, r.id);
                    END IF;
                END LOOP;
            END IF;
        END IF;
        UPDATE private.bulk_lane x
           SET cursor_id = coalesce(v_ids[applied], x.cursor_id),
               state = CASE WHEN applied < v_limit THEN 'finished' ELSE 'running' END
         WHERE x.bulk_id = l.bulk_id AND x.lane = l.lane;
        -- The lane's lock first, then the action's row: a chunk of another lane that got there
        -- first has committed by now, and what follows sees its lane as it left it.
        UPDATE private.bulk_reset x SET done = x.done + applied WHERE x.id = r.id
        RETURNING * INTO r;
        IF applied < v_limit AND r.state = 'running' AND NOT EXISTS (
                SELECT 1 FROM private.bulk_lane x WHERE x.bulk_id = r.id AND x.state = 'running') THEN
            UPDATE private.bulk_reset x SET state = 'finished', finished_at = pg_catalog.clock_timestamp()
             WHERE x.id = r.id RETURNING * INTO r;
            PERFORM audit.append('vaccinator.bulk_' || r.action || '_finished', 'bulk_reset', r.id::text, r.reason,
                pg_catalog.jsonb_build_object('scope', r.scope_label, 'planned', r.planned, 'done', r.done));
        END IF;
    END IF;
    -- No lane free: the others are being worked on (this worker may stop), or all are done.
    done := r.done;
    planned := r.planned;
    finished := r.state <> 'running';
END
$$;
GRANT EXECUTE ON FUNCTION console.vaccinator_bulk_chunk(bigint, integer) TO cowin_admin;
COMMENT ON FUNCTION console.vaccinator_bulk_chunk(bigint, integer) IS
    'Applies the next chunk of a running bulk action in the first lane no other chunk holds '
    '(one audit event per account) and returns the progress and how many accounts this chunk '
    'changed (0 while every unfinished lane is held by another worker). Call it in its own '
    'transaction: a chunk is applied whole or not at all. Admins only, for their own bulk '
    'action; audited.';

CREATE OR REPLACE FUNCTION console.vaccinator_bulk_cancel(bulk_id bigint, OUT done bigint, OUT planned bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_bulk_cancel', ARRAY['cowin_admin']);
    r private.bulk_reset;
BEGIN
    SELECT * INTO r FROM private.bulk_reset x WHERE x.id = bulk_id;
    IF NOT FOUND OR r.role_name <> s.role_name THEN
        RAISE EXCEPTION 'There is no such bulk action of yours.' USING ERRCODE = 'CW422', HINT = 'field:bulk';
    END IF;
    -- Lanes first (a chunk in flight finishes first), then the action's row, as chunks do.
    PERFORM 1 FROM private.bulk_lane x WHERE x.bulk_id = r.id ORDER BY x.lane FOR UPDATE;
    SELECT * INTO r FROM private.bulk_reset x WHERE x.id = r.id FOR UPDATE;
    IF r.state = 'running' THEN
        UPDATE private.bulk_lane x SET state = 'cancelled' WHERE x.bulk_id = r.id AND x.state = 'running';
        UPDATE private.bulk_reset x SET state = 'cancelled', finished_at = pg_catalog.clock_timestamp()
         WHERE x.id = r.id;
        PERFORM audit.append('vaccinator.bulk_' || r.action || '_cancelled', 'bulk_reset', r.id::text, r.reason,
            pg_catalog.jsonb_build_object('scope', r.scope_label, 'planned', r.planned, 'done', r.done));
    END IF;
    done := r.done;
    planned := r.planned;
END
$$;
COMMENT ON FUNCTION console.vaccinator_bulk_cancel(bigint) IS
    'Cancels a running bulk action between chunks; accounts already changed stay changed. Admins '
    'only, for their own bulk action; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_bulk_cancel(bigint) TO cowin_admin;

-- Admins create and edit vaccinator accounts, one at a time or by CSV import (checked row by
-- row first, then committed all or nothing), and export what a search finds, masked. Every
-- field is checked here, whatever the console checked before.

-- What is wrong with one account's fields, or NULL: (field, message). p_except is the
-- account being edited, which may keep its own login id and mobile.
CREATE OR REPLACE FUNCTION private.vaccinator_field_problem(p_login_id text, p_full_name text, p_mobile text,
                                                 p_centre integer, p_except bigint,
                                                 OUT field text, OUT message text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF NOT private.is_login_id(p_login_id) THEN
        field := 'login_id';
        message := 'A login id has 3 to 40 characters: lower-case letters, digits, dot, hyphen or '
                   'underscore, starting with a letter or digit.';
    ELSIF NOT private.is_display_name(p_full_name) THEN
        field := 'full_name';
        message := private.display_name_rule();
    ELSIF NOT private.is_mobile_number(p_mobile) THEN
        field := 'mobile';
        message := private.mobile_number_rule();
    ELSIF p_centre IS NULL OR NOT EXISTS (SELECT 1 FROM private.centre c WHERE c.id = p_centre) THEN
        field := 'centre';
        message := 'There is no such vaccination centre.';
    ELSIF EXISTS (SELECT 1 FROM private.vaccinator v WHERE v.login_id = p_login_id
                     AND v.id IS DISTINCT FROM p_except) THEN
        field := 'login_id';
        message := pg_catalog.format('The login id %s is taken.', p_login_id);
    ELSIF EXISTS (SELECT 1 FROM private.vaccinator v WHERE v.mobile = p_mobile
                     AND v.id IS DISTINCT FROM p_except) THEN
        field := 'mobile';
        message := 'This mobile number is registered to another account.';
    END IF;
END
$$;
COMMENT ON FUNCTION private.vaccinator_field_problem(text, text, text, integer, bigint) IS
    'The first problem with an account''s fields (field, message), or NULLs when they are valid.';

CREATE OR REPLACE FUNCTION private.insert_vaccinator(p_login_id text, p_full_name text, p_mobile text,
                                          p_centre integer, p_reason text, p_import bigint)
RETURNS bigint
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v private.vaccinator;
BEGIN
    INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code)
    VALUES (p_login_id, pg_catalog.btrim(p_full_name), p_mobile, p_centre, 0, 'XX')
    RETURNING * INTO v;
    PERFORM audit.append('vaccinator.created', 'vaccinator', v.id::text, p_reason,
        private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
            'after', private.vaccinator_facts(v), 'import', p_import));
    RETURN v.id;
END
$$;
COMMENT ON FUNCTION private.insert_vaccinator(text, text, text, integer, text, bigint) IS
    'Inserts one checked account (must change its password at first login) and audits it.';

CREATE OR REPLACE FUNCTION console.vaccinator_create(login_id text, full_name text, mobile text,
                                          centre integer, reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_create', ARRAY['cowin_admin']);
    v_login text := pg_catalog.lower(pg_catalog.btrim(login_id));
    v_mobile text := private.normalize_mobile(mobile);
    p record;
BEGIN
    p := private.vaccinator_field_problem(v_login, full_name, v_mobile, centre, NULL);
    PERFORM private.raise_field_problem(p.field, p.message);
    RETURN private.insert_vaccinator(v_login, full_name, v_mobile, centre,
                                     NULLIF(pg_catalog.btrim(coalesce(reason, '')), ''), NULL);
END
$$;
COMMENT ON FUNCTION console.vaccinator_create(text, text, text, integer, text) IS
    'Creates one account after checking every field (CW422 names the field). Admins only; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_create(text, text, text, integer, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_update(account bigint, version integer, full_name text,
                                          mobile text, centre integer, reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_update', ARRAY['cowin_admin']);
    v private.vaccinator := private.vaccinator_for_action(account, version, 'console.vaccinator_update');
    -- No mobile given: the number stays (the console never holds it to send it back).
    v_mobile text := CASE WHEN NULLIF(pg_catalog.btrim(mobile), '') IS NULL THEN v.mobile
                          ELSE private.normalize_mobile(mobile) END;
    p record;
    n private.vaccinator;
BEGIN
    p := private.vaccinator_field_problem(v.login_id, full_name, v_mobile, centre, v.id);
    PERFORM private.raise_field_problem(p.field, p.message);
    IF pg_catalog.btrim(full_name) = v.full_name AND v_mobile = v.mobile AND centre = v.centre_id THEN
        RAISE EXCEPTION 'Nothing was changed.' USING ERRCODE = 'CW422', HINT = 'field:full_name';
    END IF;
    UPDATE private.vaccinator
       SET full_name = pg_catalog.btrim(vaccinator_update.full_name), mobile = v_mobile,
           centre_id = centre, updated_at = pg_catalog.clock_timestamp(), version = v.version + 1
     WHERE id = v.id
    RETURNING * INTO n;
    -- A new number must not receive a password meant for the old one.
    IF v_mobile <> v.mobile THEN
        UPDATE private.outbox SET state = 'superseded', secret = NULL,
               finished_at = pg_catalog.clock_timestamp()
         WHERE vaccinator_id = v.id AND state IN ('pending', 'sending');
    END IF;
    PERFORM audit.append('vaccinator.updated', 'vaccinator', v.id::text,
        NULLIF(pg_catalog.btrim(coalesce(reason, '')), ''),
        private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
            'before', private.vaccinator_facts(v), 'after', private.vaccinator_facts(n)));
    RETURN n.version;
END
$$;
COMMENT ON FUNCTION console.vaccinator_update(bigint, integer, text, text, integer, text) IS
    'Changes an account''s name, mobile (NULL keeps it) and centre (CW409 for a stale version, '
    'CW422 at the field). Returns the new version. Admins only; audited with before and after (masked).';
GRANT EXECUTE ON FUNCTION console.vaccinator_update(bigint, integer, text, text, integer, text) TO cowin_admin;

-- Import rows: a JSON array of {"line", "login_id", "full_name", "mobile", "centre_id"}.
CREATE OR REPLACE FUNCTION private.import_problems(p_rows jsonb)
RETURNS TABLE (line integer, field text, message text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    r jsonb;
    v_login text;
    v_mobile text;
    v_centre integer;
    p record;
    v_logins text[] := '{}';
    v_mobiles text[] := '{}';
BEGIN
    IF p_rows IS NULL OR pg_catalog.jsonb_typeof(p_rows) <> 'array'
       OR pg_catalog.jsonb_array_length(p_rows) = 0 THEN
        line := 0; field := 'file'; message := 'The file has no accounts.';
        RETURN NEXT;
        RETURN;
    END IF;
    IF pg_catalog.jsonb_array_length(p_rows) > 10000 THEN
        line := 0; field := 'file'; message := 'Import at most 10,000 accounts at a time.';
        RETURN NEXT;
        RETURN;
    END IF;
    FOR r IN SELECT * FROM pg_catalog.jsonb_array_elements(p_rows) LOOP
        line := (r ->> 'line')::integer;
        v_login := pg_catalog.lower(pg_catalog.btrim(r ->> 'login_id'));
        v_mobile := private.normalize_mobile(r ->> 'mobile');
        v_centre := CASE WHEN (r ->> 'centre_id') ~ '^[0-9]{1,9}$' THEN (r ->> 'centre_id')::integer END;
        p := private.vaccinator_field_problem(v_login, r ->> 'full_name', v_mobile, v_centre, NULL);
        IF p.field IS NULL AND v_login = ANY (v_logins) THEN
            p.field := 'login_id';
            p.message := pg_catalog.format('The login id %s appears twice in the file.', v_login);
        ELSIF p.field IS NULL AND v_mobile = ANY (v_mobiles) THEN
            p.field := 'mobile';
            p.message := 'This mobile number appears twice in the file.';
        END IF;
        IF p.field IS NOT NULL THEN
            field := p.field;
            message := p.message;
            RETURN NEXT;
        END IF;
        v_logins := v_logins || v_login;
        v_mobiles := v_mobiles || v_mobile;
    END LOOP;
END
$$;
COMMENT ON FUNCTION private.import_problems(jsonb) IS
    'Every problem of an import, one per bad row (line, field, message); none when it can be imported.';

CREATE OR REPLACE FUNCTION console.vaccinator_import_check(rows jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_import_check', ARRAY['cowin_admin']);
    v_count integer := CASE WHEN pg_catalog.jsonb_typeof(rows) = 'array'
                            THEN pg_catalog.jsonb_array_length(rows) ELSE 0 END;
    v_limit integer := private.limit_value('import_check_rows_per_day');
    v_refused boolean;
    v_problems jsonb;
    v_id bigint;
BEGIN
    PERFORM private.budget_turn(s.role_name);
    v_refused := v_count + coalesce((SELECT pg_catalog.sum(c.row_count) FROM private.import_check c
                                      WHERE c.role_name = s.role_name AND NOT c.refused
                                        AND c.created_at > pg_catalog.clock_timestamp() - interval '1 day'), 0)
                 > v_limit;
    IF NOT v_refused THEN
        SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                   'line', p.line, 'field', p.field, 'message', p.message) ORDER BY p.line), '[]')
          INTO v_problems FROM private.import_problems(rows) p;
    END IF;
    INSERT INTO private.import_check (role_name, rows, row_count, problems, refused)
    VALUES (s.role_name, CASE WHEN NOT v_refused THEN rows END, v_count, v_problems, v_refused)
    RETURNING id INTO v_id;
    PERFORM audit.append(CASE WHEN v_refused THEN 'vaccinator.import_check_refused'
                              ELSE 'vaccinator.import_checked' END,
                         'import_check', v_id::text, NULL,
                         pg_catalog.jsonb_build_object('rows', v_count,
                             'problems', pg_catalog.jsonb_array_length(coalesce(v_problems, '[]')),
                             'limit_rows_per_day', v_limit));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.vaccinator_import_check(jsonb) IS
    'Checks an import (up to 10,000 rows) and records the check, its rows and its problems '
    'before anything is told; console.vaccinator_import_problems tells them after the commit. '
    'Budgeted per admin and day. Admins only; audited, refusals too.';
GRANT EXECUTE ON FUNCTION console.vaccinator_import_check(jsonb) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_import(check_id bigint, reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_import', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'an import');
    c private.import_check := private.committed_import_check(check_id, 'console.vaccinator_import');
    p record;
    r jsonb;
    v_import bigint;
    v_count integer := 0;
BEGIN
    IF c.imported_at IS NOT NULL THEN
        PERFORM private.raise_field_problem('file', 'This file was imported already.');
    END IF;
    -- All or nothing, checked again: accounts made since the check may now collide.
    SELECT * INTO p FROM private.import_problems(c.rows) LIMIT 1;
    IF FOUND OR pg_catalog.jsonb_array_length(c.problems) > 0 THEN
        RAISE EXCEPTION 'The file has problems: check it again and fix them before importing.'
            USING ERRCODE = 'CW422', HINT = 'field:file';
    END IF;
    UPDATE private.import_check SET imported_at = pg_catalog.clock_timestamp(), rows = NULL
     WHERE id = c.id;
    -- The import's own audit event names it; each account's event points to it.
    v_import := audit.append('vaccinator.imported', 'import_check', c.id::text, v_reason,
                             pg_catalog.jsonb_build_object('accounts', c.row_count));
    FOR r IN SELECT * FROM pg_catalog.jsonb_array_elements(c.rows) LOOP
        PERFORM private.insert_vaccinator(pg_catalog.lower(pg_catalog.btrim(r ->> 'login_id')),
                                          r ->> 'full_name', private.normalize_mobile(r ->> 'mobile'),
                                          (r ->> 'centre_id')::integer, v_reason, v_import);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION console.vaccinator_import(bigint, text) IS
    'Imports, all or nothing, exactly the rows of a committed import check of the caller that '
    'found no problems (CW422 at the field file otherwise). Admins only; one audit event per '
    'account and one for the import.';
GRANT EXECUTE ON FUNCTION console.vaccinator_import(bigint, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.vaccinator_export_record(filter_description text, accounts bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_export_record', ARRAY['cowin_admin']);
BEGIN
    RETURN audit.append('vaccinator.exported', NULL, NULL, NULL,
        pg_catalog.jsonb_build_object('filter', pg_catalog.left(coalesce(filter_description, ''), 1000),
                                      'accounts', accounts, 'mobiles', 'masked'));
END
$$;
COMMENT ON FUNCTION console.vaccinator_export_record(text, bigint) IS
    'Records, before the first row is written, that the caller exports the accounts a search '
    'finds (mobiles masked). Admins only; audited (this is the record).';
GRANT EXECUTE ON FUNCTION console.vaccinator_export_record(text, bigint) TO cowin_admin;

---------------------------------------------------------------------------------------------
-- Scope covers reads
---------------------------------------------------------------------------------------------
-- The caller's delegation scope, or NULLs when it may read and act everywhere.
CREATE OR REPLACE FUNCTION private.caller_scope(OUT states text[], OUT districts integer[])
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT CASE WHEN pg_catalog.count(*) > 0 THEN coalesce(pg_catalog.array_agg(s.state_code)
                    FILTER (WHERE s.state_code IS NOT NULL), '{}') END,
           CASE WHEN pg_catalog.count(*) > 0 THEN coalesce(pg_catalog.array_agg(s.district_id)
                    FILTER (WHERE s.district_id IS NOT NULL), '{}') END
      FROM private.operator_scope s
     WHERE s.role_name = SESSION_USER
       AND NOT pg_catalog.pg_has_role(SESSION_USER, 'cowin_admin', 'MEMBER')
$$;
COMMENT ON FUNCTION private.caller_scope() IS
    'The states and districts session_user is limited to; NULLs for admins and operators '
    'without scope.';

-- An account the caller reads: CW422 unknown, CW403 outside its scope (logged).
CREATE OR REPLACE FUNCTION private.vaccinator_for_reading(p_id bigint, p_what text) RETURNS private.vaccinator
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    v private.vaccinator;
BEGIN
    SELECT * INTO v FROM private.vaccinator WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no such vaccinator account.' USING ERRCODE = 'CW422',
            HINT = 'field:account';
    END IF;
    IF NOT private.in_scope(v.state_code, v.district_id) THEN
        PERFORM private.log_refusal('CW403', p_what, 'out_of_scope');
        RAISE EXCEPTION 'You are not allowed to see accounts outside your states and districts.'
            USING ERRCODE = 'CW403';
    END IF;
    RETURN v;
END
$$;
COMMENT ON FUNCTION private.vaccinator_for_reading(bigint, text) IS
    'An account the caller may read: CW422 unknown, CW403 outside the caller''s scope.';

-- The WHERE text for the caller's scope: $12 states, $13 districts.
CREATE OR REPLACE FUNCTION private.scope_filter(p_scoped boolean) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN p_scoped THEN ' AND (v.state_code = ANY ($12) OR v.district_id = ANY ($13))'
                ELSE '' END
$$;
COMMENT ON FUNCTION private.scope_filter(boolean) IS
    'The fixed WHERE fragment that limits a search to the caller''s scope ($12, $13).';

-- A committed check of the caller, locked: CW422 unknown or not yet committed, CW429 over budget.
CREATE OR REPLACE FUNCTION private.committed_import_check(p_check bigint, p_what text) RETURNS private.import_check
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    c private.import_check;
BEGIN
    SELECT * INTO c FROM private.import_check
     WHERE id = p_check AND role_name = SESSION_USER
       AND created_at > pg_catalog.clock_timestamp() - interval '1 hour'
       FOR UPDATE;
    IF NOT FOUND OR c.created_xact = pg_catalog.pg_current_xact_id() THEN
        PERFORM private.log_refusal('CW422', p_what, 'import_check');
        RAISE EXCEPTION 'Check the file again before importing it.' USING ERRCODE = 'CW422',
            HINT = 'field:file';
    END IF;
    IF c.refused THEN
        PERFORM private.over_budget_error('file',
            pg_catalog.format('You have reached the limit for rows checked for import (%s a day). Try again tomorrow; a ministry admin can change the limit.',
                              private.limit_value('import_check_rows_per_day')));
    END IF;
    RETURN c;
END
$$;
COMMENT ON FUNCTION private.committed_import_check(bigint, text) IS
    'An import check of the caller committed in an earlier transaction within the hour, locked; '
    'CW422 otherwise, CW429 when it was over budget.';

CREATE OR REPLACE FUNCTION console.vaccinator_import_problems(check_id bigint)
RETURNS TABLE (line integer, field text, message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    c private.import_check;
BEGIN
    PERFORM private.require_session('console.vaccinator_import_problems', ARRAY['cowin_admin']);
    c := private.committed_import_check(check_id, 'console.vaccinator_import_problems');
    UPDATE private.import_check SET told_at = pg_catalog.clock_timestamp() WHERE id = c.id;
    RETURN QUERY SELECT (p ->> 'line')::integer, p ->> 'field', p ->> 'message'
                   FROM pg_catalog.jsonb_array_elements(c.problems) p;
END
$$;
COMMENT ON FUNCTION console.vaccinator_import_problems(bigint) IS
    'The problems a committed import check of the caller found, one per bad row (none: it can be '
    'imported); CW429 when the check was over budget. Admins only; the check is audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_import_problems(bigint) TO cowin_admin;

CREATE OR REPLACE TRIGGER vaccinator_place BEFORE INSERT OR UPDATE OF centre_id, district_id, state_code
    ON private.vaccinator FOR EACH ROW EXECUTE FUNCTION private.vaccinator_place();
