-- run-as: cowin_owner
-- Console operators, their second factor and their sessions.
--
-- Judge, record, commit, then tell: console.otp_submit() judges a code and commits the
-- outcome; console.otp_outcome() tells it, but never in the transaction that made the
-- attempt. Failed codes are counted on a per-operator SEQUENCE, whose nextval() is not
-- undone by ROLLBACK, so guesses made inside a rolled-back transaction still count.

CREATE TABLE private.operator (
    role_name             text        PRIMARY KEY,
    full_name             text        NOT NULL CHECK (pg_catalog.length(full_name) BETWEEN 1 AND 200),
    created_at            timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    created_by            text        NOT NULL DEFAULT SESSION_USER,
    totp_secret           bytea       CHECK (pg_catalog.octet_length(totp_secret) = 20),
    pending_secret        bytea       CHECK (pg_catalog.octet_length(pending_secret) = 20),
    enrolled_at           timestamptz,
    last_step             bigint      NOT NULL DEFAULT 0,
    failure_counter       regclass    NOT NULL,
    failure_baseline      bigint      NOT NULL DEFAULT 0,
    locked_at             timestamptz,
    disabled_at           timestamptz,
    must_change_password  boolean     NOT NULL DEFAULT true,
    password_changed_at   timestamptz,
    enrol_code_hash       bytea       CHECK (pg_catalog.octet_length(enrol_code_hash) = 32),
    enrol_code_expires_at timestamptz,
    last_login_at         timestamptz,
    CHECK ((enrol_code_hash IS NULL) = (enrol_code_expires_at IS NULL))
);

CREATE TABLE private.recovery_code (
    role_name  text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    code_hash  bytea       NOT NULL CHECK (pg_catalog.octet_length(code_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    used_at    timestamptz,
    PRIMARY KEY (role_name, code_hash)
);

CREATE TABLE private.otp_attempt (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name     text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    purpose       text        NOT NULL CHECK (purpose IN ('login', 'enrol')),
    method        text        NOT NULL CHECK (method IN ('totp', 'recovery')),
    outcome       text        NOT NULL CHECK (outcome IN ('accepted', 'wrong', 'replayed', 'locked')),
    attempts_left integer     NOT NULL,
    created_xact  xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    consumed_at   timestamptz
);
CREATE INDEX otp_attempt_role ON private.otp_attempt (role_name, id);

CREATE TABLE private.session (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash   bytea       NOT NULL UNIQUE CHECK (pg_catalog.octet_length(token_hash) = 32),
    role_name    text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    attempt_id   bigint      NOT NULL UNIQUE REFERENCES private.otp_attempt,
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    last_seen_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    revoked_why  text
);
CREATE INDEX session_role_live ON private.session (role_name) WHERE revoked_at IS NULL;

CREATE FUNCTION private.max_failures() RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT 5 $$;
CREATE FUNCTION private.idle_timeout() RETURNS interval
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT interval '15 minutes' $$;
CREATE FUNCTION private.absolute_timeout() RETURNS interval
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT interval '12 hours' $$;

-- Failed codes since the last success (or unlock), read from the non-transactional counter.
CREATE FUNCTION private.failures(o private.operator) RETURNS bigint
LANGUAGE sql VOLATILE SET search_path = '' AS $$
    SELECT coalesce(pg_catalog.pg_sequence_last_value(o.failure_counter), 0) - o.failure_baseline
$$;

CREATE FUNCTION private.attempts_left(o private.operator) RETURNS integer
LANGUAGE sql VOLATILE SET search_path = '' AS $$
    SELECT GREATEST(0, private.max_failures() - private.failures(o))::integer
$$;

-- One structured line in the server log for refusals that roll back with their transaction.
CREATE FUNCTION private.log_refusal(p_code text, p_what text, p_why text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE LOG 'cowin.refused code=% actor=% function=% reason=% client=%', p_code,
        pg_catalog.quote_ident(SESSION_USER), p_what, p_why,
        coalesce(pg_catalog.host(pg_catalog.inet_client_addr()), 'local');
END
$$;

CREATE FUNCTION private.current_operator(p_what text) RETURNS private.operator
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

-- Locks the operator for good (until an admin unlocks): flag, NOLOGIN, end sessions, audit.
CREATE FUNCTION private.lock_operator(p_role text, p_why text) RETURNS void
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

CREATE FUNCTION private.locked_error() RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    RAISE EXCEPTION 'This operator is locked after too many wrong codes. A ministry admin can unlock it.'
        USING ERRCODE = 'CW423';
END
$$;

-- The gate: every privileged function calls this first. The token comes from the
-- connection setting cowin.session, is bound to session_user (never current_user) and
-- expires after 15 idle minutes or 12 hours.
CREATE FUNCTION private.require_session(p_what text, p_groups text[],
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
    -- console from turning every read into a write.
    IF s.last_seen_at < v_now - interval '10 seconds' THEN
        UPDATE private.session SET last_seen_at = v_now WHERE id = s.id;
        s.last_seen_at := v_now;
    END IF;
    RETURN s;
END
$$;
COMMENT ON FUNCTION private.require_session(text, text[], boolean) IS
    'The gate. Raises CW401 without a live session of session_user, CW403 when the operator '
    'is in none of p_groups or must change the password first. Logs every refusal.';

---------------------------------------------------------------------------------------------
-- Login phase: callable by every cowin_operator member, without a session.
---------------------------------------------------------------------------------------------
CREATE SCHEMA console;
REVOKE ALL ON SCHEMA console FROM PUBLIC;
GRANT USAGE ON SCHEMA console TO cowin_operator;

CREATE FUNCTION console.session_status(
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
    must_change_password := o.must_change_password;
    enrolment_pending := o.enrol_code_hash IS NOT NULL
                         AND o.enrol_code_expires_at > pg_catalog.clock_timestamp();
END
$$;
COMMENT ON FUNCTION console.session_status() IS
    'Who the connected operator is and what the login needs next. Any operator; no session; '
    'not audited (reveals only the caller''s own state).';
GRANT EXECUTE ON FUNCTION console.session_status() TO cowin_operator;

CREATE FUNCTION console.enrol_begin(enrolment_code text, OUT secret_base32 text, OUT otpauth_uri text)
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
    otpauth_uri := 'otpauth://totp/CoWIN%20Console:' || o.role_name || '?secret=' || secret_base32
                   || '&issuer=CoWIN%20Console&algorithm=SHA1&digits=6&period=30';
END
$$;
COMMENT ON FUNCTION console.enrol_begin(text) IS
    'Starts authenticator enrolment with the one-time enrolment code: returns a new pending '
    'secret, the only time a secret leaves the database. Any operator; audited.';
GRANT EXECUTE ON FUNCTION console.enrol_begin(text) TO cowin_operator;

CREATE FUNCTION console.otp_submit(code text) RETURNS bigint
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
    v_counter_at_start bigint := coalesce(pg_catalog.pg_sequence_last_value(o.failure_counter), 0);
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
        v_purpose := 'login';
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
        -- Guesses that raced this one after it started still count.
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
    'attempt id; never raises for a wrong code. Any operator; audits every outcome; locks '
    'after 5 consecutive failures.';
GRANT EXECUTE ON FUNCTION console.otp_submit(text) TO cowin_operator;

CREATE FUNCTION private.committed_attempt(p_attempt bigint, p_what text) RETURNS private.otp_attempt
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

CREATE FUNCTION console.otp_outcome(attempt_id bigint, OUT outcome text, OUT session_token text,
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
        PERFORM audit.append('session.opened', 'operator', o.role_name, NULL,
                             pg_catalog.jsonb_build_object('session', v_session, 'attempt', a.id));
        session_token := v_token;
    END IF;
END
$$;
COMMENT ON FUNCTION console.otp_outcome(bigint) IS
    'Tells the outcome of a committed attempt of the caller; for an accepted login code it '
    'opens the session and returns its token once. Any operator; audits the session.';
GRANT EXECUTE ON FUNCTION console.otp_outcome(bigint) TO cowin_operator;

CREATE FUNCTION console.enrol_confirm(attempt_id bigint, OUT recovery_codes text[])
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
    SELECT pg_catalog.array_agg(private.new_human_code()) INTO v_codes
      FROM pg_catalog.generate_series(1, 10);
    UPDATE private.otp_attempt SET consumed_at = pg_catalog.clock_timestamp() WHERE id = a.id;
    UPDATE private.operator
       SET totp_secret = pending_secret, pending_secret = NULL, enrolled_at = pg_catalog.clock_timestamp(),
           enrol_code_hash = NULL, enrol_code_expires_at = NULL
     WHERE role_name = o.role_name;
    DELETE FROM private.recovery_code WHERE role_name = o.role_name;
    INSERT INTO private.recovery_code (role_name, code_hash)
    SELECT o.role_name, private.code_hash(c) FROM pg_catalog.unnest(v_codes) c;
    PERFORM audit.append('operator.enrolled', 'operator', o.role_name, NULL,
                         pg_catalog.jsonb_build_object('recovery_codes', 10));
    recovery_codes := v_codes;
END
$$;
COMMENT ON FUNCTION console.enrol_confirm(bigint) IS
    'Activates the pending secret after an accepted enrolment attempt and returns 10 recovery '
    'codes, shown once and stored hashed. Any operator; audited.';
GRANT EXECUTE ON FUNCTION console.enrol_confirm(bigint) TO cowin_operator;

CREATE FUNCTION console.logout() RETURNS void
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
CREATE FUNCTION console.session_ping(OUT idle_seconds_left integer, OUT seconds_left integer)
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

CREATE FUNCTION console.change_password(scram_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.change_password', NULL, true);
BEGIN
    PERFORM roles.set_password(s.role_name, scram_verifier);
    UPDATE private.operator SET must_change_password = false,
           password_changed_at = pg_catalog.clock_timestamp()
     WHERE role_name = s.role_name;
    PERFORM audit.append('operator.password_changed', 'operator', s.role_name, NULL, NULL);
END
$$;
COMMENT ON FUNCTION console.change_password(text) IS
    'Sets the caller''s password from a SCRAM-SHA-256 verifier computed on the desktop; the '
    'password itself never reaches the server. Any operator with a session; audited.';
GRANT EXECUTE ON FUNCTION console.change_password(text) TO cowin_operator;

CREATE FUNCTION console.audit_head(OUT last_id bigint, OUT last_hash text, OUT events bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.audit_head', ARRAY['cowin_auditor', 'cowin_admin']);
    SELECT e.id, pg_catalog.encode(e.hash, 'hex') INTO last_id, last_hash
      FROM audit.event e ORDER BY e.id DESC LIMIT 1;
    SELECT pg_catalog.count(*) INTO events FROM audit.event;
END
$$;
COMMENT ON FUNCTION console.audit_head() IS
    'The newest event of the audit chain (id, hash) and the number of events, for auditors and '
    'admins to compare with a checkpoint. Not audited (a read of the chain''s own head).';
GRANT EXECUTE ON FUNCTION console.audit_head() TO cowin_auditor, cowin_admin;

---------------------------------------------------------------------------------------------
-- DBA entry points (schema admin): no grants, so only superusers reach them, through
-- cowin-admin. Console admins get their own gated functions.
---------------------------------------------------------------------------------------------
CREATE SCHEMA admin;
REVOKE ALL ON SCHEMA admin FROM PUBLIC;

CREATE FUNCTION admin.create_operator(p_name text, p_full_name text, p_groups text[],
                                      p_verifier text, p_must_change_password boolean DEFAULT true)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
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
                                  enrol_code_hash, enrol_code_expires_at)
    VALUES (p_name, pg_catalog.btrim(p_full_name), v_counter::regclass, p_must_change_password,
            private.code_hash(v_code), pg_catalog.clock_timestamp() + interval '7 days');
    PERFORM audit.append('operator.created', 'operator', p_name, NULL,
                         pg_catalog.jsonb_build_object('after', pg_catalog.jsonb_build_object(
                             'full_name', pg_catalog.btrim(p_full_name),
                             'groups', coalesce(p_groups, '{}'))));
    RETURN v_code;
END
$$;
COMMENT ON FUNCTION admin.create_operator(text, text, text[], text, boolean) IS
    'Creates an operator login from a SCRAM verifier, with its groups, and returns the one-time '
    'enrolment code (valid 7 days, stored hashed). Superusers only (cowin-admin); audited.';

COMMENT ON FUNCTION private.max_failures() IS 'Consecutive wrong codes that lock an operator: 5.';
COMMENT ON FUNCTION private.idle_timeout() IS 'A session ends after this long without a call: 15 minutes.';
COMMENT ON FUNCTION private.absolute_timeout() IS 'A session ends this long after it opened: 12 hours.';
COMMENT ON FUNCTION private.failures(private.operator) IS
    'Wrong codes since the last success or unlock, read from the non-transactional counter.';
COMMENT ON FUNCTION private.attempts_left(private.operator) IS
    'How many wrong codes the operator may still make before the lock.';
COMMENT ON FUNCTION private.log_refusal(text, text, text) IS
    'Writes one structured cowin.refused line to the server log for a refusal that rolls back.';
COMMENT ON FUNCTION private.current_operator(text) IS
    'The operator row of session_user; CW403 for a login that is no operator, CW423 if disabled.';
COMMENT ON FUNCTION private.lock_operator(text, text) IS
    'Locks an operator: locked_at, NOLOGIN, sessions revoked, operator.locked audited.';
COMMENT ON FUNCTION private.locked_error() IS 'Raises CW423 with the words that say who can unlock.';
COMMENT ON FUNCTION private.committed_attempt(bigint, text) IS
    'An OTP attempt of session_user that was committed in another transaction; CW422 otherwise.';
