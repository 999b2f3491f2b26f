-- run-as: cowin_owner
-- Personal data leaves only in small, recorded amounts, after an attacker's review:
-- - one rule for a mobile number as people write it (every valid Indian mobile, "91" first
--   included) and one pattern for a valid one;
-- - budgets per operator that admins set (private.limit_setting): searches by mobile number,
--   reveals of a number, rows of import checks. A budget check and its record are one step:
--   the operator's calls queue on its own row, so 50 concurrent calls never pass the budget. A
--   call over budget is recorded and committed too, and only the call that tells refuses it
--   (CW429 at the field), so the refusal is audited;
-- - a search by mobile number is recorded before anything depends on the number: the recording
--   call stores the number and reads no account; the search resolves it after the commit;
-- - an import is checked in two steps (recorded, then told) and imports exactly the rows it
--   checked;
-- - helpdesk scope covers reads: outside it, details, events and deliveries are CW403 and
--   searches do not list the account;
-- - one-line fields (reasons, names, contacts) refuse C0 and C1 control characters.

---------------------------------------------------------------------------------------------
-- Rules written once
---------------------------------------------------------------------------------------------
CREATE FUNCTION private.mobile_pattern() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT '^[6-9][0-9]{9}$' $$;
COMMENT ON FUNCTION private.mobile_pattern() IS
    'A valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9.';

-- +91 98..., 0091 98..., 91 98... (12 digits), 098... (11 digits), with spaces, dots, hyphens
-- or brackets: the 10 digits. A 10-digit number is left alone, whatever its first digits.
CREATE OR REPLACE FUNCTION private.normalize_mobile(p_mobile text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN d ~ '^\+91[0-9]{10}$' THEN pg_catalog.substr(d, 4)
                WHEN d ~ '^0091[0-9]{10}$' THEN pg_catalog.substr(d, 5)
                WHEN d ~ '^91[0-9]{10}$' THEN pg_catalog.substr(d, 3)
                WHEN d ~ '^0[0-9]{10}$' THEN pg_catalog.substr(d, 2)
                ELSE d END
      FROM (SELECT pg_catalog.regexp_replace(coalesce(p_mobile, ''), '[\s.()-]', '', 'g') AS d) x
$$;
COMMENT ON FUNCTION private.normalize_mobile(text) IS
    'A mobile number as people write it (+91, 0091, 91 or 0 first; spaces, dots, hyphens, '
    'brackets) as its 10 digits; a 10-digit number is kept as it is.';

CREATE FUNCTION private.control_character_pattern() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT '[\x01-\x1f\x7f-\x9f]' $$;
COMMENT ON FUNCTION private.control_character_pattern() IS
    'C0 and C1 control characters (line breaks, tabs, escapes): never part of a one-line field.';

-- Trigger: the columns named as arguments are one-line fields; CW422 at the field otherwise.
CREATE FUNCTION private.refuse_control_characters() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_row jsonb := pg_catalog.to_jsonb(NEW);
    v_column text;
BEGIN
    FOREACH v_column IN ARRAY TG_ARGV LOOP
        IF (v_row ->> v_column) ~ private.control_character_pattern() THEN
            RAISE EXCEPTION 'The % must be one line of plain text: no line breaks, tabs or other control characters.',
                pg_catalog.replace(v_column, '_', ' ')
                USING ERRCODE = 'CW422', HINT = 'field:' || v_column;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION private.refuse_control_characters() IS
    'Trigger: CW422 at the field when a one-line column named by the trigger''s arguments holds a '
    'control character.';

-- The WHEN clause keeps the common case (nothing to refuse) free of a function call.
CREATE TRIGGER event_reason_one_line BEFORE INSERT ON audit.event FOR EACH ROW
    WHEN (NEW.reason ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('reason');
CREATE TRIGGER vaccinator_one_line BEFORE INSERT OR UPDATE OF full_name ON private.vaccinator
    FOR EACH ROW WHEN (NEW.full_name ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('full_name');
CREATE TRIGGER operator_one_line BEFORE INSERT OR UPDATE OF full_name ON private.operator
    FOR EACH ROW WHEN (NEW.full_name ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('full_name');
CREATE TRIGGER partner_one_line BEFORE INSERT OR UPDATE OF name, contact ON private.partner
    FOR EACH ROW WHEN (NEW.name ~ '[\x01-\x1f\x7f-\x9f]' OR NEW.contact ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('name', 'contact');

-- Reasons are checked where they are given too, so the refusal names the field before any
-- other work is done.
CREATE OR REPLACE FUNCTION private.reason_given(p_reason text, p_what text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF p_reason IS NULL OR pg_catalog.length(pg_catalog.btrim(p_reason)) < 5 THEN
        RAISE EXCEPTION 'Give a reason for %: at least 5 characters, kept in the audit trail.', p_what
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    IF pg_catalog.length(p_reason) > 500 THEN
        RAISE EXCEPTION 'The reason is too long: at most 500 characters.'
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    IF p_reason ~ private.control_character_pattern() THEN
        RAISE EXCEPTION 'The reason must be one line of plain text: no line breaks, tabs or other control characters.'
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    RETURN pg_catalog.btrim(p_reason);
END
$$;
COMMENT ON FUNCTION private.reason_given(text, text) IS
    'The trimmed reason for an action; CW422 at the field reason when missing, too long or not '
    'one line of plain text.';

---------------------------------------------------------------------------------------------
-- Budgets admins set
---------------------------------------------------------------------------------------------
CREATE TABLE private.limit_setting (
    name        text        PRIMARY KEY,
    value       integer     NOT NULL CHECK (value BETWEEN 1 AND 1000000),
    description text        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    changed_by  text        NOT NULL DEFAULT SESSION_USER
);
INSERT INTO private.limit_setting (name, value, description) VALUES
    ('mobile_lookups_per_10_minutes', 60, 'Searches by mobile number one operator may make in 10 minutes'),
    ('reveals_per_hour', 20, 'Mobile numbers one operator may reveal in an hour'),
    ('import_check_rows_per_day', 50000, 'Rows one admin may check for import in a day');

CREATE FUNCTION private.limit_value(p_name text) RETURNS integer
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT s.value FROM private.limit_setting s WHERE s.name = p_name
$$;
COMMENT ON FUNCTION private.limit_value(text) IS 'The value of a budget admins set.';

CREATE OR REPLACE FUNCTION private.max_mobile_lookups() RETURNS integer
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT private.limit_value('mobile_lookups_per_10_minutes')
$$;
COMMENT ON FUNCTION private.max_mobile_lookups() IS
    'Searches by mobile number one operator may make in 10 minutes (admins set it; 60 at first).';

-- Takes the caller's turn for a budget: every budgeted call of one operator queues here, so a
-- count and the record that follows it are one step.
CREATE FUNCTION private.budget_turn(p_role text) RETURNS void
LANGUAGE sql SET search_path = '' AS $$
    SELECT NULL FROM private.operator WHERE role_name = p_role FOR NO KEY UPDATE
$$;
COMMENT ON FUNCTION private.budget_turn(text) IS
    'Locks the operator''s own row until commit, so its budget checks and records do not race.';

-- Refusals past a budget, and blocked addresses, are failures in the trail's outcome filter.
CREATE OR REPLACE FUNCTION private.audit_failure_pattern() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT '(\.failed|\.replayed|\.refused_[a-z_]+|\.locked|_failed|_dead|_refused|_blocked|\.denied)$'
$$;
COMMENT ON FUNCTION private.audit_failure_pattern() IS
    'The regular expression of actions that record a failure (wrong or replayed codes, locks, '
    'refusals, refusals past a budget, blocked addresses, failed or dead deliveries); every '
    'other action records something done.';

CREATE FUNCTION private.over_budget_error(p_field text, p_message text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION '%', p_message USING ERRCODE = 'CW429', HINT = 'field:' || p_field;
END
$$;
COMMENT ON FUNCTION private.over_budget_error(text, text) IS 'Raises CW429 at the field.';

CREATE FUNCTION console.limits()
RETURNS TABLE (name text, value integer, description text, changed_at timestamptz, changed_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.limits', ARRAY['cowin_admin']);
    RETURN QUERY SELECT s.name, s.value, s.description, s.changed_at, s.changed_by
                   FROM private.limit_setting s ORDER BY s.name;
END
$$;
COMMENT ON FUNCTION console.limits() IS
    'The budgets admins set (lookups, reveals, import checks). Ministry admins; not audited.';
GRANT EXECUTE ON FUNCTION console.limits() TO cowin_admin;

CREATE FUNCTION console.limit_set(name text, value integer, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.limit_set', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'changing a limit');
    v_before integer;
BEGIN
    SELECT l.value INTO v_before FROM private.limit_setting l WHERE l.name = limit_set.name FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM private.raise_field_problem('name', 'There is no such limit.');
    END IF;
    IF value IS NULL OR value NOT BETWEEN 1 AND 1000000 THEN
        PERFORM private.raise_field_problem('value', 'A limit is a whole number from 1 to 1,000,000.');
    END IF;
    IF value = v_before THEN
        PERFORM private.raise_field_problem('value', 'Nothing was changed.');
    END IF;
    UPDATE private.limit_setting l
       SET value = limit_set.value, changed_at = pg_catalog.clock_timestamp(), changed_by = SESSION_USER
     WHERE l.name = limit_set.name;
    PERFORM audit.append('limit.changed', 'limit', limit_set.name, v_reason,
        pg_catalog.jsonb_build_object('before', pg_catalog.jsonb_build_object('value', v_before),
                                      'after', pg_catalog.jsonb_build_object('value', limit_set.value)));
END
$$;
COMMENT ON FUNCTION console.limit_set(text, integer, text) IS
    'Sets a budget (CW422 at the field name or value). Ministry admins only; audited with '
    'before and after.';
GRANT EXECUTE ON FUNCTION console.limit_set(text, integer, text) TO cowin_admin;

---------------------------------------------------------------------------------------------
-- Scope covers reads
---------------------------------------------------------------------------------------------
-- The caller's delegation scope, or NULLs when it may read and act everywhere.
CREATE FUNCTION private.caller_scope(OUT states text[], OUT districts integer[])
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
CREATE FUNCTION private.vaccinator_for_reading(p_id bigint, p_what text) RETURNS private.vaccinator
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
    SELECT v.id, v.login_id::text, v.full_name, private.mask_mobile(v.mobile), v.centre_id, c.name,
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
COMMENT ON FUNCTION console.vaccinator_deliveries(bigint) IS
    'Delivery state of the newest one-time password messages to one account (never the '
    'password). Helpdesk (in scope, CW403 outside) and admins; not audited.';

---------------------------------------------------------------------------------------------
-- Searching by mobile number: recorded before anything depends on the number
---------------------------------------------------------------------------------------------
ALTER TABLE private.mobile_lookup
    ADD COLUMN subject text CHECK (subject ~ '^[6-9][0-9]{9}$'),
    ADD COLUMN refused boolean NOT NULL DEFAULT false;

DROP FUNCTION console.vaccinator_lookup_mobile(text);
CREATE FUNCTION console.vaccinator_lookup_mobile(mobile text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_lookup_mobile',
                                                  ARRAY['cowin_helpdesk', 'cowin_admin']);
    v_mobile text := private.normalize_mobile(mobile);
    v_limit integer := private.max_mobile_lookups();
    v_refused boolean;
    v_id bigint;
BEGIN
    IF v_mobile !~ private.mobile_pattern() THEN
        RAISE EXCEPTION 'A mobile number has 10 digits and starts with 6, 7, 8 or 9.'
            USING ERRCODE = 'CW422', HINT = 'field:mobile';
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

-- The WHERE text for the caller's scope: $12 states, $13 districts.
CREATE FUNCTION private.scope_filter(p_scoped boolean) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN p_scoped THEN ' AND (v.state_code = ANY ($12) OR v.district_id = ANY ($13))'
                ELSE '' END
$$;
COMMENT ON FUNCTION private.scope_filter(boolean) IS
    'The fixed WHERE fragment that limits a search to the caller''s scope ($12, $13).';

DROP FUNCTION private.vaccinator_search_sql(boolean, boolean, boolean, boolean, boolean, boolean, boolean, text, boolean, boolean, boolean, boolean);
CREATE FUNCTION private.vaccinator_search_sql(
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
    RETURN pg_catalog.format(
        'SELECT v.id, v.login_id::text, v.full_name, private.mask_mobile(v.mobile), v.centre_id,'
        ' c.name, v.district_id, d.name, v.state_code, st.name, v.status, v.must_change_password,'
        ' v.failed_logins, v.last_login_at, v.version, private.in_scope(v.state_code, v.district_id),'
        ' p.k::text'
        ' FROM (SELECT %1$s AS k, v.id FROM private.vaccinator v WHERE %2$s %3$s'
        '       ORDER BY %1$s %4$s, v.id %4$s LIMIT $11) p'
        ' JOIN private.vaccinator v ON v.id = p.id'
        ' JOIN private.centre c ON c.id = v.centre_id'
        ' JOIN private.district d ON d.id = v.district_id JOIN private.state st ON st.code = v.state_code'
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
        USING '%' || private.like_escape(pg_catalog.btrim(name_query)) || '%',
              private.like_escape(pg_catalog.lower(pg_catalog.btrim(login_prefix))) || '%',
              v_lookup, centre, district, pg_catalog.upper(state), account_status,
              pg_catalog.btrim(name_query), after_key, after_id,
              LEAST(GREATEST(coalesce(page_size, 100), 1), 500), sc.states, sc.districts;
END
$$;
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
        USING '%' || private.like_escape(pg_catalog.btrim(name_query)) || '%',
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
COMMENT ON FUNCTION console.vaccinator_count(text, text, bigint, integer, integer, text, text, integer, boolean) IS
    'How many accounts a search matches within the caller''s scope, counted up to cap (capped = '
    'true beyond it). Helpdesk and admins; not audited.';

---------------------------------------------------------------------------------------------
-- Revealing a number: budgeted, and a refusal is recorded too
---------------------------------------------------------------------------------------------
ALTER TABLE private.reveal ADD COLUMN refused boolean NOT NULL DEFAULT false;
CREATE INDEX reveal_role_time ON private.reveal (role_name, created_at);

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
COMMENT ON FUNCTION console.vaccinator_reveal(bigint) IS
    'Tells the mobile number of a committed, unused reveal of the caller (once, within a '
    'minute) and how long the console may show it; CW429 for a reveal over budget. Helpdesk and '
    'admins; the reveal is audited.';

---------------------------------------------------------------------------------------------
-- Imports: checked in two steps, budgeted, and imported exactly as checked
---------------------------------------------------------------------------------------------
CREATE TABLE private.import_check (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name    text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    rows         jsonb,
    row_count    integer     NOT NULL,
    problems     jsonb,
    refused      boolean     NOT NULL DEFAULT false,
    created_xact xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    told_at      timestamptz,
    imported_at  timestamptz
);
CREATE INDEX import_check_role_time ON private.import_check (role_name, created_at);

DROP FUNCTION console.vaccinator_import_check(jsonb);
DROP FUNCTION console.vaccinator_import(jsonb, text);

CREATE FUNCTION console.vaccinator_import_check(rows jsonb) RETURNS bigint
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

-- A committed check of the caller, locked: CW422 unknown or not yet committed, CW429 over budget.
CREATE FUNCTION private.committed_import_check(p_check bigint, p_what text) RETURNS private.import_check
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

CREATE FUNCTION console.vaccinator_import_problems(check_id bigint)
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

CREATE FUNCTION console.vaccinator_import(check_id bigint, reason text) RETURNS integer
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

---------------------------------------------------------------------------------------------
-- A bulk reset does not wait on reads of its accounts
---------------------------------------------------------------------------------------------
-- A recorded reveal or lookup references its account (a KEY SHARE lock until its transaction
-- ends); a chunk changes no key, so it locks its accounts FOR NO KEY UPDATE and never waits on
-- another operator's open read of one of them.
CREATE OR REPLACE FUNCTION console.vaccinator_bulk_reset_chunk(bulk_id bigint, chunk_size integer,
                                                    OUT done bigint, OUT planned bigint,
                                                    OUT finished boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_bulk_reset_chunk', ARRAY['cowin_admin']);
    r private.bulk_reset;
    b record;
    v private.vaccinator;
    v_limit integer := LEAST(GREATEST(coalesce(chunk_size, 1000), 1), 10000);
    v_count integer := 0;
    v_last bigint;
BEGIN
    -- The row lock makes two consoles driving one bulk reset take turns, chunk by chunk.
    SELECT * INTO r FROM private.bulk_reset WHERE id = bulk_id FOR UPDATE;
    IF NOT FOUND OR r.role_name <> s.role_name THEN
        RAISE EXCEPTION 'There is no such bulk reset of yours.' USING ERRCODE = 'CW422', HINT = 'field:bulk';
    END IF;
    IF r.state = 'running' THEN
        b := private.bulk_scope(r.scope_kind, r.scope_value);
        v_last := r.cursor_id;
        FOR v IN EXECUTE 'SELECT * FROM private.vaccinator v WHERE v.id > $2 AND v.id <= $3'
                         ' AND v.status <> ''disabled'' AND ' || b.where_sql
                         || ' ORDER BY v.id LIMIT $4 FOR NO KEY UPDATE'
                 USING r.scope_value, r.cursor_id, r.max_id, v_limit LOOP
            PERFORM private.reset_vaccinator(v, r.reason, r.id, r.send_temporary_password);
            v_count := v_count + 1;
            v_last := v.id;
        END LOOP;
        r.done := r.done + v_count;
        r.cursor_id := v_last;
        IF v_count < v_limit THEN
            r.state := 'finished';
            r.finished_at := pg_catalog.clock_timestamp();
            PERFORM audit.append('vaccinator.bulk_reset_finished', 'bulk_reset', r.id::text, r.reason,
                pg_catalog.jsonb_build_object('scope', r.scope_label, 'planned', r.planned, 'done', r.done));
        END IF;
        UPDATE private.bulk_reset SET done = r.done, cursor_id = r.cursor_id, state = r.state,
               finished_at = r.finished_at
         WHERE id = r.id;
    END IF;
    done := r.done;
    planned := r.planned;
    finished := r.state <> 'running';
END
$$;
COMMENT ON FUNCTION console.vaccinator_bulk_reset_chunk(bigint, integer) IS
    'Resets the next chunk of a running bulk reset (one audit event per account) and returns '
    'the progress. Call it in its own transaction: a chunk is applied whole or not at all. '
    'Admins only, for their own bulk reset; audited.';
