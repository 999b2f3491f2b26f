-- Reading upwards (newer events above a window), hashes on every page, activity over time and
-- the record an evidence export writes before its first row.
BEGIN;
\ir setup.psql
SELECT plan(31);

SELECT pg_temp.operator('tap_ev_audit', ARRAY['cowin_auditor']) AS c1 \gset
SELECT pg_temp.operator('tap_ev_help', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.operator('tap_ev_admin', ARRAY['cowin_admin']) AS c3 \gset
UPDATE private.operator SET must_change_password = false WHERE role_name LIKE 'tap\_ev\_%';
SELECT pg_temp.fake_session('tap_ev_audit', 'audit-token');
SELECT pg_temp.fake_session('tap_ev_help', 'help-token');
SELECT pg_temp.fake_session('tap_ev_admin', 'admin-token');

-- Events as actions would leave them, sealed below as the sealer would once they commit.
CREATE FUNCTION pg_temp.refusal_of(p_sql text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN '00000';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;
CREATE FUNCTION pg_temp.event(p_actor text, p_action text, p_reason text, p_client inet DEFAULT NULL)
RETURNS bigint LANGUAGE sql AS $$
    INSERT INTO audit.event (id, occurred_at, actor, client_addr, action, target_type, target_id,
                             reason)
    VALUES (nextval('audit.event_id_seq'), clock_timestamp(), p_actor, p_client, p_action,
            'vaccinator', '900000009', p_reason)
    RETURNING id
$$;
SELECT clock_timestamp() AS t0 \gset
SELECT pg_temp.event('tap_ev_help', 'vaccinator.password_reset', 'caller verified') AS e1 \gset
SELECT pg_temp.event('tap_ev_help', 'otp.failed', NULL) AS e2 \gset
SELECT pg_temp.event('tap_ev_audit', 'audit.checkpoint_recorded', NULL, '198.51.100.7') AS e3 \gset
SELECT pg_temp.event('tap_ev_audit', 'vaccinator.unlocked', 'unlocked after callback') AS e4 \gset
SELECT pg_temp.seal_now();

-- Ids in the order the function returns them.
CREATE FUNCTION pg_temp.ids(p_user text, p_token text, p_args text) RETURNS text
LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session(p_user, p_token,
        'SELECT coalesce(string_agg(id::text, '',''), '''') FROM console.audit_search(' || p_args || ')')
$$;
SELECT format('%L::timestamptz, NULL, NULL, NULL, NULL, NULL, NULL', :'t0') AS mine \gset

SELECT is(pg_temp.ids('tap_ev_audit', 'audit-token', :'mine' || format(', NULL, NULL, NULL, %s, 2', :e1)),
          concat_ws(',', :e2, :e3), 'after an id: the next newer events, oldest first');
SELECT is(pg_temp.ids('tap_ev_audit', 'audit-token', :'mine' || format(', NULL, NULL, NULL, %s, 10', :e4)),
          '', 'nothing newer than the newest');
SELECT is(pg_temp.ids('tap_ev_audit', 'audit-token', :'mine' || format(', NULL, NULL, %s, NULL, 10', :e3)),
          concat_ws(',', :e2, :e1), 'before an id: older events, newest first');
SELECT is(split_part(pg_temp.refusal('tap_ev_audit', 'audit-token',
          format('SELECT * FROM console.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, %s, %s, 5)', :e3, :e1)), ' ', 2),
          'field:after_id', 'before and after together are refused');
SELECT is(pg_temp.ids('tap_ev_help', 'help-token', :'mine' || format(', NULL, NULL, NULL, %s, 10', :e1)),
          :'e2', 'reading upwards still shows a helpdesk operator only their own events');

-- Client address: one address or a network, refused at the field when malformed.
SELECT is(pg_temp.ids('tap_ev_audit', 'audit-token', format('%L::timestamptz, NULL, NULL, NULL, NULL, NULL, ''198.51.100.7'', NULL, NULL, NULL, NULL, 10', :'t0')),
          :'e3', 'one client address');
SELECT is(pg_temp.refusal('tap_ev_audit', 'audit-token',
          'SELECT * FROM console.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, ''198.51.100.7/16'', NULL, NULL, NULL, NULL, 5)'),
          'CW422 field:client_network Type an address such as 10.20.3.4 or a network such as 10.20.0.0/16 (no address bits after the prefix).',
          'a network with address bits after its prefix is refused with an example');
SELECT is(split_part(pg_temp.refusal('tap_ev_audit', 'audit-token',
          'SELECT * FROM console.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, ''gateway-7'', NULL, NULL, NULL, NULL, 5)'), ' ', 2),
          'field:client_network', 'so is a host name');

-- Hashes in the canonical text forms, for an export checked far from the database.
SELECT is(pg_temp.value_in_session('tap_ev_audit', 'audit-token',
          format('SELECT prev_hash || '' '' || hash || '' '' || occurred_at_utc FROM console.audit_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, %s, NULL, 1)', :e4 + 1)),
          (SELECT encode(s.prev_hash, 'hex') || ' ' || encode(s.hash, 'hex') || ' ' || audit.utc_text(e.occurred_at)
             FROM audit.event e JOIN audit.seal s ON s.event_id = e.id WHERE e.id = :e4),
          'each event comes with its seal''s hashes and canonical time');

-- Activity: per bucket, zero where nothing happened, failures counted apart.
CREATE FUNCTION pg_temp.activity(p_user text, p_token text, p_args text) RETURNS text
LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session(p_user, p_token,
        'SELECT count(*) || '' bars, '' || sum(events) || '' events, '' || sum(failures) || '' failures, '''
        || ' || count(*) FILTER (WHERE events = 0) || '' empty'' FROM console.audit_activity(' || p_args || ')')
$$;
-- Whole hours around the events, so the edges hold no partial bars.
SELECT format('date_trunc(''hour'', %L::timestamptz) - interval ''2 hours'', date_trunc(''hour'', %L::timestamptz) + interval ''1 hour''', :'t0', :'t0') AS span \gset
SELECT is(pg_temp.activity('tap_ev_audit', 'audit-token', :'span' || ', NULL, NULL, ''vaccinator'', ''900000009'', NULL, NULL, NULL, ''hour'', ''UTC'''),
          '3 bars, 4 events, 1 failures, 2 empty', 'an auditor''s hourly activity for a target: every hour a bar, failures apart');
SELECT is(pg_temp.activity('tap_ev_help', 'help-token', :'span' || ', NULL, NULL, ''vaccinator'', ''900000009'', NULL, NULL, NULL, ''hour'', ''UTC'''),
          '3 bars, 2 events, 1 failures, 2 empty', 'a helpdesk operator counts only their own');
SELECT is(pg_temp.activity('tap_ev_audit', 'audit-token', :'span' || ', NULL, ''otp'', ''vaccinator'', ''900000009'', NULL, NULL, NULL, ''minute'', ''UTC'''),
          '180 bars, 1 events, 1 failures, 179 empty', 'per minute, for an area');
SELECT is(pg_temp.activity('tap_ev_audit', 'audit-token', format('date_trunc(''day'', %L::timestamptz AT TIME ZONE ''Asia/Kolkata'') AT TIME ZONE ''Asia/Kolkata'', date_trunc(''day'', %L::timestamptz AT TIME ZONE ''Asia/Kolkata'') AT TIME ZONE ''Asia/Kolkata'' + interval ''1 day'', NULL, NULL, ''vaccinator'', ''900000009'', NULL, NULL, NULL, ''day'', ''Asia/Kolkata''', :'t0', :'t0')),
          '1 bars, 4 events, 1 failures, 0 empty', 'a day is the operator''s day, in their time zone');
CREATE FUNCTION pg_temp.activity_field(p_args text) RETURNS text LANGUAGE sql AS $$
    SELECT split_part(pg_temp.refusal('tap_ev_audit', 'audit-token',
                                      'SELECT * FROM console.audit_activity(' || p_args || ')'), ' ', 2)
$$;
SELECT is(pg_temp.activity_field('NULL, now(), NULL, NULL, NULL, NULL, NULL, NULL, NULL, ''hour'', ''UTC'''),
          'field:from_at', 'activity needs the start of a range');
SELECT is(pg_temp.activity_field('now() - interval ''1 day'', now(), NULL, NULL, NULL, NULL, NULL, NULL, NULL, ''week'', ''UTC'''),
          'field:bucket', 'buckets are minutes, hours or days');
SELECT is(pg_temp.activity_field('now() - interval ''2 years'', now(), NULL, NULL, NULL, NULL, NULL, NULL, NULL, ''hour'', ''UTC'''),
          'field:bucket', 'at most 1,000 bars');
SELECT is(pg_temp.activity_field('now() - interval ''1 day'', now(), NULL, NULL, NULL, NULL, NULL, NULL, NULL, ''hour'', ''Mars/Olympus'''),
          'field:time_zone', 'an unknown time zone is refused');
SELECT is(pg_temp.activity_field('now() - interval ''1 day'', now(), NULL, ''Otp'', NULL, NULL, NULL, NULL, NULL, ''hour'', ''UTC'''),
          'field:action', 'the filter is checked as for a search');

-- An export is recorded before its first row, and its head is that record.
SELECT is(pg_temp.sqlstate_in_session('tap_ev_help', 'help-token',
          'SELECT * FROM console.audit_export_begin(''{}'', ''case 44 for CERT-In'')'),
          '42501', 'a helpdesk operator may not export evidence');
SELECT is(split_part(pg_temp.refusal('tap_ev_audit', 'audit-token',
          'SELECT * FROM console.audit_export_begin(''{"actor": "tap_ev_help"}'', '''')'), ' ', 2),
          'field:reason', 'an export needs a reason');
SELECT is(split_part(pg_temp.refusal('tap_ev_audit', 'audit-token',
          'SELECT * FROM console.audit_export_begin(''["actor"]'', ''case 44 for CERT-In'')'), ' ', 2),
          'field:filter', 'the filter is a JSON object');
SELECT pg_temp.value_in_session('tap_ev_audit', 'audit-token',
       'SELECT console.audit_export_begin(''{"actor": "tap_ev_help", "action": "otp"}'', ''case 44 for CERT-In'')') AS export_id \gset
-- Not sealed yet, the export has no head: it waits for the sealer, then gives up (CW409).
SELECT admin.audit_export_begin('{"actor": "nobody"}', 'sealer check for the test') AS dba_export \gset
SELECT is((SELECT sqlstate FROM (SELECT pg_temp.refusal_of(format('SELECT * FROM private.export_head(%s, ''50 milliseconds'')', :dba_export)) AS sqlstate) x),
          'CW409', 'an export whose record the sealer did not chain in time is refused (CW409)');
SELECT pg_temp.seal_now();
SELECT pg_temp.value_in_session('tap_ev_audit', 'audit-token',
       format('SELECT last_id || '' '' || last_hash || '' '' || events FROM console.audit_export_head(%s)', :export_id)) AS export \gset
SELECT is(split_part(:'export', ' ', 1), :'export_id', 'the export''s head is its own record, once sealed');
SELECT is(split_part(:'export', ' ', 2), (SELECT encode(hash, 'hex') FROM audit.seal WHERE event_id = :export_id),
          'with that record''s hash');
SELECT is(split_part(:'export', ' ', 3)::bigint, (SELECT position FROM audit.seal WHERE event_id = :export_id),
          'and the number of sealed events up to it');
SELECT is(pg_temp.sqlstate_in_session('tap_ev_help', 'help-token',
          format('SELECT * FROM console.audit_export_head(%s)', :export_id)), '42501',
          'only auditors and admins ask for an export''s head');
SELECT is(split_part(pg_temp.refusal('tap_ev_admin', 'admin-token',
          format('SELECT * FROM console.audit_export_head(%s)', :export_id)), ' ', 2), 'field:export',
          'and only for their own export');
SELECT is((SELECT actor || ' ' || action || ' ' || reason || ' ' || (details -> 'filter')::text
             FROM audit.event WHERE id = :export_id),
          'tap_ev_audit audit.exported case 44 for CERT-In {"actor": "tap_ev_help", "action": "otp"}',
          'the record names the exporter, the reason and the filter');

-- The command line's doors are for superusers only; new events are announced.
SELECT ok(NOT has_function_privilege('cowin_admin', 'admin.audit_export_begin(jsonb,text)', 'EXECUTE')
          AND NOT has_function_privilege('cowin_auditor', 'admin.audit_search(timestamptz,timestamptz,text,text,text,text,text,text,text,bigint,integer)', 'EXECUTE'),
          'no console group may call the command line''s export functions');
-- Appending takes no commit-time lock: no trigger on the trail notifies (a NOTIFY serialises
-- the commits of every transaction that sends one); the sealer announces sealed events.
SELECT is((SELECT count(*)::int FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE t.tgrelid = 'audit.event'::regclass AND p.prosrc ~ 'notify'),
          0, 'no trigger on the trail sends a notice');
SELECT ok((SELECT prosrc ~ 'pg_notify\(''cowin_audit''' FROM pg_proc
            WHERE oid = 'audit.seal_next(integer)'::regprocedure),
          'a sealer round that sealed events announces them to open consoles');

SELECT * FROM finish();
ROLLBACK;
