-- The audit trail by month (schema 012): every month's partitions exist ahead, guarded like the
-- trail itself; an event's id says its month; the month turn moves the sequence once; queries
-- by id read only the months they need; a month leaves the live trail only when it may.
BEGIN;
\ir setup.psql
SELECT plan(31);

SELECT pg_temp.operator('tap_months_auditor', ARRAY['cowin_auditor']) AS c1 \gset
SELECT pg_temp.operator('tap_months_help', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.fake_session('tap_months_auditor', 'months-audit-token');
SELECT pg_temp.fake_session('tap_months_help', 'months-help-token');

CREATE FUNCTION pg_temp.month_table(p_table text, p_offset integer) RETURNS text
LANGUAGE sql AS $$
    SELECT 'audit.' || p_table || '_'
           || to_char(date_trunc('month', timezone('UTC', clock_timestamp())) + make_interval(months => p_offset), 'YYYY_MM')
$$;

CREATE FUNCTION pg_temp.plan(p_sql text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE p_sql;
END
$$;

-- 1. Made ahead.
SELECT ok(to_regclass(pg_temp.month_table('event', 0)) IS NOT NULL
          AND to_regclass(pg_temp.month_table('event', 1)) IS NOT NULL
          AND to_regclass(pg_temp.month_table('event', 2)) IS NOT NULL
          AND to_regclass(pg_temp.month_table('seal', 2)) IS NOT NULL,
          'this month''s partitions and the next two months'' exist');
SELECT is(audit.make_months(2), 0, 'making them again makes nothing');
SELECT ok(audit.make_month(clock_timestamp() + interval '5 months'), 'a month further ahead is made when asked');
SELECT is((SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_class c
            WHERE c.oid = to_regclass(pg_temp.month_table('event', 5))),
          format('FOR VALUES FROM (''%s'') TO (''%s'')',
                 audit.month_first_id(clock_timestamp() + interval '5 months'),
                 audit.month_first_id(clock_timestamp() + interval '6 months')),
          '... holding exactly the ids of its month');
SELECT is(audit.month_first_id('2026-12-31 23:59:59.999999+00'), 2612000000000000, 'December 2026 starts at 2612 * 10^12 (UTC)');
SELECT is(audit.month_first_id('2027-01-01 05:00:00+05:30'), 2612000000000000, '... a time is placed in its UTC month');

-- 2. Every partition is guarded like the trail.
SELECT is((SELECT count(*)::int FROM pg_inherits i
            WHERE i.inhparent IN ('audit.event'::regclass, 'audit.seal'::regclass)
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = i.inhrelid
                                 AND t.tgname IN ('event_append_only', 'seal_append_only'))), 0,
          'every partition refuses UPDATE and DELETE');
SELECT is((SELECT count(*)::int FROM pg_inherits i
            WHERE i.inhparent IN ('audit.event'::regclass, 'audit.seal'::regclass)
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = i.inhrelid
                                 AND t.tgname IN ('event_no_truncate', 'seal_no_truncate')
                                 AND (t.tgtype & 32) <> 0)), 0,
          'every partition refuses TRUNCATE itself');
SELECT is((SELECT count(*)::int FROM pg_inherits i
            WHERE i.inhparent IN ('audit.event'::regclass, 'audit.seal'::regclass)
              AND (has_table_privilege('cowin_owner', i.inhrelid, 'UPDATE')
                   OR has_table_privilege('cowin_owner', i.inhrelid, 'DELETE')
                   OR has_table_privilege('cowin_owner', i.inhrelid, 'TRUNCATE'))), 0,
          'the owner gave up UPDATE, DELETE and TRUNCATE on every partition');
SELECT is((SELECT count(*)::int FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent IN ('audit.event'::regclass, 'audit.seal'::regclass)
              AND c.relacl IS NOT NULL
              AND EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee <> c.relowner)), 0,
          'no one but the owner holds a privilege on a partition');
SELECT is(pg_temp.sqlstate_as('tap_months_auditor', format('SELECT * FROM %s', pg_temp.month_table('event', 0))),
          '42501', 'an auditor login cannot read a partition directly');
SELECT throws_ok(format('DELETE FROM %s', pg_temp.month_table('event', 0)), 'CW403', NULL,
                 'even a superuser''s DELETE on a partition is refused');
SELECT throws_ok(format('TRUNCATE %s', pg_temp.month_table('event', 0)), 'CW403', NULL,
                 'even a superuser''s TRUNCATE of a partition is refused');
SELECT throws_ok(format('TRUNCATE %s', pg_temp.month_table('seal', 0)), 'CW403', NULL,
                 '... and of a partition of the seals');

-- 3. An event's id says its month.
SELECT audit.append('tap.month_check', NULL, NULL, NULL, NULL) AS month_event \gset
SELECT ok((SELECT e.id >= audit.month_first_id(e.occurred_at)
                  AND e.id < audit.month_first_id(e.occurred_at + interval '1 month')
                  AND e.tableoid = to_regclass(pg_temp.month_table('event', 0))
             FROM audit.event e WHERE e.id = :month_event),
          'a new event takes an id of its month and lands in its month''s partition');
SELECT is((SELECT count(*)::int FROM audit.event e
            WHERE e.id >= 2000000000000000
              AND (e.id < audit.month_first_id(e.occurred_at)
                   OR e.id >= audit.month_first_id(e.occurred_at + interval '1 month'))), 0,
          'every event of the trail is in the range of its time''s month');

-- 4. The month turn, with the sealer kept out (it would read the moved sequence as a horizon).
SELECT 1 FROM audit.seal_state FOR UPDATE;
SELECT last_value AS seq_before FROM audit.event_id_seq \gset
SELECT is(audit.month_id(clock_timestamp()), :seq_before + 1,
          'in a month the sequence is in already, the month''s id is the next one');
SELECT is(audit.month_id(clock_timestamp() + interval '1 month'),
          audit.month_first_id(clock_timestamp() + interval '1 month'),
          'the first event of a new month moves the sequence to the month''s first id');
SELECT is(audit.month_id(clock_timestamp() + interval '1 month'),
          audit.month_first_id(clock_timestamp() + interval '1 month') + 1,
          '... and the next takes the id after it');
SELECT is(audit.month_id(clock_timestamp()), audit.month_first_id(clock_timestamp() + interval '1 month') + 2,
          'an event still in the old month gets the next id, never one taken before');
SELECT setval('audit.event_id_seq', :seq_before + 4);

-- 5. By id, only the months needed, in order.
SELECT ok((SELECT string_agg(p, E'\n') FROM pg_temp.plan(
                 'EXPLAIN (COSTS OFF) SELECT id FROM audit.event ORDER BY id DESC LIMIT 200') p)
          !~ '(Merge Append|Sort)',
          'the newest page reads the months in order, without merging or sorting them');
-- 6. When a month may leave the live trail.
SELECT throws_ok($$SELECT * FROM private.audit_archivable('event_x; DROP TABLE audit.event')$$, 'CW422', NULL,
                 'a month is named by its partition, nothing else');
SELECT throws_ok($$SELECT * FROM private.audit_archivable('event_2019_01')$$, 'CW422',
                 'event_2019_01 is not a month of the live audit trail.',
                 'a month that is not in the live trail is named as such');
SELECT throws_ok(format($$SELECT * FROM private.audit_archivable(%L)$$,
                        substr(pg_temp.month_table('event', 1), 7)), 'CW409', NULL,
                 'a later month may not go before an older one');
SELECT throws_ok(format($$SELECT * FROM private.audit_archivable(%L)$$,
                        (SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                          WHERE i.inhparent = 'audit.event'::regclass ORDER BY c.relname = 'event_earlier' DESC, c.relname LIMIT 1)),
                 'CW409', NULL, 'the oldest month may not go before it is over, sealed and covered by a signed checkpoint');
SELECT is(pg_temp.sqlstate_as('tap_months_auditor', $$SELECT * FROM admin.audit_archive_record('event_2019_01', 1, NULL, NULL)$$),
          '42501', 'no login may archive a month');
SELECT is(pg_temp.value_in_session('tap_months_auditor', 'months-audit-token',
          $$SELECT after_id || ' ' || prev_hash || ' ' || after_position || ' ' || archived FROM console.audit_chain_start()$$),
          '0 ' || repeat('0', 64) || ' 0 0', 'with nothing archived, an auditor''s walk starts at the genesis');
SELECT is(pg_temp.sqlstate_in_session('tap_months_help', 'months-help-token', 'SELECT * FROM console.audit_chain_start()'),
          '42501', 'helpdesk may not ask where the chain starts');

SELECT ok(audit.make_month(clock_timestamp() - interval '3 months'), 'a month in the past can be made while no later one is archived');
SELECT is((SELECT events FROM private.audit_archivable(substr(pg_temp.month_table('event', -3), 7))), 0::bigint,
          'an empty month that is over may leave without an archive');

-- 7. The sealer's scan in the form PL/pgSQL runs it (a generic plan): months below the head
-- are removed before it runs.
SET LOCAL plan_cache_mode = force_generic_plan;
PREPARE sealer_scan(bigint) AS SELECT e.id FROM audit.event e WHERE e.id > $1 ORDER BY e.id LIMIT 1000;
SELECT is((SELECT count(*)::int FROM pg_temp.plan(format(
                 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE sealer_scan(%s)',
                 audit.month_first_id(clock_timestamp()))) p
            WHERE p ~ ('on ' || substr(pg_temp.month_table('event', -3), 7) || ' ')), 0,
          'the sealer''s scan above the head never reads a month before it');

SELECT * FROM finish();
ROLLBACK;
