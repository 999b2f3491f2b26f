-- run-as: cowin_owner
-- Ministry admins manage the console's own operators: list, create (the desktop sends a SCRAM
-- verifier of a generated password; the server makes the enrolment code), groups and scope
-- with a step-up code, authenticator reset, unlock, disable and enable, forced logout. No admin
-- changes their own access, the last active admin stays, and an admin never waits on the
-- operator it acts on. Every change is audited with before and after.

CREATE OR REPLACE FUNCTION admin.create_operator(p_name text, p_full_name text, p_groups text[],
                                                 p_verifier text, p_must_change_password boolean DEFAULT true)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_code text := private.create_operator(p_name, p_full_name, p_groups, p_verifier,
                                           p_must_change_password);
BEGIN
    PERFORM audit.append('operator.created', 'operator', p_name, NULL,
                         pg_catalog.jsonb_build_object('after', private.operator_facts(p_name)));
    RETURN v_code;
END
$$;
COMMENT ON FUNCTION admin.create_operator(text, text, text[], text, boolean) IS
    'Creates an operator login from a SCRAM verifier, with its groups, and returns the '
    'one-time enrolment code (valid 7 days, stored hashed). Superusers only (cowin-admin); '
    'audited.';

-- Unlocking an operator after an OTP lockout, for DBAs (cowin-admin unlock-operator) until
-- console admins get their own gated function. Both share private.unlock_operator().
CREATE OR REPLACE FUNCTION private.unlock_operator(p_role text, p_reason text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o private.operator;
BEGIN
    SELECT * INTO o FROM private.operator WHERE role_name = p_role FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no console operator "%".', p_role
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    IF p_reason IS NULL OR pg_catalog.btrim(p_reason) = '' THEN
        RAISE EXCEPTION 'Give a reason for unlocking.' USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    IF o.locked_at IS NULL AND private.failures(o) < private.max_failures() THEN
        RAISE EXCEPTION 'Operator "%" is not locked.', p_role USING ERRCODE = 'CW422',
            HINT = 'field:username';
    END IF;
    -- Failures counted so far are forgiven: the baseline moves to the counter's value.
    UPDATE private.operator
       SET locked_at = NULL,
           failure_baseline = coalesce(pg_catalog.pg_sequence_last_value(o.failure_counter), 0)
     WHERE role_name = p_role;
    IF o.disabled_at IS NULL THEN
        PERFORM roles.set_login(p_role, true);
    END IF;
    PERFORM audit.append('operator.unlocked', 'operator', p_role, pg_catalog.btrim(p_reason),
                         pg_catalog.jsonb_build_object(
                             'before', pg_catalog.jsonb_build_object('locked_at', o.locked_at,
                                                                     'failures', private.failures(o)),
                             'after', pg_catalog.jsonb_build_object('locked_at', NULL, 'failures', 0)));
END
$$;
COMMENT ON FUNCTION private.unlock_operator(text, text) IS
    'Unlocks an operator with a reason: failures forgiven, LOGIN restored unless disabled, '
    'operator.unlocked audited with before/after.';

CREATE OR REPLACE FUNCTION admin.unlock_operator(p_name text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.unlock_operator(p_name, p_reason);
END
$$;
COMMENT ON FUNCTION admin.unlock_operator(text, text) IS
    'Unlocks an operator locked after too many wrong codes, with a reason. Superusers only '
    '(cowin-admin unlock-operator); audited with before/after.';

---------------------------------------------------------------------------------------------
-- DBA entry point: delegation scope until console admins get their own gated function.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION admin.set_operator_scope(p_name text, p_states text[], p_districts integer[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_before jsonb;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM private.operator WHERE role_name = p_name) THEN
        RAISE EXCEPTION 'There is no console operator "%".', p_name
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    SELECT pg_catalog.jsonb_build_object(
               'states', coalesce(pg_catalog.jsonb_agg(state_code) FILTER (WHERE state_code IS NOT NULL), '[]'),
               'districts', coalesce(pg_catalog.jsonb_agg(district_id) FILTER (WHERE district_id IS NOT NULL), '[]'))
      INTO v_before FROM private.operator_scope WHERE role_name = p_name;
    DELETE FROM private.operator_scope WHERE role_name = p_name;
    INSERT INTO private.operator_scope (role_name, state_code)
    SELECT DISTINCT p_name, pg_catalog.upper(s) FROM pg_catalog.unnest(coalesce(p_states, '{}')) s;
    INSERT INTO private.operator_scope (role_name, district_id)
    SELECT DISTINCT p_name, d FROM pg_catalog.unnest(coalesce(p_districts, '{}')) d;
    PERFORM audit.append('operator.scope_changed', 'operator', p_name, NULL,
        pg_catalog.jsonb_build_object('before', v_before, 'after', pg_catalog.jsonb_build_object(
            'states', coalesce(p_states, '{}'), 'districts', coalesce(p_districts, '{}'))));
END
$$;
COMMENT ON FUNCTION admin.set_operator_scope(text, text[], integer[]) IS
    'Limits an operator to accounts in these states and districts (both empty: no limit). '
    'Superusers only (cowin-admin set-scope); audited with before/after.';

-- Ministry admins manage the console's own operators: list them; create one (the desktop sends
-- a SCRAM verifier of a generated password; the server makes the enrolment code); change
-- groups and scope with a step-up code; reset a lost authenticator; unlock; disable and enable;
-- force a logout. No admin changes their own access, and the last active admin stays. Every
-- change is audited with before and after in the same transaction. Role changes go through the
-- roles.* door of 004 (the only CREATEROLE role), names only through format('%I').

-- An operator's console groups by their short names, sorted.
CREATE OR REPLACE FUNCTION private.operator_groups(p_role text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT coalesce(pg_catalog.array_agg(pg_catalog.substr(g.rolname, 7) ORDER BY g.rolname), '{}')
      FROM pg_catalog.pg_auth_members m
      JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
      JOIN pg_catalog.pg_roles r ON r.oid = m.member
     WHERE r.rolname = p_role AND g.rolname = ANY (roles.console_groups())
$$;
COMMENT ON FUNCTION private.operator_groups(text) IS
    'An operator''s console groups as short names (admin, auditor, helpdesk, incident), sorted.';

-- What an audit event records of an operator's access, as it was.
CREATE OR REPLACE FUNCTION private.operator_facts(p_role text) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT pg_catalog.jsonb_build_object(
        'full_name', o.full_name, 'groups', private.operator_groups(o.role_name),
        'states', coalesce((SELECT pg_catalog.jsonb_agg(s.state_code ORDER BY s.state_code)
                              FROM private.operator_scope s
                             WHERE s.role_name = o.role_name AND s.state_code IS NOT NULL), '[]'),
        'districts', coalesce((SELECT pg_catalog.jsonb_agg(s.district_id ORDER BY s.district_id)
                                 FROM private.operator_scope s
                                WHERE s.role_name = o.role_name AND s.district_id IS NOT NULL), '[]'),
        'enrolled', o.enrolled_at IS NOT NULL, 'locked', o.locked_at IS NOT NULL,
        'disabled', o.disabled_at IS NOT NULL)
      FROM private.operator o WHERE o.role_name = p_role
$$;
COMMENT ON FUNCTION private.operator_facts(text) IS
    'What an audit event records about an operator: name, groups, scope and states.';

-- The console group roles for short names; CW422 at the field groups for anything else.
CREATE OR REPLACE FUNCTION private.group_roles(p_groups text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
DECLARE
    v_roles text[] := ARRAY(SELECT DISTINCT 'cowin_' || g FROM pg_catalog.unnest(coalesce(p_groups, '{}')) g
                             ORDER BY 1);
BEGIN
    IF pg_catalog.cardinality(v_roles) = 0 THEN
        PERFORM private.raise_field_problem('groups', 'Choose at least one group.');
    END IF;
    IF NOT (v_roles <@ roles.console_groups()) THEN
        PERFORM private.raise_field_problem('groups',
            'Groups are chosen from: helpdesk, admin, incident, auditor.');
    END IF;
    RETURN v_roles;
END
$$;
COMMENT ON FUNCTION private.group_roles(text[]) IS
    'The console group roles for short group names; CW422 at the field groups when empty or unknown.';

-- CW422 at the field scope for a scope that does not fit: only helpdesk operators are limited,
-- to states and districts that exist.
CREATE OR REPLACE FUNCTION private.check_scope(p_groups text[], p_states text[], p_districts integer[])
RETURNS void
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    v_bad text;
BEGIN
    IF pg_catalog.cardinality(coalesce(p_states, '{}')) + pg_catalog.cardinality(coalesce(p_districts, '{}')) = 0 THEN
        RETURN;
    END IF;
    IF NOT ('helpdesk' = ANY (coalesce(p_groups, '{}'))) THEN
        PERFORM private.raise_field_problem('scope',
            'Only helpdesk operators are limited to states or districts.');
    END IF;
    SELECT s INTO v_bad FROM pg_catalog.unnest(coalesce(p_states, '{}')) s
     WHERE NOT EXISTS (SELECT 1 FROM private.state t WHERE t.code = pg_catalog.upper(s)) LIMIT 1;
    IF FOUND THEN
        PERFORM private.raise_field_problem('scope', pg_catalog.format('There is no state "%s".', v_bad));
    END IF;
    SELECT d::text INTO v_bad FROM pg_catalog.unnest(coalesce(p_districts, '{}')) d
     WHERE NOT EXISTS (SELECT 1 FROM private.district t WHERE t.id = d) LIMIT 1;
    IF FOUND THEN
        PERFORM private.raise_field_problem('scope', pg_catalog.format('There is no district %s.', v_bad));
    END IF;
END
$$;
COMMENT ON FUNCTION private.check_scope(text[], text[], integer[]) IS
    'CW422 at the field scope for a scope on a non-helpdesk operator or an unknown state or district.';

CREATE OR REPLACE FUNCTION private.set_scope(p_role text, p_states text[], p_districts integer[]) RETURNS void
LANGUAGE sql SET search_path = '' AS $$
    DELETE FROM private.operator_scope WHERE role_name = p_role;
    INSERT INTO private.operator_scope (role_name, state_code)
    SELECT DISTINCT p_role, pg_catalog.upper(s) FROM pg_catalog.unnest(coalesce(p_states, '{}')) s;
    INSERT INTO private.operator_scope (role_name, district_id)
    SELECT DISTINCT p_role, d FROM pg_catalog.unnest(coalesce(p_districts, '{}')) d;
$$;
COMMENT ON FUNCTION private.set_scope(text, text[], integer[]) IS
    'Makes an operator''s delegation scope exactly these states and districts (none: no limit).';

CREATE OR REPLACE FUNCTION private.create_operator(p_name text, p_full_name text, p_groups text[],
                                                   p_verifier text, p_must_change_password boolean)
RETURNS text
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_code text := private.new_human_code(15);
    v_counter text;
BEGIN
    IF NOT private.is_display_name(p_full_name) THEN
        PERFORM private.raise_field_problem('full_name', private.display_name_rule());
    END IF;
    PERFORM roles.create_login(p_name, p_verifier);
    PERFORM roles.set_groups(p_name, coalesce(p_groups, '{}'));
    v_counter := pg_catalog.format('private.%I',
        'otp_failures_' || (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = p_name));
    EXECUTE pg_catalog.format('CREATE SEQUENCE %s AS bigint MINVALUE 0 START 1', v_counter);
    INSERT INTO private.operator (role_name, full_name, failure_counter, must_change_password,
                                  enrol_code_hash, enrol_code_expires_at, password_fingerprint)
    VALUES (p_name, pg_catalog.btrim(p_full_name), v_counter::regclass, p_must_change_password,
            private.code_hash(v_code), pg_catalog.clock_timestamp() + interval '7 days',
            roles.password_fingerprint(p_name));
    RETURN v_code;
END
$$;
COMMENT ON FUNCTION private.create_operator(text, text, text[], text, boolean) IS
    'Creates the login (roles.create_login), its groups, failure counter and operator row; '
    'returns the one-time enrolment code (valid 7 days, stored hashed). Not audited here.';

CREATE OR REPLACE FUNCTION private.operator_for_action(p_role text, p_what text) RETURNS private.operator
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o private.operator;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM private.operator WHERE role_name = p_role) THEN
        RAISE EXCEPTION 'There is no console operator "%".', pg_catalog.left(coalesce(p_role, ''), 63)
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    PERFORM roles.check_operator(p_role);
    -- Counted from here: a value the caller set in its session means nothing.
    PERFORM pg_catalog.set_config('cowin.connections_ended', '0', true);
    IF p_role = SESSION_USER THEN
        PERFORM private.log_refusal('CW403', p_what, 'self');
        RAISE EXCEPTION 'You cannot do this to your own account; ask another ministry admin.'
            USING ERRCODE = 'CW403';
    END IF;
    BEGIN
        SELECT * INTO o FROM private.operator WHERE role_name = p_role FOR NO KEY UPDATE NOWAIT;
    EXCEPTION WHEN lock_not_available THEN
        -- The operator's own open transaction holds the row (a code being judged, or one left
        -- open on purpose): end its connections, then take the row.
        PERFORM private.end_connections(p_role);
        BEGIN
            SELECT * INTO o FROM private.operator WHERE role_name = p_role FOR NO KEY UPDATE;
        EXCEPTION WHEN lock_not_available THEN
            RAISE EXCEPTION 'Another admin is changing operator "%" right now. Try again in a moment.', p_role
                USING ERRCODE = 'CW409', HINT = 'field:username';
        END;
    END;
    RETURN o;
END
$$;
COMMENT ON FUNCTION private.operator_for_action(text, text) IS
    'The operator an admin acts on, locked without waiting on the operator''s own transactions: '
    'CW422 unknown or not a plain operator, CW403 self, CW409 while another admin changes it.';

CREATE OR REPLACE FUNCTION private.keep_an_admin(p_role text, p_what text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    PERFORM 1 FROM private.lock_point WHERE name = 'active_admins' FOR UPDATE;
    IF NOT EXISTS (
        SELECT 1 FROM private.operator o
         WHERE o.role_name <> p_role AND o.disabled_at IS NULL AND o.locked_at IS NULL
           AND 'admin' = ANY (private.operator_groups(o.role_name))) THEN
        PERFORM private.log_refusal('CW409', p_what, 'last_admin');
        RAISE EXCEPTION '% is the last active ministry admin. Make another operator an admin first.', p_role
            USING ERRCODE = 'CW409', HINT = 'field:groups';
    END IF;
END
$$;
COMMENT ON FUNCTION private.keep_an_admin(text, text) IS
    'CW409 when no other enabled, unlocked admin would remain; changes that remove an admin '
    'take turns on a row no login can lock.';

CREATE OR REPLACE FUNCTION private.end_sessions(p_role text, p_why text, OUT sessions integer,
                                                OUT connections integer)
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    -- Connections first: an open transaction of the operator may hold its session rows.
    connections := private.end_connections(p_role);
    UPDATE private.session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = p_why
     WHERE role_name = p_role AND revoked_at IS NULL;
    GET DIAGNOSTICS sessions = ROW_COUNT;
END
$$;
COMMENT ON FUNCTION private.end_sessions(text, text) IS
    'Revokes an operator''s console sessions and terminates their connections; a connection '
    'that comes back finds its session revoked.';

---------------------------------------------------------------------------------------------
-- The console: ministry admins only.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION console.operator_list()
RETURNS TABLE (username text, full_name text, groups text[], states text[], districts integer[],
               enrolled boolean, enrolment_pending boolean, locked boolean, disabled boolean,
               must_change_password boolean, last_login_at timestamptz, live_sessions integer,
               connections integer, created_at timestamptz, created_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.operator_list', ARRAY['cowin_admin']);
    RETURN QUERY
    SELECT o.role_name, o.full_name::text, private.operator_groups(o.role_name),
           ARRAY(SELECT s.state_code FROM private.operator_scope s
                  WHERE s.role_name = o.role_name AND s.state_code IS NOT NULL ORDER BY 1),
           ARRAY(SELECT s.district_id FROM private.operator_scope s
                  WHERE s.role_name = o.role_name AND s.district_id IS NOT NULL ORDER BY 1),
           o.enrolled_at IS NOT NULL,
           o.enrol_code_hash IS NOT NULL AND o.enrol_code_expires_at > pg_catalog.clock_timestamp(),
           o.locked_at IS NOT NULL OR private.failures(o) >= private.max_failures(),
           o.disabled_at IS NOT NULL, o.must_change_password, o.last_login_at,
           (SELECT pg_catalog.count(*)::integer FROM private.session s
             WHERE s.role_name = o.role_name AND s.revoked_at IS NULL
               AND s.expires_at > pg_catalog.clock_timestamp()
               AND s.last_seen_at > pg_catalog.clock_timestamp() - private.idle_timeout()),
           (SELECT pg_catalog.count(*)::integer FROM pg_catalog.pg_stat_activity a
             WHERE a.usename = o.role_name),
           o.created_at, o.created_by
      FROM private.operator o
     ORDER BY o.role_name;
END
$$;
COMMENT ON FUNCTION console.operator_list() IS
    'Every operator with groups, scope, enrolment, lock, disabled, last login, live sessions and '
    'open connections. Ministry admins only; not audited.';
GRANT EXECUTE ON FUNCTION console.operator_list() TO cowin_admin;

CREATE OR REPLACE FUNCTION console.operator_create(username text, full_name text, groups text[],
                                        states text[], districts integer[], scram_verifier text,
                                        reason text, step_up_attempt bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.operator_create', ARRAY['cowin_admin']);
    v_roles text[];
    v_reason text;
    v_code text;
    a private.otp_attempt;
BEGIN
    PERFORM roles.check_new_name(username);
    IF NOT private.is_display_name(operator_create.full_name) THEN
        PERFORM private.raise_field_problem('full_name', private.display_name_rule());
    END IF;
    v_roles := private.group_roles(groups);
    PERFORM private.check_scope(groups, states, districts);
    v_reason := private.reason_given(reason, 'adding an operator');
    a := private.consume_step_up(step_up_attempt, 'console.operator_create');
    v_code := private.create_operator(username, operator_create.full_name, v_roles, scram_verifier, true);
    PERFORM private.set_scope(username, states, districts);
    PERFORM audit.append('operator.created', 'operator', username, v_reason,
        pg_catalog.jsonb_build_object('after', private.operator_facts(username),
                                      'step_up_attempt', a.id));
    RETURN v_code;
END
$$;
COMMENT ON FUNCTION console.operator_create(text, text, text[], text[], integer[], text, text, bigint) IS
    'Creates an operator from a SCRAM verifier computed on the desktop (the password must be '
    'changed at first login), with groups and, for helpdesk, states and districts; confirmed by '
    'a step-up code. Returns the one-time enrolment code. Ministry admins only; audited.';
GRANT EXECUTE ON FUNCTION console.operator_create(text, text, text[], text[], integer[], text, text, bigint) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.operator_set_access(username text, groups text[], states text[],
                                            districts integer[], reason text,
                                            step_up_attempt bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.operator_set_access', ARRAY['cowin_admin']);
    o private.operator := private.operator_for_action(username, 'console.operator_set_access');
    v_before jsonb := private.operator_facts(username);
    v_roles text[] := private.group_roles(groups);
    v_reason text;
    a private.otp_attempt;
BEGIN
    PERFORM private.check_scope(groups, states, districts);
    v_reason := private.reason_given(reason, 'changing an operator''s access');
    IF 'admin' = ANY (private.operator_groups(o.role_name)) AND NOT ('cowin_admin' = ANY (v_roles))
       AND o.disabled_at IS NULL AND o.locked_at IS NULL THEN
        PERFORM private.keep_an_admin(o.role_name, 'console.operator_set_access');
    END IF;
    a := private.consume_step_up(step_up_attempt, 'console.operator_set_access');
    PERFORM roles.set_groups(o.role_name, v_roles);
    PERFORM private.set_scope(o.role_name, states, districts);
    IF private.operator_facts(o.role_name) = v_before THEN
        RAISE EXCEPTION 'Nothing was changed.' USING ERRCODE = 'CW422', HINT = 'field:groups';
    END IF;
    PERFORM audit.append('operator.access_changed', 'operator', o.role_name, v_reason,
        pg_catalog.jsonb_build_object('before', v_before, 'after', private.operator_facts(o.role_name),
                                      'step_up_attempt', a.id));
END
$$;
COMMENT ON FUNCTION console.operator_set_access(text, text[], text[], integer[], text, bigint) IS
    'Sets an operator''s groups and (helpdesk) scope, confirmed by a step-up code. Never one''s '
    'own (CW403); never removes the last active admin (CW409). Ministry admins only; audited '
    'with before and after.';
GRANT EXECUTE ON FUNCTION console.operator_set_access(text, text[], text[], integer[], text, bigint) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.operator_reset_authenticator(username text, reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.operator_reset_authenticator', ARRAY['cowin_admin']);
    o private.operator := private.operator_for_action(username, 'console.operator_reset_authenticator');
    v_reason text := private.reason_given(reason, 'resetting an authenticator');
    v_code text := private.new_human_code(15);
    e record;
BEGIN
    UPDATE private.operator
       SET totp_secret = NULL, pending_secret = NULL, enrolled_at = NULL,
           -- Replay protection belonged to the old secret; the new one starts afresh.
           last_step = 0,
           enrol_code_hash = private.code_hash(v_code),
           enrol_code_expires_at = pg_catalog.clock_timestamp() + interval '7 days'
     WHERE role_name = o.role_name;
    DELETE FROM private.recovery_code WHERE role_name = o.role_name;
    e := private.end_sessions(o.role_name, 'authenticator reset');
    PERFORM audit.append('operator.authenticator_reset', 'operator', o.role_name, v_reason,
        pg_catalog.jsonb_build_object('before', pg_catalog.jsonb_build_object('enrolled', o.enrolled_at IS NOT NULL),
                                      'after', pg_catalog.jsonb_build_object('enrolled', false),
                                      'sessions_ended', e.sessions, 'connections_ended', e.connections));
    RETURN v_code;
END
$$;
COMMENT ON FUNCTION console.operator_reset_authenticator(text, text) IS
    'For a lost authenticator: the old secret and recovery codes are gone, sessions and '
    'connections end, and a new one-time enrolment code (7 days) is returned. Never one''s own. '
    'Ministry admins only; audited.';
GRANT EXECUTE ON FUNCTION console.operator_reset_authenticator(text, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.operator_unlock(username text, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.operator_unlock', ARRAY['cowin_admin']);
    o private.operator := private.operator_for_action(username, 'console.operator_unlock');
BEGIN
    PERFORM private.unlock_operator(o.role_name, private.reason_given(reason, 'unlocking an operator'));
END
$$;
COMMENT ON FUNCTION console.operator_unlock(text, text) IS
    'Unlocks an operator after an OTP lockout, with a reason. Ministry admins only; audited.';
GRANT EXECUTE ON FUNCTION console.operator_unlock(text, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.operator_set_disabled(username text, disabled boolean, reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.operator_set_disabled', ARRAY['cowin_admin']);
    o private.operator := private.operator_for_action(username, 'console.operator_set_disabled');
    v_reason text;
    v_sessions integer := 0;
    v_connections integer := 0;
BEGIN
    IF disabled IS NULL OR (o.disabled_at IS NOT NULL) = disabled THEN
        RAISE EXCEPTION 'This operator is already %.', CASE WHEN o.disabled_at IS NULL THEN 'enabled' ELSE 'disabled' END
            USING ERRCODE = 'CW409', HINT = 'field:username';
    END IF;
    v_reason := private.reason_given(reason, CASE WHEN disabled THEN 'disabling an operator'
                                                  ELSE 'enabling an operator' END);
    IF disabled THEN
        IF 'admin' = ANY (private.operator_groups(o.role_name)) AND o.locked_at IS NULL THEN
            PERFORM private.keep_an_admin(o.role_name, 'console.operator_set_disabled');
        END IF;
        UPDATE private.operator SET disabled_at = pg_catalog.clock_timestamp() WHERE role_name = o.role_name;
        PERFORM roles.set_login(o.role_name, false);
        SELECT e.sessions, e.connections INTO v_sessions, v_connections
          FROM private.end_sessions(o.role_name, 'disabled') e;
    ELSE
        UPDATE private.operator SET disabled_at = NULL WHERE role_name = o.role_name;
        IF o.locked_at IS NULL THEN
            PERFORM roles.set_login(o.role_name, true);
        END IF;
    END IF;
    PERFORM audit.append(CASE WHEN disabled THEN 'operator.disabled' ELSE 'operator.enabled' END,
        'operator', o.role_name, v_reason,
        pg_catalog.jsonb_build_object('before', pg_catalog.jsonb_build_object('disabled', o.disabled_at IS NOT NULL),
                                      'after', pg_catalog.jsonb_build_object('disabled', disabled),
                                      'sessions_ended', v_sessions,
                                      'connections_ended', v_connections));
    RETURN v_connections;
END
$$;
COMMENT ON FUNCTION console.operator_set_disabled(text, boolean, text) IS
    'Disables (NOLOGIN, every session revoked, every connection terminated) or enables an '
    'operator, with a reason; returns the connections ended. Never one''s own, never the last '
    'active admin. Ministry admins only; audited.';
GRANT EXECUTE ON FUNCTION console.operator_set_disabled(text, boolean, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.operator_force_logout(username text, reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.operator_force_logout', ARRAY['cowin_admin']);
    o private.operator := private.operator_for_action(username, 'console.operator_force_logout');
    v_reason text := private.reason_given(reason, 'ending an operator''s sessions');
    e record := private.end_sessions(o.role_name, 'forced logout');
BEGIN
    PERFORM audit.append('operator.logged_out', 'operator', o.role_name, v_reason,
        pg_catalog.jsonb_build_object('sessions_ended', e.sessions, 'connections_ended', e.connections));
    RETURN e.sessions;
END
$$;
COMMENT ON FUNCTION console.operator_force_logout(text, text) IS
    'Ends an operator''s console sessions and connections now, with a reason; returns the '
    'sessions ended. Never one''s own. Ministry admins only; audited.';
GRANT EXECUTE ON FUNCTION console.operator_force_logout(text, text) TO cowin_admin;

-- Ends every open connection of an operator except the caller's. The count is kept for the
-- rest of the transaction (the action's audit event reports every connection it ended, also
-- those ended to take the operator's row).
CREATE OR REPLACE FUNCTION private.end_connections(p_role text) RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_ended integer;
BEGIN
    SELECT pg_catalog.count(*) FILTER (WHERE pg_catalog.pg_terminate_backend(a.pid))::integer
      INTO v_ended
      FROM pg_catalog.pg_stat_activity a
     WHERE a.usename = p_role AND a.pid <> pg_catalog.pg_backend_pid();
    v_ended := v_ended + coalesce(NULLIF(pg_catalog.current_setting('cowin.connections_ended', true), ''), '0')::integer;
    PERFORM pg_catalog.set_config('cowin.connections_ended', v_ended::text, true);
    RETURN v_ended;
END
$$;
COMMENT ON FUNCTION private.end_connections(text) IS
    'Terminates an operator''s open connections (not the caller''s); returns how many this '
    'transaction has ended so far.';
