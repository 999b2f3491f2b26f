-- run-as: cowin_owner
-- Unlocking an operator after an OTP lockout, for DBAs (cowin-admin unlock-operator) until
-- console admins get their own gated function. Both share private.unlock_operator().

CREATE FUNCTION private.unlock_operator(p_role text, p_reason text) RETURNS void
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

CREATE FUNCTION admin.unlock_operator(p_name text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.unlock_operator(p_name, p_reason);
END
$$;
COMMENT ON FUNCTION admin.unlock_operator(text, text) IS
    'Unlocks an operator locked after too many wrong codes, with a reason. Superusers only '
    '(cowin-admin unlock-operator); audited with before/after.';

COMMENT ON FUNCTION private.unlock_operator(text, text) IS
    'Unlocks an operator with a reason: failures forgiven, LOGIN restored unless disabled, '
    'operator.unlocked audited with before/after.';
