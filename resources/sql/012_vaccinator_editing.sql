-- run-as: cowin_owner
-- Admins create and edit vaccinator accounts, one at a time or by CSV import (checked row by
-- row first, then committed all or nothing), and export what a search finds, masked. Every
-- field is checked here, whatever the console checked before.

-- What is wrong with one account's fields, or NULL: (field, message). p_except is the
-- account being edited, which may keep its own login id and mobile.
CREATE FUNCTION private.vaccinator_field_problem(p_login_id text, p_full_name text, p_mobile text,
                                                 p_centre integer, p_except bigint,
                                                 OUT field text, OUT message text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
BEGIN
    IF p_login_id IS NULL OR p_login_id !~ '^[a-z0-9][a-z0-9._-]{2,39}$' THEN
        field := 'login_id';
        message := 'A login id has 3 to 40 characters: lower-case letters, digits, dot, hyphen or '
                   'underscore, starting with a letter or digit.';
    ELSIF p_full_name IS NULL OR pg_catalog.btrim(p_full_name) = ''
          OR pg_catalog.length(p_full_name) > 200 OR p_full_name ~ '[[:cntrl:]]' THEN
        field := 'full_name';
        message := 'The name must be 1 to 200 characters on one line.';
    ELSIF p_mobile IS NULL OR p_mobile !~ '^[6-9][0-9]{9}$' THEN
        field := 'mobile';
        message := 'A mobile number has 10 digits and starts with 6, 7, 8 or 9.';
    ELSIF p_centre IS NULL OR NOT EXISTS (SELECT 1 FROM private.centre c WHERE c.id = p_centre) THEN
        field := 'centre';
        message := 'There is no such vaccination centre.';
    ELSIF EXISTS (SELECT 1 FROM private.vaccinator v WHERE v.login_id = p_login_id
                     AND v.id IS DISTINCT FROM p_except) THEN
        field := 'login_id';
        message := pg_catalog.format('The login id %s is taken.', p_login_id);
    ELSIF EXISTS (SELECT 1 FROM private.vaccinator v WHERE v.mobile = p_mobile
                     AND v.id IS DISTINCT FROM p_except) THEN
        field := 'mobile';
        message := 'This mobile number is registered to another account.';
    END IF;
END
$$;
COMMENT ON FUNCTION private.vaccinator_field_problem(text, text, text, integer, bigint) IS
    'The first problem with an account''s fields (field, message), or NULLs when they are valid.';

-- A mobile number as people write it (+91, a leading 0, spaces, hyphens), as 10 digits.
CREATE FUNCTION private.normalize_mobile(p_mobile text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT pg_catalog.regexp_replace(
               pg_catalog.regexp_replace(coalesce(p_mobile, ''), '[\s-]', '', 'g'),
               '^(\+91|0)(?=[0-9]{10}$)', '')
$$;
COMMENT ON FUNCTION private.normalize_mobile(text) IS
    'A mobile number without +91, a leading 0, spaces or hyphens.';

CREATE FUNCTION private.raise_field_problem(p_field text, p_message text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF p_field IS NOT NULL THEN
        RAISE EXCEPTION '%', p_message USING ERRCODE = 'CW422', HINT = 'field:' || p_field;
    END IF;
END
$$;
COMMENT ON FUNCTION private.raise_field_problem(text, text) IS
    'Raises CW422 at the field when there is a problem; does nothing otherwise.';

CREATE FUNCTION private.insert_vaccinator(p_login_id text, p_full_name text, p_mobile text,
                                          p_centre integer, p_reason text, p_import bigint)
RETURNS bigint
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v private.vaccinator;
BEGIN
    INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code)
    VALUES (p_login_id, pg_catalog.btrim(p_full_name), p_mobile, p_centre, 0, 'XX')
    RETURNING * INTO v;
    PERFORM audit.append('vaccinator.created', 'vaccinator', v.id::text, p_reason,
        private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
            'after', private.vaccinator_facts(v), 'import', p_import));
    RETURN v.id;
END
$$;
COMMENT ON FUNCTION private.insert_vaccinator(text, text, text, integer, text, bigint) IS
    'Inserts one checked account (must change its password at first login) and audits it.';

CREATE FUNCTION console.vaccinator_create(login_id text, full_name text, mobile text,
                                          centre integer, reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_create', ARRAY['cowin_admin']);
    v_login text := pg_catalog.lower(pg_catalog.btrim(login_id));
    v_mobile text := private.normalize_mobile(mobile);
    p record;
BEGIN
    p := private.vaccinator_field_problem(v_login, full_name, v_mobile, centre, NULL);
    PERFORM private.raise_field_problem(p.field, p.message);
    RETURN private.insert_vaccinator(v_login, full_name, v_mobile, centre,
                                     NULLIF(pg_catalog.btrim(coalesce(reason, '')), ''), NULL);
END
$$;
COMMENT ON FUNCTION console.vaccinator_create(text, text, text, integer, text) IS
    'Creates one account after checking every field (CW422 names the field). Admins only; audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_create(text, text, text, integer, text) TO cowin_admin;

CREATE FUNCTION console.vaccinator_update(account bigint, version integer, full_name text,
                                          mobile text, centre integer, reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_update', ARRAY['cowin_admin']);
    v private.vaccinator := private.vaccinator_for_action(account, version, 'console.vaccinator_update');
    -- No mobile given: the number stays (the console never holds it to send it back).
    v_mobile text := CASE WHEN NULLIF(pg_catalog.btrim(mobile), '') IS NULL THEN v.mobile
                          ELSE private.normalize_mobile(mobile) END;
    p record;
    n private.vaccinator;
BEGIN
    p := private.vaccinator_field_problem(v.login_id, full_name, v_mobile, centre, v.id);
    PERFORM private.raise_field_problem(p.field, p.message);
    IF pg_catalog.btrim(full_name) = v.full_name AND v_mobile = v.mobile AND centre = v.centre_id THEN
        RAISE EXCEPTION 'Nothing was changed.' USING ERRCODE = 'CW422', HINT = 'field:full_name';
    END IF;
    UPDATE private.vaccinator
       SET full_name = pg_catalog.btrim(vaccinator_update.full_name), mobile = v_mobile,
           centre_id = centre, updated_at = pg_catalog.clock_timestamp(), version = v.version + 1
     WHERE id = v.id
    RETURNING * INTO n;
    -- A new number must not receive a password meant for the old one.
    IF v_mobile <> v.mobile THEN
        UPDATE private.outbox SET state = 'superseded', secret = NULL,
               finished_at = pg_catalog.clock_timestamp()
         WHERE vaccinator_id = v.id AND state IN ('pending', 'sending');
    END IF;
    PERFORM audit.append('vaccinator.updated', 'vaccinator', v.id::text,
        NULLIF(pg_catalog.btrim(coalesce(reason, '')), ''),
        private.vaccinator_facts(v) || pg_catalog.jsonb_build_object(
            'before', private.vaccinator_facts(v), 'after', private.vaccinator_facts(n)));
    RETURN n.version;
END
$$;
COMMENT ON FUNCTION console.vaccinator_update(bigint, integer, text, text, integer, text) IS
    'Changes an account''s name, mobile (NULL keeps it) and centre (CW409 for a stale version, '
    'CW422 at the field). Returns the new version. Admins only; audited with before and after (masked).';
GRANT EXECUTE ON FUNCTION console.vaccinator_update(bigint, integer, text, text, integer, text) TO cowin_admin;

-- Import rows: a JSON array of {"line", "login_id", "full_name", "mobile", "centre_id"}.
CREATE FUNCTION private.import_problems(p_rows jsonb)
RETURNS TABLE (line integer, field text, message text)
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    r jsonb;
    v_login text;
    v_mobile text;
    v_centre integer;
    p record;
    v_logins text[] := '{}';
    v_mobiles text[] := '{}';
BEGIN
    IF p_rows IS NULL OR pg_catalog.jsonb_typeof(p_rows) <> 'array'
       OR pg_catalog.jsonb_array_length(p_rows) = 0 THEN
        line := 0; field := 'file'; message := 'The file has no accounts.';
        RETURN NEXT;
        RETURN;
    END IF;
    IF pg_catalog.jsonb_array_length(p_rows) > 10000 THEN
        line := 0; field := 'file'; message := 'Import at most 10,000 accounts at a time.';
        RETURN NEXT;
        RETURN;
    END IF;
    FOR r IN SELECT * FROM pg_catalog.jsonb_array_elements(p_rows) LOOP
        line := (r ->> 'line')::integer;
        v_login := pg_catalog.lower(pg_catalog.btrim(r ->> 'login_id'));
        v_mobile := private.normalize_mobile(r ->> 'mobile');
        v_centre := CASE WHEN (r ->> 'centre_id') ~ '^[0-9]{1,9}$' THEN (r ->> 'centre_id')::integer END;
        p := private.vaccinator_field_problem(v_login, r ->> 'full_name', v_mobile, v_centre, NULL);
        IF p.field IS NULL AND v_login = ANY (v_logins) THEN
            p.field := 'login_id';
            p.message := pg_catalog.format('The login id %s appears twice in the file.', v_login);
        ELSIF p.field IS NULL AND v_mobile = ANY (v_mobiles) THEN
            p.field := 'mobile';
            p.message := 'This mobile number appears twice in the file.';
        END IF;
        IF p.field IS NOT NULL THEN
            field := p.field;
            message := p.message;
            RETURN NEXT;
        END IF;
        v_logins := v_logins || v_login;
        v_mobiles := v_mobiles || v_mobile;
    END LOOP;
END
$$;
COMMENT ON FUNCTION private.import_problems(jsonb) IS
    'Every problem of an import, one per bad row (line, field, message); none when it can be imported.';

CREATE FUNCTION console.vaccinator_import_check(rows jsonb)
RETURNS TABLE (line integer, field text, message text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.vaccinator_import_check', ARRAY['cowin_admin']);
    RETURN QUERY SELECT * FROM private.import_problems(rows);
END
$$;
COMMENT ON FUNCTION console.vaccinator_import_check(jsonb) IS
    'Checks an import without writing anything: one problem per bad row. Admins only; not audited.';
GRANT EXECUTE ON FUNCTION console.vaccinator_import_check(jsonb) TO cowin_admin;

CREATE FUNCTION console.vaccinator_import(rows jsonb, reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_import', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'an import');
    p record;
    r jsonb;
    v_import bigint;
    v_count integer := 0;
BEGIN
    -- All or nothing: one bad row and nothing is imported.
    SELECT * INTO p FROM private.import_problems(rows) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Line %: %', p.line, p.message USING ERRCODE = 'CW422', HINT = 'field:' || p.field;
    END IF;
    -- The import's own audit event names it; each account's event points to it.
    v_import := audit.append('vaccinator.imported', NULL, NULL, v_reason,
                             pg_catalog.jsonb_build_object('accounts', pg_catalog.jsonb_array_length(rows)));
    FOR r IN SELECT * FROM pg_catalog.jsonb_array_elements(rows) LOOP
        PERFORM private.insert_vaccinator(pg_catalog.lower(pg_catalog.btrim(r ->> 'login_id')),
                                          r ->> 'full_name', private.normalize_mobile(r ->> 'mobile'),
                                          (r ->> 'centre_id')::integer, v_reason, v_import);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION console.vaccinator_import(jsonb, text) IS
    'Imports accounts all or nothing after checking every row (CW422 names the first bad line). '
    'Admins only; one audit event per account and one for the import.';
GRANT EXECUTE ON FUNCTION console.vaccinator_import(jsonb, text) TO cowin_admin;

CREATE FUNCTION console.vaccinator_export_record(filter_description text, accounts bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.vaccinator_export_record', ARRAY['cowin_admin']);
BEGIN
    RETURN audit.append('vaccinator.exported', NULL, NULL, NULL,
        pg_catalog.jsonb_build_object('filter', pg_catalog.left(coalesce(filter_description, ''), 1000),
                                      'accounts', accounts, 'mobiles', 'masked'));
END
$$;
COMMENT ON FUNCTION console.vaccinator_export_record(text, bigint) IS
    'Records, before the first row is written, that the caller exports the accounts a search '
    'finds (mobiles masked). Admins only; audited (this is the record).';
GRANT EXECUTE ON FUNCTION console.vaccinator_export_record(text, bigint) TO cowin_admin;
