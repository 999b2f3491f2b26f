-- PUBLIC has nothing, no login role touches a table, and every SECURITY DEFINER function is
-- reviewed: pinned search_path, owner, and exactly the grants listed here.
BEGIN;
\ir setup.psql
SELECT plan(17);

SELECT pg_temp.operator('tap_hygiene_admin', ARRAY['cowin_admin']) AS enrolment_code \gset

SELECT is((SELECT count(*)::int FROM pg_namespace n, aclexplode(n.nspacl) a
            WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer', 'portal', 'ext', 'public', 'cowin_meta')
              AND a.grantee = 0), 0, 'PUBLIC has no privilege on any schema');

SELECT is((SELECT count(*)::int FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace,
                 aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
            WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer', 'portal') AND a.grantee = 0),
          0, 'PUBLIC may execute no function of ours');

SELECT is((SELECT count(*)::int FROM pg_database d, aclexplode(d.datacl) a
            WHERE d.datname = current_database() AND a.grantee = 0), 0,
          'PUBLIC may not connect to or create TEMP tables in the database');

SELECT is((SELECT count(*)::int FROM pg_language l, aclexplode(l.lanacl) a
            WHERE l.lanname = 'plpgsql' AND a.grantee = 0), 0, 'PUBLIC may not use plpgsql');

SELECT ok(EXISTS (SELECT 1 FROM pg_default_acl d JOIN pg_roles r ON r.oid = d.defaclrole
                   WHERE r.rolname = 'cowin_owner' AND d.defaclobjtype = 'f'),
          'default privileges of cowin_owner revoke EXECUTE from PUBLIC');

-- Every table, view and sequence of the product is out of reach of every group and login.
SELECT is((SELECT count(*)::int
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
                  (SELECT rolname FROM pg_roles
                    WHERE rolname IN ('cowin_operator', 'cowin_helpdesk', 'cowin_admin',
                                      'cowin_incident', 'cowin_auditor', 'cowin_gateway', 'cowin_delivery', 'cowin_sealer', 'cowin_portal',
                                      'tap_hygiene_admin')) r
            WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer', 'portal', 'cowin_meta', 'ext')
              AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
              AND has_table_privilege(r.rolname, c.oid,
                                      'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')),
          0, 'no group or operator login has any table privilege');

SELECT is((SELECT count(*)::int
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('private', 'audit') AND c.relkind = 'S'
              AND (has_sequence_privilege('cowin_operator', c.oid, 'USAGE, SELECT, UPDATE')
                   OR has_sequence_privilege('tap_hygiene_admin', c.oid, 'USAGE, SELECT, UPDATE'))),
          0, 'no login role may read or move a sequence (the OTP failure counters included)');

SELECT is_empty($$
    SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer', 'portal')
       AND p.prosecdef
       AND NOT (coalesce(p.proconfig, '{}') @> ARRAY['search_path=""'])
$$, 'every SECURITY DEFINER function pins search_path to the empty path');

-- The inventory: a new definer function fails here until it is reviewed and listed.
SELECT results_eq($$
    SELECT p.oid::regprocedure::text COLLATE "default",
           pg_get_userbyid(p.proowner)::text COLLATE "default",
           coalesce((SELECT string_agg(pg_get_userbyid(a.grantee)::text, ',' ORDER BY pg_get_userbyid(a.grantee)::text)
                       FROM aclexplode(p.proacl) a
                      WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner), '')
           COLLATE "default"
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer', 'portal') AND p.prosecdef
       -- Exists only where cowin-admin demo-data ran; tests 2 and 8 still cover it.
       AND p.oid::regprocedure::text <> 'admin.demo_enrol(text,bytea)'
     ORDER BY 1
$$, $$ VALUES
    ('admin.audit_archive_plan(text)', 'cowin_owner', ''),
    ('admin.audit_archive_record(text,bigint,text,text)', 'cowin_owner', ''),
    ('admin.audit_chain_open(bigint)', 'cowin_owner', ''),
    ('admin.audit_chain_start()', 'cowin_owner', ''),
    ('admin.audit_export_begin(jsonb,text)', 'cowin_owner', ''),
    ('admin.audit_export_head(bigint)', 'cowin_owner', ''),
    ('admin.audit_head()', 'cowin_owner', ''),
    ('admin.audit_search(timestamp with time zone,timestamp with time zone,text,text,text,text,text,text,text,bigint,integer)', 'cowin_owner', ''),
    ('admin.create_operator(text,text,text[],text,boolean)', 'cowin_owner', ''),
    ('admin.create_partner(text,text,text[],cidr[])', 'cowin_owner', ''),
    ('admin.issue_api_key(integer,text[],timestamp with time zone)', 'cowin_owner', ''),
    ('admin.record_checkpoint(bigint,bytea,bigint,text,bytea,bytea)', 'cowin_owner', ''),
    ('admin.set_operator_scope(text,text[],integer[])', 'cowin_owner', ''),
    ('admin.unlock_operator(text,text)', 'cowin_owner', ''),
    ('console.api_key_issue(integer,text[],timestamp with time zone,text)', 'cowin_owner', 'cowin_admin'),
    ('console.api_key_revoke(bigint,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.api_key_rotate(bigint,integer,timestamp with time zone,text)', 'cowin_owner', 'cowin_admin'),
    ('console.api_key_set_suspended(bigint,boolean,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.api_scopes()', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.api_state()', 'cowin_owner', 'cowin_operator'),
    ('console.audit_activity(timestamp with time zone,timestamp with time zone,text,text,text,text,text,text,text,text,text)', 'cowin_owner', 'cowin_operator'),
    ('console.audit_chain_open(bigint)', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_chain_page(bigint,integer)', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_chain_start()', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_checkpoint_record(bigint,text,bigint,text,text,text)', 'cowin_owner', 'cowin_auditor'),
    ('console.audit_checkpoints()', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_export_begin(jsonb,text)', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_export_head(bigint)', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_head()', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_seal_status()', 'cowin_owner', 'cowin_admin,cowin_auditor'),
    ('console.audit_search(timestamp with time zone,timestamp with time zone,text,text,text,text,text,text,text,bigint,bigint,integer)', 'cowin_owner', 'cowin_operator'),
    ('console.change_password(text,text)', 'cowin_owner', 'cowin_operator'),
    ('console.delivery_outbox(text,bigint,integer)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.delivery_problem_count()', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.enrol_begin(text)', 'cowin_owner', 'cowin_operator'),
    ('console.enrol_confirm(bigint)', 'cowin_owner', 'cowin_operator'),
    ('console.gateway_status()', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.kill_switch_engage(text,text,text,bigint)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.kill_switch_history(integer)', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.kill_switch_preview(text,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.kill_switch_restore_approve(bigint,bigint)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.kill_switch_restore_request(bigint,text,bigint)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.kill_switch_restore_withdraw(bigint,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.limit_set(text,integer,text)', 'cowin_owner', 'cowin_admin'),
    ('console.limits()', 'cowin_owner', 'cowin_admin'),
    ('console.logout()', 'cowin_owner', 'cowin_operator'),
    ('console.my_account()', 'cowin_owner', 'cowin_operator'),
    ('console.my_authenticator_begin(bigint)', 'cowin_owner', 'cowin_operator'),
    ('console.my_authenticator_confirm(text)', 'cowin_owner', 'cowin_operator'),
    ('console.my_password_change(text,text,bigint)', 'cowin_owner', 'cowin_operator'),
    ('console.my_recovery_codes_renew(bigint)', 'cowin_owner', 'cowin_operator'),
    ('console.my_sessions()', 'cowin_owner', 'cowin_operator'),
    ('console.my_sessions_end_others(bigint)', 'cowin_owner', 'cowin_operator'),
    ('console.operator_create(text,text,text[],text[],integer[],text,text,bigint)', 'cowin_owner', 'cowin_admin'),
    ('console.operator_force_logout(text,text)', 'cowin_owner', 'cowin_admin'),
    ('console.operator_list()', 'cowin_owner', 'cowin_admin'),
    ('console.operator_reset_authenticator(text,text)', 'cowin_owner', 'cowin_admin'),
    ('console.operator_set_access(text,text[],text[],integer[],text,bigint)', 'cowin_owner', 'cowin_admin'),
    ('console.operator_set_disabled(text,boolean,text)', 'cowin_owner', 'cowin_admin'),
    ('console.operator_unlock(text,text)', 'cowin_owner', 'cowin_admin'),
    ('console.otp_outcome(bigint)', 'cowin_owner', 'cowin_operator'),
    ('console.otp_submit(text)', 'cowin_owner', 'cowin_operator'),
    ('console.partner_create(text,text,boolean,text,text[],text[],integer,text)', 'cowin_owner', 'cowin_admin'),
    ('console.partner_detail(integer)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.partner_keys(integer)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.partner_list(text,text,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.partner_set_status(integer,integer,text,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.partner_update(integer,integer,text,text,boolean,text,text[],text[],integer,text)', 'cowin_owner', 'cowin_admin'),
    ('console.partner_usage(integer)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.password_parameters()', 'cowin_owner', 'cowin_operator'),
    ('console.session_ping()', 'cowin_owner', 'cowin_operator'),
    ('console.session_status()', 'cowin_owner', 'cowin_operator'),
    ('console.vaccinator_bulk_begin(text,text,text,text,boolean,bigint)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_bulk_cancel(bigint)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_bulk_chunk(bigint,integer)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_bulk_preview(text,text,text)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_bulk_sample(text,text,text,integer)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_count(text,text,bigint,integer,integer,text,text,integer,boolean)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_create(text,text,text,integer,text)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_deliveries(bigint)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_detail(bigint)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_events(bigint,integer)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_export_record(text,bigint)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_force_reset(bigint,integer,text)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_import(bigint,text)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_import_check(jsonb)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_import_problems(bigint)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_lookup_mobile(text)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_places(text,text)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_reveal(bigint)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_reveal_request(bigint,text)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_search(text,text,bigint,integer,integer,text,text,text,boolean,text,bigint,boolean,integer,boolean)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_set_disabled(bigint,integer,boolean,text)', 'cowin_owner', 'cowin_admin'),
    ('console.vaccinator_unlock(bigint,integer,text)', 'cowin_owner', 'cowin_admin,cowin_helpdesk'),
    ('console.vaccinator_update(bigint,integer,text,text,integer,text)', 'cowin_owner', 'cowin_admin'),
    ('console.watch_alerts(integer)', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.watch_budget_set(text,integer,integer,integer,boolean,text)', 'cowin_owner', 'cowin_admin'),
    ('console.watch_budgets()', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.watch_canaries()', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.watch_canary_plant(text,text,text)', 'cowin_owner', 'cowin_admin'),
    ('console.watch_canary_retire(bigint,text)', 'cowin_owner', 'cowin_admin'),
    ('console.watch_dismiss(bigint,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.watch_freeze(bigint,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.watch_open_alerts()', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.watch_release(bigint,text)', 'cowin_owner', 'cowin_admin,cowin_incident'),
    ('console.watch_subject_lookups(bigint,integer)', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.watch_subject_question(text,text)', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('console.watch_timeline(bigint,integer)', 'cowin_owner', 'cowin_admin,cowin_auditor,cowin_incident'),
    ('delivery.claim(integer,integer)', 'cowin_owner', 'cowin_delivery'),
    ('delivery.claimed(bigint)', 'cowin_owner', 'cowin_delivery'),
    ('delivery.report_failed(bigint,text,integer)', 'cowin_owner', 'cowin_delivery'),
    ('delivery.report_sent(bigint,text)', 'cowin_owner', 'cowin_delivery'),
    ('gateway.applied(text,bigint,text)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.authorize(text,text,inet)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.authorize_subject(text,text,inet,text)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.changes(text)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.cooled_addresses()', 'cowin_owner', 'cowin_gateway'),
    ('gateway.report_unknown_keys(inet,integer)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.report_usage(text,timestamp with time zone,integer,integer)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.report_usage_by_hash(bytea,timestamp with time zone,integer,integer)', 'cowin_owner', 'cowin_gateway'),
    ('gateway.snapshot()', 'cowin_owner', 'cowin_gateway'),
    ('gateway.state()', 'cowin_owner', 'cowin_gateway'),
    ('gateway.subject_scopes()', 'cowin_owner', 'cowin_gateway'),
    ('gateway.switch_cuts()', 'cowin_owner', 'cowin_gateway'),
    ('portal.authorize_lookup(text,text,inet)', 'cowin_owner', 'cowin_portal'),
    ('portal.lookup_result(text,text,boolean,text)', 'cowin_owner', 'cowin_portal'),
    ('roles.apply_login_limits(text)', 'cowin_role_admin', 'cowin_owner'),
    ('roles.create_login(text,text)', 'cowin_role_admin', 'cowin_owner'),
    ('roles.password_fingerprint(text)', 'cowin_role_admin', 'cowin_owner'),
    ('roles.set_groups(text,text[])', 'cowin_role_admin', 'cowin_owner'),
    ('roles.set_login(text,boolean)', 'cowin_role_admin', 'cowin_owner'),
    ('roles.set_password(text,text)', 'cowin_role_admin', 'cowin_owner'),
    ('roles.verifier_parts(text)', 'cowin_role_admin', 'cowin_owner'),
    ('sealer.seal(integer)', 'cowin_owner', 'cowin_sealer'),
    ('sealer.status()', 'cowin_owner', 'cowin_sealer'),
    ('sealer.watch_maintenance()', 'cowin_owner', 'cowin_sealer')
$$, 'SECURITY DEFINER inventory: owners and EXECUTE grants as reviewed');

SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'console' AND NOT p.prosecdef), 0,
          'every console function is a SECURITY DEFINER door');

SELECT ok((SELECT NOT rolcanlogin AND rolcreaterole AND NOT rolsuper FROM pg_roles
            WHERE rolname = 'cowin_role_admin'),
          'the one CREATEROLE role cannot log in and is no superuser');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.proowner = 'cowin_role_admin'::regrole AND n.nspname <> 'roles'), 0,
          'the CREATEROLE role owns functions in schema roles only');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relowner = 'cowin_role_admin'::regrole), 0,
          'the CREATEROLE role owns no table');
SELECT ok((SELECT NOT rolsuper AND NOT rolcanlogin AND NOT rolcreaterole AND NOT rolbypassrls
             FROM pg_roles WHERE rolname = 'cowin_owner'),
          'cowin_owner is a NOLOGIN, non-superuser owner');
SELECT is((SELECT count(*)::int FROM pg_roles r
            WHERE pg_has_role(r.oid, 'cowin_operator', 'MEMBER') AND r.rolname NOT LIKE 'cowin\_%'
              AND (r.rolsuper OR r.rolcreaterole OR r.rolbypassrls OR r.rolreplication)), 0,
          'no operator holds SUPERUSER, CREATEROLE, BYPASSRLS or REPLICATION');
SELECT is((SELECT count(*)::int FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
            WHERE g.rolname LIKE 'pg\_%' AND pg_has_role(m.member, 'cowin_operator', 'MEMBER')), 0,
          'no operator is a member of any pg_* role');

SELECT is_empty($$
    SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname IN ('console', 'private', 'audit', 'roles', 'admin', 'delivery', 'gateway', 'sealer', 'portal')
       AND obj_description(p.oid, 'pg_proc') IS NULL
$$, 'every function says what it does, who may call it and what it audits (COMMENT ON)');

SELECT * FROM finish();
ROLLBACK;
