-- What an attacker's review found, closed: no lock a login can take stalls another login's
-- audited action; lookups by number read nothing before they are recorded; every valid
-- mobile number is accepted; reveals are budgeted and a refusal is recorded; helpdesk scope
-- covers reads; one-line fields refuse control characters; key guessing blocks the address;
-- a password set outside the console is found; the current password is refused as a new one.
-- (Races, with real concurrent connections, are in tests/db/attack_review_races.cpp.)
BEGIN;
\ir setup.psql
SELECT plan(48);

SELECT pg_temp.operator('tap_ar_admin', ARRAY['cowin_admin']) AS c1 \gset
SELECT pg_temp.operator('tap_ar_help', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.operator('tap_ar_scoped', ARRAY['cowin_helpdesk']) AS c3 \gset
UPDATE private.operator SET must_change_password = false WHERE role_name LIKE 'tap\_ar\_%';
SELECT pg_temp.fake_session('tap_ar_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_ar_help', 'help-token');
SELECT pg_temp.fake_session('tap_ar_scoped', 'scoped-token');
CREATE ROLE tap_ar_gw LOGIN IN ROLE cowin_gateway;

INSERT INTO private.state VALUES ('ZX', 'Attackland') ON CONFLICT DO NOTHING;
INSERT INTO private.district (state_code, name) VALUES ('ZX', 'Inside'), ('ZX', 'Outside');
SELECT id AS inside FROM private.district WHERE state_code = 'ZX' AND name = 'Inside' \gset
SELECT id AS outside FROM private.district WHERE state_code = 'ZX' AND name = 'Outside' \gset
INSERT INTO private.centre (district_id, name) VALUES (:inside, 'PHC Within'), (:outside, 'PHC Beyond');
SELECT id AS inside_centre FROM private.centre WHERE district_id = :inside \gset
SELECT id AS outside_centre FROM private.centre WHERE district_id = :outside \gset
INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code)
VALUES ('tapar01', 'Inside Person', '9123456789', :inside_centre, 0, 'XX'),
       ('tapar02', 'Outside Person', '9876500002', :outside_centre, 0, 'XX');
SELECT id AS in_acc FROM private.vaccinator WHERE login_id = 'tapar01' \gset
SELECT id AS out_acc FROM private.vaccinator WHERE login_id = 'tapar02' \gset
SELECT admin.set_operator_scope('tap_ar_scoped', NULL, ARRAY[:inside]);

-- 1. Locks any login could take.
SELECT is((SELECT count(*)::int FROM pg_proc p
            WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname LIKE '%advisory%'
              AND has_function_privilege('tap_ar_gw', p.oid, 'EXECUTE')), 0,
          'no login may take an advisory lock (nothing of ours waits on one any more)');
SELECT is(pg_temp.sqlstate_as('tap_ar_gw', 'SELECT pg_advisory_lock(7263540001)'), '42501',
          'the old chain lock key cannot be taken by a gateway login');
SELECT is((SELECT string_agg(p.oid::regprocedure::text, ',' ORDER BY p.oid::regprocedure::text)
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer')
              AND p.prosrc LIKE '%advisory%'),
          'audit.make_month(timestamp with time zone),audit.month_id(timestamp with time zone)',
          'only the month turn and the partition maker take an advisory lock, which only the owner may');
SELECT is((SELECT count(*)::int FROM audit.seal_state), 1, 'the sealer''s state is one row');
SELECT ok(NOT has_table_privilege('tap_ar_admin', 'audit.seal_state', 'UPDATE')
          AND NOT has_table_privilege('tap_ar_gw', 'private.lock_point', 'UPDATE'),
          'no login may lock the rows that serialise the sealer or the last-admin rule');
SELECT is((SELECT string_agg(s, ',' ORDER BY s) FROM pg_db_role_setting d
             JOIN pg_roles r ON r.oid = d.setrole, unnest(d.setconfig) s
            WHERE r.rolname = 'tap_ar_help'),
          'idle_in_transaction_session_timeout=1s,lock_timeout=1s',
          'an operator login holds nothing idle and waits on no lock for more than a second');

-- 6. A lookup by number is recorded without reading anything that depends on the number.
CREATE FUNCTION pg_temp.vaccinator_reads() RETURNS bigint LANGUAGE sql AS $$
    SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_xact_all_tables
     WHERE relid = 'private.vaccinator'::regclass
$$;
SELECT pg_temp.vaccinator_reads() AS reads_before \gset
SELECT pg_temp.value_in_session('tap_ar_help', 'help-token', $$SELECT console.vaccinator_lookup_mobile('9123456789')$$);
SELECT pg_temp.value_in_session('tap_ar_help', 'help-token', $$SELECT console.vaccinator_lookup_mobile('9000000001')$$);
SELECT is(pg_temp.vaccinator_reads(), :reads_before::bigint,
          'recording a lookup reads no account, registered number or not');
SELECT is((SELECT string_agg(target_id, ',' ORDER BY id) FROM audit.event
            WHERE action = 'vaccinator.looked_up_by_mobile' AND actor = 'tap_ar_help'),
          '******6789,******0001', 'both lookups are audited alike, with the number masked');

-- 6. Every valid Indian mobile number, however it is written.
SELECT is((SELECT string_agg(private.normalize_mobile(m), ',' ORDER BY o)
             FROM unnest(ARRAY['9123456789', '91234 56789', '+91 91234-56789', '919123456789',
                               '09123456789', '0091 9123456789', '(912) 345-6789', '+91 9123'])
                  WITH ORDINALITY AS t(m, o)),
          '9123456789,9123456789,9123456789,9123456789,9123456789,9123456789,9123456789,+919123',
          'a number starting with 91 stays whole; +91, 91, 0 and 0091 prefixes go; short ones stay wrong');
SELECT pg_temp.value_in_session('tap_ar_help', 'help-token', $$SELECT console.vaccinator_lookup_mobile('+91 91234 56789')$$) AS lookup91 \gset
UPDATE private.mobile_lookup SET created_xact = '1'::xid8 WHERE id = :lookup91;
SELECT is(pg_temp.value_in_session('tap_ar_help', 'help-token',
          format($$SELECT login_id FROM console.vaccinator_search(NULL, NULL, %s, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 10)$$, :lookup91)),
          'tapar01', 'a registered number starting with 91 is found');

-- 2. Reveals are budgeted; over budget the request is recorded and the reveal refused.
UPDATE private.limit_setting SET value = 2 WHERE name = 'reveals_per_hour';
INSERT INTO private.reveal (role_name, vaccinator_id) VALUES ('tap_ar_help', :in_acc), ('tap_ar_help', :in_acc);
SELECT pg_temp.value_in_session('tap_ar_help', 'help-token',
       format($$SELECT console.vaccinator_reveal_request(%s, 'caller asked for the number')$$, :in_acc)) AS over_reveal \gset
UPDATE private.reveal SET created_xact = '1'::xid8 WHERE id = :over_reveal;
SELECT is(pg_temp.refusal('tap_ar_help', 'help-token', format('SELECT mobile FROM console.vaccinator_reveal(%s)', :over_reveal)),
          'CW429 field:reason You have reached the limit for showing mobile numbers (2 an hour). Try again later; a ministry admin can change the limit.',
          'a reveal over the hourly budget is refused at the field (CW429)');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.mobile_reveal_refused'
            AND actor = 'tap_ar_help' AND details ->> 'reveal' = :'over_reveal'), 1,
          'and the refusal is in the audit trail');
SELECT is((SELECT string_agg(a, ',' ORDER BY a) FROM unnest(ARRAY['vaccinator.mobile_reveal_refused',
            'vaccinator.lookup_refused', 'vaccinator.import_check_refused', 'api.client_blocked',
            'vaccinator.mobile_revealed', 'limit.changed']) a WHERE a ~ private.audit_failure_pattern()),
          'api.client_blocked,vaccinator.import_check_refused,vaccinator.lookup_refused,vaccinator.mobile_reveal_refused',
          'refusals past a budget and blocked addresses count as failures in the trail');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_admin', 'admin-token',
          format($$SELECT console.vaccinator_reveal_request(%s, 'caller asked for the number')$$, :in_acc)),
          '00000', 'another operator has a budget of its own');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_help', 'help-token',
          $$SELECT console.limit_set('reveals_per_hour', 30, 'more calls this week')$$),
          '42501', 'a helpdesk operator may not change a limit');
SELECT is(split_part(pg_temp.refusal('tap_ar_admin', 'admin-token',
          $$SELECT console.limit_set('reveals_per_hour', 0, 'more calls this week')$$), ' ', 2),
          'field:value', 'a limit is at least 1');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_admin', 'admin-token',
          $$SELECT console.limit_set('reveals_per_hour', 30, 'more calls this week')$$),
          '00000', 'an admin sets a limit');
SELECT is((SELECT (details -> 'before' ->> 'value') || '->' || (details -> 'after' ->> 'value') FROM audit.event
            WHERE action = 'limit.changed' AND target_id = 'reveals_per_hour'),
          '2->30', 'the change is audited with before and after');

-- 8. Helpdesk scope covers reads.
SELECT is(pg_temp.sqlstate_in_session('tap_ar_scoped', 'scoped-token',
          format('SELECT * FROM console.vaccinator_detail(%s)', :out_acc)), 'CW403',
          'a scoped operator may not read an account''s details outside its districts');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_scoped', 'scoped-token',
          format('SELECT * FROM console.vaccinator_events(%s, 10)', :out_acc)), 'CW403', 'nor its events');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_scoped', 'scoped-token',
          format('SELECT * FROM console.vaccinator_deliveries(%s)', :out_acc)), 'CW403', 'nor its deliveries');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_scoped', 'scoped-token',
          format($$SELECT console.vaccinator_reveal_request(%s, 'caller asked for the number')$$, :out_acc)),
          'CW403', 'nor reveal its number');
SELECT is(pg_temp.value_in_session('tap_ar_scoped', 'scoped-token',
          format('SELECT login_id FROM console.vaccinator_detail(%s)', :in_acc)), 'tapar01',
          'inside its districts it reads as before');
SELECT is(pg_temp.value_in_session('tap_ar_scoped', 'scoped-token',
          $$SELECT matches || ':' || capped FROM console.vaccinator_count(NULL, 'tapar', NULL, NULL, NULL, NULL, NULL, 100)$$),
          '1:false', 'and counts only what it may see');
SELECT is(pg_temp.value_in_session('tap_ar_help', 'help-token',
          format('SELECT login_id FROM console.vaccinator_detail(%s)', :out_acc)), 'tapar02',
          'an operator without scope reads everywhere');

-- 9. One-line fields refuse control characters, at the field.
SELECT is(split_part(pg_temp.refusal('tap_ar_help', 'help-token',
          format($$SELECT console.vaccinator_force_reset(%s, 1, E'caller verified\nESC\x1b[31m red')$$, :in_acc)), ' ', 2),
          'field:reason', 'a reason with a line break and an escape is refused at the field');
SELECT is((SELECT must_change_password FROM private.vaccinator WHERE id = :in_acc), true,
          '(the account is as it was: a reset marks it must-change, and nothing was reset)');
SELECT is(split_part(pg_temp.refusal('tap_ar_admin', 'admin-token',
          format($$SELECT console.vaccinator_update(%s, 1, E'Inside\u0085Person', NULL, %s, 'typo')$$, :in_acc, :inside_centre)), ' ', 2),
          'field:full_name', 'a name with a C1 control character (NEL) is refused at the field');
SELECT is(split_part(pg_temp.refusal('tap_ar_admin', 'admin-token',
          $$SELECT console.partner_create('Tabby Health', 'private', true, E'ops@tabby\tdesk', '{certificate.verify}', '{10.0.0.0/8}', 600, 'MoU signed in Delhi')$$), ' ', 2),
          'field:contact', 'a partner contact with a tab is refused at the field');
SELECT is(split_part(pg_temp.refusal('tap_ar_admin', 'admin-token',
          format($$SELECT console.vaccinator_update(%s, 1, 'Inside Person Two', NULL, %s, E'moved\rcentre')$$, :in_acc, :inside_centre)), ' ', 2),
          'field:reason', 'an optional reason is one line too');
SELECT throws_ok($$SELECT audit.append('x.y', NULL, NULL, E'bell\x07', NULL)$$, 'CW422', NULL,
                 'the audit trail itself refuses a reason with a control character');

-- 10. Guessing keys from one address blocks it for a while, and the burst is audited once.
UPDATE private.limit_setting SET value = 5 WHERE name = 'gateway_unknown_keys_per_minute';
SELECT admin.create_partner('Tap Guessing Target', 'private', '{certificate.verify}', '{192.0.2.0/24}') AS gpartner \gset
SELECT api_key AS good_key FROM admin.issue_api_key(:gpartner, '{certificate.verify}', now() + interval '1 day') \gset
CREATE FUNCTION pg_temp.authorize(p_key text, p_ip text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.value_as('tap_ar_gw', format('SELECT reason FROM gateway.authorize(%L, ''certificate.verify'', %L)', p_key, p_ip))
$$;
SELECT is(pg_temp.authorize(:'good_key', '192.0.2.10'), 'ok', 'a good key is allowed');
SELECT is((SELECT string_agg(pg_temp.authorize('cwk_guess_' || g || repeat('0', 20), '192.0.2.66'), ',')
             FROM generate_series(1, 5) g),
          'key_unknown,key_unknown,key_unknown,key_unknown,key_unknown', 'five unknown keys are just unknown');
SELECT is(pg_temp.authorize('cwk_guess_6' || repeat('0', 20), '192.0.2.66'), 'key_unknown',
          'the sixth is unknown too, and blocks the address');
SELECT is(pg_temp.authorize(:'good_key', '192.0.2.66'), 'too_many_failures',
          'then even a good key is refused from that address (too_many_failures)');
SELECT is(pg_temp.authorize(:'good_key', '192.0.2.10'), 'ok', 'other addresses are not affected');
SELECT is(pg_temp.authorize('cwk_guess_7' || repeat('0', 20), '192.0.2.66'), 'too_many_failures',
          'guesses from the blocked address are refused without a lookup');
SELECT is((SELECT count(*)::int || ':' || min(target_id) || ':' || min(actor) FROM audit.event
            WHERE action = 'api.client_blocked'), '1:192.0.2.66:tap_ar_gw',
          'one audit event records the burst, naming the address and the gateway');
UPDATE private.gateway_failure SET blocked_until = clock_timestamp() - interval '1 second';
SELECT is(pg_temp.authorize(:'good_key', '192.0.2.66'), 'ok', 'after the cooling period the address is served again');

-- 11. A password set outside the console is found at the next sign-in.
SELECT is(pg_temp.value_as('tap_ar_help', 'SELECT must_change_password FROM console.session_status()'), 'false',
          'a password set through the console needs no change');
ALTER ROLE tap_ar_help PASSWORD 'SCRAM-SHA-256$4096:b3V0c2lkZXNhbHQ=$c3RvcmVka2V5c3RvcmVka2V5c3RvcmVka2V5c3RvcmU=:c2VydmVya2V5c2VydmVya2V5c2VydmVya2V5c2VydmU=';
SELECT is(pg_temp.value_as('tap_ar_help', 'SELECT must_change_password FROM console.session_status()'), 'true',
          'after ALTER ROLE … PASSWORD the sign-in asks for a new one');
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
VALUES ('tap_ar_help', 'login', 'totp', 'accepted', 5, '1'::xid8) RETURNING id AS login_attempt \gset
SELECT pg_temp.value_as('tap_ar_help', format('SELECT outcome FROM console.otp_outcome(%s)', :login_attempt));
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'operator.password_set_outside'
            AND target_id = 'tap_ar_help'), 1, 'the sign-in records the outside change');
SELECT is((SELECT must_change_password FROM private.operator WHERE role_name = 'tap_ar_help'), true,
          'and the operator must set a password through the console before anything else');

-- 12. The current password is refused as the new one.
SELECT is(pg_temp.value_in_session('tap_ar_admin', 'admin-token',
          'SELECT iterations || '':'' || salt FROM console.password_parameters()'), '4096:c2FsdHNhbHRzYWx0',
          'the iteration count and salt of the current verifier are told (SCRAM tells them to any client)');
SELECT is(pg_temp.refusal('tap_ar_admin', 'admin-token',
          $$SELECT console.change_password('SCRAM-SHA-256$4096:bmV3c2FsdG5ld3NhbHQ=$bmV3c3RvcmVkbmV3c3RvcmVkbmV3c3RvcmVkbmV3c3Q=:bmV3c2VydmVybmV3c2VydmVybmV3c2VydmVybmV3c2U=',
                   'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$c3RvcmVka2V5c3RvcmVka2V5c3RvcmVka2V5c3RvcmU=:c2VydmVya2V5c2VydmVya2V5c2VydmVya2V5c2VydmU=')$$),
          'CW422 field:password The new password is your current password. Choose a different one.',
          'a new password equal to the current one is refused at the field');
SELECT is(split_part(pg_temp.refusal('tap_ar_admin', 'admin-token',
          $$SELECT console.change_password('SCRAM-SHA-256$4096:bmV3c2FsdG5ld3NhbHQ=$bmV3c3RvcmVkbmV3c3RvcmVkbmV3c3RvcmVkbmV3c3Q=:bmV3c2VydmVybmV3c2VydmVybmV3c2VydmVybmV3c2U=', NULL)$$), ' ', 2),
          'field:password', 'a change without the comparison is refused');
SELECT is(pg_temp.sqlstate_in_session('tap_ar_admin', 'admin-token',
          $$SELECT console.change_password('SCRAM-SHA-256$4096:bmV3c2FsdG5ld3NhbHQ=$bmV3c3RvcmVkbmV3c3RvcmVkbmV3c3RvcmVkbmV3c3Q=:bmV3c2VydmVybmV3c2VydmVybmV3c2VydmVybmV3c2U=',
                   'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$b3RoZXJzdG9yZWRvdGhlcnN0b3JlZG90aGVyc3RvcmU=:b3RoZXJzZXJ2ZXJvdGhlcnNlcnZlcm90aGVyc2Vydg==')$$),
          '00000', 'a different password is accepted');
SELECT is(pg_temp.value_as('tap_ar_admin', 'SELECT must_change_password FROM console.session_status()'), 'false',
          'and, set through the console, it is not taken for an outside change');

SELECT * FROM finish();
ROLLBACK;
