-- The gate: no session, a forged, expired, revoked or borrowed token is CW401; a group not
-- granted EXECUTE is refused by PostgreSQL itself (42501); a pending password change is CW403.
BEGIN;
\ir setup.psql
SELECT plan(21);

SELECT pg_temp.operator('tap_gate_admin', ARRAY['cowin_admin']) AS c1 \gset
SELECT pg_temp.operator('tap_gate_helpdesk', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.operator('tap_gate_newbie', ARRAY['cowin_auditor'], true, true) AS c3 \gset

-- Every console function that is not part of the login phase, called without a session.
SELECT is(pg_temp.sqlstate_as('tap_gate_admin', format('SELECT %s', call)), 'CW401',
          format('%s without a session is CW401', call))
  FROM (VALUES ('console.session_ping()'), ('console.change_password(''x'', NULL)'),
               ('console.audit_head()')) AS f(call);

SELECT pg_temp.fake_session('tap_gate_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_gate_helpdesk', 'helpdesk-token');
SELECT pg_temp.fake_session('tap_gate_newbie', 'newbie-token');

SELECT is(pg_temp.sqlstate_as('tap_gate_admin',
          $$SELECT set_config('cowin.session', 'admin-token', false), console.audit_head()$$),
          '00000', 'an admin with a live session reads the audit head');
SELECT is(pg_temp.sqlstate_as('tap_gate_admin',
          $$SELECT set_config('cowin.session', 'forged-token', false), console.audit_head()$$),
          'CW401', 'a forged token is just an unknown token: CW401');
SELECT is(pg_temp.sqlstate_as('tap_gate_admin',
          $$SELECT set_config('cowin.session', 'helpdesk-token', false), console.session_ping()$$),
          'CW401', 'another operator''s token is refused: it is bound to session_user');
SELECT is(pg_temp.sqlstate_as('tap_gate_helpdesk',
          $$SELECT set_config('cowin.session', 'helpdesk-token', false), console.audit_head()$$),
          '42501', 'helpdesk may not execute an auditor function (EXECUTE not granted)');
SELECT function_privs_are('console', 'audit_head', ARRAY[]::text[], 'cowin_helpdesk', ARRAY[]::text[],
                          'helpdesk holds no EXECUTE on console.audit_head');
SELECT function_privs_are('console', 'audit_head', ARRAY[]::text[], 'cowin_auditor', ARRAY['EXECUTE'],
                          'auditors hold EXECUTE on console.audit_head');
SELECT is(pg_temp.sqlstate_as('tap_gate_newbie',
          $$SELECT set_config('cowin.session', 'newbie-token', false), console.audit_head()$$),
          'CW403', 'an operator who must change the password first gets CW403');
SELECT is(pg_temp.sqlstate_as('tap_gate_newbie',
          $$SELECT set_config('cowin.session', 'newbie-token', false), console.session_ping()$$),
          '00000', '... but may keep the session alive to change it');

-- Idle and absolute expiry, revocation.
SELECT pg_temp.fake_session('tap_gate_admin', 'idle-token', interval '16 minutes');
SELECT is(pg_temp.sqlstate_as('tap_gate_admin',
          $$SELECT set_config('cowin.session', 'idle-token', false), console.session_ping()$$),
          'CW401', 'a session idle for 16 minutes has ended');
UPDATE private.session SET expires_at = now() - interval '1 second'
 WHERE token_hash = sha256(convert_to('admin-token', 'UTF8'));
SELECT is(pg_temp.sqlstate_as('tap_gate_admin',
          $$SELECT set_config('cowin.session', 'admin-token', false), console.session_ping()$$),
          'CW401', 'a session past its 12 hours has ended');
SELECT pg_temp.value_as('tap_gate_helpdesk',
          $$SELECT set_config('cowin.session', 'helpdesk-token', false) || console.logout()::text$$);
SELECT is(pg_temp.sqlstate_as('tap_gate_helpdesk',
          $$SELECT set_config('cowin.session', 'helpdesk-token', false), console.session_ping()$$),
          'CW401', 'after logout the token is revoked');
SELECT ok(EXISTS (SELECT 1 FROM audit.event WHERE action = 'session.closed'
                   AND target_id = 'tap_gate_helpdesk'), 'logout is audited');

-- What the console may offer: the console functions the grants let this login call.
SELECT is(pg_temp.value_as('tap_gate_helpdesk',
          $$SELECT 'vaccinator_force_reset' = ANY (capabilities)
                   AND NOT 'vaccinator_set_disabled' = ANY (capabilities)
                   AND NOT 'audit_head' = ANY (capabilities) FROM console.session_status()$$),
          'true', 'a helpdesk operator may reset, not disable, and not read the chain''s head');
SELECT is(pg_temp.value_as('tap_gate_admin',
          $$SELECT 'vaccinator_set_disabled' = ANY (capabilities)
                   AND 'kill_switch_engage' = ANY (capabilities)
                   AND NOT 'audit_checkpoint_record' = ANY (capabilities)
              FROM console.session_status()$$),
          'true', 'an admin may disable accounts and engage the kill-switch, not sign checkpoints');
SELECT is(pg_temp.value_as('tap_gate_newbie',
          $$SELECT capabilities::text FROM console.session_status()$$),
          (SELECT array_agg(p.proname::text ORDER BY p.proname::text)::text
             FROM pg_proc p
            WHERE p.pronamespace = 'console'::regnamespace
              AND has_function_privilege('tap_gate_newbie', p.oid, 'EXECUTE')),
          'the capabilities are exactly the console functions the grants allow, by name');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_proc p
                       WHERE p.pronamespace = 'console'::regnamespace
                       GROUP BY p.proname HAVING count(*) > 1),
          'no console function is overloaded: a capability names one function');

-- A connection that is not a console operator.
CREATE ROLE tap_gate_stranger LOGIN IN ROLE cowin_operator;
SELECT is(pg_temp.sqlstate_as('tap_gate_stranger', 'SELECT console.session_status()'), 'CW403',
          'a login that is not a registered operator is CW403');
SELECT is(pg_temp.sqlstate_as('tap_gate_admin', 'SELECT * FROM private.session'), '42501',
          'an operator cannot read the session table');

SELECT * FROM finish();
ROLLBACK;
