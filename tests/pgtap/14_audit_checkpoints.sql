-- Signed checkpoints: the server stores only checkpoints that match the chain it holds, keeps
-- them append-only, lets auditors record and auditors and admins read them, and audits each.
-- (Signatures are Ed25519 and verified by the clients: tests/app/audit.)
BEGIN;
\ir setup.psql
SELECT plan(11);

SELECT pg_temp.operator('tap_cp_audit', ARRAY['cowin_auditor']) AS c1 \gset
SELECT pg_temp.operator('tap_cp_admin', ARRAY['cowin_admin']) AS c2 \gset
SELECT pg_temp.operator('tap_cp_help', ARRAY['cowin_helpdesk']) AS c3 \gset
UPDATE private.operator SET must_change_password = false WHERE role_name LIKE 'tap\_cp\_%';
SELECT pg_temp.fake_session('tap_cp_audit', 'audit-token');
SELECT pg_temp.fake_session('tap_cp_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_cp_help', 'help-token');

SELECT pg_temp.seal_now();
SELECT event_id AS head, encode(hash, 'hex') AS head_hash, position AS events
  FROM audit.seal ORDER BY position DESC LIMIT 1 \gset
\set key '''' repeat('ab', 32) ''''
\set sig '''' repeat('cd', 64) ''''
CREATE FUNCTION pg_temp.record(p_user text, p_token text, p_id bigint, p_hash text, p_events bigint) RETURNS text
LANGUAGE sql AS $$
    SELECT pg_temp.sqlstate_in_session(p_user, p_token,
        format('SELECT console.audit_checkpoint_record(%s, %L, %s, %L, %L, %L)', p_id, p_hash, p_events,
               '2026-11-23T03:00:00.000000Z', repeat('ab', 32), repeat('cd', 64)))
$$;

SELECT is(pg_temp.record('tap_cp_audit', 'audit-token', :head, repeat('00', 32), :events), 'CW422',
          'a checkpoint with another hash than the stored chain is refused');
SELECT is(pg_temp.record('tap_cp_audit', 'audit-token', :head, :'head_hash', :events - 1), 'CW422',
          'so is one with another number of events');
SELECT is(pg_temp.record('tap_cp_admin', 'admin-token', :head, :'head_hash', :events), '42501',
          'admins read checkpoints but do not sign them');
SELECT is(pg_temp.record('tap_cp_audit', 'audit-token', :head, :'head_hash', :events), '00000',
          'an auditor records a checkpoint that matches the chain');
SELECT is(pg_temp.record('tap_cp_audit', 'audit-token', :head, :'head_hash', :events), 'CW409',
          'the same key signs an event once');
SELECT is(pg_temp.value_in_session('tap_cp_admin', 'admin-token',
          format('SELECT last_id || '' '' || events || '' '' || (last_hash = %L) FROM console.audit_checkpoints() WHERE last_id = %s', :'head_hash', :head)),
          :head || ' ' || :events || ' true', 'admins and auditors read them back');
SELECT is(pg_temp.sqlstate_in_session('tap_cp_help', 'help-token', 'SELECT * FROM console.audit_checkpoints()'),
          '42501', 'helpdesk does not');
SELECT is((SELECT actor || ' ' || (details ->> 'last_id') FROM audit.event WHERE action = 'audit.checkpoint_recorded' ORDER BY id DESC LIMIT 1),
          'tap_cp_audit ' || :head, 'recording a checkpoint is audited');
SELECT is(pg_temp.sqlstate_as('cowin_owner', 'UPDATE private.audit_checkpoint SET events = events + 1'), '42501',
          'the owner may not change a checkpoint');
SELECT throws_ok('DELETE FROM private.audit_checkpoint', 'CW403', NULL,
                 'and a superuser is refused by the trigger');
SELECT throws_ok('TRUNCATE private.audit_checkpoint', 'CW403', NULL, 'truncating too');

SELECT * FROM finish();
ROLLBACK;
