-- Browsing the audit trail: every filter alone and combined, newest first, keyset pages,
-- refusals at their fields, and who sees what (auditors and admins all, others their own).
BEGIN;
\ir setup.psql
SELECT plan(34);

SELECT pg_temp.operator('tap_ab_audit', ARRAY['cowin_auditor']) AS c1 \gset
SELECT pg_temp.operator('tap_ab_admin', ARRAY['cowin_admin']) AS c2 \gset
SELECT pg_temp.operator('tap_ab_help', ARRAY['cowin_helpdesk']) AS c3 \gset
UPDATE private.operator SET must_change_password = false WHERE role_name LIKE 'tap\_ab\_%';
SELECT pg_temp.fake_session('tap_ab_audit', 'audit-token');
SELECT pg_temp.fake_session('tap_ab_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_ab_help', 'help-token');
CREATE ROLE tap_ab_gw LOGIN IN ROLE cowin_gateway;

-- Events as the operators' actions would leave them, sealed as the sealer would once they
-- commit; the transaction is rolled back.
CREATE FUNCTION pg_temp.event(p_actor text, p_action text, p_type text, p_id text, p_reason text,
                              p_client inet DEFAULT NULL) RETURNS bigint
LANGUAGE sql AS $$
    INSERT INTO audit.event (id, occurred_at, actor, client_addr, action, target_type, target_id,
                             reason)
    VALUES (nextval('audit.event_id_seq'), clock_timestamp(), p_actor, p_client, p_action, p_type,
            p_id, p_reason)
    RETURNING id
$$;
-- Accounts, a partner and a key are recorded by internal id, as the console's actions do.
INSERT INTO private.state VALUES ('ZB', 'Browseland') ON CONFLICT DO NOTHING;
INSERT INTO private.district (state_code, name) VALUES ('ZB', 'Trail') RETURNING id AS district \gset
INSERT INTO private.centre (district_id, name) VALUES (:district, 'PHC Logpur') RETURNING id AS centre \gset
INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code)
VALUES ('tapab001', 'Browsed One', '9777700001', :centre, :district, 'ZB'),
       ('tapab002', 'Browsed Two', '9777700002', :centre, :district, 'ZB');
SELECT id AS v1 FROM private.vaccinator WHERE login_id = 'tapab001' \gset
SELECT id AS v2 FROM private.vaccinator WHERE login_id = 'tapab002' \gset
INSERT INTO private.partner (name, sector) VALUES ('Tap Browse Labs', 'private') RETURNING id AS partner \gset
INSERT INTO private.api_key (partner_id, display_prefix, key_hash, scopes, expires_at)
VALUES (:partner, 'cwk_tapab1', sha256('tap-browse-key'), '{}', now() + interval '1 day')
RETURNING id AS key \gset
SELECT clock_timestamp() AS t0 \gset
SELECT pg_temp.event('tap_ab_help', 'vaccinator.password_reset', 'vaccinator', :'v1', 'caller verified by callback') AS e1 \gset
SELECT pg_temp.event('tap_ab_help', 'otp.failed', 'operator', 'tap_ab_help', NULL) AS e2 \gset
SELECT pg_temp.event('tap_ab_admin', 'api.partner_created', 'partner', :'partner', 'MoU 100% signed') AS e3 \gset
SELECT pg_temp.event('tap_ab_admin', 'vaccinator.password_reset', 'vaccinator', :'v2', 'bulk incident 44') AS e4 \gset
SELECT pg_temp.event('tap_ab_admin', 'vaccinator.unlocked', 'vaccinator', :'v2', 'unlocked after the callback', '203.0.113.9') AS e5 \gset
SELECT pg_temp.event('tap_ab_admin', 'api.key_revoked', 'api_key', :'key', 'key seen in a public paste') AS e6 \gset
SELECT pg_temp.seal_now();

CREATE FUNCTION pg_temp.ids(p_user text, p_token text, p_args text) RETURNS text
LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session(p_user, p_token,
        'SELECT coalesce(string_agg(id::text, '','' ORDER BY id DESC), '''') FROM console.audit_search(' || p_args || ')')
$$;
-- Our events only: those since t0.
SELECT format('%L::timestamptz, NULL', :'t0') AS mine \gset

SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e6, :e5, :e4, :e3, :e2, :e1), 'an auditor sees every event, newest first');
SELECT is(pg_temp.ids('tap_ab_admin', 'admin-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e6, :e5, :e4, :e3, :e2, :e1), 'so does an admin');
SELECT is(pg_temp.ids('tap_ab_help', 'help-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e2, :e1), 'a helpdesk operator sees only their own');
SELECT is(pg_temp.ids('tap_ab_help', 'help-token', :'mine' || ', ''tap_ab_admin'', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e2, :e1), 'and cannot ask for someone else''s');
SELECT is(pg_temp.sqlstate_as('tap_ab_gw', $$SELECT * FROM console.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5)$$),
          '42501', 'a gateway login may not read the trail');
SELECT is(pg_temp.sqlstate_in_session('tap_ab_audit', 'no-such-token', $$SELECT * FROM console.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5)$$),
          'CW401', 'nor anyone without a session');

-- Filters.
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', ''tap_ab_admin'', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e6, :e5, :e4, :e3), 'by actor');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, ''vaccinator.password_reset'', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e4, :e1), 'by action');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, ''vaccinator'', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e5, :e4, :e1), 'by area');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || format(', NULL, NULL, ''vaccinator'', %L, NULL, NULL, NULL, NULL, NULL, 50', :'v2')),
          concat_ws(',', :e5, :e4), 'by target');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, ''vaccinator'', ''TAPAB002'', NULL, NULL, NULL, NULL, NULL, 50'),
          concat_ws(',', :e5, :e4), 'by target, typed as the login id people know');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, ''api_key'', ''cwk_tapab1…'', NULL, NULL, NULL, NULL, NULL, 50')
          || ' ' || pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, ''partner'', ''Tap Browse Labs'', NULL, NULL, NULL, NULL, NULL, 50'),
          :'e6' || ' ' || :'e3', 'by a key''s prefix, and by a partner''s name');
SELECT is(pg_temp.value_in_session('tap_ab_audit', 'audit-token',
          'SELECT string_agg(coalesce(target_label, ''-''), '','' ORDER BY id) FROM console.audit_search('
          || :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50)'),
          'tapab001,-,Tap Browse Labs,tapab002,tapab002,cwk_tapab1… (Tap Browse Labs)',
          'each target is shown as people call it: login id, partner name, key prefix and partner');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, NULL, NULL, ''203.0.113.0/24'', NULL, NULL, NULL, NULL, 50'),
          :'e5', 'by client network');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, ''failure'', NULL, NULL, NULL, 50'),
          :'e2', 'failures only');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, ''CALLBACK'', NULL, NULL, 50'),
          concat_ws(',', :e5, :e1), 'words in the reason, regardless of case');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, ''100%'', NULL, NULL, 50'),
          :'e3', 'a % in the words is a percent sign');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', ''tap_ab_admin'', ''vaccinator'', NULL, NULL, NULL, ''success'', ''callback'', NULL, NULL, 50'),
          :'e5', 'filters combine');
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', format('NULL, %L::timestamptz, NULL, NULL, NULL, NULL, NULL, NULL, ''callback'', NULL, NULL, 50', :'t0')),
          '', 'a time range before the events finds none of them');

-- Keyset pages: the next page starts below the last id seen.
SELECT is(pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || ', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2')
          || ' | ' ||
          pg_temp.ids('tap_ab_audit', 'audit-token', :'mine' || format(', NULL, NULL, NULL, NULL, NULL, NULL, NULL, %s, NULL, 2', :e5)),
          concat_ws(',', :e6, :e5) || ' | ' || concat_ws(',', :e4, :e3), 'pages follow one another without gaps or repeats');

-- Refusals at their fields.
CREATE FUNCTION pg_temp.field_of(p_args text) RETURNS text LANGUAGE sql AS $$
    SELECT split_part(pg_temp.refusal('tap_ab_audit', 'audit-token',
                                      'SELECT * FROM console.audit_search(' || p_args || ')'), ' ', 2)
$$;
SELECT is(pg_temp.field_of('NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5000'), 'field:page_size', 'a page has at most 1,000 events');
SELECT is(pg_temp.field_of('now(), now() - interval ''1 day'', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'), 'field:to_at', 'a range ends after it starts');
SELECT is(pg_temp.field_of('NULL, NULL, NULL, ''Vaccinator.*'', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 50'), 'field:action', 'an action is a dotted name');
SELECT is(pg_temp.field_of('NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ''ab'', NULL, NULL, 50'), 'field:reason_words', 'words are at least 3 characters');
SELECT is(pg_temp.field_of('NULL, NULL, NULL, NULL, ''vaccinator'', ''nobody.here'', NULL, NULL, NULL, NULL, NULL, 50'), 'field:target_id', 'a login id no account has is named at its field');
SELECT is(pg_temp.field_of('NULL, NULL, NULL, NULL, ''api_key'', ''cwk_nosuch'', NULL, NULL, NULL, NULL, NULL, 50'), 'field:target_id', 'so is a key prefix no key has');

-- The chain as stored, for the console's own verification: auditors and admins only.
SELECT is(pg_temp.sqlstate_in_session('tap_ab_help', 'help-token', 'SELECT * FROM console.audit_chain_page(0, 10)'),
          '42501', 'helpdesk may not read the raw chain');
SELECT is(pg_temp.value_in_session('tap_ab_audit', 'audit-token',
          format('SELECT string_agg(id || '':'' || actor || '':'' || coalesce(client_addr, ''-''), '','' ORDER BY id) FROM console.audit_chain_page(%s, 2)', :e3)),
          concat(:e4, ':tap_ab_admin:-,', :e5, ':tap_ab_admin:203.0.113.9'), 'an auditor pages through it in id order');
SELECT is(pg_temp.value_in_session('tap_ab_audit', 'audit-token',
          format('SELECT hash || '' '' || occurred_at_utc FROM console.audit_chain_page(%s, 1)', :e4)),
          (SELECT encode(s.hash, 'hex') || ' ' || audit.utc_text(e.occurred_at)
             FROM audit.event e JOIN audit.seal s ON s.event_id = e.id WHERE e.id = :e5),
          'in the text forms of the canonical encoding');

-- The outcome filter is served by an index on the failure pattern, written out in a schema file.
SELECT ok(strpos(pg_get_indexdef('audit.event_failure_id'::regclass),
                 '''' || private.audit_failure_pattern() || '''') > 0,
          'the failure index is on the very pattern the outcome filter uses');
SELECT ok(strpos(private.audit_filter_sql(private.checked_audit_filter(NULL, NULL, NULL, 'otp', NULL, NULL, NULL, 'failure', NULL)),
                 'pg_catalog.split_part(e.action, ''.'', 1) <= $5 AND (e.action ~ ' || quote_literal(private.audit_failure_pattern()) || ')') > 0,
          'an area and the failures are asked for as their indexes are made, the area as the page''s leading key');

-- The stream the console verifies: a cursor an auditor opens with the owner's privileges.
SELECT is(pg_temp.sqlstate_in_session('tap_ab_help', 'help-token', 'SELECT console.audit_chain_open(0)'),
          '42501', 'helpdesk may not open the chain''s stream');
SELECT is(pg_temp.value_in_session('tap_ab_audit', 'audit-token', format('SELECT console.audit_chain_open(%s)', :e3)),
          'audit_chain', 'an auditor opens it in the transaction');
SELECT results_eq('audit_chain'::refcursor,
    format($$SELECT e.id, e.occurred_at, e.actor, host(e.client_addr), e.application_name, e.action,
                    e.target_type, e.target_id, e.reason, e.details::text, s.prev_hash, s.hash
               FROM audit.event e LEFT JOIN audit.seal s ON s.event_id = e.id
              WHERE e.id > %s ORDER BY e.id$$, :e3),
    'it holds every event after the one asked for, in id order, with its seal or none');

SELECT * FROM finish();
ROLLBACK;
