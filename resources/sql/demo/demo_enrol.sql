-- Demo data only, applied by `cowin-admin demo-data` as a superuser: enrols a demo operator
-- with a secret the demo panel can show codes for. Never part of the migrations.
CREATE OR REPLACE FUNCTION admin.demo_enrol(p_name text, p_secret bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    UPDATE private.operator
       SET totp_secret = p_secret, pending_secret = NULL, enrolled_at = pg_catalog.clock_timestamp(),
           enrol_code_hash = NULL, enrol_code_expires_at = NULL, must_change_password = false
     WHERE role_name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no console operator "%".', p_name USING ERRCODE = 'CW422';
    END IF;
    PERFORM audit.append('operator.enrolled', 'operator', p_name, 'demo data',
                         pg_catalog.jsonb_build_object('demo', true));
END
$$;
ALTER FUNCTION admin.demo_enrol(text, bytea) OWNER TO cowin_owner;
REVOKE ALL ON FUNCTION admin.demo_enrol(text, bytea) FROM PUBLIC;

COMMENT ON FUNCTION admin.demo_enrol(text, bytea) IS
    'Demo data only: enrols an operator with a known secret, no password change due. Superusers; audited.';
