-- run-as: cowin_owner
-- The second factor, step-up codes and operator management, hardened after an attacker's
-- review:
-- - at most 5 wrong codes are ever judged, however many arrive at once: judging queues on the
--   operator's own row;
-- - a step-up attempt is consumed exactly once, by a compare-and-set;
-- - an admin acting on an operator never waits on that operator's own open transaction: the
--   operator's connections are ended first (its console reconnects and presents its session
--   again), and the last-admin rule locks a row no login can lock instead of an advisory key
--   any login could take;
-- - a password set outside the console (ALTER ROLE) is found at the next sign-in, audited, and
--   must be replaced through the console before anything else;
-- - a new password equal to the current one is refused: the desktop sends, beside the new
--   verifier, a verifier of the new password made with the current salt and iteration count
--   (which SCRAM tells every client), and the server compares its keys.

CREATE OR REPLACE FUNCTION console.otp_submit(code text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.operator := private.current_operator('console.otp_submit');
    v_code text := private.normalize_code(code);
    v_purpose text;
    v_method text;
    v_secret bytea;
    v_now bigint := private.totp_step();
    v_step bigint;
    v_matched bigint;
    v_outcome text;
    v_counter_at_start bigint;
    v_left integer;
    v_id bigint;
BEGIN
    IF v_code ~ '^[0-9]{6}$' THEN
        v_method := 'totp';
    ELSIF v_code ~ '^[A-Z2-7]{16}$' THEN
        v_method := 'recovery';
    ELSE
        RAISE EXCEPTION 'Enter the 6-digit code from your authenticator app, or a recovery code.'
            USING ERRCODE = 'CW422', HINT = 'field:code';
    END IF;

    -- One judgement at a time per operator: concurrent guesses queue on the operator's row and
    -- each sees the failures counted before it, so no more than the threshold is ever judged.
    -- Only this operator's own calls and admins acting on it take this row.
    SELECT * INTO o FROM private.operator WHERE role_name = o.role_name FOR NO KEY UPDATE;
    v_counter_at_start := coalesce(pg_catalog.pg_sequence_last_value(o.failure_counter), 0);

    -- A recorded lock is no secret (session_status tells it): refuse without writing, so an
    -- open connection cannot flood the audit trail. The server log still gets a line.
    IF o.locked_at IS NOT NULL THEN
        PERFORM private.log_refusal('CW423', 'console.otp_submit', 'locked');
        PERFORM private.locked_error();
    END IF;

    IF o.totp_secret IS NULL THEN
        IF o.pending_secret IS NULL OR o.enrol_code_hash IS NULL THEN
            RAISE EXCEPTION 'Set up your authenticator first with your enrolment code.'
                USING ERRCODE = 'CW422', HINT = 'field:code';
        END IF;
        IF v_method = 'recovery' THEN
            RAISE EXCEPTION 'Confirm enrolment with a code from your authenticator app.'
                USING ERRCODE = 'CW422', HINT = 'field:code';
        END IF;
        v_purpose := 'enrol';
        v_secret := o.pending_secret;
    ELSE
        -- With a live session the code confirms a sensitive action (step-up); it opens nothing.
        v_purpose := CASE WHEN private.session_is_live() THEN 'step_up' ELSE 'login' END;
        v_secret := o.totp_secret;
    END IF;

    IF private.failures(o) >= private.max_failures() THEN
        -- Counted, possibly in rolled-back transactions, but not yet recorded: record it now.
        v_outcome := 'locked';
    ELSIF v_method = 'totp' THEN
        FOREACH v_step IN ARRAY ARRAY[v_now, v_now - 1, v_now + 1] LOOP
            IF private.hotp(v_secret, v_step) = v_code THEN
                v_matched := v_step;
                EXIT;
            END IF;
        END LOOP;
        IF v_matched IS NULL THEN
            v_outcome := 'wrong';
        ELSE
            -- Compare-and-set: of many concurrent submissions of one code, one moves it.
            UPDATE private.operator SET last_step = v_matched
             WHERE role_name = o.role_name AND last_step < v_matched;
            v_outcome := CASE WHEN FOUND THEN 'accepted' ELSE 'replayed' END;
        END IF;
    ELSE
        UPDATE private.recovery_code SET used_at = pg_catalog.clock_timestamp()
         WHERE role_name = o.role_name AND code_hash = private.code_hash(v_code) AND used_at IS NULL;
        v_outcome := CASE WHEN FOUND THEN 'accepted' ELSE 'wrong' END;
    END IF;

    IF v_outcome = 'wrong' THEN
        PERFORM pg_catalog.nextval(o.failure_counter);
        PERFORM private.log_refusal('otp', 'console.otp_submit', 'wrong_code');
    ELSIF v_outcome = 'accepted' THEN
        -- Failures counted before this success are forgiven; none can come between.
        UPDATE private.operator SET failure_baseline = v_counter_at_start WHERE role_name = o.role_name;
    END IF;

    SELECT * INTO o FROM private.operator WHERE role_name = o.role_name;
    v_left := private.attempts_left(o);
    INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left)
    VALUES (o.role_name, v_purpose, v_method, v_outcome, v_left)
    RETURNING id INTO v_id;

    PERFORM audit.append(CASE v_outcome WHEN 'accepted' THEN 'otp.accepted'
                                        WHEN 'wrong' THEN 'otp.failed'
                                        WHEN 'replayed' THEN 'otp.replayed'
                                        ELSE 'otp.refused_locked' END,
                         'operator', o.role_name, NULL,
                         pg_catalog.jsonb_build_object('attempt', v_id, 'purpose', v_purpose,
                                                       'method', v_method, 'attempts_left', v_left));
    IF v_left = 0 AND o.locked_at IS NULL THEN
        PERFORM private.lock_operator(o.role_name, 'too many wrong one-time codes');
    END IF;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.otp_submit(text) IS
    'Judges a one-time or recovery code, records and counts the outcome, and returns only an '
    'attempt id; never raises for a wrong code. Judgements of one operator queue, so at most 5 '
    'wrong codes are judged. With a live session the attempt is a step-up for a sensitive '
    'action. Any operator; audits every outcome; locks after 5 consecutive failures.';

CREATE OR REPLACE FUNCTION private.consume_step_up(p_attempt bigint, p_what text) RETURNS private.otp_attempt
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    a private.otp_attempt;
BEGIN
    IF p_attempt IS NULL THEN
        RAISE EXCEPTION 'Confirm this action with a fresh code from your authenticator app.'
            USING ERRCODE = 'CW422', HINT = 'field:step_up_code';
    END IF;
    a := private.committed_attempt(p_attempt, p_what);
    -- Compare-and-set: of two actions racing for one attempt, the second finds it consumed.
    UPDATE private.otp_attempt t SET consumed_at = pg_catalog.clock_timestamp()
     WHERE t.id = a.id AND t.purpose = 'step_up' AND t.outcome = 'accepted' AND t.consumed_at IS NULL
       AND t.created_at >= pg_catalog.clock_timestamp() - interval '2 minutes'
    RETURNING * INTO a;
    IF NOT FOUND THEN
        PERFORM private.log_refusal('CW422', p_what, 'step_up_not_usable');
        RAISE EXCEPTION 'Confirm this action with a fresh code from your authenticator app.'
            USING ERRCODE = 'CW422', HINT = 'field:step_up_code';
    END IF;
    RETURN a;
END
$$;
COMMENT ON FUNCTION private.consume_step_up(bigint, text) IS
    'Consumes, exactly once, an accepted, committed, unused step-up attempt of the caller made in '
    'the last two minutes; CW422 at the field step_up_code otherwise.';

---------------------------------------------------------------------------------------------
-- Admins acting on an operator
---------------------------------------------------------------------------------------------
-- Rows that serialise a rule across transactions. Only definer functions lock them; no login
-- has any privilege on the table.
CREATE TABLE private.lock_point (name text PRIMARY KEY);
INSERT INTO private.lock_point VALUES ('active_admins');

CREATE OR REPLACE FUNCTION private.keep_an_admin(p_role text, p_what text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    PERFORM 1 FROM private.lock_point WHERE name = 'active_admins' FOR UPDATE;
    IF NOT EXISTS (
        SELECT 1 FROM private.operator o
         WHERE o.role_name <> p_role AND o.disabled_at IS NULL AND o.locked_at IS NULL
           AND 'admin' = ANY (private.operator_groups(o.role_name))) THEN
        PERFORM private.log_refusal('CW409', p_what, 'last_admin');
        RAISE EXCEPTION '% is the last active ministry admin. Make another operator an admin first.', p_role
            USING ERRCODE = 'CW409', HINT = 'field:groups';
    END IF;
END
$$;
COMMENT ON FUNCTION private.keep_an_admin(text, text) IS
    'CW409 when no other enabled, unlocked admin would remain; changes that remove an admin '
    'take turns on a row no login can lock.';

-- Ends every open connection of an operator except the caller's. The count is kept for the
-- rest of the transaction (the action's audit event reports every connection it ended, also
-- those ended to take the operator's row).
CREATE FUNCTION private.end_connections(p_role text) RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_ended integer;
BEGIN
    SELECT pg_catalog.count(*) FILTER (WHERE pg_catalog.pg_terminate_backend(a.pid))::integer
      INTO v_ended
      FROM pg_catalog.pg_stat_activity a
     WHERE a.usename = p_role AND a.pid <> pg_catalog.pg_backend_pid();
    v_ended := v_ended + coalesce(NULLIF(pg_catalog.current_setting('cowin.connections_ended', true), ''), '0')::integer;
    PERFORM pg_catalog.set_config('cowin.connections_ended', v_ended::text, true);
    RETURN v_ended;
END
$$;
COMMENT ON FUNCTION private.end_connections(text) IS
    'Terminates an operator''s open connections (not the caller''s); returns how many this '
    'transaction has ended so far.';

CREATE OR REPLACE FUNCTION private.operator_for_action(p_role text, p_what text) RETURNS private.operator
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o private.operator;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM private.operator WHERE role_name = p_role) THEN
        RAISE EXCEPTION 'There is no console operator "%".', pg_catalog.left(coalesce(p_role, ''), 63)
            USING ERRCODE = 'CW422', HINT = 'field:username';
    END IF;
    PERFORM roles.check_operator(p_role);
    -- Counted from here: a value the caller set in its session means nothing.
    PERFORM pg_catalog.set_config('cowin.connections_ended', '0', true);
    IF p_role = SESSION_USER THEN
        PERFORM private.log_refusal('CW403', p_what, 'self');
        RAISE EXCEPTION 'You cannot do this to your own account; ask another ministry admin.'
            USING ERRCODE = 'CW403';
    END IF;
    BEGIN
        SELECT * INTO o FROM private.operator WHERE role_name = p_role FOR NO KEY UPDATE NOWAIT;
    EXCEPTION WHEN lock_not_available THEN
        -- The operator's own open transaction holds the row (a code being judged, or one left
        -- open on purpose): end its connections, then take the row.
        PERFORM private.end_connections(p_role);
        BEGIN
            SELECT * INTO o FROM private.operator WHERE role_name = p_role FOR NO KEY UPDATE;
        EXCEPTION WHEN lock_not_available THEN
            RAISE EXCEPTION 'Another admin is changing operator "%" right now. Try again in a moment.', p_role
                USING ERRCODE = 'CW409', HINT = 'field:username';
        END;
    END;
    RETURN o;
END
$$;
COMMENT ON FUNCTION private.operator_for_action(text, text) IS
    'The operator an admin acts on, locked without waiting on the operator''s own transactions: '
    'CW422 unknown or not a plain operator, CW403 self, CW409 while another admin changes it.';

CREATE OR REPLACE FUNCTION private.end_sessions(p_role text, p_why text, OUT sessions integer,
                                                OUT connections integer)
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    -- Connections first: an open transaction of the operator may hold its session rows.
    connections := private.end_connections(p_role);
    UPDATE private.session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = p_why
     WHERE role_name = p_role AND revoked_at IS NULL;
    GET DIAGNOSTICS sessions = ROW_COUNT;
END
$$;

---------------------------------------------------------------------------------------------
-- Passwords: set outside the console, and equal to the current one
---------------------------------------------------------------------------------------------
ALTER TABLE private.operator ADD COLUMN password_fingerprint bytea
    CHECK (pg_catalog.octet_length(password_fingerprint) = 32);
UPDATE private.operator SET password_fingerprint = roles.password_fingerprint(role_name);

CREATE FUNCTION private.password_set_outside(o private.operator) RETURNS boolean
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT roles.password_fingerprint(o.role_name) IS DISTINCT FROM o.password_fingerprint
$$;
COMMENT ON FUNCTION private.password_set_outside(private.operator) IS
    'Whether the operator''s password changed since the console last set it (ALTER ROLE).';

CREATE OR REPLACE FUNCTION private.create_operator(p_name text, p_full_name text, p_groups text[],
                                                   p_verifier text, p_must_change_password boolean)
RETURNS text
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_code text := private.new_human_code(15);
    v_counter text;
BEGIN
    IF p_full_name IS NULL OR pg_catalog.btrim(p_full_name) = '' OR pg_catalog.length(p_full_name) > 200 THEN
        RAISE EXCEPTION 'The full name must be 1 to 200 characters.' USING ERRCODE = 'CW422',
            HINT = 'field:full_name';
    END IF;
    PERFORM roles.create_login(p_name, p_verifier);
    PERFORM roles.set_groups(p_name, coalesce(p_groups, '{}'));
    v_counter := pg_catalog.format('private.%I',
        'otp_failures_' || (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = p_name));
    EXECUTE pg_catalog.format('CREATE SEQUENCE %s AS bigint MINVALUE 0 START 1', v_counter);
    INSERT INTO private.operator (role_name, full_name, failure_counter, must_change_password,
                                  enrol_code_hash, enrol_code_expires_at, password_fingerprint)
    VALUES (p_name, pg_catalog.btrim(p_full_name), v_counter::regclass, p_must_change_password,
            private.code_hash(v_code), pg_catalog.clock_timestamp() + interval '7 days',
            roles.password_fingerprint(p_name));
    RETURN v_code;
END
$$;

CREATE OR REPLACE FUNCTION console.session_status(
    OUT operator text, OUT full_name text, OUT groups text[], OUT enrolled boolean,
    OUT locked boolean, OUT must_change_password boolean, OUT enrolment_pending boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.operator := private.current_operator('console.session_status');
BEGIN
    operator := o.role_name;
    full_name := o.full_name;
    SELECT coalesce(pg_catalog.array_agg(pg_catalog.substr(g, 7) ORDER BY g), '{}')
      INTO groups
      FROM pg_catalog.unnest(roles.console_groups()) g
     WHERE pg_catalog.pg_has_role(SESSION_USER, g, 'MEMBER');
    enrolled := o.totp_secret IS NOT NULL;
    locked := o.locked_at IS NOT NULL OR private.failures(o) >= private.max_failures();
    must_change_password := o.must_change_password OR private.password_set_outside(o);
    enrolment_pending := o.enrol_code_hash IS NOT NULL
                         AND o.enrol_code_expires_at > pg_catalog.clock_timestamp();
END
$$;
COMMENT ON FUNCTION console.session_status() IS
    'Who the connected operator is and what the login needs next (a password set outside the '
    'console must be replaced). Any operator; no session; not audited (reveals only the '
    'caller''s own state).';

CREATE OR REPLACE FUNCTION console.otp_outcome(attempt_id bigint, OUT outcome text, OUT session_token text,
                                               OUT attempts_left integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.operator := private.current_operator('console.otp_outcome');
    a private.otp_attempt := private.committed_attempt(attempt_id, 'console.otp_outcome');
    v_token text;
    v_session bigint;
BEGIN
    outcome := a.outcome;
    attempts_left := a.attempts_left;
    IF a.outcome = 'accepted' AND a.purpose = 'login' AND a.consumed_at IS NULL
       AND o.locked_at IS NULL THEN
        v_token := pg_catalog.encode(ext.gen_random_bytes(32), 'hex');
        INSERT INTO private.session (token_hash, role_name, attempt_id, expires_at)
        VALUES (pg_catalog.sha256(pg_catalog.convert_to(v_token, 'UTF8')), o.role_name, a.id,
                pg_catalog.clock_timestamp() + private.absolute_timeout())
        RETURNING id INTO v_session;
        UPDATE private.otp_attempt SET consumed_at = pg_catalog.clock_timestamp() WHERE id = a.id;
        -- A connection holds one session: the one it presented until now is replaced.
        UPDATE private.session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = 'replaced'
         WHERE token_hash = pg_catalog.sha256(pg_catalog.convert_to(
                   coalesce(pg_catalog.current_setting('cowin.session', true), ''), 'UTF8'))
           AND role_name = o.role_name AND revoked_at IS NULL;
        UPDATE private.operator SET last_login_at = pg_catalog.clock_timestamp()
         WHERE role_name = o.role_name;
        -- A password set with ALTER ROLE skipped the policy and may be in a server log: the
        -- session may do nothing but set a new one through the console.
        IF private.password_set_outside(o) THEN
            UPDATE private.operator SET must_change_password = true WHERE role_name = o.role_name;
            PERFORM audit.append('operator.password_set_outside', 'operator', o.role_name, NULL,
                pg_catalog.jsonb_build_object('session', v_session,
                                              'after', pg_catalog.jsonb_build_object('must_change_password', true)));
        END IF;
        PERFORM audit.append('session.opened', 'operator', o.role_name, NULL,
                             pg_catalog.jsonb_build_object('session', v_session, 'attempt', a.id));
        session_token := v_token;
    END IF;
END
$$;
COMMENT ON FUNCTION console.otp_outcome(bigint) IS
    'Tells the outcome of a committed attempt of the caller; for an accepted login code it '
    'opens the session and returns its token once, and finds a password set outside the console '
    '(must change, audited). Any operator; audits the session.';

CREATE FUNCTION console.password_parameters(OUT iterations integer, OUT salt text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.password_parameters', NULL, true);
    v record := roles.verifier_parts(s.role_name);
BEGIN
    iterations := v.iterations;
    salt := v.salt;
END
$$;
COMMENT ON FUNCTION console.password_parameters() IS
    'The iteration count and salt of the caller''s current SCRAM verifier (what SCRAM tells any '
    'client that logs in), for the desktop to show that a new password differs. Any operator '
    'with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.password_parameters() TO cowin_operator;

DROP FUNCTION console.change_password(text);
CREATE FUNCTION console.change_password(scram_verifier text, current_salt_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.change_password', NULL, true);
    v record := roles.verifier_parts(s.role_name);
    m text[] := pg_catalog.regexp_match(coalesce(current_salt_verifier, ''),
                    '^SCRAM-SHA-256\$([0-9]+):([A-Za-z0-9+/]+=*)\$([A-Za-z0-9+/]+=*):([A-Za-z0-9+/]+=*)$');
    o private.operator;
    v_outside boolean;
BEGIN
    PERFORM roles.check_verifier(scram_verifier);
    IF v.salt IS NOT NULL THEN
        IF m IS NULL OR m[1]::integer <> v.iterations OR m[2] <> v.salt THEN
            RAISE EXCEPTION 'The new password must be compared with the current one: send a verifier made with the current salt.'
                USING ERRCODE = 'CW422', HINT = 'field:password';
        END IF;
        IF m[3] = v.stored_key AND m[4] = v.server_key THEN
            RAISE EXCEPTION 'The new password is your current password. Choose a different one.'
                USING ERRCODE = 'CW422', HINT = 'field:password';
        END IF;
    END IF;
    SELECT * INTO o FROM private.operator WHERE role_name = s.role_name;
    v_outside := private.password_set_outside(o);
    PERFORM roles.set_password(s.role_name, scram_verifier);
    UPDATE private.operator SET must_change_password = false,
           password_changed_at = pg_catalog.clock_timestamp(),
           password_fingerprint = roles.password_fingerprint(s.role_name)
     WHERE role_name = s.role_name;
    PERFORM audit.append('operator.password_changed', 'operator', s.role_name, NULL,
        CASE WHEN v_outside THEN pg_catalog.jsonb_build_object('replaced_password_set_outside', true) END);
END
$$;
COMMENT ON FUNCTION console.change_password(text, text) IS
    'Sets the caller''s password from a SCRAM-SHA-256 verifier computed on the desktop (the '
    'password never reaches the server); current_salt_verifier, made with the current salt and '
    'iteration count, shows the new password differs from the current one (CW422 at the field '
    'password otherwise). Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.change_password(text, text) TO cowin_operator;
