-- My account: an operator's own sign-in. Recovery codes left and renewed, sessions listed with
-- where they came from and the others ended, the password changed, the authenticator moved to
-- a new phone; each change with a fresh step-up code, audited, and only ever one's own.
BEGIN;
\ir setup.psql
SELECT plan(22);

SELECT pg_temp.operator('tap_me', ARRAY['cowin_helpdesk']) AS c1 \gset
SELECT pg_temp.operator('tap_me_other', ARRAY['cowin_helpdesk']) AS c2 \gset
UPDATE private.operator SET must_change_password = false WHERE role_name LIKE 'tap\_me%';
SELECT pg_temp.fake_session('tap_me', 'me-token');
SELECT pg_temp.fake_session('tap_me', 'me-elsewhere');
SELECT pg_temp.fake_session('tap_me_other', 'other-token');
UPDATE private.session SET client_addr = '198.51.100.20', application_name = 'cowin-console'
 WHERE role_name = 'tap_me';
INSERT INTO private.recovery_code (role_name, code_hash, used_at)
SELECT 'tap_me', private.code_hash('ABCDEFGHIJKLMNO' || g), CASE WHEN g <= 3 THEN now() END
  FROM generate_series(2, 7) g;
-- Step-up codes, accepted and committed as otp_outcome would leave them.
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
SELECT 'tap_me', 'step_up', 'totp', 'accepted', 5, '1'::xid8 FROM generate_series(1, 6);
CREATE FUNCTION pg_temp.step(p_n integer) RETURNS bigint LANGUAGE sql AS $$
    SELECT id FROM private.otp_attempt WHERE role_name = 'tap_me' AND purpose = 'step_up'
     ORDER BY id OFFSET p_n - 1 LIMIT 1
$$;
CREATE FUNCTION pg_temp.me(p_sql text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session('tap_me', 'me-token', p_sql)
$$;
CREATE FUNCTION pg_temp.refused(p_sql text) RETURNS text LANGUAGE sql AS $$
    SELECT split_part(pg_temp.refusal('tap_me', 'me-token', p_sql), ' ', 1) || ' '
           || split_part(pg_temp.refusal('tap_me', 'me-token', p_sql), ' ', 2)
$$;

-- Reading.
SELECT is(pg_temp.me('SELECT recovery_codes_left || '':'' || live_sessions FROM console.my_account()'),
          '4:2', 'the account says how many recovery codes are left and how many sessions live');
SELECT is(pg_temp.me('SELECT string_agg(client_addr || '' '' || application_name || '' '' || this_console, '','' ORDER BY id) FROM console.my_sessions()'),
          '198.51.100.20 cowin-console true,198.51.100.20 cowin-console false',
          'the sessions say where they came from and which is this console');
SELECT is(pg_temp.value_in_session('tap_me_other', 'other-token', 'SELECT count(*) FROM console.my_sessions()'),
          '1', 'another operator sees only their own');
SELECT is(pg_temp.sqlstate_in_session('tap_me', 'no-token', 'SELECT * FROM console.my_account()'),
          'CW401', 'nothing without a session');

-- Every change needs a fresh code.
SELECT is(pg_temp.refused('SELECT console.my_sessions_end_others(NULL)'), 'CW422 field:step_up_code',
          'ending other sessions needs a code');
SELECT is(pg_temp.refused('SELECT console.my_recovery_codes_renew(NULL)'), 'CW422 field:step_up_code',
          'so do new recovery codes');
SELECT is(pg_temp.refused('SELECT console.my_authenticator_begin(NULL)'), 'CW422 field:step_up_code',
          'and moving to a new phone');
SELECT is(pg_temp.refused('SELECT console.my_password_change(''x'', NULL, NULL)'), 'CW422 field:step_up_code',
          'and a new password');

-- Sessions elsewhere end; this one stays.
SELECT is(pg_temp.me(format('SELECT console.my_sessions_end_others(%s)', pg_temp.step(1))), '1',
          'the other session is ended');
SELECT is(pg_temp.sqlstate_in_session('tap_me', 'me-elsewhere', 'SELECT * FROM console.my_account()'),
          'CW401', 'the console that held it has to sign in again');
SELECT is(pg_temp.me('SELECT live_sessions FROM console.my_account()'), '1', 'this console goes on');
SELECT is(pg_temp.value_in_session('tap_me_other', 'other-token', 'SELECT live_sessions FROM console.my_account()'),
          '1', 'another operator''s sessions are untouched');
SELECT is(pg_temp.refused(format('SELECT console.my_sessions_end_others(%s)', pg_temp.step(1))), 'CW422 field:step_up_code',
          'a used code does not confirm a second action');

-- New recovery codes replace the old ones.
SELECT pg_temp.me(format('SELECT array_to_string(recovery_codes, '','') FROM console.my_recovery_codes_renew(%s)', pg_temp.step(2))) AS codes \gset
SELECT is(array_length(string_to_array(:'codes', ','), 1), 10, 'ten new recovery codes, shown once');
SELECT is((SELECT count(*)::int FROM private.recovery_code WHERE role_name = 'tap_me' AND used_at IS NULL
             AND code_hash = ANY (SELECT private.code_hash(c) FROM unnest(string_to_array(:'codes', ',')) c)),
          10, 'stored hashed, and only they work now');

-- A new phone: the current authenticator starts it, the new one finishes it.
SELECT pg_temp.me(format('SELECT secret_base32 FROM console.my_authenticator_begin(%s)', pg_temp.step(3))) AS new_secret \gset
SELECT ok((SELECT totp_secret IS NOT NULL AND pending_secret IS NOT NULL AND totp_secret <> pending_secret
             FROM private.operator WHERE role_name = 'tap_me'), 'until it is confirmed the current authenticator keeps working');
SELECT is(pg_temp.refused('SELECT console.my_authenticator_confirm(''000000'')'), 'CW422 field:code',
          'a code that is not the new authenticator''s is refused at the field');
SELECT is(array_length(string_to_array(pg_temp.me(format('SELECT array_to_string(recovery_codes, '','') FROM console.my_authenticator_confirm(%L)',
              (SELECT private.hotp(pending_secret, private.totp_step()) FROM private.operator WHERE role_name = 'tap_me'))), ','), 1),
          10, 'the new authenticator''s code finishes the move, with new recovery codes');
SELECT ok((SELECT private.base32_encode(totp_secret) = :'new_secret' AND pending_secret IS NULL
             FROM private.operator WHERE role_name = 'tap_me'), 'the new secret is the only one now');

-- A new password, compared with the current one.
SELECT is(pg_temp.refused(format('SELECT console.my_password_change(''not a verifier'', NULL, %s)', pg_temp.step(4))),
          'CW422 field:password', 'a malformed verifier is refused at the password');

SELECT is((SELECT string_agg(action, ',' ORDER BY id) FROM audit.event WHERE target_type = 'operator' AND target_id = 'tap_me'
             AND action IN ('session.others_ended', 'operator.recovery_codes_renewed', 'operator.reenrolment_started', 'operator.reenrolled')),
          'session.others_ended,operator.recovery_codes_renewed,operator.reenrolment_started,operator.reenrolled',
          'every change is in the audit trail');
SELECT is((SELECT count(*)::int FROM audit.event WHERE target_id = 'tap_me' AND details::text LIKE '%' || :'new_secret' || '%'),
          0, 'the new secret is in no audit event');

SELECT * FROM finish();
ROLLBACK;
