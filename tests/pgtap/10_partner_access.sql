-- gateway.authorize: every reason, every kill-switch level, IPv4/IPv6/CIDR edges, expiry,
-- NULL and malformed input (all denials); two-person restore; who may do what; the audit.
BEGIN;
\ir setup.psql
SELECT plan(50);

CREATE ROLE tap_gw LOGIN IN ROLE cowin_gateway;
-- Partners of a demo database are out of the counts below (rolled back with the rest).
UPDATE private.partner SET status = 'revoked' WHERE status <> 'revoked';
SELECT pg_temp.operator('tap_k_incident', ARRAY['cowin_incident']) AS c1 \gset
SELECT pg_temp.operator('tap_k_admin', ARRAY['cowin_admin']) AS c2 \gset
SELECT pg_temp.operator('tap_k_help', ARRAY['cowin_helpdesk']) AS c3 \gset
SELECT pg_temp.fake_session('tap_k_incident', 'incident-token');
SELECT pg_temp.fake_session('tap_k_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_k_help', 'help-token');

SELECT admin.create_partner('Tap State Health Portal', 'government',
                            ARRAY['certificate.verify', 'beneficiary.lookup'],
                            ARRAY['10.1.0.0/16', '2001:db8:10::/48']::cidr[]) AS gov \gset
SELECT admin.create_partner('Tap Private Hospital', 'private', ARRAY['appointment.slots', 'beneficiary.lookup'],
                            ARRAY['203.0.113.7/32']::cidr[]) AS priv \gset
SELECT api_key AS gov_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify', 'beneficiary.lookup'], now() + interval '30 days') \gset
SELECT api_key AS priv_key FROM admin.issue_api_key(:priv, ARRAY['appointment.slots', 'beneficiary.lookup'], now() + interval '30 days') \gset
SELECT api_key AS narrow_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify'], now() + interval '30 days') \gset
SELECT key_id AS old_id, api_key AS old_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify'], now() + interval '1 day') \gset
UPDATE private.api_key SET expires_at = now() - interval '1 second' WHERE id = :old_id;

CREATE FUNCTION pg_temp.auth(p_key text, p_scope text, p_ip inet) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v text;
BEGIN
    SET SESSION AUTHORIZATION tap_gw;
    SELECT allowed::text || ':' || reason INTO v FROM gateway.authorize(p_key, p_scope, p_ip);
    RESET SESSION AUTHORIZATION;
    RETURN v;
END
$$;

-- The whole answer, with the number of rows (always one).
CREATE FUNCTION pg_temp.auth_row(p_key text, p_scope text, p_ip inet) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v text;
BEGIN
    SET SESSION AUTHORIZATION tap_gw;
    SELECT string_agg(ROW(allowed, reason, partner)::text, ' ') INTO v
      FROM gateway.authorize(p_key, p_scope, p_ip);
    RESET SESSION AUTHORIZATION;
    RETURN v;
END
$$;

SELECT is(pg_temp.auth(:'gov_key', 'beneficiary.lookup', '10.1.2.3'), 'true:ok', 'a valid key, scope and address is allowed');
SELECT is(pg_temp.auth(:'gov_key', 'beneficiary.lookup', '10.1.255.255'), 'true:ok', 'the last address of the /16 is inside');
SELECT is(pg_temp.auth(:'gov_key', 'beneficiary.lookup', '10.2.0.0'), 'false:ip_denied', 'the first address after the /16 is outside');
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '2001:db8:10:ffff::1'), 'true:ok', 'an IPv6 address inside the /48');
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '2001:db8:11::1'), 'false:ip_denied', 'an IPv6 address outside the /48');
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '::ffff:10.1.2.3'), 'false:ip_denied', 'an IPv4-mapped IPv6 address is not the IPv4 range');
SELECT is(pg_temp.auth(:'priv_key', 'appointment.slots', '203.0.113.7'), 'true:ok', 'a /32 allows exactly its address');
SELECT is(pg_temp.auth(:'priv_key', 'appointment.slots', '203.0.113.8'), 'false:ip_denied', 'and not its neighbour');
SELECT is(pg_temp.auth(:'narrow_key', 'beneficiary.lookup', '10.1.2.3'), 'false:scope_denied', 'a scope the key lacks is denied, even if the partner has it');
SELECT is(pg_temp.auth(:'gov_key', 'appointment.book', '10.1.2.3'), 'false:scope_denied', 'a scope the partner lacks is denied');
SELECT is(pg_temp.auth(:'gov_key', 'no.such_scope', '10.1.2.3'), 'false:scope_denied', 'an unknown scope is denied');
SELECT is(pg_temp.auth(:'old_key', 'certificate.verify', '10.1.2.3'), 'false:key_expired', 'an expired key is denied');
SELECT is(pg_temp.auth('cwk_' || repeat('0', 64), 'certificate.verify', '10.1.2.3'), 'false:key_unknown', 'an unknown key is denied');
SELECT is(pg_temp.auth('short', 'certificate.verify', '10.1.2.3'), 'false:key_unknown', 'a malformed key is denied');
SELECT is(pg_temp.auth(NULL, 'certificate.verify', '10.1.2.3'), 'false:key_unknown', 'a NULL key is denied');
SELECT is(pg_temp.auth(:'gov_key', NULL, '10.1.2.3'), 'false:scope_denied', 'a NULL scope is denied');
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', NULL), 'false:ip_denied', 'a NULL address is denied');
SELECT is(pg_temp.auth_row(:'gov_key', 'certificate.verify', '10.1.2.3'),
          '(t,ok,"Tap State Health Portal")', 'an allowed call names its partner');
SELECT is(pg_temp.auth_row(:'gov_key', 'appointment.book', '10.1.2.3'),
          '(f,scope_denied,"Tap State Health Portal")', 'a denial names the key''s partner');
SELECT is(pg_temp.auth_row('cwk_' || repeat('1', 64), 'certificate.verify', '10.1.2.3'),
          '(f,key_unknown,)', 'an unknown key names none');
SELECT is(pg_temp.sqlstate_as('tap_k_admin', $$SELECT * FROM gateway.authorize('x', 'y', '10.0.0.1')$$), '42501',
          'operators may not call the gateway''s function');
SELECT is(pg_temp.sqlstate_as('tap_gw', 'SELECT count(*) FROM private.api_key'), '42501', 'the gateway reads no table');

-- Key and partner states.
UPDATE private.api_key SET status = 'suspended' WHERE key_hash = sha256(convert_to(:'narrow_key', 'UTF8'));
SELECT is(pg_temp.auth(:'narrow_key', 'certificate.verify', '10.1.2.3'), 'false:key_suspended', 'a suspended key is denied');
UPDATE private.api_key SET status = 'revoked', revoked_at = now(), revoked_reason = 'leaked'
 WHERE key_hash = sha256(convert_to(:'narrow_key', 'UTF8'));
SELECT is(pg_temp.auth(:'narrow_key', 'certificate.verify', '10.1.2.3'), 'false:key_revoked', 'a revoked key is denied');
SELECT throws_ok(format($$UPDATE private.api_key SET status = 'active', revoked_at = NULL WHERE key_hash = sha256(convert_to(%L, 'UTF8'))$$, :'narrow_key'),
                 'CW422', NULL, 'revoked is final, even for the owner');
UPDATE private.partner SET status = 'suspended' WHERE id = :priv;
SELECT is(pg_temp.auth(:'priv_key', 'appointment.slots', '203.0.113.7'), 'false:partner_suspended', 'a suspended partner''s keys are denied');
UPDATE private.partner SET status = 'active' WHERE id = :priv;

-- The kill-switch.
SELECT is(pg_temp.sqlstate_in_session('tap_k_help', 'help-token',
          $$SELECT console.kill_switch_engage('everything', NULL, 'incident 77', NULL)$$),
          '42501', 'helpdesk may not engage the kill-switch');
SELECT is(pg_temp.sqlstate_in_session('tap_k_incident', 'incident-token',
          $$SELECT console.kill_switch_engage('everything', NULL, 'incident 77', NULL)$$),
          'CW422', 'engaging needs a step-up code');
SELECT is(pg_temp.value_in_session('tap_k_incident', 'incident-token',
          $$SELECT partners || '/' || keys FROM console.kill_switch_preview('personal_data', NULL)$$),
          '2/2', 'the preview counts the partners and keys a level cuts');
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
VALUES ('tap_k_incident', 'step_up', 'totp', 'accepted', 5, '1'::xid8),
       ('tap_k_incident', 'step_up', 'totp', 'accepted', 5, '1'::xid8),
       ('tap_k_incident', 'step_up', 'totp', 'accepted', 5, '1'::xid8),
       ('tap_k_admin', 'step_up', 'totp', 'accepted', 5, '1'::xid8);
SELECT array_agg(id ORDER BY id) AS inc_steps FROM private.otp_attempt WHERE role_name = 'tap_k_incident' AND purpose = 'step_up' \gset
SELECT max(id) AS admin_step FROM private.otp_attempt WHERE role_name = 'tap_k_admin' AND purpose = 'step_up' \gset
SELECT pg_temp.value_in_session('tap_k_incident', 'incident-token',
       format($$SELECT console.kill_switch_engage('personal_data', NULL, 'bot scraping beneficiary data', %s)$$, (:'inc_steps'::bigint[])[1])) AS incident \gset
SELECT is(pg_temp.auth(:'gov_key', 'beneficiary.lookup', '10.1.2.3'), 'false:kill_switch', 'level personal_data: a personal-data scope is cut');
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '10.1.2.3'), 'true:ok', 'level personal_data: other scopes still work');
SELECT is(pg_temp.value_in_session('tap_k_help', 'help-token', 'SELECT level || '' by '' || engaged_by FROM console.api_state()'),
          'personal_data by tap_k_incident', 'every operator''s console can show the banner');
SELECT is(pg_temp.value_in_session('tap_k_incident', 'incident-token',
          $$SELECT string_agg(name || ':' || coalesce(kill_switch_cuts, '-'), ',' ORDER BY name) FROM console.partner_list('Tap', NULL, 'active')$$),
          'Tap Private Hospital:personal_data,Tap State Health Portal:personal_data',
          'the partner list says what the switch cuts of each partner: their personal-data calls');
UPDATE private.kill_switch_incident SET level = 'sector', sector = 'private' WHERE id = :incident;
SELECT is(pg_temp.auth(:'priv_key', 'appointment.slots', '203.0.113.7') || ' ' || pg_temp.auth(:'gov_key', 'beneficiary.lookup', '10.1.2.3'),
          'false:kill_switch true:ok', 'level sector: only that sector is cut');
SELECT is(pg_temp.value_in_session('tap_k_incident', 'incident-token',
          $$SELECT string_agg(name || ':' || coalesce(kill_switch_cuts, '-'), ',' ORDER BY name) FROM console.partner_list('Tap', NULL, 'active')$$),
          'Tap Private Hospital:all,Tap State Health Portal:-', 'at level sector, all calls of that sector''s partners only');
SELECT is(pg_temp.value_in_session('tap_k_admin', 'admin-token',
          format('SELECT level || '':'' || partners_cut || '':'' || (restored_at IS NULL)::text FROM console.kill_switch_history(5) WHERE id = %s', :incident)),
          'sector:1:true', 'the history shows the switch in force and how many partners it cuts');
UPDATE private.kill_switch_incident SET level = 'everything', sector = NULL WHERE id = :incident;
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '10.1.2.3'), 'false:kill_switch', 'level everything: everything is cut');
NOTIFY cowin_api_state;
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '10.1.2.3'), 'false:kill_switch', 'a spoofed notice changes nothing');

-- Two-person restore.
SELECT pg_temp.value_in_session('tap_k_incident', 'incident-token',
       format($$SELECT console.kill_switch_restore_request(%s, 'scraper blocked at the edge', %s)$$, :incident, (:'inc_steps'::bigint[])[2]));
SELECT is(pg_temp.sqlstate_in_session('tap_k_incident', 'incident-token',
          format($$SELECT console.kill_switch_restore_approve(%s, %s)$$, :incident, (:'inc_steps'::bigint[])[3])),
          'CW403', 'the requester cannot approve their own restore');
SELECT is(pg_temp.auth(:'gov_key', 'certificate.verify', '10.1.2.3'), 'false:kill_switch', 'a requested restore restores nothing yet');
SELECT is(pg_temp.value_in_session('tap_k_admin', 'admin-token',
          'SELECT reason || '' / '' || restore_requested_by || '': '' || restore_reason FROM console.api_state()'),
          'bot scraping beneficiary data / tap_k_incident: scraper blocked at the edge',
          'the approver sees why it was switched off and why it should come back');
SELECT is(pg_temp.sqlstate_in_session('tap_k_admin', 'admin-token',
          format($$SELECT console.kill_switch_restore_withdraw(%s, NULL)$$, :incident)),
          'CW403', 'only the requester may withdraw a restore request');
SELECT is(pg_temp.sqlstate_in_session('tap_k_incident', 'incident-token',
          format($$SELECT console.kill_switch_restore_withdraw(%s, 'not yet, second wave')$$, :incident)),
          '00000', 'the requester withdraws the request');
SELECT is(pg_temp.value_in_session('tap_k_admin', 'admin-token',
          'SELECT level || '':'' || coalesce(restore_requested_by, ''nobody'') FROM console.api_state()'),
          'everything:nobody', 'withdrawn: the switch stays on and no restore waits');
SELECT is(pg_temp.sqlstate_in_session('tap_k_admin', 'admin-token',
          format($$SELECT console.kill_switch_restore_approve(%s, %s)$$, :incident, :admin_step)),
          'CW409', 'a withdrawn request cannot be approved');
SELECT pg_temp.value_in_session('tap_k_incident', 'incident-token',
       format($$SELECT console.kill_switch_restore_request(%s, 'scraper blocked at the edge', %s)$$, :incident, (:'inc_steps'::bigint[])[3]));
SELECT is(pg_temp.sqlstate_in_session('tap_k_admin', 'admin-token',
          format($$SELECT console.kill_switch_restore_approve(%s, %s)$$, :incident, :admin_step)),
          '00000', 'another operator approves with a step-up code');
SELECT is(pg_temp.auth(:'gov_key', 'beneficiary.lookup', '10.1.2.3'), 'true:ok', 'partner APIs are on again');
SELECT is(pg_temp.value_in_session('tap_k_admin', 'admin-token',
          format('SELECT engaged_by || '' / '' || reason || '' / '' || restore_requested_by || '': '' || restore_reason || '' / '' || restored_by || '' / '' || coalesce(partners_cut::text, ''-'') FROM console.kill_switch_history(5) WHERE id = %s', :incident)),
          'tap_k_incident / bot scraping beneficiary data / tap_k_incident: scraper blocked at the edge / tap_k_admin / -',
          'the history keeps the switch-off with its restore: who, why, who approved');
SELECT is(pg_temp.sqlstate_in_session('tap_k_help', 'help-token', 'SELECT count(*) FROM console.kill_switch_history(5)'),
          '42501', 'helpdesk may not read the kill-switch history');
SELECT is((SELECT string_agg(action || ':' || actor, ',' ORDER BY id) FROM audit.event
            WHERE target_type = 'kill_switch' AND target_id = :'incident'),
          'api.kill_switch_engaged:tap_k_incident,api.kill_switch_restore_requested:tap_k_incident,'
          'api.kill_switch_restore_withdrawn:tap_k_incident,api.kill_switch_restore_requested:tap_k_incident,'
          'api.kill_switch_restored:tap_k_admin',
          'engage, request, withdrawal and approval are audited with their actors');

SELECT * FROM finish();
ROLLBACK;
