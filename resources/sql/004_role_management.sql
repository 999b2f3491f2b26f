-- run-as: superuser
-- The narrow door to role management. cowin_role_admin is the one role with CREATEROLE; it
-- never logs in and owns only these functions, which only cowin_owner may execute. Names
-- reach dynamic SQL only through format('%I') after validation; verifiers through %L.
-- On PostgreSQL 15 CREATEROLE can alter any non-superuser role, hence check_operator().

CREATE SCHEMA roles AUTHORIZATION cowin_owner;
REVOKE ALL ON SCHEMA roles FROM PUBLIC;
GRANT USAGE ON SCHEMA roles TO cowin_role_admin;

CREATE FUNCTION roles.console_groups() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT ARRAY['cowin_helpdesk', 'cowin_admin', 'cowin_incident', 'cowin_auditor']
$$;

CREATE FUNCTION roles.check_new_name(p_name text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF p_name IS NULL OR p_name !~ '^[a-z][a-z0-9_]{2,62}$' THEN
        RAISE EXCEPTION 'The username must be 3 to 63 characters: lower-case letters, digits and underscores, starting with a letter.'
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    IF p_name LIKE 'pg\_%' OR p_name LIKE 'cowin\_%'
       OR p_name IN ('postgres', 'public', 'none', 'all', 'current_user', 'current_role',
                     'session_user', 'user', 'admin', 'root', 'replication') THEN
        RAISE EXCEPTION 'The username "%" is reserved.', p_name
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_name) THEN
        RAISE EXCEPTION 'The username "%" is already taken.', p_name
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
END
$$;

-- Refuses any role that is not a plain console operator login.
CREATE FUNCTION roles.check_operator(p_name text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1
        FROM pg_catalog.pg_roles r
        JOIN pg_catalog.pg_auth_members m ON m.member = r.oid
        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid AND g.rolname = 'cowin_operator'
        WHERE r.rolname = p_name
          AND NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolcreatedb
          AND NOT r.rolreplication AND NOT r.rolbypassrls
          AND r.rolname NOT LIKE 'pg\_%' AND r.rolname NOT LIKE 'cowin\_%')
    THEN
        RAISE EXCEPTION 'There is no console operator "%".', p_name
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
END
$$;

CREATE FUNCTION roles.check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~
       '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'The new password must be sent as a SCRAM-SHA-256 verifier.'
            USING ERRCODE = 'CW422', HINT = 'field:password';
    END IF;
END
$$;

-- An error inside EXECUTE is logged with the statement as its context, and these statements
-- carry a verifier: catch it and raise a clean error, so no verifier reaches the server log.
CREATE FUNCTION roles.create_login(p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM roles.check_new_name(p_name);
    PERFORM roles.check_verifier(p_verifier);
    BEGIN
        EXECUTE pg_catalog.format(
            'CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
            'INHERIT PASSWORD %L IN ROLE cowin_operator', p_name, p_verifier);
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            RAISE EXCEPTION 'The username "%" is already taken.', p_name
                USING ERRCODE = 'CW422', HINT = 'field:username';
        WHEN OTHERS THEN
            RAISE EXCEPTION 'The operator login could not be created (%).', SQLSTATE
                USING ERRCODE = SQLSTATE;
    END;
END
$$;

CREATE FUNCTION roles.set_login(p_name text, p_can_login boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM roles.check_operator(p_name);
    EXECUTE pg_catalog.format('ALTER ROLE %I %s', p_name,
                              CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

CREATE FUNCTION roles.set_password(p_name text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM roles.check_operator(p_name);
    PERFORM roles.check_verifier(p_verifier);
    BEGIN
        EXECUTE pg_catalog.format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'The password could not be changed (%).', SQLSTATE USING ERRCODE = SQLSTATE;
    END;
END
$$;

-- Makes the operator's console groups exactly p_groups.
CREATE FUNCTION roles.set_groups(p_name text, p_groups text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    g text;
BEGIN
    PERFORM roles.check_operator(p_name);
    IF p_groups IS NULL OR NOT (p_groups <@ roles.console_groups()) THEN
        RAISE EXCEPTION 'Groups must be chosen from: helpdesk, admin, incident, auditor.'
            USING ERRCODE = 'CW422', HINT = 'field:groups';
    END IF;
    FOREACH g IN ARRAY roles.console_groups() LOOP
        IF g = ANY (p_groups) THEN
            EXECUTE pg_catalog.format('GRANT %I TO %I', g, p_name);
        ELSIF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                       WHERE m.roleid = g::regrole AND m.member = p_name::regrole) THEN
            EXECUTE pg_catalog.format('REVOKE %I FROM %I', g, p_name);
        END IF;
    END LOOP;
END
$$;

DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'roles'::regnamespace LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %s OWNER TO cowin_role_admin', f);
        EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION roles.create_login(text, text) TO cowin_owner;
GRANT EXECUTE ON FUNCTION roles.set_login(text, boolean) TO cowin_owner;
GRANT EXECUTE ON FUNCTION roles.set_password(text, text) TO cowin_owner;
GRANT EXECUTE ON FUNCTION roles.set_groups(text, text[]) TO cowin_owner;
GRANT EXECUTE ON FUNCTION roles.check_operator(text) TO cowin_owner;
GRANT EXECUTE ON FUNCTION roles.check_verifier(text) TO cowin_owner;
GRANT EXECUTE ON FUNCTION roles.console_groups() TO cowin_owner;
GRANT USAGE ON SCHEMA roles TO cowin_owner;

COMMENT ON FUNCTION roles.console_groups() IS
    'The groups an operator may be given: helpdesk, admin, incident, auditor.';
COMMENT ON FUNCTION roles.check_new_name(text) IS
    'Raises CW422 unless p_name is a free, valid, unreserved operator name.';
COMMENT ON FUNCTION roles.check_operator(text) IS
    'Raises CW422 unless p_name is a plain console operator login (no superuser, CREATEROLE, '
    'REPLICATION or BYPASSRLS; no pg_ or cowin_ role).';
COMMENT ON FUNCTION roles.check_verifier(text) IS
    'Raises CW422 unless p_verifier has the form of a SCRAM-SHA-256 verifier.';
COMMENT ON FUNCTION roles.create_login(text, text) IS
    'Creates an operator login in cowin_operator from a SCRAM verifier. Only cowin_owner may '
    'call it; its callers audit.';
COMMENT ON FUNCTION roles.set_login(text, boolean) IS
    'LOGIN or NOLOGIN for an operator (lock, unlock, disable). Only cowin_owner; callers audit.';
COMMENT ON FUNCTION roles.set_password(text, text) IS
    'Sets an operator''s password from a SCRAM verifier. Only cowin_owner; callers audit.';
COMMENT ON FUNCTION roles.set_groups(text, text[]) IS
    'Makes an operator''s console groups exactly p_groups. Only cowin_owner; callers audit.';
