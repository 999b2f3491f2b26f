-- run-as: cowin_owner
-- Rules written once and used by every area: what a reason is, what a one-line field may hold,
-- whether a value fits a domain of resources/sql/schema (mobile number, login id, name), how a
-- problem is raised at its field, how a refusal is logged, and the notice that tells open
-- consoles to read again.

---------------------------------------------------------------------------------------------
-- Values
---------------------------------------------------------------------------------------------
-- Whether a value fits a domain: the domain's CHECK is the one place a rule is written.
CREATE OR REPLACE FUNCTION private.is_mobile_number(p text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    PERFORM p::private.mobile_number;
    RETURN p IS NOT NULL;
EXCEPTION WHEN check_violation THEN
    RETURN false;
END
$$;
COMMENT ON FUNCTION private.is_mobile_number(text) IS
    'Whether a text is a valid Indian mobile number (the domain private.mobile_number).';

-- The rules in words, for the refusals that name them.
CREATE OR REPLACE FUNCTION private.mobile_number_rule() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT 'A mobile number has 10 digits and starts with 6, 7, 8 or 9.'::text
$$;
COMMENT ON FUNCTION private.mobile_number_rule() IS 'The rule of private.mobile_number, in words.';

CREATE OR REPLACE FUNCTION private.display_name_rule() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT 'The name must be 1 to 200 characters on one line.'::text
$$;
COMMENT ON FUNCTION private.display_name_rule() IS 'The rule of private.display_name, in words.';

CREATE OR REPLACE FUNCTION private.is_login_id(p text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    PERFORM p::private.login_id;
    RETURN p IS NOT NULL;
EXCEPTION WHEN check_violation THEN
    RETURN false;
END
$$;
COMMENT ON FUNCTION private.is_login_id(text) IS
    'Whether a text is a valid vaccinator login id (the domain private.login_id).';

CREATE OR REPLACE FUNCTION private.is_display_name(p text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    PERFORM p::private.display_name;
    RETURN p IS NOT NULL AND p !~ private.control_character_pattern();
EXCEPTION WHEN check_violation THEN
    RETURN false;
END
$$;
COMMENT ON FUNCTION private.is_display_name(text) IS
    'Whether a text is a valid name of a person or place: 1 to 200 characters on one line (the '
    'domain private.display_name, and no control character).';

-- +91 98..., 0091 98..., 91 98... (12 digits), 098... (11 digits), with spaces, dots, hyphens
-- or brackets: the 10 digits. A 10-digit number is left alone, whatever its first digits.
CREATE OR REPLACE FUNCTION private.normalize_mobile(p_mobile text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE WHEN d ~ '^\+91[0-9]{10}$' THEN pg_catalog.substr(d, 4)
                WHEN d ~ '^0091[0-9]{10}$' THEN pg_catalog.substr(d, 5)
                WHEN d ~ '^91[0-9]{10}$' THEN pg_catalog.substr(d, 3)
                WHEN d ~ '^0[0-9]{10}$' THEN pg_catalog.substr(d, 2)
                ELSE d END
      FROM (SELECT pg_catalog.regexp_replace(coalesce(p_mobile, ''), '[\s.()-]', '', 'g') AS d) x
$$;
COMMENT ON FUNCTION private.normalize_mobile(text) IS
    'A mobile number as people write it (+91, 0091, 91 or 0 first; spaces, dots, hyphens, '
    'brackets) as its 10 digits; a 10-digit number is kept as it is.';

-- Per-row helpers like this one set no search_path (every name in them is qualified, and their
-- callers are SECURITY DEFINER functions with search_path = ''): a SQL function with settings of
-- its own is planned again at every call instead of folded into the statement that calls it.
CREATE OR REPLACE FUNCTION private.mask_mobile(p_mobile text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT '******' || pg_catalog.right(p_mobile, 4)
$$;
COMMENT ON FUNCTION private.mask_mobile(text) IS 'A mobile number as the console shows it: ******1234.';

-- Filter values as searches bind them: a LIKE pattern made from what was typed.
CREATE OR REPLACE FUNCTION private.like_escape(p text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(p, '\', '\\'), '%', '\%'), '_', '\_')
$$;
COMMENT ON FUNCTION private.like_escape(text) IS 'Escapes LIKE wildcards in typed text.';

---------------------------------------------------------------------------------------------
-- One-line fields and reasons
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION private.control_character_pattern() RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT '[\x01-\x1f\x7f-\x9f]' $$;
COMMENT ON FUNCTION private.control_character_pattern() IS
    'C0 and C1 control characters (line breaks, tabs, escapes): never part of a one-line field.';

-- Reasons are checked where they are given, so the refusal names the field before any other
-- work is done; the trigger on audit.event below holds every other path.
CREATE OR REPLACE FUNCTION private.reason_given(p_reason text, p_what text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF p_reason IS NULL OR pg_catalog.length(pg_catalog.btrim(p_reason)) < 5 THEN
        RAISE EXCEPTION 'Give a reason for %: at least 5 characters, kept in the audit trail.', p_what
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    IF pg_catalog.length(p_reason) > 500 THEN
        RAISE EXCEPTION 'The reason is too long: at most 500 characters.'
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    IF p_reason ~ private.control_character_pattern() THEN
        RAISE EXCEPTION 'The reason must be one line of plain text: no line breaks, tabs or other control characters.'
            USING ERRCODE = 'CW422', HINT = 'field:reason';
    END IF;
    RETURN pg_catalog.btrim(p_reason);
END
$$;
COMMENT ON FUNCTION private.reason_given(text, text) IS
    'The trimmed reason for an action; CW422 at the field reason when missing, too long or not '
    'one line of plain text.';

-- An optional note (the reason of an edit): trimmed, NULL when empty.
CREATE OR REPLACE FUNCTION private.optional_reason(p_reason text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT NULLIF(pg_catalog.btrim(coalesce(p_reason, '')), '')
$$;
COMMENT ON FUNCTION private.optional_reason(text) IS
    'An optional reason, trimmed; NULL when empty (one-line like every reason, by the trigger on '
    'audit.event).';

-- Trigger: the columns named as arguments are one-line fields; CW422 at the field otherwise.
CREATE OR REPLACE FUNCTION private.refuse_control_characters() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_row jsonb := pg_catalog.to_jsonb(NEW);
    v_column text;
BEGIN
    FOREACH v_column IN ARRAY TG_ARGV LOOP
        IF (v_row ->> v_column) ~ private.control_character_pattern() THEN
            RAISE EXCEPTION 'The % must be one line of plain text: no line breaks, tabs or other control characters.',
                pg_catalog.replace(v_column, '_', ' ')
                USING ERRCODE = 'CW422', HINT = 'field:' || v_column;
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION private.refuse_control_characters() IS
    'Trigger: CW422 at the field when a one-line column named by the trigger''s arguments holds a '
    'control character.';

-- The WHEN clauses keep the common case (nothing to refuse) free of a function call.
CREATE OR REPLACE TRIGGER event_reason_one_line BEFORE INSERT ON audit.event FOR EACH ROW
    WHEN (NEW.reason ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('reason');
CREATE OR REPLACE TRIGGER vaccinator_one_line BEFORE INSERT OR UPDATE OF full_name ON private.vaccinator
    FOR EACH ROW WHEN (NEW.full_name ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('full_name');
CREATE OR REPLACE TRIGGER operator_one_line BEFORE INSERT OR UPDATE OF full_name ON private.operator
    FOR EACH ROW WHEN (NEW.full_name ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('full_name');
CREATE OR REPLACE TRIGGER partner_one_line BEFORE INSERT OR UPDATE OF name, contact ON private.partner
    FOR EACH ROW WHEN (NEW.name ~ '[\x01-\x1f\x7f-\x9f]' OR NEW.contact ~ '[\x01-\x1f\x7f-\x9f]')
    EXECUTE FUNCTION private.refuse_control_characters('name', 'contact');

---------------------------------------------------------------------------------------------
-- Refusals and notices
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION private.raise_field_problem(p_field text, p_message text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF p_field IS NOT NULL THEN
        RAISE EXCEPTION '%', p_message USING ERRCODE = 'CW422', HINT = 'field:' || p_field;
    END IF;
END
$$;
COMMENT ON FUNCTION private.raise_field_problem(text, text) IS
    'Raises CW422 at the field when there is a problem; does nothing otherwise.';

-- One structured line in the server log for refusals that roll back with their transaction.
CREATE OR REPLACE FUNCTION private.log_refusal(p_code text, p_what text, p_why text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE LOG 'cowin.refused code=% actor=% function=% reason=% client=%', p_code,
        pg_catalog.quote_ident(SESSION_USER), p_what, p_why,
        coalesce(pg_catalog.host(pg_catalog.inet_client_addr()), 'local');
END
$$;
COMMENT ON FUNCTION private.log_refusal(text, text, text) IS
    'Writes one structured cowin.refused line to the server log for a refusal that rolls back.';

-- Open consoles (and gateways) learn that something changed without polling. A notice names
-- nothing (anyone may LISTEN and anyone may NOTIFY): it only prompts a read of the real state.
-- Once per transaction per channel: a bulk reset writes a million rows, and a notice per
-- statement would double its cost. The channel is the trigger's argument.
CREATE OR REPLACE FUNCTION private.notify_once_per_transaction() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_xact text := pg_catalog.pg_current_xact_id()::text;
    v_flag text := 'cowin.notified_' || TG_ARGV[0];
BEGIN
    IF pg_catalog.current_setting(v_flag, true) IS DISTINCT FROM v_xact THEN
        PERFORM pg_catalog.set_config(v_flag, v_xact, true);
        PERFORM pg_catalog.pg_notify(TG_ARGV[0], '');
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION private.notify_once_per_transaction() IS
    'Trigger: NOTIFY the channel named by its argument (no payload), once per transaction.';
