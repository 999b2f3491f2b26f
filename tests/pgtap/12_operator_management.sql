-- Ministry admins manage operators from the console: who may, hostile names, step-up for
-- access, no change to one's own account, the last active admin, authenticator reset, unlock,
-- disable (sessions and connections end), force logout; every change audited; nobody ends
-- up with more than a console group.
BEGIN;
\ir setup.psql
SELECT plan(51);

SELECT pg_temp.operator('tap_om_admin', ARRAY['cowin_admin']) AS c1 \gset
SELECT pg_temp.operator('tap_om_admin2', ARRAY['cowin_admin']) AS c2 \gset
SELECT pg_temp.operator('tap_om_help', ARRAY['cowin_helpdesk']) AS c3 \gset
SELECT pg_temp.operator('tap_om_audit', ARRAY['cowin_auditor']) AS c4 \gset
SELECT pg_temp.fake_session('tap_om_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_om_admin2', 'admin2-token');
SELECT pg_temp.fake_session('tap_om_help', 'help-token');
SELECT pg_temp.fake_session('tap_om_audit', 'audit-token');
UPDATE private.operator SET must_change_password = false WHERE role_name LIKE 'tap\_om\_%';
-- Step-up codes, accepted and committed as otp_outcome would leave them.
INSERT INTO private.otp_attempt (role_name, purpose, method, outcome, attempts_left, created_xact)
SELECT 'tap_om_admin', 'step_up', 'totp', 'accepted', 5, '1'::xid8 FROM generate_series(1, 8);
SELECT array_agg(id ORDER BY id) AS steps FROM private.otp_attempt
 WHERE role_name = 'tap_om_admin' AND purpose = 'step_up' \gset

CREATE FUNCTION pg_temp.admin(p_sql text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session('tap_om_admin', 'admin-token', p_sql)
$$;
CREATE FUNCTION pg_temp.step(p_n integer) RETURNS bigint LANGUAGE sql AS $$
    SELECT id FROM private.otp_attempt WHERE role_name = 'tap_om_admin' AND purpose = 'step_up'
     ORDER BY id OFFSET p_n - 1 LIMIT 1
$$;
CREATE FUNCTION pg_temp.create_sql(p_name text, p_groups text DEFAULT 'ARRAY[''helpdesk'']',
                                   p_states text DEFAULT 'NULL', p_step integer DEFAULT 1)
RETURNS text LANGUAGE sql AS $$
    SELECT format('SELECT console.operator_create(%L, %L, %s, %s, NULL, %L, %L, %s)',
                  p_name, 'Kiran Rao', p_groups, p_states,
                  'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$c3RvcmVka2V5c3RvcmVka2V5c3RvcmVka2V5c3RvcmU=:c2VydmVya2V5c2VydmVya2V5c2VydmVya2V5c2VydmU=',
                  'new helpdesk joiner', coalesce(pg_temp.step(p_step)::text, 'NULL'))
$$;

-- Who may.
SELECT is(pg_temp.sqlstate_in_session('tap_om_help', 'help-token', 'SELECT * FROM console.operator_list()'),
          '42501', 'helpdesk may not list operators');
SELECT is(pg_temp.sqlstate_in_session('tap_om_audit', 'audit-token', pg_temp.create_sql('tap_om_new')),
          '42501', 'auditors may not create operators');
SELECT ok(pg_temp.admin($$SELECT count(*) FROM console.operator_list() WHERE username LIKE 'tap\_om\_%'$$)::int = 4,
          'an admin lists operators');
SELECT is(pg_temp.admin($$SELECT array_to_string(groups, ',') || ' ' || enrolled || ' ' || locked || ' ' || disabled || ' ' || live_sessions
                            FROM console.operator_list() WHERE username = 'tap_om_help'$$),
          'helpdesk true false false 1', 'with groups, enrolment, lock, disabled and live sessions');

-- Hostile and reserved names never reach DDL.
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', pg_temp.create_sql(n)),
          'CW422 field:username ' || m, format('the name %s is refused', n))
  FROM (VALUES
    ('postgres', 'The username "postgres" is reserved.'),
    ('pg_monitor', 'The username "pg_monitor" is reserved.'),
    ('cowin_admin', 'The username "cowin_admin" is reserved.'),
    ('a"; DROP ROLE tap_om_admin; --', 'The username must be 3 to 63 characters: lower-case letters, digits and underscores, starting with a letter.'),
    ('x%s', 'The username must be 3 to 63 characters: lower-case letters, digits and underscores, starting with a letter.'),
    ('аdmin_kiran', 'The username must be 3 to 63 characters: lower-case letters, digits and underscores, starting with a letter.'),
    ('Kiran', 'The username must be 3 to 63 characters: lower-case letters, digits and underscores, starting with a letter.'),
    ('tap_om_help', 'The username "tap_om_help" is already taken.')) AS t(n, m);

-- Creating: each refusal at its field; the step-up code confirms.
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', pg_temp.create_sql('tap_om_new', 'ARRAY[''superuser'']')),
          'CW422 field:groups Groups are chosen from: helpdesk, admin, incident, auditor.', 'an unknown group is refused');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', pg_temp.create_sql('tap_om_new', 'ARRAY[''pg_read_server_files'']')),
          'CW422 field:groups Groups are chosen from: helpdesk, admin, incident, auditor.', 'a pg_* role is no group');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', pg_temp.create_sql('tap_om_new', 'ARRAY[''auditor'']', 'ARRAY[''KA'']')),
          'CW422 field:scope Only helpdesk operators are limited to states or districts.', 'only helpdesk has a scope');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', pg_temp.create_sql('tap_om_new', 'ARRAY[''helpdesk'']', 'ARRAY[''ZZ'']')),
          'CW422 field:scope There is no state "ZZ".', 'an unknown state is named');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', pg_temp.create_sql('tap_om_new', p_step => 99)),
          'CW422 field:step_up_code Confirm this action with a fresh code from your authenticator app.',
          'creating needs a step-up code');
INSERT INTO private.state (code, name) VALUES ('TQ', 'Tapland') ON CONFLICT DO NOTHING;
SELECT ok(pg_temp.admin(pg_temp.create_sql('tap_om_new', 'ARRAY[''helpdesk'']', 'ARRAY[''tq'']')) ~ '^[A-Z0-9]{4}(-[A-Z0-9]{4})+$',
          'an operator is created and the enrolment code is returned');
SELECT is((SELECT rolcanlogin AND NOT rolsuper AND NOT rolcreaterole AND NOT rolcreatedb AND NOT rolbypassrls AND NOT rolreplication
             FROM pg_roles WHERE rolname = 'tap_om_new'), true, 'a plain login with no attribute');
SELECT is((SELECT must_change_password AND enrol_code_hash IS NOT NULL AND totp_secret IS NULL
             FROM private.operator WHERE role_name = 'tap_om_new'), true, 'who must change the password and enrol');
SELECT is(pg_temp.admin($$SELECT array_to_string(groups, ',') || ' ' || array_to_string(states, ',') FROM console.operator_list() WHERE username = 'tap_om_new'$$),
          'helpdesk TQ', 'in helpdesk, limited to the state');
SELECT is((SELECT action || ' ' || actor || ' ' || reason || ' ' || (details -> 'after' ->> 'groups') FROM audit.event
            WHERE target_type = 'operator' AND target_id = 'tap_om_new'),
          'operator.created tap_om_admin new helpdesk joiner ["helpdesk"]', 'the creation is audited with its groups');

-- Access: step-up, never one's own, before and after.
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token',
          format($$SELECT console.operator_set_access('tap_om_admin', ARRAY['admin', 'auditor'], NULL, NULL, 'more rights for me', %s)$$, pg_temp.step(2))),
          'CW403  You cannot do this to your own account; ask another ministry admin.', 'an admin cannot change their own groups');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token',
          $$SELECT console.operator_set_access('tap_om_new', ARRAY['helpdesk', 'incident'], NULL, NULL, 'on call this week', NULL)$$),
          'CW422 field:step_up_code Confirm this action with a fresh code from your authenticator app.', 'a change of groups needs a step-up code');
SELECT is(pg_temp.sqlstate_in_session('tap_om_admin', 'admin-token',
          format($$SELECT console.operator_set_access('tap_om_new', ARRAY['helpdesk', 'incident'], NULL, NULL, 'on call this week', %s)$$, pg_temp.step(2))),
          '00000', 'with one, an admin changes another operator''s groups and scope');
SELECT is((SELECT (details -> 'before' ->> 'groups') || ' ' || (details -> 'before' ->> 'states') || ' -> ' || (details -> 'after' ->> 'groups') || ' ' || (details -> 'after' ->> 'states')
             FROM audit.event WHERE action = 'operator.access_changed' AND target_id = 'tap_om_new'),
          '["helpdesk"] ["TQ"] -> ["helpdesk", "incident"] []', 'audited with the groups and scope before and after');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token',
          format($$SELECT console.operator_set_access('tap_om_new', ARRAY['helpdesk', 'incident'], NULL, NULL, 'on call this week', %s)$$, pg_temp.step(2))),
          'CW422 field:step_up_code Confirm this action with a fresh code from your authenticator app.', 'a step-up code confirms one action only');
SELECT is((SELECT count(*)::int FROM pg_roles r WHERE (r.rolname LIKE 'pg\_%' OR r.rolname IN ('cowin_owner', 'cowin_role_admin'))
             AND pg_has_role('tap_om_new', r.oid, 'MEMBER')), 0, 'the operator is in no pg_* role and holds no owner role');

-- The last active admin stays: here the acting admin is an admin only through a role of a
-- DBA's, so tap_om_admin2 is the last direct one.
CREATE ROLE tap_om_admins IN ROLE cowin_admin;
GRANT tap_om_admins TO tap_om_admin;
REVOKE cowin_admin FROM tap_om_admin;
UPDATE private.operator SET disabled_at = now()
 WHERE role_name NOT IN ('tap_om_admin', 'tap_om_admin2') AND 'admin' = ANY (private.operator_groups(role_name));
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token',
          format($$SELECT console.operator_set_access('tap_om_admin2', ARRAY['auditor'], NULL, NULL, 'moved to audit', %s)$$, pg_temp.step(3))),
          'CW409 field:groups tap_om_admin2 is the last active ministry admin. Make another operator an admin first.',
          'the last active admin cannot lose the group');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', $$SELECT console.operator_set_disabled('tap_om_admin2', true, 'left the ministry')$$),
          'CW409 field:groups tap_om_admin2 is the last active ministry admin. Make another operator an admin first.',
          'nor be disabled');
GRANT cowin_admin TO tap_om_admin;
SELECT is(pg_temp.sqlstate_in_session('tap_om_admin', 'admin-token',
          format($$SELECT console.operator_set_access('tap_om_admin2', ARRAY['auditor'], NULL, NULL, 'moved to audit', %s)$$, pg_temp.step(3))),
          '00000', 'with another active admin, it can');

-- Lost authenticator.
SELECT pg_temp.fake_session('tap_om_help', 'help-token-2');
INSERT INTO private.recovery_code (role_name, code_hash) VALUES ('tap_om_help', sha256('r1'));
SELECT ok(pg_temp.admin($$SELECT console.operator_reset_authenticator('tap_om_help', 'phone lost, identity checked by video call')$$) ~ '^[A-Z0-9]{4}(-[A-Z0-9]{4})+$',
          'resetting an authenticator returns a new enrolment code');
SELECT is((SELECT totp_secret IS NULL AND enrolled_at IS NULL AND enrol_code_hash IS NOT NULL
             FROM private.operator WHERE role_name = 'tap_om_help'), true, 'the old secret is gone');
SELECT is((SELECT count(*)::int FROM private.recovery_code WHERE role_name = 'tap_om_help'), 0, 'so are the recovery codes');
SELECT is(pg_temp.sqlstate_in_session('tap_om_help', 'help-token-2', 'SELECT * FROM console.session_ping()'),
          'CW401', 'and every session of the operator has ended');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', $$SELECT console.operator_reset_authenticator('tap_om_admin', 'I lost my phone')$$),
          'CW403  You cannot do this to your own account; ask another ministry admin.', 'not one''s own');

-- Unlock after an OTP lockout.
SELECT private.lock_operator('tap_om_audit', 'five wrong codes');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', $$SELECT console.operator_unlock('tap_om_audit', '')$$),
          'CW422 field:reason Give a reason for unlocking an operator: at least 5 characters, kept in the audit trail.',
          'unlocking needs a reason');
SELECT is(pg_temp.sqlstate_in_session('tap_om_admin', 'admin-token', $$SELECT console.operator_unlock('tap_om_audit', 'called back, it was them')$$),
          '00000', 'an admin unlocks an operator');
SELECT is((SELECT rolcanlogin FROM pg_roles WHERE rolname = 'tap_om_audit'), true, 'who may log in again');

-- Disable and enable; force logout.
SELECT pg_temp.fake_session('tap_om_audit', 'audit-token-2');
SELECT is(pg_temp.sqlstate_in_session('tap_om_admin', 'admin-token', $$SELECT console.operator_set_disabled('tap_om_audit', true, 'contract ended today')$$),
          '00000', 'an admin disables an operator');
SELECT is((SELECT rolcanlogin FROM pg_roles WHERE rolname = 'tap_om_audit'), false, 'who can no longer log in');
SELECT is(pg_temp.sqlstate_in_session('tap_om_audit', 'audit-token-2', 'SELECT * FROM console.session_ping()'),
          'CW401', 'and whose session has ended');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', $$SELECT console.operator_set_disabled('tap_om_audit', true, 'contract ended today')$$),
          'CW409 field:username This operator is already disabled.', 'disabling twice is refused');
SELECT is(pg_temp.sqlstate_in_session('tap_om_admin', 'admin-token', $$SELECT console.operator_set_disabled('tap_om_audit', false, 'contract renewed')$$),
          '00000', 'and enables them again');
SELECT is((SELECT rolcanlogin FROM pg_roles WHERE rolname = 'tap_om_audit'), true, 'who may log in again');
SELECT pg_temp.fake_session('tap_om_audit', 'audit-token-3');
SELECT is(pg_temp.admin($$SELECT console.operator_force_logout('tap_om_audit', 'suspicious session from abroad')$$),
          '1', 'a forced logout ends the operator''s sessions');
SELECT is(pg_temp.refusal('tap_om_admin', 'admin-token', $$SELECT console.operator_force_logout('tap_om_admin', 'testing it on me')$$),
          'CW403  You cannot do this to your own account; ask another ministry admin.', 'not one''s own');

-- The one role that may create roles never logs in and owns nothing but the roles.* door.
SELECT is((SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolcreaterole AND NOT rolsuper),
          'cowin_role_admin', 'cowin_role_admin is the only non-superuser role with CREATEROLE');
SELECT is((SELECT rolcanlogin FROM pg_roles WHERE rolname = 'cowin_role_admin'), false, 'and it cannot log in');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relowner = 'cowin_role_admin'::regrole)
          + (SELECT count(*)::int FROM pg_proc WHERE proowner = 'cowin_role_admin'::regrole
                AND pronamespace <> 'roles'::regnamespace),
          0, 'it owns no table and no function outside the roles schema');

SELECT is((SELECT string_agg(action, ',' ORDER BY id) FROM audit.event WHERE target_type = 'operator' AND target_id = 'tap_om_audit'),
          'operator.created,operator.locked,operator.unlocked,operator.disabled,operator.enabled,operator.logged_out',
          'every change of the operator is in the audit trail');

SELECT * FROM finish();
ROLLBACK;
