-- One-time codes: judged, recorded and committed before they are told; counted even when
-- the caller rolls back; replays refused; five failures lock.
BEGIN;
\ir setup.psql
SELECT plan(19);

SELECT pg_temp.operator('tap_otp_user', ARRAY['cowin_helpdesk']) AS c1 \gset

SELECT pg_temp.value_as('tap_otp_user', format('SELECT console.otp_submit(%L)', pg_temp.current_code('tap_otp_user'))) AS good \gset
SELECT is((SELECT outcome FROM private.otp_attempt WHERE id = :good), 'accepted',
          'the current code is accepted');
SELECT is(pg_temp.sqlstate_as('tap_otp_user', format('SELECT * FROM console.otp_outcome(%s)', :good)),
          'CW422', 'the outcome is not told in the transaction that made the attempt');
SELECT is((SELECT count(*)::int FROM private.session WHERE role_name = 'tap_otp_user'), 0,
          '... so no session exists yet');

SELECT pg_temp.value_as('tap_otp_user', format('SELECT console.otp_submit(%L)', pg_temp.current_code('tap_otp_user'))) AS again \gset
SELECT is((SELECT outcome FROM private.otp_attempt WHERE id = :again), 'replayed',
          'the same code a second time is a replay');

-- Guesses inside a rolled-back savepoint still count: the counter is a sequence.
SAVEPOINT guesses;
SELECT pg_temp.value_as('tap_otp_user', $$SELECT console.otp_submit('000000')$$);
SELECT pg_temp.value_as('tap_otp_user', $$SELECT console.otp_submit('000001')$$);
SELECT pg_temp.value_as('tap_otp_user', $$SELECT console.otp_submit('000002')$$);
ROLLBACK TO SAVEPOINT guesses;
SELECT is((SELECT count(*)::int FROM private.otp_attempt WHERE role_name = 'tap_otp_user'), 2,
          'the rolled-back attempts left no rows');
SELECT is((SELECT private.failures(o) FROM private.operator o WHERE role_name = 'tap_otp_user'), 3::bigint,
          '... but the three wrong guesses are still counted');

SELECT pg_temp.value_as('tap_otp_user', $$SELECT console.otp_submit('000003')$$) AS fourth \gset
SELECT is((SELECT attempts_left FROM private.otp_attempt WHERE id = :fourth), 1,
          'after four wrong codes one attempt is left');
SELECT pg_temp.value_as('tap_otp_user', $$SELECT console.otp_submit('000004')$$) AS fifth \gset
SELECT is((SELECT attempts_left FROM private.otp_attempt WHERE id = :fifth), 0,
          'the fifth wrong code leaves none');
SELECT ok((SELECT locked_at IS NOT NULL FROM private.operator WHERE role_name = 'tap_otp_user'),
          'five consecutive failures lock the operator');
SELECT ok((SELECT NOT rolcanlogin FROM pg_roles WHERE rolname = 'tap_otp_user'),
          '... and the login role is NOLOGIN');
SELECT ok(EXISTS (SELECT 1 FROM audit.event WHERE action = 'operator.locked' AND target_id = 'tap_otp_user'),
          '... and the lock is audited');

SELECT is(pg_temp.sqlstate_as('tap_otp_user', format('SELECT console.otp_submit(%L)', pg_temp.current_code('tap_otp_user', 1))),
          'CW423', 'a right code after the lock is refused: CW423, nothing judged');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'otp.failed' AND target_id = 'tap_otp_user'), 2,
          'committed failures are audited (the rolled-back ones are in the server log)');
SELECT is(pg_temp.sqlstate_as('tap_otp_user', $$SELECT console.otp_submit('12345')$$), 'CW422',
          'a malformed code is refused as input, naming the field');

-- Codes for people (one-time passwords, enrolment and recovery codes): base32 in groups of four,
-- 5 bits a symbol, every symbol equally likely.
CREATE TEMP TABLE tap_codes AS SELECT private.new_human_code() AS code FROM generate_series(1, 2000);
SELECT is((SELECT count(*)::int FROM tap_codes WHERE code ~ '^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$'), 2000,
          'a code of 10 bytes is 16 base32 symbols in four groups');
SELECT ok(private.new_human_code(15) ~ '^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$',
          'a code of 15 bytes is 24 symbols in six groups');
SELECT is((SELECT count(*)::int FROM (SELECT s, count(*) AS n
                                        FROM tap_codes, regexp_split_to_table(replace(code, '-', ''), '') s
                                       GROUP BY s) f
            WHERE n BETWEEN 800 AND 1200), 32,
          'all 32 symbols appear about equally often (1,000 each of 32,000, give or take 6 sd)');
-- A bulk reset hashes a code from its symbols and groups them for the message: both as the
-- code a person types is judged.
SELECT is((SELECT count(*)::int FROM (SELECT private.new_code_symbols(15) AS s FROM generate_series(1, 200)) x
            WHERE private.code_hash(private.human_code_groups(s)) = private.code_hash_of_symbols(s)
              AND private.human_code_groups(s) ~ '^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$'), 200,
          'a code hashed from its symbols is the code typed in its groups');
SELECT is(ARRAY[private.human_code_groups(''), private.human_code_groups('ABC'),
                private.human_code_groups('ABCDE'), private.human_code_groups('ABCDEFGH'),
                private.human_code_groups('ABCDEFGHIJ'),
                private.human_code_groups('ABCDEFGHIJKLMNOPQRSTUVWX'),
                private.human_code_groups('ABCDEFGHIJKLMNOPQRSTUVWXYZ23')],
          ARRAY['', 'ABC', 'ABCD-E', 'ABCD-EFGH', 'ABCD-EFGH-IJ', 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX',
                'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23'],
          'symbols are grouped by four, whatever their number');

SELECT * FROM finish();
ROLLBACK;
