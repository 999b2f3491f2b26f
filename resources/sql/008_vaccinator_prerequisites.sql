-- run-as: superuser
-- What the vaccinator accounts need from a superuser: trigram search, and the group role of
-- the delivery worker that sends one-time passwords to vaccinators' mobiles.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'cowin_delivery') THEN
        CREATE ROLE cowin_delivery NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO cowin_delivery', pg_catalog.current_database());
END
$$;
ALTER ROLE cowin_delivery NOLOGIN NOCREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS;
