-- run-as: cowin_role_admin
-- The narrow door to role management. cowin_role_admin is the one role with CREATEROLE; it
-- never logs in and owns only these functions, which only cowin_owner may execute. Names
-- reach dynamic SQL only through format('%I') after validation; verifiers through %L.
-- On PostgreSQL 15 CREATEROLE can alter any non-superuser role, hence check_operator().

CREATE OR REPLACE FUNCTION roles.console_groups() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT ARRAY['cowin_helpdesk', 'cowin_admin', 'cowin_incident', 'cowin_auditor']
$$;
GRANT EXECUTE ON FUNCTION roles.console_groups() TO cowin_owner;
COMMENT ON FUNCTION roles.console_groups() IS
    'The groups an operator may be given: helpdesk, admin, incident, auditor.';

CREATE OR REPLACE FUNCTION roles.check_new_name(p_name text) RETURNS void
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
COMMENT ON FUNCTION roles.check_new_name(text) IS
    'Raises CW422 unless p_name is a free, valid, unreserved operator name.';
GRANT EXECUTE ON FUNCTION roles.check_new_name(text) TO cowin_owner;

-- Refuses any role that is not a plain console operator login.
CREATE OR REPLACE FUNCTION roles.check_operator(p_name text) RETURNS void
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
GRANT EXECUTE ON FUNCTION roles.check_operator(text) TO cowin_owner;
COMMENT ON FUNCTION roles.check_operator(text) IS
    'Raises CW422 unless p_name is a plain console operator login (no superuser, CREATEROLE, '
    'REPLICATION or BYPASSRLS; no pg_ or cowin_ role).';

CREATE OR REPLACE FUNCTION roles.check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~
       '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
        RAISE EXCEPTION 'The new password must be sent as a SCRAM-SHA-256 verifier.'
            USING ERRCODE = 'CW422', HINT = 'field:password';
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION roles.check_verifier(text) TO cowin_owner;
COMMENT ON FUNCTION roles.check_verifier(text) IS
    'Raises CW422 unless p_verifier has the form of a SCRAM-SHA-256 verifier.';

-- Every new operator login gets the limits.
CREATE OR REPLACE FUNCTION roles.create_login(p_name text, p_verifier text) RETURNS void
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
    PERFORM roles.apply_login_limits(p_name);
END
$$;
COMMENT ON FUNCTION roles.create_login(text, text) IS
    'Creates an operator login in cowin_operator from a SCRAM verifier. Only cowin_owner may '
    'call it; its callers audit.';
GRANT EXECUTE ON FUNCTION roles.create_login(text, text) TO cowin_owner;

CREATE OR REPLACE FUNCTION roles.set_login(p_name text, p_can_login boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM roles.check_operator(p_name);
    EXECUTE pg_catalog.format('ALTER ROLE %I %s', p_name,
                              CASE WHEN p_can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;
GRANT EXECUTE ON FUNCTION roles.set_login(text, boolean) TO cowin_owner;
COMMENT ON FUNCTION roles.set_login(text, boolean) IS
    'LOGIN or NOLOGIN for an operator (lock, unlock, disable). Only cowin_owner; callers audit.';

CREATE OR REPLACE FUNCTION roles.set_password(p_name text, p_verifier text) RETURNS void
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
GRANT EXECUTE ON FUNCTION roles.set_password(text, text) TO cowin_owner;
COMMENT ON FUNCTION roles.set_password(text, text) IS
    'Sets an operator''s password from a SCRAM verifier. Only cowin_owner; callers audit.';

-- Makes the operator's console groups exactly p_groups.
CREATE OR REPLACE FUNCTION roles.set_groups(p_name text, p_groups text[]) RETURNS void
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
GRANT EXECUTE ON FUNCTION roles.set_groups(text, text[]) TO cowin_owner;
COMMENT ON FUNCTION roles.set_groups(text, text[]) IS
    'Makes an operator''s console groups exactly p_groups. Only cowin_owner; callers audit.';

-- The defaults every login of the product gets: nothing held idle in a transaction, no wait on
-- a lock for longer than a second.
CREATE OR REPLACE FUNCTION roles.apply_login_limits(p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles r
         WHERE r.rolname = p_name AND NOT r.rolsuper AND NOT r.rolcreaterole
           AND NOT r.rolreplication AND NOT r.rolbypassrls AND r.rolname NOT LIKE 'pg\_%'
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                        JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                       WHERE m.member = r.oid
                         AND g.rolname IN ('cowin_operator', 'cowin_gateway', 'cowin_delivery',
                                           'cowin_sealer', 'cowin_portal'))) THEN
        RAISE EXCEPTION 'There is no login of the console "%".', p_name
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    EXECUTE pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L',
                              p_name, '1s');
    EXECUTE pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', p_name, '1s');
END
$$;
GRANT EXECUTE ON FUNCTION roles.apply_login_limits(text) TO cowin_owner;
COMMENT ON FUNCTION roles.apply_login_limits(text) IS
    'Gives a login of the console (operator, gateway, delivery worker, sealer, portal) the defaults '
    'idle_in_transaction_session_timeout = 1s and lock_timeout = 1s. Only cowin_owner and '
    'superusers; callers audit.';

-- SHA-256 of an operator's stored verifier: equal as long as the password was not changed.
CREATE OR REPLACE FUNCTION roles.password_fingerprint(p_name text) RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT pg_catalog.sha256(pg_catalog.convert_to(coalesce(a.rolpassword, ''), 'UTF8'))
      FROM pg_catalog.pg_authid a WHERE a.rolname = p_name
$$;
GRANT EXECUTE ON FUNCTION roles.password_fingerprint(text) TO cowin_owner;
COMMENT ON FUNCTION roles.password_fingerprint(text) IS
    'SHA-256 of an operator''s current SCRAM verifier (never the verifier itself), to find a '
    'password changed outside the console. Only cowin_owner.';

-- The public half of the current verifier: SCRAM tells every client that tries to log in the
-- iteration count and salt, and the keys are what a new password is compared against.
CREATE OR REPLACE FUNCTION roles.verifier_parts(p_name text, OUT iterations integer, OUT salt text,
                                     OUT stored_key text, OUT server_key text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    m text[];
BEGIN
    PERFORM roles.check_operator(p_name);
    SELECT pg_catalog.regexp_match(a.rolpassword,
               '^SCRAM-SHA-256\$([0-9]+):([A-Za-z0-9+/]+=*)\$([A-Za-z0-9+/]+=*):([A-Za-z0-9+/]+=*)$')
      INTO m FROM pg_catalog.pg_authid a WHERE a.rolname = p_name;
    IF m IS NOT NULL THEN
        iterations := m[1]::integer;
        salt := m[2];
        stored_key := m[3];
        server_key := m[4];
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION roles.verifier_parts(text) TO cowin_owner;
COMMENT ON FUNCTION roles.verifier_parts(text) IS
    'The iteration count, salt and keys of an operator''s current SCRAM verifier (NULLs when it '
    'has none), for refusing a new password equal to the current one. Only cowin_owner.';
