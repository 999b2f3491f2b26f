-- run-as: superuser
-- Roles, extensions and catalog hygiene: everything that needs a superuser once. Every later
-- schema migration runs as cowin_owner, so what it creates is owned by that NOLOGIN role.

-- The owner, the console's groups, the services' groups, and the one role with CREATEROLE.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['cowin_owner', 'cowin_operator', 'cowin_helpdesk', 'cowin_admin',
                             'cowin_incident', 'cowin_auditor', 'cowin_gateway', 'cowin_delivery',
                             'cowin_sealer', 'cowin_role_admin']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
        EXECUTE format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS', r);
    END LOOP;
END
$$;
-- The only role with CREATEROLE never logs in and owns only the functions in schema roles.
ALTER ROLE cowin_role_admin CREATEROLE;

-- PUBLIC gets nothing in this database; the groups that log in may connect.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cowin_operator, cowin_gateway, cowin_delivery, cowin_sealer',
                   pg_catalog.current_database());
    EXECUTE format('GRANT CREATE ON DATABASE %I TO cowin_owner', pg_catalog.current_database());
END
$$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE USAGE ON LANGUAGE plpgsql FROM PUBLIC;
GRANT USAGE ON LANGUAGE plpgsql TO cowin_owner, cowin_role_admin;
ALTER DEFAULT PRIVILEGES FOR ROLE cowin_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cowin_role_admin REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cowin_owner REVOKE USAGE ON TYPES FROM PUBLIC;

-- Every advisory-lock function is executable by PUBLIC out of the box, so any login could take
-- any key a definer function waits for. Nothing of ours uses them; no login may.
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

-- Extensions live in a schema only the owner can use: pgcrypto (HMAC, random bytes) and
-- pg_trgm (searching names and reasons).
CREATE SCHEMA IF NOT EXISTS ext AUTHORIZATION cowin_owner;
REVOKE ALL ON SCHEMA ext FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;

-- The door to role management (resources/sql/functions/roles.sql). Its functions belong to
-- cowin_role_admin, which may read one column of pg_authid: a password set with ALTER ROLE
-- outside the console is found by the hash of its verifier (roles.password_fingerprint).
CREATE SCHEMA IF NOT EXISTS roles AUTHORIZATION cowin_owner;
REVOKE ALL ON SCHEMA roles FROM PUBLIC;
GRANT USAGE ON SCHEMA roles TO cowin_role_admin, cowin_owner;
GRANT CREATE ON SCHEMA roles TO cowin_role_admin;
GRANT SELECT (rolname, rolpassword) ON pg_catalog.pg_authid TO cowin_role_admin;

-- Disabling an operator or forcing a logout ends their open connections at once: the owner of
-- the operator functions may signal (terminate) the backends of ordinary roles. It cannot
-- signal superusers' backends, and it never logs in.
GRANT pg_signal_backend TO cowin_owner;
