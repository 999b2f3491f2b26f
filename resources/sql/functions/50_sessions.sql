-- run-as: cowin_owner
-- Console operators signing in: the second factor (judge, record, commit, then tell), the
-- sessions it opens, the gate every privileged function calls first, step-up codes for
-- sensitive actions, and the operator's own password.

CREATE OR REPLACE FUNCTION private.max_failures() RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT 5 $$;
COMMENT ON FUNCTION private.max_failures() IS 'Consecutive wrong codes that lock an operator: 5.';

CREATE OR REPLACE FUNCTION private.idle_timeout() RETURNS interval
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT interval '15 minutes' $$;
COMMENT ON FUNCTION private.idle_timeout() IS 'A session ends after this long without a call: 15 minutes.';

CREATE OR REPLACE FUNCTION private.absolute_timeout() RETURNS interval
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT interval '12 hours' $$;
COMMENT ON FUNCTION private.absolute_timeout() IS 'A session ends this long after it opened: 12 hours.';

-- Failed codes since the last success (or unlock), read from the non-transactional counter.
CREATE OR REPLACE FUNCTION private.failures(o private.operator) RETURNS bigint
LANGUAGE sql VOLATILE SET search_path = '' AS $$
    SELECT coalesce(pg_catalog.pg_sequence_last_value(o.failure_counter), 0) - o.failure_baseline
$$;
COMMENT ON FUNCTION private.failures(private.operator) IS
    'Wrong codes since the last success or unlock, read from the non-transactional counter.';

CREATE OR REPLACE FUNCTION private.attempts_left(o private.operator) RETURNS integer
LANGUAGE sql VOLATILE SET search_path = '' AS $$
    SELECT GREATEST(0, private.max_failures() - private.failures(o))::integer
$$;
COMMENT ON FUNCTION private.attempts_left(private.operator) IS
    'How many wrong codes the operator may still make before the lock.';

CREATE OR REPLACE FUNCTION private.current_operator(p_what text) RETURNS private.operator
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o private.operator;
BEGIN
    SELECT * INTO o FROM private.operator WHERE role_name = SESSION_USER;
    IF NOT FOUND THEN
        PERFORM private.log_refusal('CW403', p_what, 'not_an_operator');
        RAISE EXCEPTION 'This database login is not a console operator.' USING ERRCODE = 'CW403';
    END IF;
    IF o.disabled_at IS NOT NULL THEN
        PERFORM private.log_refusal('CW423', p_what, 'disabled');
        RAISE EXCEPTION 'This operator account is disabled. A ministry admin can enable it.'
            USING ERRCODE = 'CW423';
    END IF;
    RETURN o;
END
$$;
COMMENT ON FUNCTION private.current_operator(text) IS
    'The operator row of session_user; CW403 for a login that is no operator, CW423 if disabled.';

-- Locks the operator for good (until an admin unlocks): flag, NOLOGIN, end sessions, audit.
CREATE OR REPLACE FUNCTION private.lock_operator(p_role text, p_why text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    UPDATE private.operator SET locked_at = pg_catalog.clock_timestamp()
     WHERE role_name = p_role AND locked_at IS NULL;
    IF FOUND THEN
        PERFORM roles.set_login(p_role, false);
        UPDATE private.session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = 'locked'
         WHERE role_name = p_role AND revoked_at IS NULL;
        PERFORM audit.append('operator.locked', 'operator', p_role, p_why,
                             pg_catalog.jsonb_build_object('max_failures', private.max_failures()));
    END IF;
END
$$;
COMMENT ON FUNCTION private.lock_operator(text, text) IS
    'Locks an operator: locked_at, NOLOGIN, sessions revoked, operator.locked audited.';

CREATE OR REPLACE FUNCTION private.locked_error() RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION 'This operator is locked after too many wrong codes. A ministry admin can unlock it.'
        USING ERRCODE = 'CW423';
END
$$;
COMMENT ON FUNCTION private.locked_error() IS 'Raises CW423 with the words that say who can unlock.';

-- The gate: every privileged function calls this first. The token comes from the
-- connection setting cowin.session, is bound to session_user (never current_user) and
-- expires after 15 idle minutes or 12 hours.
CREATE OR REPLACE FUNCTION private.require_session(p_what text, p_groups text[],
                                        p_allow_password_change boolean DEFAULT false)
RETURNS private.session
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_token text := NULLIF(pg_catalog.current_setting('cowin.session', true), '');
    s private.session;
    o private.operator;
    v_now timestamptz := pg_catalog.clock_timestamp();
BEGIN
    IF v_token IS NULL THEN
        PERFORM private.log_refusal('CW401', p_what, 'no_session');
        RAISE EXCEPTION 'No console session: sign in with your one-time code.' USING ERRCODE = 'CW401';
    END IF;
    -- A standby judges sessions, operators and grants as the primary had them when it last
    -- replayed. The sealer's round, every fraction of a second on the primary, is the
    -- heartbeat: a standby that has not replayed one for 30 s (cut off, or far behind) could
    -- honour a session revoked since, and refuses; the console then asks the primary.
    IF pg_catalog.pg_is_in_recovery() AND NOT EXISTS (
        SELECT 1 FROM audit.seal_state st WHERE st.checked_at > v_now - interval '30 seconds') THEN
        PERFORM private.log_refusal('CW401', p_what, 'standby_behind');
        RAISE EXCEPTION 'This standby is behind the primary: ask the primary.' USING ERRCODE = 'CW401';
    END IF;
    SELECT * INTO s FROM private.session
     WHERE token_hash = pg_catalog.sha256(pg_catalog.convert_to(v_token, 'UTF8'));
    IF NOT FOUND OR s.role_name <> SESSION_USER OR s.revoked_at IS NOT NULL
       OR s.expires_at <= v_now OR s.last_seen_at <= v_now - private.idle_timeout() THEN
        PERFORM private.log_refusal('CW401', p_what,
            CASE WHEN NOT FOUND OR s.role_name <> SESSION_USER THEN 'unknown_session'
                 WHEN s.revoked_at IS NOT NULL THEN 'revoked_session'
                 ELSE 'expired_session' END);
        RAISE EXCEPTION 'The console session has ended: sign in with your one-time code.'
            USING ERRCODE = 'CW401';
    END IF;
    SELECT * INTO o FROM private.operator WHERE role_name = SESSION_USER;
    IF o.disabled_at IS NOT NULL OR o.locked_at IS NOT NULL THEN
        PERFORM private.log_refusal('CW401', p_what, 'operator_blocked');
        RAISE EXCEPTION 'The console session has ended: sign in with your one-time code.'
            USING ERRCODE = 'CW401';
    END IF;
    IF o.must_change_password AND NOT p_allow_password_change THEN
        PERFORM private.log_refusal('CW403', p_what, 'password_change_required');
        RAISE EXCEPTION 'You must change your password before you can do this.' USING ERRCODE = 'CW403';
    END IF;
    IF p_groups IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM pg_catalog.unnest(p_groups) g
         WHERE pg_catalog.pg_has_role(SESSION_USER, g, 'MEMBER')) THEN
        PERFORM private.log_refusal('CW403', p_what, 'group');
        RAISE EXCEPTION 'You are not allowed to do this.' USING ERRCODE = 'CW403';
    END IF;
    -- Idle time is counted from the last call; writing it at most every 10 s keeps a busy
    -- console from turning every read into a write. A standby cannot write: a console that
    -- reads the audit trail there keeps its session alive on the primary (docs/deployment.md).
    IF s.last_seen_at < v_now - interval '10 seconds' AND NOT pg_catalog.pg_is_in_recovery() THEN
        UPDATE private.session SET last_seen_at = v_now WHERE id = s.id;
        s.last_seen_at := v_now;
    END IF;
    RETURN s;
END
$$;
COMMENT ON FUNCTION private.require_session(text, text[], boolean) IS
    'The gate. Raises CW401 without a live session of session_user, CW403 when the operator '
    'is in none of p_groups or must change the password first. Logs every refusal.';

-- The result gained capabilities: a changed result type needs the old function dropped.
DROP FUNCTION IF EXISTS console.session_status();
CREATE OR REPLACE FUNCTION console.session_status(
    OUT operator text, OUT full_name text, OUT groups text[], OUT capabilities text[],
    OUT enrolled boolean, OUT locked boolean, OUT must_change_password boolean,
    OUT enrolment_pending boolean)
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
    -- What the console may offer is what the grants allow: the console functions this login
    -- may execute, by name. Every one of them still checks the session and the scope itself.
    SELECT coalesce(pg_catalog.array_agg(DISTINCT p.proname::text ORDER BY p.proname::text), '{}')
      INTO capabilities
      FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'console'::regnamespace
       AND pg_catalog.has_function_privilege(SESSION_USER, p.oid, 'EXECUTE');
    enrolled := o.totp_secret IS NOT NULL;
    locked := o.locked_at IS NOT NULL OR private.failures(o) >= private.max_failures();
    must_change_password := o.must_change_password OR private.password_set_outside(o);
    enrolment_pending := o.enrol_code_hash IS NOT NULL
                         AND o.enrol_code_expires_at > pg_catalog.clock_timestamp();
END
$$;
GRANT EXECUTE ON FUNCTION console.session_status() TO cowin_operator;
COMMENT ON FUNCTION console.session_status() IS
    'Who the connected operator is, what the login needs next (a password set outside the '
    'console must be replaced) and the console functions its grants let it call. Any operator; '
    'no session; not audited (reveals only the caller''s own state).';

-- What an authenticator app scans: the account under the product's name, TOTP with SHA-1,
-- 6 digits, 30 seconds (RFC 6238 as the apps implement it).
CREATE OR REPLACE FUNCTION private.otpauth_uri(p_role text, p_secret_base32 text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT 'otpauth://totp/CoWIN%20Admin%20Console:' || p_role || '?secret=' || p_secret_base32
           || '&issuer=CoWIN%20Admin%20Console&algorithm=SHA1&digits=6&period=30'
$$;
COMMENT ON FUNCTION private.otpauth_uri(text, text) IS
    'The otpauth:// URI an authenticator app scans for an operator''s new secret.';

CREATE OR REPLACE FUNCTION console.enrol_begin(enrolment_code text, OUT secret_base32 text, OUT otpauth_uri text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.operator := private.current_operator('console.enrol_begin');
    v_secret bytea;
BEGIN
    IF o.locked_at IS NOT NULL OR private.failures(o) >= private.max_failures() THEN
        PERFORM private.locked_error();
    END IF;
    IF o.enrol_code_hash IS NULL OR o.enrol_code_expires_at <= pg_catalog.clock_timestamp()
       OR o.enrol_code_hash <> private.code_hash(enrolment_code) THEN
        -- The counter survives the rollback that this exception causes.
        PERFORM pg_catalog.nextval(o.failure_counter);
        PERFORM private.log_refusal('CW422', 'console.enrol_begin', 'enrolment_code');
        RAISE EXCEPTION 'This enrolment code is not valid or has expired. Ask the admin who created your account for a new one.'
            USING ERRCODE = 'CW422', HINT = 'field:enrolment_code';
    END IF;
    v_secret := ext.gen_random_bytes(20);
    UPDATE private.operator SET pending_secret = v_secret WHERE role_name = o.role_name;
    PERFORM audit.append('operator.enrolment_started', 'operator', o.role_name, NULL, NULL);
    secret_base32 := private.base32_encode(v_secret);
    otpauth_uri := private.otpauth_uri(o.role_name, secret_base32);
END
$$;
COMMENT ON FUNCTION console.enrol_begin(text) IS
    'Starts authenticator enrolment with the one-time enrolment code: returns a new pending '
    'secret, the only time a secret leaves the database. Any operator; audited.';
GRANT EXECUTE ON FUNCTION console.enrol_begin(text) TO cowin_operator;

-- The second factor. What holds:
-- - at most 5 wrong codes are ever judged, however many arrive at once: judging queues on the
--   operator's own row;
-- - a step-up attempt is consumed exactly once, by a compare-and-set;
-- - a password set outside the console (ALTER ROLE) is found at the next sign-in, audited, and
--   must be replaced through the console before anything else.
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
GRANT EXECUTE ON FUNCTION console.otp_submit(text) TO cowin_operator;
COMMENT ON FUNCTION console.otp_submit(text) IS
    'Judges a one-time or recovery code, records and counts the outcome, and returns only an '
    'attempt id; never raises for a wrong code. Judgements of one operator queue, so at most 5 '
    'wrong codes are judged. With a live session the attempt is a step-up for a sensitive '
    'action. Any operator; audits every outcome; locks after 5 consecutive failures.';

CREATE OR REPLACE FUNCTION private.committed_attempt(p_attempt bigint, p_what text) RETURNS private.otp_attempt
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    a private.otp_attempt;
BEGIN
    SELECT * INTO a FROM private.otp_attempt WHERE id = p_attempt AND role_name = SESSION_USER;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no such attempt.' USING ERRCODE = 'CW422', HINT = 'field:attempt';
    END IF;
    IF a.created_xact = pg_catalog.pg_current_xact_id() THEN
        PERFORM private.log_refusal('CW422', p_what, 'same_transaction');
        RAISE EXCEPTION 'The outcome of an attempt is told only after the attempt has committed.'
            USING ERRCODE = 'CW422', HINT = 'field:attempt';
    END IF;
    RETURN a;
END
$$;
COMMENT ON FUNCTION private.committed_attempt(bigint, text) IS
    'An OTP attempt of session_user that was committed in another transaction; CW422 otherwise.';

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
        INSERT INTO private.session (token_hash, role_name, attempt_id, expires_at, client_addr,
                                     application_name)
        VALUES (pg_catalog.sha256(pg_catalog.convert_to(v_token, 'UTF8')), o.role_name, a.id,
                pg_catalog.clock_timestamp() + private.absolute_timeout(),
                pg_catalog.inet_client_addr(),
                NULLIF(pg_catalog.current_setting('application_name', true), ''))
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
GRANT EXECUTE ON FUNCTION console.otp_outcome(bigint) TO cowin_operator;
COMMENT ON FUNCTION console.otp_outcome(bigint) IS
    'Tells the outcome of a committed attempt of the caller; for an accepted login code it '
    'opens the session and returns its token once, and finds a password set outside the console '
    '(must change, audited). Any operator; audits the session.';

CREATE OR REPLACE FUNCTION console.enrol_confirm(attempt_id bigint, OUT recovery_codes text[])
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.operator := private.current_operator('console.enrol_confirm');
    a private.otp_attempt := private.committed_attempt(attempt_id, 'console.enrol_confirm');
    v_codes text[];
BEGIN
    IF a.purpose <> 'enrol' OR a.consumed_at IS NOT NULL OR o.pending_secret IS NULL
       OR o.enrol_code_hash IS NULL THEN
        RAISE EXCEPTION 'This attempt does not confirm an enrolment.' USING ERRCODE = 'CW422',
            HINT = 'field:attempt';
    END IF;
    IF a.outcome <> 'accepted' THEN
        RAISE EXCEPTION 'That code was not accepted; enter the current code from your app.'
            USING ERRCODE = 'CW422', HINT = 'field:code';
    END IF;
    UPDATE private.otp_attempt SET consumed_at = pg_catalog.clock_timestamp() WHERE id = a.id;
    UPDATE private.operator
       SET totp_secret = pending_secret, pending_secret = NULL, enrolled_at = pg_catalog.clock_timestamp(),
           enrol_code_hash = NULL, enrol_code_expires_at = NULL
     WHERE role_name = o.role_name;
    v_codes := private.new_recovery_codes(o.role_name);
    PERFORM audit.append('operator.enrolled', 'operator', o.role_name, NULL,
                         pg_catalog.jsonb_build_object('recovery_codes', 10));
    recovery_codes := v_codes;
END
$$;
COMMENT ON FUNCTION console.enrol_confirm(bigint) IS
    'Activates the pending secret after an accepted enrolment attempt and returns 10 recovery '
    'codes, shown once and stored hashed. Any operator; audited.';
GRANT EXECUTE ON FUNCTION console.enrol_confirm(bigint) TO cowin_operator;

CREATE OR REPLACE FUNCTION console.logout() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_token text := NULLIF(pg_catalog.current_setting('cowin.session', true), '');
    v_id bigint;
BEGIN
    IF v_token IS NULL THEN
        RETURN;
    END IF;
    UPDATE private.session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = 'logout'
     WHERE token_hash = pg_catalog.sha256(pg_catalog.convert_to(v_token, 'UTF8'))
       AND role_name = SESSION_USER AND revoked_at IS NULL
    RETURNING id INTO v_id;
    IF v_id IS NOT NULL THEN
        PERFORM audit.append('session.closed', 'operator', SESSION_USER, NULL,
                             pg_catalog.jsonb_build_object('session', v_id));
    END IF;
END
$$;
COMMENT ON FUNCTION console.logout() IS
    'Revokes the presented session of the caller. Any operator; audited when a session ended.';
GRANT EXECUTE ON FUNCTION console.logout() TO cowin_operator;

---------------------------------------------------------------------------------------------
-- Session functions: any operator with a live session.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION console.session_ping(OUT idle_seconds_left integer, OUT seconds_left integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.session_ping', NULL, true);
    v_now timestamptz := pg_catalog.clock_timestamp();
BEGIN
    idle_seconds_left := pg_catalog.date_part('epoch', s.last_seen_at + private.idle_timeout() - v_now)::integer;
    seconds_left := pg_catalog.date_part('epoch', s.expires_at - v_now)::integer;
END
$$;
COMMENT ON FUNCTION console.session_ping() IS
    'Keeps the caller''s session alive while the operator is active; returns the time left. '
    'Any operator with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.session_ping() TO cowin_operator;

-- Sets session_user's own password from its verifier: at a first or forced change
-- (console.change_password) and from My account (console.my_password_change, with a code).
CREATE OR REPLACE FUNCTION private.set_own_password(s private.session, scram_verifier text,
                                                    current_salt_verifier text, p_details jsonb)
RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
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
        NULLIF(coalesce(p_details, '{}'::jsonb)
               || CASE WHEN v_outside THEN pg_catalog.jsonb_build_object('replaced_password_set_outside', true)
                       ELSE '{}'::jsonb END, '{}'::jsonb));
END
$$;
COMMENT ON FUNCTION private.set_own_password(private.session, text, text, jsonb) IS
    'Sets the session''s operator''s password from a SCRAM verifier, after checking it differs '
    'from the current one (CW422 at password); audited with p_details.';

CREATE OR REPLACE FUNCTION console.change_password(scram_verifier text, current_salt_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.change_password', NULL, true);
BEGIN
    PERFORM private.set_own_password(s, scram_verifier, current_salt_verifier, NULL);
END
$$;
COMMENT ON FUNCTION console.change_password(text, text) IS
    'Sets the caller''s password from a SCRAM-SHA-256 verifier computed on the desktop (the '
    'password never reaches the server); current_salt_verifier, made with the current salt and '
    'iteration count, shows the new password differs from the current one (CW422 at the field '
    'password otherwise). Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.change_password(text, text) TO cowin_operator;

-- Live notice of a revoked session. The payload is the SHA-256 of the session's token: a
-- console compares it with the hash of its own token, and nothing else can learn from it.
-- Anyone may NOTIFY any channel, so a notice carries no authority: the console only asks the
-- server again (console.session_ping) and locks on CW401.
CREATE OR REPLACE FUNCTION private.notify_session_revoked() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('cowin_session_revoked', pg_catalog.encode(NEW.token_hash, 'hex'));
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION private.notify_session_revoked() IS
    'Trigger: NOTIFY cowin_session_revoked with the revoked session''s token hash.';

CREATE OR REPLACE FUNCTION private.session_is_live() RETURNS boolean
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT EXISTS (
        SELECT 1 FROM private.session s
         WHERE s.token_hash = pg_catalog.sha256(pg_catalog.convert_to(
                   coalesce(pg_catalog.current_setting('cowin.session', true), ''), 'UTF8'))
           AND s.role_name = SESSION_USER AND s.revoked_at IS NULL
           AND s.expires_at > pg_catalog.clock_timestamp()
           AND s.last_seen_at > pg_catalog.clock_timestamp() - private.idle_timeout())
$$;
COMMENT ON FUNCTION private.session_is_live() IS
    'Whether the caller presents a live session of its own (without raising, unlike the gate).';

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

CREATE OR REPLACE FUNCTION private.password_set_outside(o private.operator) RETURNS boolean
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT roles.password_fingerprint(o.role_name) IS DISTINCT FROM o.password_fingerprint
$$;
COMMENT ON FUNCTION private.password_set_outside(private.operator) IS
    'Whether the operator''s password changed since the console last set it (ALTER ROLE).';

CREATE OR REPLACE FUNCTION console.password_parameters(OUT iterations integer, OUT salt text)
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

CREATE OR REPLACE TRIGGER session_revoked_notify
    AFTER UPDATE OF revoked_at ON private.session
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION private.notify_session_revoked();

---------------------------------------------------------------------------------------------
-- My account: what an operator does to their own sign-in, each change with a fresh code.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION private.recovery_codes_left(p_role text) RETURNS integer
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT pg_catalog.count(*)::integer FROM private.recovery_code r
     WHERE r.role_name = p_role AND r.used_at IS NULL
$$;
COMMENT ON FUNCTION private.recovery_codes_left(text) IS
    'How many of an operator''s recovery codes are still unused.';

CREATE OR REPLACE FUNCTION console.my_account(OUT recovery_codes_left integer,
                                              OUT enrolled_at timestamptz,
                                              OUT password_changed_at timestamptz,
                                              OUT last_login_at timestamptz,
                                              OUT live_sessions integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_account', NULL);
    o private.operator;
BEGIN
    SELECT * INTO o FROM private.operator WHERE role_name = s.role_name;
    recovery_codes_left := private.recovery_codes_left(o.role_name);
    enrolled_at := o.enrolled_at;
    password_changed_at := o.password_changed_at;
    last_login_at := o.last_login_at;
    live_sessions := (SELECT pg_catalog.count(*)::integer FROM private.session x
                       WHERE x.role_name = o.role_name AND x.revoked_at IS NULL
                         AND x.expires_at > pg_catalog.clock_timestamp());
END
$$;
COMMENT ON FUNCTION console.my_account() IS
    'The caller''s own sign-in: recovery codes left, when the authenticator was enrolled and the '
    'password changed, the last login and live sessions. Any operator with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.my_account() TO cowin_operator;

CREATE OR REPLACE FUNCTION console.my_sessions()
RETURNS TABLE (id bigint, created_at timestamptz, last_seen_at timestamptz,
               expires_at timestamptz, client_addr text, application_name text,
               this_console boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_sessions', NULL);
BEGIN
    RETURN QUERY
    SELECT x.id, x.created_at, x.last_seen_at, x.expires_at, pg_catalog.host(x.client_addr),
           x.application_name, x.id = s.id
      FROM private.session x
     WHERE x.role_name = s.role_name AND x.revoked_at IS NULL
       AND x.expires_at > pg_catalog.clock_timestamp()
     ORDER BY x.id DESC;
END
$$;
COMMENT ON FUNCTION console.my_sessions() IS
    'The caller''s own live sessions: when opened, last seen, until when, from which address and '
    'application, and which one is this console. Any operator with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.my_sessions() TO cowin_operator;

CREATE OR REPLACE FUNCTION console.my_sessions_end_others(step_up_attempt bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_sessions_end_others', NULL);
    a private.otp_attempt := private.consume_step_up(step_up_attempt, 'console.my_sessions_end_others');
    v_ended integer;
BEGIN
    -- Each revoked session is announced; its console asks the server and locks.
    UPDATE private.session x SET revoked_at = pg_catalog.clock_timestamp(),
           revoked_why = 'ended by its operator from another console'
     WHERE x.role_name = s.role_name AND x.id <> s.id AND x.revoked_at IS NULL;
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    PERFORM audit.append('session.others_ended', 'operator', s.role_name, NULL,
        pg_catalog.jsonb_build_object('sessions', v_ended, 'kept', s.id, 'step_up_attempt', a.id));
    RETURN v_ended;
END
$$;
COMMENT ON FUNCTION console.my_sessions_end_others(bigint) IS
    'Ends every other session of the caller (a console left open elsewhere), confirmed by a '
    'step-up code; returns how many. Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.my_sessions_end_others(bigint) TO cowin_operator;

-- Ten new recovery codes replace the old ones; shown once, stored hashed.
CREATE OR REPLACE FUNCTION private.new_recovery_codes(p_role text) RETURNS text[]
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_codes text[];
BEGIN
    SELECT pg_catalog.array_agg(private.new_human_code()) INTO v_codes
      FROM pg_catalog.generate_series(1, 10);
    DELETE FROM private.recovery_code WHERE role_name = p_role;
    INSERT INTO private.recovery_code (role_name, code_hash)
    SELECT p_role, private.code_hash(c) FROM pg_catalog.unnest(v_codes) c;
    RETURN v_codes;
END
$$;
COMMENT ON FUNCTION private.new_recovery_codes(text) IS
    'Replaces an operator''s recovery codes with 10 new ones, stored hashed; returns them once.';

CREATE OR REPLACE FUNCTION console.my_recovery_codes_renew(step_up_attempt bigint,
                                                           OUT recovery_codes text[])
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_recovery_codes_renew', NULL);
    a private.otp_attempt := private.consume_step_up(step_up_attempt, 'console.my_recovery_codes_renew');
    v_left integer := private.recovery_codes_left(s.role_name);
BEGIN
    recovery_codes := private.new_recovery_codes(s.role_name);
    PERFORM audit.append('operator.recovery_codes_renewed', 'operator', s.role_name, NULL,
        pg_catalog.jsonb_build_object('recovery_codes', 10, 'unused_before', v_left,
                                      'step_up_attempt', a.id));
END
$$;
COMMENT ON FUNCTION console.my_recovery_codes_renew(bigint) IS
    'Replaces the caller''s recovery codes with 10 new ones, shown once (the old ones stop '
    'working), confirmed by a step-up code. Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.my_recovery_codes_renew(bigint) TO cowin_operator;

CREATE OR REPLACE FUNCTION console.my_password_change(scram_verifier text, current_salt_verifier text,
                                                      step_up_attempt bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_password_change', NULL);
    a private.otp_attempt := private.consume_step_up(step_up_attempt, 'console.my_password_change');
BEGIN
    PERFORM private.set_own_password(s, scram_verifier, current_salt_verifier,
                                     pg_catalog.jsonb_build_object('step_up_attempt', a.id));
END
$$;
COMMENT ON FUNCTION console.my_password_change(text, text, bigint) IS
    'The caller changes their own password (a SCRAM verifier made on the desktop), confirmed by '
    'a step-up code. Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.my_password_change(text, text, bigint) TO cowin_operator;

-- Moving to a new phone: a code from the current authenticator starts it; a code from the new
-- one finishes it. Until then the current authenticator keeps working.
CREATE OR REPLACE FUNCTION console.my_authenticator_begin(step_up_attempt bigint,
                                                          OUT secret_base32 text,
                                                          OUT otpauth_uri text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_authenticator_begin', NULL);
    a private.otp_attempt := private.consume_step_up(step_up_attempt, 'console.my_authenticator_begin');
    v_secret bytea := ext.gen_random_bytes(20);
BEGIN
    UPDATE private.operator SET pending_secret = v_secret WHERE role_name = s.role_name;
    PERFORM audit.append('operator.reenrolment_started', 'operator', s.role_name, NULL,
        pg_catalog.jsonb_build_object('step_up_attempt', a.id));
    secret_base32 := private.base32_encode(v_secret);
    otpauth_uri := private.otpauth_uri(s.role_name, secret_base32);
END
$$;
COMMENT ON FUNCTION console.my_authenticator_begin(bigint) IS
    'Starts moving the caller''s authenticator to a new phone, confirmed by a code from the '
    'current one: returns a new pending secret, shown once. Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.my_authenticator_begin(bigint) TO cowin_operator;

CREATE OR REPLACE FUNCTION console.my_authenticator_confirm(code text, OUT recovery_codes text[])
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.my_authenticator_confirm', NULL);
    o private.operator;
    v_code text := private.normalize_code(code);
    v_now bigint := private.totp_step();
    v_step bigint;
    v_matched bigint;
BEGIN
    SELECT * INTO o FROM private.operator WHERE role_name = s.role_name FOR NO KEY UPDATE;
    IF o.pending_secret IS NULL THEN
        RAISE EXCEPTION 'Start again: confirm with a code from your current authenticator first.'
            USING ERRCODE = 'CW409', HINT = 'field:code';
    END IF;
    IF v_code !~ '^[0-9]{6}$' THEN
        RAISE EXCEPTION 'Enter the 6-digit code the new authenticator shows.'
            USING ERRCODE = 'CW422', HINT = 'field:code';
    END IF;
    IF private.failures(o) >= private.max_failures() THEN
        PERFORM private.locked_error();
    END IF;
    FOREACH v_step IN ARRAY ARRAY[v_now, v_now - 1, v_now + 1] LOOP
        IF private.hotp(o.pending_secret, v_step) = v_code THEN
            v_matched := v_step;
            EXIT;
        END IF;
    END LOOP;
    IF v_matched IS NULL THEN
        -- Counted like any wrong code (the counter survives this rollback).
        PERFORM pg_catalog.nextval(o.failure_counter);
        PERFORM private.log_refusal('CW422', 'console.my_authenticator_confirm', 'wrong_code');
        RAISE EXCEPTION 'That is not the code the new authenticator shows. Check that it scanned the new key.'
            USING ERRCODE = 'CW422', HINT = 'field:code';
    END IF;
    UPDATE private.operator
       SET totp_secret = pending_secret, pending_secret = NULL,
           enrolled_at = pg_catalog.clock_timestamp(), last_step = v_matched
     WHERE role_name = o.role_name;
    recovery_codes := private.new_recovery_codes(o.role_name);
    PERFORM audit.append('operator.reenrolled', 'operator', o.role_name, NULL,
                         pg_catalog.jsonb_build_object('recovery_codes', 10));
END
$$;
COMMENT ON FUNCTION console.my_authenticator_confirm(text) IS
    'Finishes moving the caller''s authenticator: a code from the new one makes its secret the '
    'only one (the old phone''s codes stop working) and returns 10 new recovery codes, shown '
    'once. Wrong codes count towards the lock. Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.my_authenticator_confirm(text) TO cowin_operator;
