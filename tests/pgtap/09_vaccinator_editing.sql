-- Creating, editing and importing accounts: admins only, every field checked at the server
-- with the field named, duplicates refused, stale versions CW409, imports all or nothing.
BEGIN;
\ir setup.psql
SELECT plan(31);

SELECT pg_temp.operator('tap_e_admin', ARRAY['cowin_admin']) AS c1 \gset
SELECT pg_temp.operator('tap_e_help', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.fake_session('tap_e_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_e_help', 'help-token');
INSERT INTO private.state VALUES ('ZX', 'Editland') ON CONFLICT DO NOTHING;
INSERT INTO private.district (state_code, name) VALUES ('ZX', 'Formpur') RETURNING id AS district \gset
INSERT INTO private.centre (district_id, name) VALUES (:district, 'PHC Fieldgaon') RETURNING id AS centre \gset
INSERT INTO private.centre (district_id, name) VALUES (:district, 'CHC Fieldgaon') RETURNING id AS centre2 \gset

CREATE FUNCTION pg_temp.create_hint(p_login text, p_name text, p_mobile text, p_centre integer) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_hint text := 'ok';
BEGIN
    SET SESSION AUTHORIZATION tap_e_admin;
    PERFORM set_config('cowin.session', 'admin-token', false);
    BEGIN
        PERFORM console.vaccinator_create(p_login, p_name, p_mobile, p_centre, NULL);
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_hint = PG_EXCEPTION_HINT;
        v_hint := SQLSTATE || ' ' || v_hint;
    END;
    RESET SESSION AUTHORIZATION;
    RETURN v_hint;
END
$$;

SELECT is(pg_temp.sqlstate_in_session('tap_e_help', 'help-token',
          format($$SELECT console.vaccinator_create('tape001', 'Helpdesk Made', '9777700001', %s, NULL)$$, :centre)),
          '42501', 'helpdesk may not create accounts');
SELECT is(pg_temp.create_hint('tape001', 'Edith Formsworth', '+91 97777-00001', :centre), 'ok',
          'an admin creates an account; +91, spaces and hyphens in the mobile are accepted');
SELECT is((SELECT mobile || ':' || must_change_password || ':' || state_code FROM private.vaccinator WHERE login_id = 'tape001'),
          '9777700001:true:ZX', 'stored as 10 digits, must change its password, placed in the centre''s state');
SELECT is((SELECT details->'after'->>'mobile' FROM audit.event WHERE action = 'vaccinator.created' ORDER BY id DESC LIMIT 1),
          '******0001', 'the creation is audited with the mobile masked');
SELECT is(pg_temp.create_hint('tape001', 'Someone Else', '9777700002', :centre), 'CW422 field:login_id',
          'a taken login id is refused at its field');
SELECT is(pg_temp.create_hint('tape002', 'Someone Else', '9777700001', :centre), 'CW422 field:mobile',
          'a mobile registered to another account is refused at its field');
SELECT is(pg_temp.create_hint('tape002', 'Someone Else', '5777700002', :centre), 'CW422 field:mobile',
          'a mobile that is not an Indian mobile number is refused');
SELECT is(pg_temp.create_hint('tape002', 'Someone Else', '97777', :centre), 'CW422 field:mobile',
          'a short mobile number is refused');
SELECT is(pg_temp.create_hint('Tape 002', 'Someone Else', '9777700002', :centre), 'CW422 field:login_id',
          'a login id with a space is refused');
SELECT is(pg_temp.create_hint('tape002', '   ', '9777700002', :centre), 'CW422 field:full_name',
          'a blank name is refused');
SELECT is(pg_temp.create_hint('tape002', E'Two\nLines', '9777700002', :centre), 'CW422 field:full_name',
          'a name with a line break is refused');
SELECT is(pg_temp.create_hint('tape002', 'Someone Else', '9777700002', -5), 'CW422 field:centre',
          'an unknown centre is refused');

SELECT id AS edited FROM private.vaccinator WHERE login_id = 'tape001' \gset
SELECT is(pg_temp.value_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_update(%s, 1, 'Edith Formsworth-Rao', '9777700009', %s, 'married name')$$, :edited, :centre2)),
          '2', 'an admin edits name, mobile and centre; the version moves on');
SELECT is(pg_temp.sqlstate_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_update(%s, 1, 'Edith F', '9777700009', %s, NULL)$$, :edited, :centre2)),
          'CW409', 'an edit of a stale version is CW409');
SELECT is(pg_temp.sqlstate_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_update(%s, 2, 'Edith Formsworth-Rao', '9777700009', %s, NULL)$$, :edited, :centre2)),
          'CW422', 'an edit that changes nothing is refused');
SELECT is(pg_temp.value_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_update(%s, 2, 'Edith F. Rao', NULL, %s, NULL)$$, :edited, :centre2)),
          '3', 'an edit without a mobile keeps the stored number');
SELECT is((SELECT mobile FROM private.vaccinator WHERE id = :edited), '9777700009', 'the number is unchanged');
SELECT is((SELECT (details->'before'->>'name') || ' -> ' || (details->'after'->>'name') FROM audit.event
            WHERE action = 'vaccinator.updated' AND target_id = :'edited' ORDER BY id LIMIT 1),
          'Edith Formsworth -> Edith Formsworth-Rao', 'the edit is audited with before and after');

-- Import: a check is recorded (and committed) before its problems are told, and an import
-- names a committed check and imports exactly its rows.
CREATE FUNCTION pg_temp.import_check(p_rows text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_check bigint;
BEGIN
    v_check := pg_temp.value_in_session('tap_e_admin', 'admin-token',
                   format('SELECT console.vaccinator_import_check(%L)', p_rows))::bigint;
    UPDATE private.import_check SET created_xact = '1'::xid8 WHERE id = v_check;
    RETURN v_check;
END
$$;
SELECT pg_temp.import_check(format($$[
            {"line": 2, "login_id": "tapi001", "full_name": "Import One", "mobile": "9666600001", "centre_id": "%1$s"},
            {"line": 3, "login_id": "tapi002", "full_name": "Import Two", "mobile": "96666", "centre_id": "%1$s"},
            {"line": 4, "login_id": "tapi001", "full_name": "Import Again", "mobile": "9666600004", "centre_id": "%1$s"},
            {"line": 5, "login_id": "tapi005", "full_name": "Import Five", "mobile": "9666600001", "centre_id": "%1$s"},
            {"line": 6, "login_id": "tapi006", "full_name": "Import Six", "mobile": "9666600006", "centre_id": "no"}]$$, :centre)) AS bad_check \gset
SELECT is(pg_temp.value_in_session('tap_e_admin', 'admin-token',
          format($$SELECT string_agg(line || ':' || field, ',' ORDER BY line) FROM console.vaccinator_import_problems(%s)$$, :bad_check)),
          '3:mobile,4:login_id,5:mobile,6:centre', 'the check names every bad line and its field, duplicates within the file too');
SELECT is((SELECT (details ->> 'rows') || ':' || (details ->> 'problems') FROM audit.event
            WHERE action = 'vaccinator.import_checked' AND target_id = :'bad_check'),
          '5:4', 'the check is audited with its rows and problems');
SELECT is(pg_temp.sqlstate_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_import(%s, 'quarterly import')$$, :bad_check)),
          'CW422', 'an import with a bad row is refused');
SELECT is((SELECT count(*)::int FROM private.vaccinator WHERE login_id LIKE 'tapi%'), 0,
          'and imports nothing: not even the good row');
SELECT pg_temp.value_in_session('tap_e_admin', 'admin-token',
       format($$SELECT console.vaccinator_import_check('[{"line": 2, "login_id": "tapi009", "full_name": "Import Nine", "mobile": "9666600009", "centre_id": "%1$s"}]')$$, :centre)) AS fresh_check \gset
SELECT is(pg_temp.sqlstate_in_session('tap_e_admin', 'admin-token',
          format($$SELECT count(*) FROM console.vaccinator_import_problems(%s)$$, :fresh_check)),
          'CW422', 'a check is not told in the transaction that made it');
SELECT pg_temp.import_check(format($$[
            {"line": 2, "login_id": "tapi001", "full_name": "Import One", "mobile": "9666600001", "centre_id": "%1$s"},
            {"line": 3, "login_id": "TAPI002", "full_name": "Import Two", "mobile": "09666600002", "centre_id": "%1$s"}]$$, :centre)) AS good_check \gset
SELECT is(pg_temp.value_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_import(%s, 'quarterly import')$$, :good_check)),
          '2', 'a clean import creates every account');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.created'
            AND details->>'import' = (SELECT id::text FROM audit.event WHERE action = 'vaccinator.imported' ORDER BY id DESC LIMIT 1)),
          2, 'one audit event per imported account, pointing to the import''s event');
SELECT is(pg_temp.sqlstate_in_session('tap_e_admin', 'admin-token',
          format($$SELECT console.vaccinator_import(%s, 'quarterly import')$$, :good_check)),
          'CW422', 'a check is imported once');
SELECT is(pg_temp.sqlstate_in_session('tap_e_help', 'help-token',
          $$SELECT console.vaccinator_import_check('[]')$$),
          '42501', 'helpdesk may not import');
-- The daily budget of checked rows: past it the check is recorded as refused and told CW429.
UPDATE private.limit_setting SET value = 3 WHERE name = 'import_check_rows_per_day';
SELECT pg_temp.import_check(format($$[
            {"line": 2, "login_id": "tapi011", "full_name": "Import Eleven", "mobile": "9666600011", "centre_id": "%1$s"}]$$, :centre)) AS over_check \gset
SELECT is(pg_temp.refusal('tap_e_admin', 'admin-token',
          format($$SELECT count(*) FROM console.vaccinator_import_problems(%s)$$, :over_check)),
          'CW429 field:file You have reached the limit for rows checked for import (3 a day). Try again tomorrow; a ministry admin can change the limit.',
          'past the daily budget of checked rows the check is refused at the field (CW429)');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.import_check_refused'
            AND target_id = :'over_check'), 1, 'and the refusal is audited');

SELECT is(pg_temp.sqlstate_in_session('tap_e_help', 'help-token',
          $$SELECT console.vaccinator_export_record('every account', 10)$$),
          '42501', 'helpdesk may not export');
SELECT pg_temp.value_in_session('tap_e_admin', 'admin-token',
       $$SELECT console.vaccinator_export_record('state KA', 10)$$) AS export_event \gset
SELECT is((SELECT action || ' ' || (details->>'filter') || ' ' || actor FROM audit.event WHERE id = :export_event),
          'vaccinator.exported state KA tap_e_admin', 'an admin''s export is recorded with its filter');
SELECT * FROM finish();
ROLLBACK;
