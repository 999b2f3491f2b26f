-- Vaccinator accounts: who may find and change them, delegation scope, validation, stale
-- versions, masked numbers, reveals told only after they commit, and the audit of each change.
BEGIN;
\ir setup.psql
SELECT plan(76);

SELECT pg_temp.operator('tap_v_admin', ARRAY['cowin_admin']) AS c1 \gset
SELECT pg_temp.operator('tap_v_help', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.operator('tap_v_scoped', ARRAY['cowin_helpdesk']) AS c3 \gset
SELECT pg_temp.operator('tap_v_auditor', ARRAY['cowin_auditor']) AS c4 \gset
SELECT pg_temp.fake_session('tap_v_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_v_help', 'help-token');
SELECT pg_temp.fake_session('tap_v_scoped', 'scoped-token');
SELECT pg_temp.fake_session('tap_v_auditor', 'auditor-token');

-- A small state of our own: two districts, one centre each, 40 accounts.
INSERT INTO private.state VALUES ('ZZ', 'Tapland') ON CONFLICT DO NOTHING;
INSERT INTO private.district (state_code, name) VALUES ('ZZ', 'North Tap'), ('ZZ', 'South Tap');
SELECT id AS north FROM private.district WHERE state_code = 'ZZ' AND name = 'North Tap' \gset
SELECT id AS south FROM private.district WHERE state_code = 'ZZ' AND name = 'South Tap' \gset
INSERT INTO private.centre (district_id, name) VALUES (:north, 'PHC Tapur'), (:south, 'CHC Tapgaon');
SELECT id AS north_centre FROM private.centre WHERE district_id = :north \gset
SELECT id AS south_centre FROM private.centre WHERE district_id = :south \gset
INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code,
                                must_change_password, password_hash)
SELECT 'tapv' || lpad(g::text, 3, '0'), 'Tapasvi Qwertyson ' || lpad(g::text, 3, '0'),
       '99999990' || lpad(g::text, 2, '0'), CASE WHEN g <= 30 THEN :north_centre ELSE :south_centre END,
       0, 'XX', false, 'portal-hash'
  FROM generate_series(1, 40) g;
SELECT id AS north_one FROM private.vaccinator WHERE login_id = 'tapv001' \gset
SELECT id AS south_one FROM private.vaccinator WHERE login_id = 'tapv031' \gset
UPDATE private.vaccinator SET status = 'locked', failed_logins = 5 WHERE login_id = 'tapv002';
SELECT id AS locked_one FROM private.vaccinator WHERE login_id = 'tapv002' \gset
INSERT INTO private.portal_session (vaccinator_id) VALUES (:north_one), (:north_one);
SELECT admin.set_operator_scope('tap_v_scoped', NULL, ARRAY[:south]);

SELECT is((SELECT state_code || '/' || (district_id = :north)::text FROM private.vaccinator WHERE id = :north_one),
          'ZZ/true', 'an account''s district and state follow its centre');

-- Who may search.
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'no-token',
          $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 10)$$),
          'CW401', 'searching without a session is CW401');
SELECT is(pg_temp.sqlstate_in_session('tap_v_auditor', 'auditor-token',
          $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 10)$$),
          '42501', 'auditors may not search vaccinator accounts');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 100)$$),
          '40', 'helpdesk finds the accounts of a state');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT string_agg(DISTINCT mobile_masked, ',') FROM console.vaccinator_search(NULL, 'tapv001', NULL, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 10)$$),
          '******9001', 'search results carry masked mobile numbers only');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search('qwertysn', NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 100)$$),
          '0', 'a name with a typo is no substring');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search('qwertysn', NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 100, true)$$),
          '40', 'asked for similar names, a name with a typo finds the accounts (trigram word similarity)');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT matches FROM console.vaccinator_count('qwertysn', NULL, NULL, NULL, NULL, 'ZZ', NULL, 1000, true)$$),
          '40', 'and counts them');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search('Xylophonia', NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 100)$$),
          '0', 'a name that is not there finds nothing');
-- A search for part of a name compares the lowered name (name_folded) with the lowered
-- pattern: it must find exactly what full_name ILIKE found, in any case and any script.
INSERT INTO private.state VALUES ('ZW', 'Foldland') ON CONFLICT DO NOTHING;
INSERT INTO private.district (state_code, name) VALUES ('ZW', 'Fold District');
INSERT INTO private.centre (district_id, name)
SELECT id, 'PHC Foldpur' FROM private.district WHERE state_code = 'ZW';
INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code)
SELECT 'tapf' || n, f, '98888880' || lpad(n::text, 2, '0'), c.id, 0, 'XX'
  FROM (VALUES (1, 'Élodie Ñúñez'), (2, 'ÉLODIE Bose'), (3, 'राम कुमार'), (4, 'Rama Kumari'),
               (5, 'Anne-Marie O''Brien')) v(n, f),
       private.centre c WHERE c.name = 'PHC Foldpur';
CREATE FUNCTION pg_temp.found_by_name(q text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session('tap_v_help', 'help-token',
        format($f$SELECT string_agg(login_id, ',' ORDER BY login_id) FROM console.vaccinator_search(%L, NULL, NULL, NULL, NULL, 'ZW', NULL, 'name', false, NULL, NULL, false, 100)$f$, q))
$$;
CREATE FUNCTION pg_temp.found_by_ilike(q text) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(login_id, ',' ORDER BY login_id) FROM private.vaccinator
     WHERE state_code = 'ZW' AND full_name ILIKE '%' || private.like_escape(btrim(q)) || '%'
$$;
SELECT is(pg_temp.found_by_name('élodie'), 'tapf1,tapf2', 'a name search ignores case, accented capitals too');
SELECT is(pg_temp.found_by_name('  ÑÚÑEZ '), 'tapf1', 'a name typed in capitals with spaces around finds the lowered name');
SELECT is(pg_temp.found_by_name('कुमार'), 'tapf3', 'a name in Devanagari is found');
SELECT is(pg_temp.found_by_name('RAMA'), 'tapf4', 'part of a name in capitals is found');
SELECT is(pg_temp.found_by_name('o''brien'), 'tapf5', 'a quote in a name is part of it');
SELECT is((SELECT count(*)::integer FROM (VALUES ('élodie'), ('  ÑÚÑEZ '), ('कुमार'), ('RAMA'), ('o''brien'), ('ANNE-MARIE'), ('kumar'), ('zzz'), ('e m')) q(q)
            WHERE pg_temp.found_by_name(q) IS DISTINCT FROM pg_temp.found_by_ilike(q)), 0,
          'a name search finds exactly what ILIKE on the name finds');
UPDATE private.vaccinator SET full_name = 'Zebedee Renamed' WHERE login_id = 'tapf4';
SELECT is(pg_temp.found_by_name('zebedee'), 'tapf4', 'the lowered name follows a rename');
SELECT is(pg_temp.found_by_name('rama'), NULL, 'and the old name no longer finds the account');

SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          format($$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, %s, NULL, 'locked', 'name', false, NULL, NULL, false, 100)$$, :north)),
          '1', 'filters combine: district and status');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search('50%_\', NULL, NULL, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 100)$$),
          '0', 'LIKE wildcards typed in a name are taken literally');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search('ab', NULL, NULL, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 10)$$),
          'CW422', 'a two-letter name search is refused at the field (CW422)');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'mobile; DROP TABLE x', false, NULL, NULL, false, 10)$$),
          'CW422', 'an unknown sort order is refused, never spliced into SQL');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, NULL, 'gone', 'name', false, NULL, NULL, false, 10)$$),
          'CW422', 'an unknown status is refused');

-- Keyset pages: forward without overlap, backward back to the same rows.
SELECT set_config('cowin.session', 'help-token', false);
SET SESSION AUTHORIZATION tap_v_help;
SELECT id AS p1_last_id, sort_key AS p1_last_key FROM (
    SELECT * FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 15)
) p ORDER BY sort_key DESC, id DESC LIMIT 1 \gset
SELECT array_agg(id ORDER BY sort_key, id) AS p2 FROM console.vaccinator_search(
    NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, :'p1_last_key', :p1_last_id, false, 15) \gset
SELECT array_agg(id ORDER BY sort_key, id) AS p1 FROM console.vaccinator_search(
    NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 15) \gset
SELECT id AS p2_first_id, sort_key AS p2_first_key FROM console.vaccinator_search(
    NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, :'p1_last_key', :p1_last_id, false, 1) \gset
SELECT array_agg(id ORDER BY sort_key, id) AS back FROM console.vaccinator_search(
    NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, :'p2_first_key', :p2_first_id, true, 15) \gset
SELECT count(*) AS desc_first FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'login_id', true, NULL, NULL, false, 1) WHERE login_id = 'tapv040' \gset
RESET SESSION AUTHORIZATION;
SELECT is(cardinality(:'p2'::bigint[]), 15, 'the second page is full');
SELECT ok(NOT (:'p1'::bigint[] && :'p2'::bigint[]), 'pages do not overlap');
SELECT is(:'back'::bigint[], :'p1'::bigint[], 'the page before the second page is the first page');
SELECT is(:desc_first, 1, 'descending by login id starts with the last login id');

-- Delegation: the scoped operator sees and acts only in its district.
SELECT is(pg_temp.value_in_session('tap_v_scoped', 'scoped-token',
          format($$SELECT string_agg(in_scope::text, ',' ORDER BY id) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, 'ZZ', NULL, 'name', false, NULL, NULL, false, 100) WHERE id IN (%s, %s)$$, :north_one, :south_one)),
          'true', 'a search lists only the accounts in the operator''s scope');
SELECT is(pg_temp.sqlstate_in_session('tap_v_scoped', 'scoped-token',
          format($$SELECT console.vaccinator_force_reset(%s, 1, 'caller verified by callback')$$, :north_one)),
          'CW403', 'a reset outside the operator''s districts is refused (CW403)');
SELECT is(pg_temp.sqlstate_in_session('tap_v_scoped', 'scoped-token',
          format($$SELECT console.vaccinator_force_reset(%s, 1, 'caller verified by callback')$$, :south_one)),
          '00000', 'a reset inside the operator''s district works');

-- Force reset.
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_force_reset(%s, 1, '  ')$$, :north_one)),
          'CW422', 'a reset without a reason is refused at the field');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_force_reset(%s, 7, 'caller verified by callback')$$, :north_one)),
          'CW409', 'a reset based on a stale version is CW409');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          $$SELECT console.vaccinator_force_reset(-1, 1, 'caller verified by callback')$$),
          'CW422', 'a reset of an unknown account is CW422');
SELECT is(pg_temp.sqlstate_in_session('tap_v_auditor', 'auditor-token',
          format($$SELECT console.vaccinator_force_reset(%s, 1, 'caller verified by callback')$$, :north_one)),
          '42501', 'auditors may not reset');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_force_reset(%s, 1, 'caller verified by callback')$$, :north_one)),
          '2', 'helpdesk resets an account and gets the next version');
SELECT is((SELECT must_change_password AND password_hash IS NULL AND temporary_password_hash IS NOT NULL
             FROM private.vaccinator WHERE id = :north_one), true,
          'the account must change its password and holds only the temporary password''s hash');
SELECT is((SELECT count(*)::int FROM private.portal_session WHERE vaccinator_id = :north_one AND revoked_at IS NULL),
          0, 'its portal sessions are revoked');
SELECT is((SELECT state || ':' || (secret ~ '^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$')::text || ':' || recipient
             FROM private.outbox WHERE vaccinator_id = :north_one),
          'pending:true:9999999001', 'an 80-bit one-time password waits in the outbox for the registered mobile');
SELECT is((SELECT reason || '|' || (details->>'login_id') || '|' || (details->>'name') || '|' || actor
             FROM audit.event WHERE action = 'vaccinator.password_reset' AND target_id = :'north_one'),
          'caller verified by callback|tapv001|Tapasvi Qwertyson 001|tap_v_help',
          'the reset is audited with actor, reason, login id and name');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          format($$SELECT state FROM console.vaccinator_deliveries(%s)$$, :north_one)),
          'pending', 'the console sees the delivery state');
SELECT is(position((SELECT secret FROM private.outbox WHERE vaccinator_id = :north_one) IN
                   pg_temp.value_in_session('tap_v_help', 'help-token',
                       format('SELECT string_agg(to_jsonb(d)::text, '','') FROM console.vaccinator_deliveries(%s) d', :north_one))),
          0, 'the delivery state never carries the password');
SELECT pg_temp.value_in_session('tap_v_help', 'help-token',
       format($$SELECT console.vaccinator_force_reset(%s, 2, 'second call from the vaccinator')$$, :north_one));
SELECT is((SELECT string_agg(state || ':' || (secret IS NULL)::text, ',' ORDER BY id) FROM private.outbox WHERE vaccinator_id = :north_one),
          'superseded:true,pending:false', 'a newer reset withdraws the older undelivered password');

-- Unlock, disable, enable.
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_unlock(%s, 1, 'not locked at all')$$, :south_one + 1)),
          'CW422', 'unlocking an account that is not locked is CW422');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_unlock(%s, 1, 'identity confirmed on the phone')$$, :locked_one)),
          '2', 'helpdesk unlocks a locked account');
SELECT is((SELECT status || ':' || failed_logins FROM private.vaccinator WHERE id = :locked_one), 'active:0',
          'the account is active with no failed logins');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_set_disabled(%s, 2, true, 'left the service')$$, :locked_one)),
          '42501', 'helpdesk may not disable');
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT console.vaccinator_set_disabled(%s, 2, true, 'left the service')$$, :locked_one)),
          '3', 'an admin disables an account');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_force_reset(%s, 3, 'caller verified by callback')$$, :locked_one)),
          'CW422', 'a disabled account is not reset');
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT console.vaccinator_set_disabled(%s, 3, false, 'rejoined the service')$$, :locked_one)),
          '4', 'and enables it again');
SELECT is((SELECT string_agg(action, ',' ORDER BY id) FROM audit.event WHERE target_type = 'vaccinator' AND target_id = :'locked_one'),
          'vaccinator.unlocked,vaccinator.disabled,vaccinator.enabled', 'each change has its audit event');

-- Reveal: recorded and committed before the number is told.
SELECT pg_temp.value_in_session('tap_v_help', 'help-token',
       format($$SELECT console.vaccinator_reveal_request(%s, 'vaccinator asked to confirm the number')$$, :north_one)) AS reveal \gset
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.mobile_revealed' AND target_id = :'north_one'),
          1, 'the reveal is in the audit trail before any number is told');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token', format('SELECT mobile FROM console.vaccinator_reveal(%s)', :reveal)),
          'CW422', 'the number is not told in the transaction that recorded the reveal');
UPDATE private.reveal SET created_xact = '1'::xid8 WHERE id = :reveal; -- as if committed earlier
SELECT is(pg_temp.sqlstate_in_session('tap_v_admin', 'admin-token', format('SELECT mobile FROM console.vaccinator_reveal(%s)', :reveal)),
          'CW422', 'another operator cannot use the reveal');
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token', format('SELECT mobile FROM console.vaccinator_reveal(%s)', :reveal)),
          '9999999001', 'after the commit the number is told once');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token', format('SELECT mobile FROM console.vaccinator_reveal(%s)', :reveal)),
          'CW422', 'and not twice');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_reveal_request(%s, '')$$, :north_one)),
          'CW422', 'a reveal needs a reason');

-- Search by mobile: the lookup is audited and committed before the search tells anything.
SELECT pg_temp.value_in_session('tap_v_help', 'help-token',
       $$SELECT console.vaccinator_lookup_mobile('+91 99999-99031')$$) AS lookup \gset
SELECT is((SELECT details->>'mobile' FROM audit.event WHERE action = 'vaccinator.looked_up_by_mobile' ORDER BY id DESC LIMIT 1),
          '******9031', 'a lookup by mobile is audited, with the number masked');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, %s, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 10)$$, :lookup)),
          'CW422', 'a lookup is not answered in its own transaction');
UPDATE private.mobile_lookup SET created_xact = '1'::xid8 WHERE id = :lookup;
SELECT is(pg_temp.value_in_session('tap_v_help', 'help-token',
          format($$SELECT login_id FROM console.vaccinator_search(NULL, NULL, %s, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 10)$$, :lookup)),
          'tapv031', 'after the commit the lookup finds the account');
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          $$SELECT console.vaccinator_lookup_mobile('12345')$$),
          'CW422', 'a malformed mobile number is refused at the field');

-- No walking through numbers: 60 lookups in 10 minutes; the 61st is recorded, audited as
-- refused, and refused (CW429 at the field) by the call that would tell.
INSERT INTO private.mobile_lookup (role_name) SELECT 'tap_v_help' FROM generate_series(1, 60);
SELECT pg_temp.value_in_session('tap_v_help', 'help-token',
       $$SELECT console.vaccinator_lookup_mobile('9999999031')$$) AS refused_lookup \gset
UPDATE private.mobile_lookup SET created_xact = '1'::xid8 WHERE id = :refused_lookup;
SELECT is(pg_temp.refusal('tap_v_help', 'help-token',
          format($$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, %s, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 10)$$, :refused_lookup)),
          'CW429 field:mobile Too many searches by mobile number (60 in 10 minutes): try again in a few minutes, or search by name or login id.',
          'the 61st lookup by mobile in 10 minutes is refused (CW429 at the field)');
SELECT is(pg_temp.sqlstate_in_session('tap_v_scoped', 'scoped-token',
          $$SELECT console.vaccinator_lookup_mobile('9999999031')$$),
          '00000', 'another operator may still look up');

-- Bulk reset: admins only, with a step-up code.
SELECT is(pg_temp.sqlstate_in_session('tap_v_help', 'help-token',
          format($$SELECT console.vaccinator_bulk_begin('reset', 'district', '%s', 'leak response', true, NULL)$$, :south)),
          '42501', 'helpdesk may not start a bulk reset');
SELECT is(pg_temp.sqlstate_in_session('tap_v_admin', 'admin-token',
          format($$SELECT console.vaccinator_bulk_begin('reset', 'district', '%s', 'leak response', true, NULL)$$, :south)),
          'CW422', 'a bulk reset without a step-up code is refused');
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
VALUES ('tap_v_admin', 'step_up', 'totp', 'accepted', 5, '1'::xid8) RETURNING id AS step_up \gset
SELECT pg_temp.value_in_session('tap_v_admin', 'admin-token',
       format($$SELECT console.vaccinator_bulk_begin('reset', 'district', '%s', 'leak response', true, %s)$$, :south, :step_up)) AS bulk \gset
SELECT is(pg_temp.sqlstate_in_session('tap_v_admin', 'admin-token',
          format($$SELECT console.vaccinator_bulk_begin('reset', 'district', '%s', 'leak response', true, %s)$$, :south, :step_up)),
          'CW422', 'a step-up code confirms one action only');
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT done || '/' || planned || ':' || finished FROM console.vaccinator_bulk_chunk(%s, 4)$$, :bulk)),
          '4/10:false', 'the first chunk resets four accounts');
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT done || '/' || planned || ':' || finished FROM console.vaccinator_bulk_chunk(%s, 100)$$, :bulk)),
          '10/10:true', 'the next chunk finishes the district');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.password_reset' AND details->>'bulk' = :'bulk'),
          10, 'one audit event per account of the bulk reset');

-- Bulk unlock and disable: the dry run lists what each would touch; each takes its own code.
UPDATE private.vaccinator SET status = 'locked', failed_logins = 5
 WHERE district_id = :south AND login_id IN (SELECT login_id FROM private.vaccinator WHERE district_id = :south ORDER BY id LIMIT 3);
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT accounts || ' ' || label FROM console.vaccinator_bulk_preview('unlock', 'district', '%s')$$, :south)),
          '3 district South Tap, ZZ', 'an unlock touches only the locked accounts of the scope');
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT string_agg(status, ',') || ' ' || count(*) FROM console.vaccinator_bulk_sample('unlock', 'district', '%s', 2)$$, :south)),
          'locked,locked 2', 'the dry run lists the first of them');
SELECT is(split_part(pg_temp.refusal('tap_v_admin', 'admin-token',
          format($$SELECT * FROM console.vaccinator_bulk_preview('delete', 'district', '%s')$$, :south)), ' ', 2),
          'field:action', 'an unknown bulk action is refused at its field');
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
VALUES ('tap_v_admin', 'step_up', 'totp', 'accepted', 5, '1'::xid8) RETURNING id AS step_unlock \gset
SELECT pg_temp.value_in_session('tap_v_admin', 'admin-token',
       format($$SELECT console.vaccinator_bulk_begin('unlock', 'district', '%s', 'lockout wave after the outage', false, %s)$$, :south, :step_unlock)) AS bulk_unlock \gset
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT done || '/' || planned || ':' || finished FROM console.vaccinator_bulk_chunk(%s, 100)$$, :bulk_unlock)),
          '3/3:true', 'the bulk unlock unlocks them');
SELECT is((SELECT count(*)::int FROM private.vaccinator WHERE district_id = :south AND status = 'locked'), 0,
          'no account of the district is locked any more');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.unlocked' AND details->>'bulk' = :'bulk_unlock'),
          3, 'one audit event per account unlocked');
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
VALUES ('tap_v_admin', 'step_up', 'totp', 'accepted', 5, '1'::xid8) RETURNING id AS step_disable \gset
SELECT pg_temp.value_in_session('tap_v_admin', 'admin-token',
       format($$SELECT console.vaccinator_bulk_begin('disable', 'district', '%s', 'centre closed for good', true, %s)$$, :south, :step_disable)) AS bulk_disable \gset
SELECT is(pg_temp.value_in_session('tap_v_admin', 'admin-token',
          format($$SELECT done || '/' || planned || ':' || finished FROM console.vaccinator_bulk_chunk(%s, 100)$$, :bulk_disable)),
          '10/10:true', 'the bulk disable disables every enabled account of the district');
SELECT is((SELECT count(*)::int FROM private.outbox o JOIN private.vaccinator v ON v.id = o.vaccinator_id
            WHERE v.district_id = :south AND o.state IN ('pending', 'sending')), 0,
          'their undelivered one-time passwords are withdrawn');
SELECT is((SELECT string_agg(action, ',' ORDER BY id) FROM audit.event WHERE target_type = 'bulk_reset' AND target_id IN (:'bulk_unlock', :'bulk_disable')),
          'vaccinator.bulk_unlock_started,vaccinator.bulk_unlock_finished,vaccinator.bulk_disable_started,vaccinator.bulk_disable_finished',
          'each bulk action is audited from start to finish');

SELECT * FROM finish();
ROLLBACK;
