-- run-as: superuser
-- Roles, extensions and catalog hygiene. Everything here needs superuser once; every later
-- migration runs as cowin_owner, so the objects it creates are owned by it.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['cowin_owner', 'cowin_operator', 'cowin_helpdesk', 'cowin_admin',
                             'cowin_incident', 'cowin_auditor', 'cowin_gateway', 'cowin_role_admin']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

-- The only role with CREATEROLE never logs in and owns only the functions in schema roles.
ALTER ROLE cowin_role_admin NOLOGIN CREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS;
ALTER ROLE cowin_owner NOLOGIN NOCREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS;

-- PUBLIC gets nothing in this database.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cowin_operator, cowin_gateway',
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

-- Extensions live in a schema only the owner can use.
CREATE SCHEMA IF NOT EXISTS ext AUTHORIZATION cowin_owner;
REVOKE ALL ON SCHEMA ext FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;
