-- run-as: superuser
-- The vaccinator portal's group: its logins ask portal.authorize_lookup before they show a
-- person, and may do nothing else.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cowin_portal') THEN
        CREATE ROLE cowin_portal NOLOGIN;
    END IF;
    ALTER ROLE cowin_portal NOLOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cowin_portal', pg_catalog.current_database());
END
$$;
