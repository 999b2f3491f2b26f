-- Operator names reach DDL only after validation: hostile and reserved names are refused.
BEGIN;
\ir setup.psql
SELECT plan(13);

SELECT throws_ok(format('SELECT pg_temp.operator(%L, ARRAY[''cowin_helpdesk''])', n), 'CW422', NULL,
                 format('the name %s is refused', n))
  FROM (VALUES ('postgres'), ('pg_monitor'), ('cowin_owner'), ('Admin'), ('a"; DROP ROLE x; --'),
               ('x%s'), ('ravі_helpdesk'), ('ab'), ('root'), ('admin')) AS t(n);

SELECT throws_ok($$SELECT pg_temp.operator('tap_groups_bad', ARRAY['pg_read_server_files'])$$,
                 'CW422', NULL, 'a pg_* group cannot be granted');
SELECT throws_ok($$SELECT pg_temp.operator('tap_groups_bad', ARRAY['cowin_owner'])$$,
                 'CW422', NULL, 'cowin_owner cannot be granted');
SELECT throws_ok($$SELECT roles.set_login('cowin_owner', true)$$, 'CW422', NULL,
                 'role management refuses roles that are not console operators');

SELECT * FROM finish();
ROLLBACK;
