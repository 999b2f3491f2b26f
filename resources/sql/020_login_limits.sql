-- run-as: superuser
-- What an attacker's review asked of the superuser: no login may hold anything another login's
-- audited action needs, and the server can tell a password that was set outside the console.
--
-- - The audit chain no longer takes a lock (021): one sealer chains committed events. Its
--   group, cowin_sealer, may call the sealing functions and nothing else.
-- - Every advisory-lock function is executable by PUBLIC out of the box, so any login could
--   take any key a definer function waits for. Nothing of ours uses them any more; they are
--   taken away from PUBLIC so nothing ever can again.
-- - Every login role gets idle_in_transaction_session_timeout and lock_timeout. A login can
--   change them in its own session, so they are defaults, not the defence: the defence is that
--   no audited action waits on a lock another login can hold (see docs/security-model.md).
-- - roles.password_fingerprint reads an operator's current verifier (one column of pg_authid
--   granted to the CREATEROLE role, which owns only the roles door), so a password set with
--   ALTER ROLE outside the console is found at the next sign-in.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cowin_sealer') THEN
        CREATE ROLE cowin_sealer NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cowin_sealer', pg_catalog.current_database());
END
$$;
ALTER ROLE cowin_sealer NOLOGIN NOCREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS;

DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
              WHERE p.pronamespace = 'pg_catalog'::regnamespace
                AND p.proname IN ('pg_advisory_lock', 'pg_advisory_lock_shared',
                                  'pg_advisory_xact_lock', 'pg_advisory_xact_lock_shared',
                                  'pg_try_advisory_lock', 'pg_try_advisory_lock_shared',
                                  'pg_try_advisory_xact_lock', 'pg_try_advisory_xact_lock_shared',
                                  'pg_advisory_unlock', 'pg_advisory_unlock_shared',
                                  'pg_advisory_unlock_all') LOOP
        EXECUTE pg_catalog.format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;

GRANT SELECT (rolname, rolpassword) ON pg_catalog.pg_authid TO cowin_role_admin;

-- The defaults every login of the product gets: nothing held idle in a transaction, no wait on
-- a lock for longer than a second.
CREATE FUNCTION roles.apply_login_limits(p_name text) RETURNS void
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
                                           'cowin_sealer'))) THEN
        RAISE EXCEPTION 'There is no login of the console "%".', p_name
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    EXECUTE pg_catalog.format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L',
                              p_name, '1s');
    EXECUTE pg_catalog.format('ALTER ROLE %I SET lock_timeout = %L', p_name, '1s');
END
$$;
COMMENT ON FUNCTION roles.apply_login_limits(text) IS
    'Gives a login of the console (operator, gateway, delivery worker, sealer) the defaults '
    'idle_in_transaction_session_timeout = 1s and lock_timeout = 1s. Only cowin_owner and '
    'superusers; callers audit.';

-- SHA-256 of an operator's stored verifier: equal as long as the password was not changed.
CREATE FUNCTION roles.password_fingerprint(p_name text) RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT pg_catalog.sha256(pg_catalog.convert_to(coalesce(a.rolpassword, ''), 'UTF8'))
      FROM pg_catalog.pg_authid a WHERE a.rolname = p_name
$$;
COMMENT ON FUNCTION roles.password_fingerprint(text) IS
    'SHA-256 of an operator''s current SCRAM verifier (never the verifier itself), to find a '
    'password changed outside the console. Only cowin_owner.';

-- The public half of the current verifier: SCRAM tells every client that tries to log in the
-- iteration count and salt, and the keys are what a new password is compared against.
CREATE FUNCTION roles.verifier_parts(p_name text, OUT iterations integer, OUT salt text,
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
COMMENT ON FUNCTION roles.verifier_parts(text) IS
    'The iteration count, salt and keys of an operator''s current SCRAM verifier (NULLs when it '
    'has none), for refusing a new password equal to the current one. Only cowin_owner.';

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

DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'roles'::regnamespace
               AND p.proname IN ('apply_login_limits', 'password_fingerprint', 'verifier_parts') LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %s OWNER TO cowin_role_admin', f);
        EXECUTE pg_catalog.format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO cowin_owner', f);
    END LOOP;
END
$$;

-- Logins that exist already.
DO $$
DECLARE
    r text;
BEGIN
    FOR r IN SELECT DISTINCT u.rolname FROM pg_catalog.pg_roles u
               JOIN pg_catalog.pg_auth_members m ON m.member = u.oid
               JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
              WHERE NOT u.rolsuper AND NOT u.rolcreaterole
                AND g.rolname IN ('cowin_operator', 'cowin_gateway', 'cowin_delivery')
                AND NOT (u.rolname = ANY (ARRAY['cowin_owner', 'cowin_operator', 'cowin_helpdesk',
                                               'cowin_admin', 'cowin_incident', 'cowin_auditor',
                                               'cowin_gateway', 'cowin_delivery', 'cowin_sealer',
                                               'cowin_role_admin'])) LOOP
        PERFORM roles.apply_login_limits(r);
    END LOOP;
END
$$;
