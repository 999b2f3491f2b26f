-- run-as: cowin_owner
-- Step-up: sensitive actions (bulk resets, the kill-switch, granting groups) take a fresh
-- one-time code through the same submit/outcome pair as a login. A code submitted while the
-- caller presents a live session is a step-up attempt: it opens no session, and an action
-- consumes it once, within two minutes, after it has committed.

ALTER TABLE private.otp_attempt DROP CONSTRAINT otp_attempt_purpose_check;
ALTER TABLE private.otp_attempt ADD CONSTRAINT otp_attempt_purpose_check
    CHECK (purpose IN ('login', 'enrol', 'step_up'));

CREATE FUNCTION private.session_is_live() RETURNS boolean
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
    'attempt id; never raises for a wrong code. With a live session the attempt is a step-up '
    'for a sensitive action. Any operator; audits every outcome; locks after 5 consecutive failures.';

CREATE FUNCTION private.consume_step_up(p_attempt bigint, p_what text) RETURNS private.otp_attempt
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    a private.otp_attempt;
BEGIN
    IF p_attempt IS NULL THEN
        RAISE EXCEPTION 'Confirm this action with a fresh code from your authenticator app.'
            USING ERRCODE = 'CW422', HINT = 'field:step_up_code';
    END IF;
    a := private.committed_attempt(p_attempt, p_what);
    IF a.purpose <> 'step_up' OR a.outcome <> 'accepted' OR a.consumed_at IS NOT NULL
       OR a.created_at < pg_catalog.clock_timestamp() - interval '2 minutes' THEN
        PERFORM private.log_refusal('CW422', p_what, 'step_up_not_usable');
        RAISE EXCEPTION 'Confirm this action with a fresh code from your authenticator app.'
            USING ERRCODE = 'CW422', HINT = 'field:step_up_code';
    END IF;
    UPDATE private.otp_attempt SET consumed_at = pg_catalog.clock_timestamp() WHERE id = a.id;
    RETURN a;
END
$$;
COMMENT ON FUNCTION private.consume_step_up(bigint, text) IS
    'Consumes an accepted, committed, unused step-up attempt of the caller made in the last two '
    'minutes; CW422 at the field step_up_code otherwise.';
