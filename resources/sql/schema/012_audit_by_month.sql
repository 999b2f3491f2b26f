-- run-as: superuser
-- The audit trail by month (docs/audit-chain.md, "Months"). audit.event and audit.seal are
-- partitioned by ranges of event ids, one range a month: the events of 2026-12 hold the ids
-- from 2612 * 10^12 on, and audit.new_event moves the sequence into a month's range with the
-- month's first event. Every query by id (the sealer, verification, every page of the trail)
-- then reads only the months it needs, in order, and an event's id stays its key.
--
-- A trail that already holds events keeps them in one partition of its own, "earlier", below
-- this month's range. Partitions are made ahead of time by audit.make_months(), which the
-- sealer calls, and an old month can be detached once a signed checkpoint covers it and its
-- events are written to an archive (audit.archive).

-- The month turn: the first events of a month move the sequence forward, and a month's
-- partitions are made, under locks that only the owner's functions take (no login may execute
-- the advisory-lock functions: 001).
GRANT EXECUTE ON FUNCTION pg_catalog.pg_advisory_lock(bigint) TO cowin_owner;
GRANT EXECUTE ON FUNCTION pg_catalog.pg_advisory_unlock(bigint) TO cowin_owner;
GRANT EXECUTE ON FUNCTION pg_catalog.pg_advisory_xact_lock(bigint) TO cowin_owner;

SET ROLE cowin_owner;

-- Two functions take or return the table's row type, which would follow the table's new name:
-- functions/40_audit.sql makes them again for the partitioned table.
DROP FUNCTION IF EXISTS audit.new_event(text, text, text, text, jsonb);
DROP FUNCTION IF EXISTS audit.canonical_bytes(audit.event);

-- The tables as they were become the partition "earlier"; their row triggers come back from
-- the partitioned tables (functions/40_audit.sql), which give them to every partition. A
-- TRUNCATE trigger is each partition's own: theirs stay.
DROP TRIGGER IF EXISTS event_append_only ON audit.event;
DROP TRIGGER IF EXISTS event_reason_one_line ON audit.event;
DROP TRIGGER IF EXISTS seal_append_only ON audit.seal;
ALTER TABLE audit.event RENAME TO event_earlier;
ALTER TABLE audit.seal RENAME TO seal_earlier;
DO $$
DECLARE
    i record;
BEGIN
    FOR i IN SELECT c.relname FROM pg_catalog.pg_index x
               JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid
              WHERE x.indrelid IN ('audit.event_earlier'::regclass, 'audit.seal_earlier'::regclass) LOOP
        EXECUTE pg_catalog.format('ALTER INDEX audit.%I RENAME TO %I', i.relname,
                                  pg_catalog.regexp_replace(i.relname, '^(event|seal)_', '\1_earlier_'));
    END LOOP;
END
$$;

CREATE TABLE audit.event (LIKE audit.event_earlier INCLUDING CONSTRAINTS) PARTITION BY RANGE (id);
ALTER TABLE audit.event ADD PRIMARY KEY (id);
CREATE INDEX event_occurred_at_brin ON audit.event USING brin (occurred_at);
CREATE INDEX event_occurred_at ON audit.event (occurred_at);
CREATE INDEX event_actor_id ON audit.event (actor, id);
CREATE INDEX event_action_id ON audit.event (action, id);
CREATE INDEX event_target_id ON audit.event (target_type, target_id, id);
CREATE INDEX event_client_addr_id ON audit.event (client_addr, id);
CREATE INDEX event_area_id ON audit.event (split_part(action, '.', 1), id);
CREATE INDEX event_failure_id ON audit.event
    ((action ~ '(\.failed|\.replayed|\.refused_[a-z_]+|\.locked|_failed|_dead|_refused|_blocked|\.denied)$'), id);
CREATE INDEX event_reason_md5_id ON audit.event (md5(reason), id);
REVOKE UPDATE, DELETE, TRUNCATE ON audit.event FROM cowin_owner;
ALTER SEQUENCE audit.event_id_seq OWNED BY audit.event.id;

-- The chain in id order, by the same ranges. A position is unique by how the one sealer writes
-- it (under the state row's lock, each round from the head on); verification checks it.
CREATE TABLE audit.seal (LIKE audit.seal_earlier INCLUDING CONSTRAINTS) PARTITION BY RANGE (event_id);
ALTER TABLE audit.seal ADD PRIMARY KEY (event_id);
CREATE INDEX seal_position ON audit.seal (position);
REVOKE UPDATE, DELETE, TRUNCATE ON audit.seal FROM cowin_owner;

DO $$
DECLARE
    v_now timestamp := pg_catalog.timezone('UTC', pg_catalog.clock_timestamp());
    -- This month's first id: ((year - 2000) * 100 + month) * 10^12 (audit.month_first_id).
    v_first bigint := ((pg_catalog.date_part('year', v_now)::bigint - 2000) * 100
                       + pg_catalog.date_part('month', v_now)::bigint) * 1000000000000;
BEGIN
    IF EXISTS (SELECT 1 FROM audit.event_earlier) OR EXISTS (SELECT 1 FROM audit.seal_earlier) THEN
        EXECUTE pg_catalog.format('ALTER TABLE audit.event ATTACH PARTITION audit.event_earlier '
                                  'FOR VALUES FROM (MINVALUE) TO (%s)', v_first);
        EXECUTE pg_catalog.format('ALTER TABLE audit.seal ATTACH PARTITION audit.seal_earlier '
                                  'FOR VALUES FROM (MINVALUE) TO (%s)', v_first);
    ELSE
        DROP TABLE audit.event_earlier;
        DROP TABLE audit.seal_earlier;
        -- A new trail starts in this month's range.
        PERFORM pg_catalog.setval('audit.event_id_seq', v_first - 1);
    END IF;
END
$$;

-- Months detached from the live trail after a signed checkpoint covered them. The archive
-- (written by cowin-admin archive-audit) holds their events; this row holds where the live
-- chain resumes: after last_id, whose seal has last_hash at position last_position.
CREATE TABLE audit.archive (
    partition       text        PRIMARY KEY,
    first_id        bigint      NOT NULL,
    last_id         bigint      NOT NULL CHECK (last_id >= first_id),
    events          bigint      NOT NULL CHECK (events > 0),
    first_position  bigint      NOT NULL CHECK (first_position > 0),
    prev_hash       bytea       NOT NULL CHECK (pg_catalog.octet_length(prev_hash) = 32),
    last_hash       bytea       NOT NULL CHECK (pg_catalog.octet_length(last_hash) = 32),
    manifest_sha256 bytea       NOT NULL CHECK (pg_catalog.octet_length(manifest_sha256) = 32),
    -- The checkpoint that covered it (no foreign key: checking one locks the checkpoint's row,
    -- which needs a privilege the owner gave up on that table).
    checkpoint_id   bigint      NOT NULL,
    archived_at     timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    archived_by     text        NOT NULL DEFAULT SESSION_USER,
    UNIQUE (last_id)
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit.archive FROM cowin_owner;

-- Autovacuum analyses partitions, never the partitioned tables: their first statistics come
-- from here, later ones from a weekly ANALYZE (docs/deployment.md).
ANALYZE audit.event, audit.seal;

RESET ROLE;
