-- run-as: cowin_owner
-- Budgets admins set: searches by mobile number, reveals and import rows per operator, unknown
-- keys per client address. A budget check and its record are one step (the operator's calls
-- queue on its own row); a call over budget is recorded too and refused where it would tell.

CREATE OR REPLACE FUNCTION private.max_mobile_lookups() RETURNS integer
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT private.limit_value('mobile_lookups_per_10_minutes')
$$;
COMMENT ON FUNCTION private.max_mobile_lookups() IS
    'Searches by mobile number one operator may make in 10 minutes (admins set it; 60 at first).';

-- PL/pgSQL: called from PL/pgSQL in short transactions (a lookup, a gateway call), a SQL
-- function with settings of its own would be parsed and planned again in each.
CREATE OR REPLACE FUNCTION private.limit_value(p_name text) RETURNS integer
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    RETURN (SELECT s.value FROM private.limit_setting s WHERE s.name = p_name);
END
$$;
COMMENT ON FUNCTION private.limit_value(text) IS 'The value of a budget admins set.';

-- Takes the caller's turn for a budget: every budgeted call of one operator queues here, so a
-- count and the record that follows it are one step.
CREATE OR REPLACE FUNCTION private.budget_turn(p_role text) RETURNS void
LANGUAGE sql SET search_path = '' AS $$
    SELECT NULL FROM private.operator WHERE role_name = p_role FOR NO KEY UPDATE
$$;
COMMENT ON FUNCTION private.budget_turn(text) IS
    'Locks the operator''s own row until commit, so its budget checks and records do not race.';

CREATE OR REPLACE FUNCTION private.over_budget_error(p_field text, p_message text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION '%', p_message USING ERRCODE = 'CW429', HINT = 'field:' || p_field;
END
$$;
COMMENT ON FUNCTION private.over_budget_error(text, text) IS 'Raises CW429 at the field.';

CREATE OR REPLACE FUNCTION console.limits()
RETURNS TABLE (name text, value integer, description text, changed_at timestamptz, changed_by text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.limits', ARRAY['cowin_admin']);
    RETURN QUERY SELECT s.name, s.value, s.description, s.changed_at, s.changed_by
                   FROM private.limit_setting s ORDER BY s.name;
END
$$;
COMMENT ON FUNCTION console.limits() IS
    'The budgets admins set (lookups, reveals, import checks). Ministry admins; not audited.';
GRANT EXECUTE ON FUNCTION console.limits() TO cowin_admin;

CREATE OR REPLACE FUNCTION console.limit_set(name text, value integer, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.limit_set', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'changing a limit');
    v_before integer;
BEGIN
    SELECT l.value INTO v_before FROM private.limit_setting l WHERE l.name = limit_set.name FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM private.raise_field_problem('name', 'There is no such limit.');
    END IF;
    IF value IS NULL OR value NOT BETWEEN 1 AND 1000000 THEN
        PERFORM private.raise_field_problem('value', 'A limit is a whole number from 1 to 1,000,000.');
    END IF;
    IF value = v_before THEN
        PERFORM private.raise_field_problem('value', 'Nothing was changed.');
    END IF;
    UPDATE private.limit_setting l
       SET value = limit_set.value, changed_at = pg_catalog.clock_timestamp(), changed_by = SESSION_USER
     WHERE l.name = limit_set.name;
    PERFORM audit.append('limit.changed', 'limit', limit_set.name, v_reason,
        pg_catalog.jsonb_build_object('before', pg_catalog.jsonb_build_object('value', v_before),
                                      'after', pg_catalog.jsonb_build_object('value', limit_set.value)));
END
$$;
COMMENT ON FUNCTION console.limit_set(text, integer, text) IS
    'Sets a budget (CW422 at the field name or value). Ministry admins only; audited with '
    'before and after.';
GRANT EXECUTE ON FUNCTION console.limit_set(text, integer, text) TO cowin_admin;
