-- run-as: cowin_owner
-- The lookup watch (docs/lookup-watch.md). The vaccinator portal (portal.authorize_lookup) and
-- gateways for personal-data scopes (gateway.authorize_subject) ask before each lookup of a
-- person. The answer is judged, recorded and committed in one call: the caller learns it only
-- from that call's result, so nothing is told that was not recorded. Numbers are kept only as a
-- keyed hash.

---------------------------------------------------------------------------------------------
-- Numbers and days
---------------------------------------------------------------------------------------------
-- The helpers of a lookup have no settings of their own (every name in them is qualified):
-- they run only inside the doors below, which pin search_path, and a function with a setting
-- costs a save and restore of the settings at every call, on the path every lookup takes.

-- Aadhaar numbers end in a Verhoeff check digit: a mistyped or invented number is refused
-- before anything is counted or recorded.
CREATE OR REPLACE FUNCTION private.verhoeff_valid(p_digits text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    d constant smallint[] := '{{0,1,2,3,4,5,6,7,8,9},{1,2,3,4,0,6,7,8,9,5},{2,3,4,0,1,7,8,9,5,6},
                               {3,4,0,1,2,8,9,5,6,7},{4,0,1,2,3,9,5,6,7,8},{5,9,8,7,6,0,4,3,2,1},
                               {6,5,9,8,7,1,0,4,3,2},{7,6,5,9,8,2,1,0,4,3},{8,7,6,5,9,3,2,1,0,4},
                               {9,8,7,6,5,4,3,2,1,0}}';
    p constant smallint[] := '{{0,1,2,3,4,5,6,7,8,9},{1,5,7,6,2,8,3,0,9,4},{5,8,0,3,7,9,6,1,4,2},
                               {8,9,1,6,0,4,3,5,2,7},{9,4,5,3,1,2,6,8,7,0},{4,2,8,6,5,7,3,9,0,1},
                               {2,7,9,3,8,0,6,4,1,5},{7,0,4,6,9,1,3,2,5,8}}';
    c smallint := 0;
    n integer := pg_catalog.length(p_digits);
BEGIN
    FOR i IN 0 .. n - 1 LOOP
        c := d[c + 1][p[(i % 8) + 1][pg_catalog.substr(p_digits, n - i, 1)::smallint + 1] + 1];
    END LOOP;
    RETURN c = 0;
END
$$;
COMMENT ON FUNCTION private.verhoeff_valid(text) IS
    'Whether a string of digits ends in its Verhoeff check digit (Aadhaar numbers do).';

-- A number as people type it, in one canonical form: a mobile as "m:" and its 10 digits
-- (+91, 0091 or 0 first; spaces, dots, hyphens, brackets), an Aadhaar number as "a:" and its 12
-- (its Verhoeff check digit right); NULL for anything else. Twelve digits that are no Aadhaar
-- number and begin with 91 are a mobile written with its country code.
CREATE OR REPLACE FUNCTION private.subject_text(p_subject text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    d text;
BEGIN
    IF p_subject IS NULL OR pg_catalog.length(p_subject) > 40 THEN
        RETURN NULL;
    END IF;
    d := pg_catalog.regexp_replace(p_subject, '[\s.()-]', '', 'g');
    IF d ~ '^(\+91|0091|0)?[6-9][0-9]{9}$' THEN
        RETURN 'm:' || pg_catalog.right(d, 10);
    END IF;
    IF d ~ '^[0-9]{12}$' THEN
        IF d ~ '^[2-9]' AND private.verhoeff_valid(d) THEN
            RETURN 'a:' || d;
        END IF;
        IF d ~ '^91[6-9]' THEN
            RETURN 'm:' || pg_catalog.right(d, 10);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION private.subject_text(text) IS
    'A typed mobile or Aadhaar number in one canonical form (m:… or a:…), or NULL when it is '
    'neither.';

-- The keyed hash a number is kept as: 16 bytes of HMAC-SHA-256 under the server's key.
CREATE OR REPLACE FUNCTION private.subject_hash(p_subject text) RETURNS bytea
LANGUAGE plpgsql STABLE AS $$
DECLARE
    t text := private.subject_text(p_subject);
    k private.subject_key;
BEGIN
    IF t IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO k FROM private.subject_key;
    RETURN pg_catalog.substr(pg_catalog.sha256(k.outer_pad || pg_catalog.sha256(
               k.inner_pad || pg_catalog.convert_to(t, 'UTF8'))), 1, 16);
END
$$;
COMMENT ON FUNCTION private.subject_hash(text) IS
    'The keyed hash (HMAC-SHA-256 under private.subject_key, 16 bytes) of a mobile or Aadhaar '
    'number, or NULL when the text is neither. The only form a number is kept in.';

CREATE OR REPLACE FUNCTION private.mask_subject(p_subject text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE pg_catalog.left(t, 2)
               WHEN 'm:' THEN private.mask_mobile(pg_catalog.substr(t, 3))
               WHEN 'a:' THEN 'XXXX XXXX ' || pg_catalog.right(t, 4) END
      FROM (SELECT private.subject_text(p_subject) AS t) s
$$;
COMMENT ON FUNCTION private.mask_subject(text) IS
    'A mobile as ******1234, an Aadhaar number as XXXX XXXX 1234 (what audit events show).';

-- Budgets count per Indian hour and day (IST has no daylight saving; its hours start at :30 UTC).
-- PL/pgSQL, not SQL: a SQL function is parsed and planned again in every transaction that
-- calls it from PL/pgSQL, and a lookup is a transaction of its own.
CREATE OR REPLACE FUNCTION private.india_start(p_unit text, p_at timestamptz) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN pg_catalog.timezone('Asia/Kolkata',
                               pg_catalog.date_trunc(p_unit, pg_catalog.timezone('Asia/Kolkata', p_at)));
END
$$;
COMMENT ON FUNCTION private.india_start(text, timestamptz) IS
    'The start of the Indian hour or day (unit ''hour'' or ''day'') that holds a time.';

CREATE OR REPLACE FUNCTION private.india_night(p_at timestamptz) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN pg_catalog.date_part('hour', pg_catalog.timezone('Asia/Kolkata', p_at)) NOT BETWEEN 5 AND 22;
END
$$;
COMMENT ON FUNCTION private.india_night(timestamptz) IS 'Between 23:00 and 05:00 in India.';

---------------------------------------------------------------------------------------------
-- The record: days of lookups, made ahead and dropped after retention
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION private.lookup_retention_days() RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT 180 $$;
COMMENT ON FUNCTION private.lookup_retention_days() IS
    'Days lookup records are kept (CERT-In''s direction of 28 April 2022: 180 days).';

-- Makes the day partitions from yesterday to p_ahead days on, moving any row the catch-all
-- partition took for one of them, and drops days past retention. Returns what it did.
CREATE OR REPLACE FUNCTION private.lookup_days_maintain(p_ahead integer DEFAULT 14)
RETURNS TABLE (made integer, dropped integer, moved integer)
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_today date := pg_catalog.timezone('Asia/Kolkata', pg_catalog.clock_timestamp())::date;
    v_day date;
    v_name text;
    v_rows private.lookup[];
    v_n integer;
BEGIN
    made := 0;
    dropped := 0;
    moved := 0;
    -- Adding or dropping a day locks the whole record briefly: never queue lookups behind a
    -- long wait for that lock. The next round tries again.
    PERFORM pg_catalog.set_config('lock_timeout', '2s', true);
    FOR v_day IN SELECT g::date FROM pg_catalog.generate_series(v_today - 1, v_today + p_ahead, interval '1 day') g LOOP
        v_name := 'lookup_' || pg_catalog.to_char(v_day, 'YYYYMMDD');
        CONTINUE WHEN pg_catalog.to_regclass('private.' || v_name) IS NOT NULL;
        WITH taken AS (
            DELETE FROM private.lookup_unplanned u
             WHERE u.looked_at >= private.india_start('day', v_day::timestamp AT TIME ZONE 'Asia/Kolkata')
               AND u.looked_at < private.india_start('day', (v_day + 1)::timestamp AT TIME ZONE 'Asia/Kolkata')
            RETURNING u.*)
        SELECT pg_catalog.array_agg(t) INTO v_rows FROM taken t;
        EXECUTE pg_catalog.format(
            'CREATE TABLE private.%I PARTITION OF private.lookup FOR VALUES FROM (%L) TO (%L)',
            v_name, (v_day::timestamp AT TIME ZONE 'Asia/Kolkata'),
            ((v_day + 1)::timestamp AT TIME ZONE 'Asia/Kolkata'));
        IF v_rows IS NOT NULL THEN
            INSERT INTO private.lookup SELECT * FROM pg_catalog.unnest(v_rows);
            GET DIAGNOSTICS v_n = ROW_COUNT;
            moved := moved + v_n;
        END IF;
        made := made + 1;
    END LOOP;
    FOR v_name IN
        SELECT c.relname FROM pg_catalog.pg_inherits i
          JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = 'private.lookup'::regclass AND c.relname ~ '^lookup_[0-9]{8}$'
           AND pg_catalog.to_date(pg_catalog.substr(c.relname, 8), 'YYYYMMDD')
               < v_today - private.lookup_retention_days()
    LOOP
        EXECUTE pg_catalog.format('DROP TABLE private.%I', v_name);
        dropped := dropped + 1;
    END LOOP;
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION private.lookup_days_maintain(integer) IS
    'Makes the lookup record''s day partitions ahead (moving rows the catch-all took), and drops '
    'days older than the retention.';

---------------------------------------------------------------------------------------------
-- Budgets drawn from peers
---------------------------------------------------------------------------------------------
-- Peers' last 14 days, per group, and budgets drawn from them where no admin set one: twice
-- the 99th percentile of a peer's day (and of its busiest hour), never below the group's floor.
CREATE OR REPLACE FUNCTION private.watch_peers_refresh() RETURNS integer
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_groups integer;
BEGIN
    INSERT INTO private.watch_peer_stats AS s (peer_group, principals, median_day, p99_day,
                                               median_hour, p99_hour, computed_at)
    SELECT w.peer_group, pg_catalog.count(DISTINCT w.id),
           pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY d.people),
           pg_catalog.percentile_cont(0.99) WITHIN GROUP (ORDER BY d.people),
           pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY d.max_hour),
           pg_catalog.percentile_cont(0.99) WITHIN GROUP (ORDER BY d.max_hour),
           pg_catalog.clock_timestamp()
      FROM private.watched_day d JOIN private.watched w ON w.id = d.watched_id
     WHERE d.day >= pg_catalog.timezone('Asia/Kolkata', pg_catalog.clock_timestamp())::date - 14
     GROUP BY w.peer_group
    ON CONFLICT (peer_group) DO UPDATE
       SET principals = EXCLUDED.principals, median_day = EXCLUDED.median_day,
           p99_day = EXCLUDED.p99_day, median_hour = EXCLUDED.median_hour,
           p99_hour = EXCLUDED.p99_hour, computed_at = EXCLUDED.computed_at;
    GET DIAGNOSTICS v_groups = ROW_COUNT;
    UPDATE private.watch_budget b
       SET people_per_hour = n.per_hour, people_per_day = GREATEST(n.per_day, n.per_hour),
           updated_at = pg_catalog.clock_timestamp(), version = b.version + 1
      FROM (SELECT s.peer_group,
                   GREATEST(bb.floor_per_hour, pg_catalog.ceil(2 * s.p99_hour)::integer) AS per_hour,
                   GREATEST(bb.floor_per_day, pg_catalog.ceil(2 * s.p99_day)::integer) AS per_day
              FROM private.watch_peer_stats s JOIN private.watch_budget bb USING (peer_group)
             WHERE s.principals >= 20) n
     WHERE b.peer_group = n.peer_group AND b.set_by IS NULL
       AND (b.people_per_hour, b.people_per_day) IS DISTINCT FROM (n.per_hour, GREATEST(n.per_day, n.per_hour));
    RETURN v_groups;
END
$$;
COMMENT ON FUNCTION private.watch_peers_refresh() IS
    'Recomputes each peer group''s last 14 days and the budgets drawn from them (groups of at '
    'least 20; never below the floor; an admin''s budget is kept).';

-- The maintenance round the sealer runs every few minutes.
CREATE OR REPLACE FUNCTION sealer.watch_maintenance(OUT made integer, OUT dropped integer,
                                                    OUT moved integer, OUT peer_groups integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    SELECT m.made, m.dropped, m.moved INTO made, dropped, moved FROM private.lookup_days_maintain() m;
    peer_groups := private.watch_peers_refresh();
END
$$;
COMMENT ON FUNCTION sealer.watch_maintenance() IS
    'Makes lookup-record days ahead, drops those past retention, and refreshes peers'' figures '
    'and the budgets drawn from them. The sealer service only; not audited (it changes no rule '
    'an admin set).';
GRANT EXECUTE ON FUNCTION sealer.watch_maintenance() TO cowin_sealer;

---------------------------------------------------------------------------------------------
-- Alerts and freezing
---------------------------------------------------------------------------------------------
-- What an audit event names: the account or the key.
CREATE OR REPLACE FUNCTION private.watched_target(w private.watched, OUT target_type text, OUT target_id text)
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    target_type := CASE WHEN w.vaccinator_id IS NOT NULL THEN 'vaccinator' ELSE 'api_key' END;
    target_id := coalesce(w.vaccinator_id, w.api_key_id)::text;
END
$$;
COMMENT ON FUNCTION private.watched_target(private.watched) IS
    'The audit target of a watched account (vaccinator, id) or key (api_key, id).';

-- Raises an alert, or counts a repeat on the open one of its kind; a new alert is audited and
-- every console is told.
DROP FUNCTION IF EXISTS private.raise_watch_alert(private.watched, text, integer, jsonb);
CREATE OR REPLACE FUNCTION private.raise_watch_alert(w private.watched, p_kind text, p_severity integer,
                                                     p_details jsonb) RETURNS boolean
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_id bigint;
    v_new boolean;
    t record;
BEGIN
    INSERT INTO private.watch_alert AS a (watched_id, kind, severity, details)
    VALUES (w.id, p_kind, p_severity, p_details)
    ON CONFLICT (watched_id, kind) WHERE closed_at IS NULL DO UPDATE
       SET last_seen_at = pg_catalog.clock_timestamp(), repeats = a.repeats + 1,
           details = EXCLUDED.details, severity = GREATEST(a.severity, EXCLUDED.severity)
    RETURNING a.id, a.repeats = 1 INTO v_id, v_new;
    IF v_new THEN
        t := private.watched_target(w);
        PERFORM audit.append('watch.alert_raised', t.target_type, t.target_id, NULL,
            pg_catalog.jsonb_build_object('alert', v_id, 'kind', p_kind, 'severity', p_severity)
            || p_details);
        PERFORM pg_catalog.pg_notify('cowin_watch', '');
    END IF;
    RETURN v_new;
END
$$;
COMMENT ON FUNCTION private.raise_watch_alert(private.watched, text, integer, jsonb) IS
    'Raises an alert of a kind for an account or key (audited, cowin_watch notified; true), or '
    'counts a repeat on its open one (false).';

-- Freezes an account's lookups (and ends its portal sessions) or suspends a key at every
-- gateway. The caller audits.
CREATE OR REPLACE FUNCTION private.freeze_watched(p_id bigint, p_reason text) RETURNS private.watched
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    w private.watched;
BEGIN
    UPDATE private.watched
       SET frozen_at = pg_catalog.clock_timestamp(), frozen_by = SESSION_USER, frozen_reason = p_reason
     WHERE id = p_id RETURNING * INTO w;
    IF w.vaccinator_id IS NOT NULL THEN
        UPDATE private.portal_session SET revoked_at = pg_catalog.clock_timestamp(), revoked_why = 'frozen'
         WHERE vaccinator_id = w.vaccinator_id AND revoked_at IS NULL;
    ELSE
        UPDATE private.api_key SET status = 'suspended' WHERE id = w.api_key_id AND status = 'active';
    END IF;
    PERFORM pg_catalog.pg_notify('cowin_watch', '');
    RETURN w;
END
$$;
COMMENT ON FUNCTION private.freeze_watched(bigint, text) IS
    'Freezes a watched account (lookups refused, portal sessions ended) or key (suspended, so '
    'every gateway refuses it). The caller audits.';

-- A key resumed (from the Partners section or a release here) is no longer frozen.
CREATE OR REPLACE FUNCTION private.api_key_resumed_unfreezes() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    UPDATE private.watched SET frozen_at = NULL, frozen_by = NULL, frozen_reason = NULL
     WHERE api_key_id = NEW.id AND frozen_at IS NOT NULL;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION private.api_key_resumed_unfreezes() IS
    'Trigger: a key made active again is no longer frozen in the watch.';
CREATE OR REPLACE TRIGGER api_key_resumed_unfreezes AFTER UPDATE OF status ON private.api_key
    FOR EACH ROW WHEN (OLD.status = 'suspended' AND NEW.status = 'active')
    EXECUTE FUNCTION private.api_key_resumed_unfreezes();

---------------------------------------------------------------------------------------------
-- Judging one lookup
---------------------------------------------------------------------------------------------
-- A routine lookup (no audit event written) commits without waiting for its WAL to reach the
-- disk: it is committed, and so recorded before it is told, like every other; only a crash of
-- the server could lose the last few hundred milliseconds of such records and counts. Waiting
-- for the disk on every lookup would hold the portal to the disk's flush rate (about 1,200 a
-- second on the reference machine, against 5,000 wanted). A lookup that raised an alert or
-- froze someone writes audit events and commits durably, like every audited action.
-- A transaction that wrote an audit event stays durable whatever is judged in it later.
CREATE OR REPLACE FUNCTION private.commit_lookup_lightly(p_audited boolean) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_xact text := pg_catalog.pg_current_xact_id()::text;
BEGIN
    IF p_audited THEN
        PERFORM pg_catalog.set_config('cowin.lookup_audited', v_xact, true);
        -- Lightened earlier in this transaction: back to how it would have committed.
        IF pg_catalog.current_setting('cowin.lookup_lightened', true) = v_xact THEN
            PERFORM pg_catalog.set_config('synchronous_commit',
                                          pg_catalog.current_setting('cowin.lookup_commit_was'), true);
            PERFORM pg_catalog.set_config('cowin.lookup_lightened', '', true);
        END IF;
    ELSIF pg_catalog.current_setting('cowin.lookup_audited', true) IS DISTINCT FROM v_xact
          AND pg_catalog.current_setting('cowin.lookup_lightened', true) IS DISTINCT FROM v_xact THEN
        PERFORM pg_catalog.set_config('cowin.lookup_commit_was',
                                      pg_catalog.current_setting('synchronous_commit'), true);
        PERFORM pg_catalog.set_config('cowin.lookup_lightened', v_xact, true);
        PERFORM pg_catalog.set_config('synchronous_commit', 'off', true);
    END IF;
END
$$;
COMMENT ON FUNCTION private.commit_lookup_lightly(boolean) IS
    'After judging a lookup: a transaction with no audit event commits without waiting for the '
    'disk; one with an audit event (now or earlier in it) commits durably.';
-- The watch row of an account or a key, made on its first lookup: an account's peers are the
-- accounts at its kind of centre, a key's the keys of its partner's sector.
DROP FUNCTION IF EXISTS private.watched_account(bigint);
DROP FUNCTION IF EXISTS private.watched_key(bigint);
CREATE OR REPLACE FUNCTION private.watched_made(p_vaccinator bigint, p_key bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO private.watched (vaccinator_id, api_key_id, peer_group)
    SELECT v.id, NULL::bigint, 'centre:' || c.kind
      FROM private.vaccinator v JOIN private.centre c ON c.id = v.centre_id WHERE v.id = p_vaccinator
    UNION ALL
    SELECT NULL::bigint, k.id, 'partner:' || p.sector
      FROM private.api_key k JOIN private.partner p ON p.id = k.partner_id WHERE k.id = p_key
    ON CONFLICT DO NOTHING;
    SELECT w.id INTO v_id FROM private.watched w
     WHERE w.vaccinator_id = p_vaccinator OR w.api_key_id = p_key;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION private.watched_made(bigint, bigint) IS
    'The watch row of a portal account or a partner key (give one), made on its first lookup.';

-- When this account or key last looked this person up, allowed, in the Indian day that starts
-- at p_day (NULL: not that day). It reads the day's own partition: a query on the whole record
-- would lock every day kept (180 of them, and their indexes) at every lookup, and those locks
-- overflow each backend's fast path into the shared lock table that every lookup then queues
-- on. A day not made yet is read through the record.
CREATE OR REPLACE FUNCTION private.person_seen(p_watched bigint, p_subject bytea, p_day timestamptz)
RETURNS timestamptz
LANGUAGE plpgsql AS $$
DECLARE
    v_day regclass := pg_catalog.to_regclass('private.lookup_'
                          || pg_catalog.to_char(pg_catalog.timezone('Asia/Kolkata', p_day), 'YYYYMMDD'));
    v_last timestamptz;
BEGIN
    IF v_day IS NULL THEN
        SELECT pg_catalog.max(l.looked_at) INTO v_last FROM private.lookup l
         WHERE l.watched_id = p_watched AND l.subject_hash = p_subject
           AND l.looked_at >= p_day AND l.looked_at < p_day + interval '1 day' AND l.reason = 'ok';
    ELSE
        -- Planned at every call (the day is a name). Not max(): for an aggregate the planner
        -- also plans an index path that could serve it, two thirds of this query's planning;
        -- with ORDER BY … LIMIT 1 the lookup doors answered 15-20 % more calls.
        EXECUTE pg_catalog.format(
            'SELECT l.looked_at FROM %s l WHERE l.watched_id = $1 AND l.subject_hash = $2 '
            'AND l.reason = ''ok'' ORDER BY l.looked_at DESC LIMIT 1', v_day)
           INTO v_last USING p_watched, p_subject;
    END IF;
    RETURN v_last;
END
$$;
COMMENT ON FUNCTION private.person_seen(bigint, bytea, timestamptz) IS
    'When a watched account or key last looked a person up, allowed, in one Indian day (NULL: '
    'not that day); reads that day''s partition only.';

-- Judges, counts and records one lookup by a watched account or key: frozen, canary (which
-- freezes), lookup_budget (a new person past the hour's or the day's budget), or ok; then the
-- signals that alert without refusing. Every lookup of one account or key queues on its row.
DROP FUNCTION IF EXISTS private.watch_lookup(bigint, bytea, inet);
CREATE OR REPLACE FUNCTION private.watch_lookup(p_watched bigint, p_subject bytea, p_client_ip inet,
                                                p_frozen text)
RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_hour timestamptz := private.india_start('hour', v_now);
    v_day timestamptz := private.india_start('day', v_now);
    v_night boolean := private.india_night(v_now);
    w private.watched;
    v_per_hour integer;
    v_per_day integer;
    v_last timestamptz;
    v_new_hour boolean := false;
    v_new_day boolean := false;
    v_reason text;
    v_network cidr;
    v_previous_network cidr;
    v_median numeric;
    v_audited boolean := false;
BEGIN
    SELECT * INTO w FROM private.watched WHERE id = p_watched FOR NO KEY UPDATE;
    SELECT b.people_per_hour, b.people_per_day INTO v_per_hour, v_per_day
      FROM private.watch_budget b WHERE b.peer_group = w.peer_group;
    v_previous_network := w.last_network;
    IF w.hour_start < v_hour THEN
        IF w.hour_start >= w.day_start THEN
            w.day_max_hour := GREATEST(w.day_max_hour, w.hour_people);
        END IF;
        w.hour_start := v_hour;
        w.hour_people := 0;
    END IF;
    IF w.day_start < v_day THEN
        IF w.day_lookups > 0 THEN
            INSERT INTO private.watched_day (watched_id, day, people, lookups, max_hour)
            VALUES (w.id, pg_catalog.timezone('Asia/Kolkata', w.day_start)::date, w.day_people,
                    w.day_lookups, w.day_max_hour)
            ON CONFLICT DO NOTHING;
        END IF;
        w.day_start := v_day;
        w.day_people := 0;
        w.day_lookups := 0;
        w.day_denied := 0;
        w.day_max_hour := 0;
        w.day_night_people := 0;
        w.day_reported := 0;
        w.day_not_found := 0;
        w.day_out_of_state := 0;
    END IF;

    IF w.frozen_at IS NOT NULL THEN
        v_reason := p_frozen;
    ELSIF EXISTS (SELECT 1 FROM private.canary c WHERE c.subject_hash = p_subject AND c.retired_at IS NULL) THEN
        v_reason := 'canary';
    ELSE
        v_last := private.person_seen(w.id, p_subject, v_day);
        v_new_day := v_last IS NULL;
        v_new_hour := v_last IS NULL OR v_last < v_hour;
        IF (v_new_hour AND w.hour_people >= v_per_hour)
           OR (v_new_day AND w.day_people >= v_per_day) THEN
            v_reason := 'lookup_budget';
        ELSE
            v_reason := 'ok';
            w.hour_people := w.hour_people + v_new_hour::integer;
            w.day_people := w.day_people + v_new_day::integer;
            IF v_new_day AND v_night THEN
                w.day_night_people := w.day_night_people + 1;
            END IF;
        END IF;
    END IF;
    w.day_lookups := w.day_lookups + 1;
    w.day_denied := w.day_denied + (v_reason <> 'ok')::integer;
    w.last_lookup_at := v_now;
    IF p_client_ip IS NOT NULL THEN
        v_network := pg_catalog.network(pg_catalog.set_masklen(p_client_ip,
                         CASE pg_catalog.family(p_client_ip) WHEN 4 THEN 24 ELSE 48 END))::cidr;
    END IF;
    INSERT INTO private.lookup (looked_at, watched_id, subject_hash, reason, client_ip)
    VALUES (v_now, w.id, p_subject, v_reason, p_client_ip);
    UPDATE private.watched
       SET last_lookup_at = w.last_lookup_at, hour_start = w.hour_start, hour_people = w.hour_people,
           day_start = w.day_start, day_people = w.day_people, day_lookups = w.day_lookups,
           day_denied = w.day_denied, day_max_hour = w.day_max_hour,
           day_night_people = w.day_night_people, day_reported = w.day_reported,
           day_not_found = w.day_not_found, day_out_of_state = w.day_out_of_state,
           last_network = coalesce(v_network, w.last_network)
     WHERE id = w.id;

    -- A caller that rolls back after reading its answer undoes the record, the count and the
    -- freeze with it; the server's log, shipped off the host, keeps a line that no rollback
    -- takes back (docs/lookup-watch.md, "A caller that rolls back").
    IF v_reason = 'canary' THEN
        PERFORM private.log_refusal('watch', 'lookup', 'canary watched=' || w.id);
        w := private.freeze_watched(w.id, 'Looked up a canary number');
        v_audited := true;
        PERFORM private.raise_watch_alert(w, 'canary', 3,
            (SELECT pg_catalog.jsonb_build_object('canary', c.id, 'label', c.label,
                                                  'client_ip', pg_catalog.host(p_client_ip))
               FROM private.canary c WHERE c.subject_hash = p_subject AND c.retired_at IS NULL));
        PERFORM audit.append('watch.frozen', (private.watched_target(w)).target_type,
                             (private.watched_target(w)).target_id, 'Looked up a canary number',
                             pg_catalog.jsonb_build_object('automatic', true, 'client_ip', pg_catalog.host(p_client_ip)));
    ELSIF v_reason = 'lookup_budget' THEN
        v_audited := private.raise_watch_alert(w, 'lookup_budget', 2,
            pg_catalog.jsonb_build_object('people_hour', w.hour_people, 'budget_hour', v_per_hour,
                                          'people_day', w.day_people, 'budget_day', v_per_day));
        IF v_audited THEN
            PERFORM private.log_refusal('watch', 'lookup', 'lookup_budget watched=' || w.id);
        END IF;
    ELSIF v_reason = 'ok' AND v_new_day THEN
        IF v_night AND w.day_night_people = private.limit_value('watch_night_people') THEN
            v_audited := private.raise_watch_alert(w, 'night', 1,
                pg_catalog.jsonb_build_object('night_people', w.day_night_people)) OR v_audited;
        END IF;
        -- Against its own history: checked as the day passes each tenth person.
        IF w.day_people % 10 = 0 AND w.day_people >= private.limit_value('watch_alert_minimum_people') THEN
            SELECT pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY d.people) INTO v_median
              FROM private.watched_day d
             WHERE d.watched_id = w.id AND d.day >= pg_catalog.timezone('Asia/Kolkata', v_now)::date - 14
            HAVING pg_catalog.count(*) >= 7;
            IF v_median IS NOT NULL
               AND w.day_people > private.limit_value('watch_surge_factor') * GREATEST(v_median, 1) THEN
                v_audited := private.raise_watch_alert(w, 'surge', 2,
                    pg_catalog.jsonb_build_object('people_day', w.day_people, 'own_median_day', v_median))
                    OR v_audited;
            END IF;
        END IF;
    END IF;

    -- A network it has never used, once it has a day of history.
    IF v_network IS DISTINCT FROM v_previous_network AND v_network IS NOT NULL THEN
        INSERT INTO private.watched_network (watched_id, network) VALUES (w.id, v_network)
        ON CONFLICT DO NOTHING;
        IF FOUND AND w.first_seen_at < v_now - interval '1 day' THEN
            v_audited := private.raise_watch_alert(w, 'new_network', 1,
                pg_catalog.jsonb_build_object('network', v_network::text)) OR v_audited;
        END IF;
    END IF;
    PERFORM private.commit_lookup_lightly(v_audited);
    RETURN v_reason;
END
$$;
COMMENT ON FUNCTION private.watch_lookup(bigint, bytea, inet, text) IS
    'Judges, counts and records one lookup of a person (by keyed hash) by a watched account or '
    'key: p_frozen (the answer while it is frozen), canary (freezes it), lookup_budget or ok; '
    'raises the alerts it calls for.';

---------------------------------------------------------------------------------------------
-- The doors
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION portal.authorize_lookup(login_id text, subject text, client_ip inet)
RETURNS TABLE (allowed boolean, reason text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_hash bytea := private.subject_hash(subject);
    v_account bigint;
    v_status text;
    v_watched bigint;
BEGIN
    IF authorize_lookup.login_id IS NULL OR pg_catalog.length(authorize_lookup.login_id) > 40
       OR authorize_lookup.client_ip IS NULL OR v_hash IS NULL THEN
        allowed := false;
        reason := 'bad_input';
        RETURN NEXT;
        RETURN;
    END IF;
    SELECT v.id, v.status, w.id INTO v_account, v_status, v_watched
      FROM private.vaccinator v LEFT JOIN private.watched w ON w.vaccinator_id = v.id
     WHERE v.login_id = authorize_lookup.login_id COLLATE "C";
    reason := CASE WHEN v_account IS NULL THEN 'account_unknown'
                   WHEN v_status <> 'active' THEN 'account_disabled'
                   ELSE private.watch_lookup(coalesce(v_watched, private.watched_made(v_account, NULL)),
                                             v_hash, authorize_lookup.client_ip, 'account_frozen') END;
    allowed := reason = 'ok';
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION portal.authorize_lookup(text, text, inet) IS
    'May this portal account look up this person (a mobile or Aadhaar number) now? (allowed, '
    'reason). Reasons: ok, account_unknown, account_disabled, account_frozen, lookup_budget, '
    'canary (the account is frozen from now on), bad_input (NULL or malformed input). Judged, '
    'recorded (keyed hash only) and committed in this one call. cowin_portal only; alerts it '
    'raises are audited.';
GRANT EXECUTE ON FUNCTION portal.authorize_lookup(text, text, inet) TO cowin_portal;

-- What the lookup found, once the portal has read it: no one (the number is registered to no
-- beneficiary), or a person living in a state. Feeds the not-found and out-of-state signals.
CREATE OR REPLACE FUNCTION portal.lookup_result(login_id text, subject text, person_found boolean,
                                                state_code text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_hash bytea := private.subject_hash(subject);
    v_state text;
    w private.watched;
    v_minimum integer := private.limit_value('watch_alert_minimum_people');
    v_audited boolean := false;
BEGIN
    IF v_hash IS NULL OR person_found IS NULL THEN
        RETURN false;
    END IF;
    SELECT ww.* INTO w FROM private.vaccinator v JOIN private.watched ww ON ww.vaccinator_id = v.id
     WHERE v.login_id = lookup_result.login_id COLLATE "C" FOR NO KEY UPDATE OF ww;
    SELECT v.state_code INTO v_state FROM private.vaccinator v WHERE v.id = w.vaccinator_id;
    -- Only a result of an allowed lookup of this person today counts.
    IF w.id IS NULL OR w.day_start <> private.india_start('day', pg_catalog.clock_timestamp())
       OR private.person_seen(w.id, v_hash, w.day_start) IS NULL THEN
        RETURN false;
    END IF;
    w.day_reported := w.day_reported + 1;
    w.day_not_found := w.day_not_found + (NOT person_found)::integer;
    w.day_out_of_state := w.day_out_of_state + (person_found AND state_code IS DISTINCT FROM v_state)::integer;
    UPDATE private.watched SET day_reported = w.day_reported, day_not_found = w.day_not_found,
                               day_out_of_state = w.day_out_of_state
     WHERE id = w.id;
    IF w.day_reported >= v_minimum THEN
        IF w.day_not_found * 100 >= w.day_reported * private.limit_value('watch_not_found_percent') THEN
            v_audited := private.raise_watch_alert(w, 'not_found', 2,
                pg_catalog.jsonb_build_object('not_found', w.day_not_found, 'results', w.day_reported));
        END IF;
        IF w.day_out_of_state * 100 >= w.day_reported * private.limit_value('watch_out_of_state_percent') THEN
            v_audited := private.raise_watch_alert(w, 'out_of_state', 1,
                pg_catalog.jsonb_build_object('out_of_state', w.day_out_of_state, 'results', w.day_reported,
                                              'state', v_state)) OR v_audited;
        END IF;
    END IF;
    PERFORM private.commit_lookup_lightly(v_audited);
    RETURN true;
END
$$;
COMMENT ON FUNCTION portal.lookup_result(text, text, boolean, text) IS
    'What an allowed lookup found: no one (person_found false) or a person of a state. Counts toward '
    'the not-found and out-of-state signals; true when it counted. cowin_portal only.';
GRANT EXECUTE ON FUNCTION portal.lookup_result(text, text, boolean, text) TO cowin_portal;

CREATE OR REPLACE FUNCTION gateway.authorize_subject(api_key text, scope text, client_ip inet, subject text)
RETURNS TABLE (allowed boolean, reason text, partner text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_hash bytea;
    v_key bigint;
    v_watched bigint;
    v_personal boolean;
BEGIN
    SELECT a.allowed, a.reason, a.partner INTO allowed, reason, partner
      FROM gateway.authorize(authorize_subject.api_key, authorize_subject.scope,
                             authorize_subject.client_ip) a;
    IF NOT allowed THEN
        RETURN NEXT;
        RETURN;
    END IF;
    -- Allowed: the key and the scope exist.
    SELECT k.id, w.id, s.personal_data INTO v_key, v_watched, v_personal
      FROM private.api_key k
      JOIN private.api_scope s ON s.name = authorize_subject.scope
      LEFT JOIN private.watched w ON w.api_key_id = k.id
     WHERE k.key_hash = pg_catalog.sha256(pg_catalog.convert_to(authorize_subject.api_key, 'UTF8'));
    IF NOT v_personal THEN
        RETURN NEXT;
        RETURN;
    END IF;
    v_hash := private.subject_hash(subject);
    IF v_hash IS NULL THEN
        allowed := false;
        reason := 'bad_input';
        RETURN NEXT;
        RETURN;
    END IF;
    -- A frozen key is a suspended one, which gateway.authorize has refused already; this
    -- answer is for a key frozen by a transaction that committed since.
    reason := private.watch_lookup(coalesce(v_watched, private.watched_made(NULL, v_key)), v_hash,
                                   authorize_subject.client_ip, 'key_suspended');
    allowed := reason = 'ok';
    RETURN NEXT;
END
$$;
COMMENT ON FUNCTION gateway.authorize_subject(text, text, inet, text) IS
    'gateway.authorize for a call that names a person (subject: a mobile or Aadhaar number): '
    'for a personal-data scope the lookup is also judged, recorded (keyed hash only) and '
    'committed as portal.authorize_lookup does. Reasons: those of gateway.authorize, and '
    'lookup_budget, canary (the key is suspended from now on) and bad_input (no valid subject). '
    'cowin_gateway only.';
GRANT EXECUTE ON FUNCTION gateway.authorize_subject(text, text, inet, text) TO cowin_gateway;

-- The scopes whose calls name a person: cowin-gatewayd asks gateway.authorize_subject for
-- them instead of answering from its copy.
CREATE OR REPLACE FUNCTION gateway.subject_scopes() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT s.name FROM private.api_scope s WHERE s.personal_data ORDER BY s.name
$$;
COMMENT ON FUNCTION gateway.subject_scopes() IS
    'The personal-data scopes, whose calls a gateway sends to gateway.authorize_subject. '
    'cowin_gateway only; not audited.';
GRANT EXECUTE ON FUNCTION gateway.subject_scopes() TO cowin_gateway;

---------------------------------------------------------------------------------------------
-- The console's Watch section
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION private.watched_for_action(p_id bigint) RETURNS private.watched
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    w private.watched;
BEGIN
    BEGIN
        SELECT * INTO w FROM private.watched WHERE id = p_id FOR NO KEY UPDATE;
    EXCEPTION WHEN lock_not_available THEN
        RAISE EXCEPTION 'This account or key is being looked up or changed right now. Try again in a moment.'
            USING ERRCODE = 'CW409', HINT = 'field:watched';
    END;
    IF NOT FOUND THEN
        PERFORM private.raise_field_problem('watched', 'There is no such account or key in the watch.');
    END IF;
    RETURN w;
END
$$;
COMMENT ON FUNCTION private.watched_for_action(bigint) IS
    'A watched account or key, locked for an action (CW422 unknown, CW409 busy).';

CREATE OR REPLACE FUNCTION console.watch_open_alerts() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.watch_open_alerts',
                                    ARRAY['cowin_incident', 'cowin_admin', 'cowin_auditor']);
    RETURN (SELECT pg_catalog.count(*) FROM private.watch_alert a WHERE a.closed_at IS NULL);
END
$$;
COMMENT ON FUNCTION console.watch_open_alerts() IS
    'How many alerts are open (the Watch section''s badge). Incident commanders, admins and '
    'auditors; not audited.';
GRANT EXECUTE ON FUNCTION console.watch_open_alerts() TO cowin_incident, cowin_admin, cowin_auditor;

-- Open alerts, most severe and newest first, and the frozen accounts and keys with their last
-- alert; each with who it is and what it did today.
CREATE OR REPLACE FUNCTION console.watch_alerts(max_rows integer)
RETURNS TABLE (alert bigint, kind text, severity integer, raised_at timestamptz, last_seen_at timestamptz,
               repeats integer, is_open boolean, details jsonb, watched bigint, watched_kind text,
               account bigint, account_version integer, account_status text, login_id text,
               full_name text, centre text, district text, state_code text, partner integer,
               partner_version integer, partner_status text, partner_name text, api_key bigint,
               key_prefix text, key_status text, frozen_at timestamptz, frozen_by text, frozen_reason text,
               people_hour integer, budget_hour integer, people_day integer, budget_day integer,
               peers_median_day numeric, lookups_day integer, denied_day integer,
               not_found integer, out_of_state integer, results integer, last_lookup_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
BEGIN
    PERFORM private.require_session('console.watch_alerts',
                                    ARRAY['cowin_incident', 'cowin_admin', 'cowin_auditor']);
    RETURN QUERY
    WITH shown AS (
        (SELECT a.* FROM private.watch_alert a WHERE a.closed_at IS NULL
          ORDER BY a.severity DESC, a.last_seen_at DESC LIMIT GREATEST(coalesce(max_rows, 200), 1))
        UNION ALL
        (SELECT l.* FROM private.watched w
           CROSS JOIN LATERAL (SELECT a.* FROM private.watch_alert a WHERE a.watched_id = w.id
                                ORDER BY a.raised_at DESC LIMIT 1) l
          WHERE w.frozen_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM private.watch_alert o WHERE o.watched_id = w.id AND o.closed_at IS NULL)
          LIMIT GREATEST(coalesce(max_rows, 200), 1)))
    SELECT a.id, a.kind, a.severity::integer, a.raised_at, a.last_seen_at, a.repeats,
           a.closed_at IS NULL, a.details, w.id,
           CASE WHEN w.vaccinator_id IS NOT NULL THEN 'account' ELSE 'key' END,
           v.id, v.version, v.status, v.login_id::text, v.full_name::text, c.name::text, d.name,
           v.state_code, p.id, p.version, p.status, p.name, k.id, k.display_prefix, k.status,
           w.frozen_at, w.frozen_by, w.frozen_reason,
           CASE WHEN w.hour_start = private.india_start('hour', v_now) THEN w.hour_people ELSE 0 END,
           b.people_per_hour,
           CASE WHEN w.day_start = private.india_start('day', v_now) THEN w.day_people ELSE 0 END,
           b.people_per_day, s.median_day,
           CASE WHEN w.day_start = private.india_start('day', v_now) THEN w.day_lookups ELSE 0 END,
           CASE WHEN w.day_start = private.india_start('day', v_now) THEN w.day_denied ELSE 0 END,
           CASE WHEN w.day_start = private.india_start('day', v_now) THEN w.day_not_found ELSE 0 END,
           CASE WHEN w.day_start = private.india_start('day', v_now) THEN w.day_out_of_state ELSE 0 END,
           CASE WHEN w.day_start = private.india_start('day', v_now) THEN w.day_reported ELSE 0 END,
           w.last_lookup_at
      FROM shown a
      JOIN private.watched w ON w.id = a.watched_id
      JOIN private.watch_budget b ON b.peer_group = w.peer_group
      LEFT JOIN private.watch_peer_stats s ON s.peer_group = w.peer_group
      LEFT JOIN private.vaccinator v ON v.id = w.vaccinator_id
      LEFT JOIN private.centre c ON c.id = v.centre_id
      LEFT JOIN private.district d ON d.id = v.district_id
      LEFT JOIN private.api_key k ON k.id = w.api_key_id
      LEFT JOIN private.partner p ON p.id = k.partner_id
     ORDER BY a.closed_at IS NULL DESC, a.severity DESC, a.last_seen_at DESC;
END
$$;
COMMENT ON FUNCTION console.watch_alerts(integer) IS
    'Open alerts (most severe, newest first) and frozen accounts and keys with their last alert: '
    'who, what it did today against its budget and its peers. Incident commanders, admins and '
    'auditors; not audited (no personal data).';
GRANT EXECUTE ON FUNCTION console.watch_alerts(integer) TO cowin_incident, cowin_admin, cowin_auditor;

-- An account's or key's lookups in the last hours, in 10-minute steps.
CREATE OR REPLACE FUNCTION console.watch_timeline(watched bigint, hours integer)
RETURNS TABLE (bucket timestamptz, lookups integer, people integer, denied integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_since timestamptz := pg_catalog.clock_timestamp()
                           - pg_catalog.make_interval(hours => LEAST(GREATEST(coalesce(hours, 6), 1), 48));
BEGIN
    PERFORM private.require_session('console.watch_timeline',
                                    ARRAY['cowin_incident', 'cowin_admin', 'cowin_auditor']);
    RETURN QUERY
    SELECT pg_catalog.date_bin(interval '10 minutes', l.looked_at, '2000-01-01 00:00:00+00') AS b,
           pg_catalog.count(*)::integer, pg_catalog.count(DISTINCT l.subject_hash)::integer,
           pg_catalog.count(*) FILTER (WHERE l.reason <> 'ok')::integer
      FROM private.lookup l
     WHERE l.watched_id = watch_timeline.watched AND l.looked_at >= v_since
     GROUP BY b ORDER BY b;
END
$$;
COMMENT ON FUNCTION console.watch_timeline(bigint, integer) IS
    'Lookups, distinct people and refusals of one account or key in 10-minute steps over the '
    'last hours (1 to 48). Incident commanders, admins and auditors; not audited.';
GRANT EXECUTE ON FUNCTION console.watch_timeline(bigint, integer) TO cowin_incident, cowin_admin, cowin_auditor;

CREATE OR REPLACE FUNCTION console.watch_freeze(watched bigint, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_freeze', ARRAY['cowin_incident', 'cowin_admin']);
    w private.watched := private.watched_for_action(watch_freeze.watched);
    v_reason text := private.reason_given(reason, 'freezing');
    t record := private.watched_target(w);
BEGIN
    IF w.frozen_at IS NOT NULL THEN
        RAISE EXCEPTION 'This is already frozen.' USING ERRCODE = 'CW409', HINT = 'field:watched';
    END IF;
    PERFORM private.freeze_watched(w.id, v_reason);
    PERFORM audit.append('watch.frozen', t.target_type, t.target_id, v_reason,
                         pg_catalog.jsonb_build_object('automatic', false));
END
$$;
COMMENT ON FUNCTION console.watch_freeze(bigint, text) IS
    'Freezes an account''s lookups (its portal sessions end) or suspends a key at every gateway, '
    'with a reason (CW409 when already frozen). Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.watch_freeze(bigint, text) TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.watch_release(watched bigint, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_release', ARRAY['cowin_incident', 'cowin_admin']);
    w private.watched := private.watched_for_action(watch_release.watched);
    v_reason text := private.reason_given(reason, 'releasing');
    t record := private.watched_target(w);
BEGIN
    IF w.frozen_at IS NULL THEN
        RAISE EXCEPTION 'This is not frozen.' USING ERRCODE = 'CW409', HINT = 'field:watched';
    END IF;
    UPDATE private.watched SET frozen_at = NULL, frozen_by = NULL, frozen_reason = NULL WHERE id = w.id;
    IF w.api_key_id IS NOT NULL THEN
        UPDATE private.api_key SET status = 'active' WHERE id = w.api_key_id AND status = 'suspended';
    END IF;
    PERFORM pg_catalog.pg_notify('cowin_watch', '');
    PERFORM audit.append('watch.released', t.target_type, t.target_id, v_reason,
        pg_catalog.jsonb_build_object('frozen_at', audit.utc_text(w.frozen_at), 'frozen_by', w.frozen_by,
                                      'frozen_reason', w.frozen_reason));
END
$$;
COMMENT ON FUNCTION console.watch_release(bigint, text) IS
    'Releases a frozen account or key (a key becomes active again), with a reason (CW409 when '
    'not frozen). Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.watch_release(bigint, text) TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.watch_dismiss(alert bigint, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_dismiss', ARRAY['cowin_incident', 'cowin_admin']);
    v_reason text := private.reason_given(reason, 'dismissing an alert');
    a private.watch_alert;
    w private.watched;
BEGIN
    UPDATE private.watch_alert x
       SET closed_at = pg_catalog.clock_timestamp(), closed_by = SESSION_USER, closed_how = 'dismissed',
           closed_reason = v_reason
     WHERE x.id = watch_dismiss.alert AND x.closed_at IS NULL RETURNING * INTO a;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This alert is no longer open: someone else has dealt with it.'
            USING ERRCODE = 'CW409', HINT = 'field:alert';
    END IF;
    SELECT * INTO w FROM private.watched WHERE id = a.watched_id;
    PERFORM pg_catalog.pg_notify('cowin_watch', '');
    PERFORM audit.append('watch.alert_dismissed', (private.watched_target(w)).target_type,
                         (private.watched_target(w)).target_id, v_reason,
                         pg_catalog.jsonb_build_object('alert', a.id, 'kind', a.kind, 'repeats', a.repeats));
END
$$;
COMMENT ON FUNCTION console.watch_dismiss(bigint, text) IS
    'Closes an open alert with a reason (CW409 when it is no longer open). Incident commanders '
    'and admins; audited.';
GRANT EXECUTE ON FUNCTION console.watch_dismiss(bigint, text) TO cowin_incident, cowin_admin;

-- Budgets per peer group, with what peers did.
CREATE OR REPLACE FUNCTION console.watch_budgets()
RETURNS TABLE (peer_group text, people_per_hour integer, people_per_day integer, from_peers boolean,
               floor_per_hour integer, floor_per_day integer, peers integer, median_day numeric,
               p99_day numeric, median_hour numeric, p99_hour numeric, updated_at timestamptz,
               set_by text, version integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.watch_budgets',
                                    ARRAY['cowin_incident', 'cowin_admin', 'cowin_auditor']);
    RETURN QUERY
    SELECT b.peer_group, b.people_per_hour, b.people_per_day, b.set_by IS NULL, b.floor_per_hour,
           b.floor_per_day, coalesce(s.principals, 0), s.median_day, s.p99_day, s.median_hour,
           s.p99_hour, b.updated_at, b.set_by, b.version
      FROM private.watch_budget b LEFT JOIN private.watch_peer_stats s USING (peer_group)
     ORDER BY b.peer_group;
END
$$;
COMMENT ON FUNCTION console.watch_budgets() IS
    'The lookup budgets per peer group, whether drawn from peers, and what peers did in 14 days. '
    'Incident commanders, admins and auditors; not audited.';
GRANT EXECUTE ON FUNCTION console.watch_budgets() TO cowin_incident, cowin_admin, cowin_auditor;

CREATE OR REPLACE FUNCTION console.watch_budget_set(peer_group text, version integer, people_per_hour integer,
                                                    people_per_day integer, from_peers boolean, reason text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_budget_set', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'changing a lookup budget');
    o private.watch_budget;
    n private.watch_budget;
BEGIN
    SELECT * INTO o FROM private.watch_budget b WHERE b.peer_group = watch_budget_set.peer_group FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM private.raise_field_problem('peer_group', 'There is no such peer group.');
    END IF;
    IF version IS DISTINCT FROM o.version THEN
        RAISE EXCEPTION 'Someone else changed this budget after you opened it. Reload it and try again.'
            USING ERRCODE = 'CW409', HINT = 'field:version';
    END IF;
    IF coalesce(from_peers, false) THEN
        UPDATE private.watch_budget b SET set_by = NULL, people_per_hour = b.floor_per_hour,
               people_per_day = b.floor_per_day, updated_at = pg_catalog.clock_timestamp(),
               version = b.version + 1
         WHERE b.peer_group = o.peer_group;
        PERFORM private.watch_peers_refresh();
    ELSE
        IF people_per_hour IS NULL OR people_per_hour NOT BETWEEN 1 AND 10000000 THEN
            PERFORM private.raise_field_problem('people_per_hour', 'People an hour is a whole number from 1 to 10,000,000.');
        END IF;
        IF people_per_day IS NULL OR people_per_day NOT BETWEEN 1 AND 100000000 THEN
            PERFORM private.raise_field_problem('people_per_day', 'People a day is a whole number from 1 to 100,000,000.');
        END IF;
        IF people_per_day < people_per_hour THEN
            PERFORM private.raise_field_problem('people_per_day', 'People a day cannot be fewer than people an hour.');
        END IF;
        UPDATE private.watch_budget b SET set_by = SESSION_USER, people_per_hour = watch_budget_set.people_per_hour,
               people_per_day = watch_budget_set.people_per_day, updated_at = pg_catalog.clock_timestamp(),
               version = b.version + 1
         WHERE b.peer_group = o.peer_group;
    END IF;
    SELECT * INTO n FROM private.watch_budget b WHERE b.peer_group = o.peer_group;
    PERFORM audit.append('watch.budget_changed', 'peer_group', o.peer_group, v_reason,
        pg_catalog.jsonb_build_object(
            'before', pg_catalog.jsonb_build_object('people_per_hour', o.people_per_hour,
                'people_per_day', o.people_per_day, 'from_peers', o.set_by IS NULL),
            'after', pg_catalog.jsonb_build_object('people_per_hour', n.people_per_hour,
                'people_per_day', n.people_per_day, 'from_peers', n.set_by IS NULL)));
END
$$;
COMMENT ON FUNCTION console.watch_budget_set(text, integer, integer, integer, boolean, text) IS
    'Sets a peer group''s budgets of distinct people per hour and day, or hands them back to '
    'peers (from_peers), with a reason; CW422 at the field, CW409 stale version. Ministry admins; '
    'audited with before and after.';
GRANT EXECUTE ON FUNCTION console.watch_budget_set(text, integer, integer, integer, boolean, text) TO cowin_admin;

-- Canaries: numbers planted so that whoever looks one up gives themselves away.
CREATE OR REPLACE FUNCTION console.watch_canaries()
RETURNS TABLE (canary bigint, masked text, label text, planted_by text, planted_at timestamptz, hits integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.watch_canaries', ARRAY['cowin_incident', 'cowin_admin']);
    RETURN QUERY
    SELECT c.id, c.masked, c.label, c.planted_by, c.planted_at,
           (SELECT pg_catalog.count(*)::integer FROM private.watch_alert a
             WHERE a.kind = 'canary' AND (a.details ->> 'canary')::bigint = c.id)
      FROM private.canary c WHERE c.retired_at IS NULL ORDER BY c.planted_at DESC;
END
$$;
COMMENT ON FUNCTION console.watch_canaries() IS
    'Live canary numbers (masked) and how many accounts or keys were caught by each. Incident '
    'commanders and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.watch_canaries() TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.watch_canary_plant(number text, label text, reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_canary_plant', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'planting a canary');
    v_hash bytea := private.subject_hash(number);
    v_label text := pg_catalog.btrim(coalesce(label, ''));
    v_id bigint;
BEGIN
    IF v_hash IS NULL THEN
        PERFORM private.raise_field_problem('number',
            'Type a 10-digit mobile number starting with 6, 7, 8 or 9, or a valid 12-digit Aadhaar number.');
    END IF;
    IF private.subject_text(number) LIKE 'm:%' AND EXISTS (
           SELECT 1 FROM private.vaccinator v WHERE v.mobile = pg_catalog.substr(private.subject_text(number), 3)) THEN
        PERFORM private.raise_field_problem('number', 'This number belongs to a vaccinator: a canary must belong to no one.');
    END IF;
    IF pg_catalog.length(v_label) NOT BETWEEN 3 AND 80 OR v_label ~ private.control_character_pattern() THEN
        PERFORM private.raise_field_problem('label', 'Name the canary in 3 to 80 characters on one line, so alerts say which one was hit.');
    END IF;
    IF EXISTS (SELECT 1 FROM private.canary c WHERE c.subject_hash = v_hash AND c.retired_at IS NULL) THEN
        PERFORM private.raise_field_problem('number', 'This number is already a canary.');
    END IF;
    INSERT INTO private.canary (subject_hash, masked, label) VALUES (v_hash, private.mask_subject(number), v_label)
    RETURNING id INTO v_id;
    PERFORM audit.append('watch.canary_planted', 'canary', v_id::text, v_reason,
                         pg_catalog.jsonb_build_object('number', private.mask_subject(number), 'label', v_label));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.watch_canary_plant(text, text, text) IS
    'Plants a canary number (kept only as its keyed hash and masked), with a label and a reason; '
    'CW422 at the field. Ministry admins; audited.';
GRANT EXECUTE ON FUNCTION console.watch_canary_plant(text, text, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.watch_canary_retire(canary bigint, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_canary_retire', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'retiring a canary');
    c private.canary;
BEGIN
    UPDATE private.canary x SET retired_at = pg_catalog.clock_timestamp(), retired_by = SESSION_USER
     WHERE x.id = watch_canary_retire.canary AND x.retired_at IS NULL RETURNING * INTO c;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This canary is already retired.' USING ERRCODE = 'CW409', HINT = 'field:canary';
    END IF;
    PERFORM audit.append('watch.canary_retired', 'canary', c.id::text, v_reason,
                         pg_catalog.jsonb_build_object('number', c.masked, 'label', c.label));
END
$$;
COMMENT ON FUNCTION console.watch_canary_retire(bigint, text) IS
    'Retires a canary, with a reason (CW409 when already retired). Ministry admins; audited.';
GRANT EXECUTE ON FUNCTION console.watch_canary_retire(bigint, text) TO cowin_admin;

-- "Who looked up this person?": the question is recorded and committed (audited, with the
-- number masked) before console.watch_subject_lookups answers it.
CREATE OR REPLACE FUNCTION console.watch_subject_question(number text, reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_subject_question',
                                                  ARRAY['cowin_auditor', 'cowin_incident', 'cowin_admin']);
    v_hash bytea := private.subject_hash(number);
    v_reason text;
    v_id bigint;
BEGIN
    IF v_hash IS NULL THEN
        PERFORM private.raise_field_problem('number',
            'Type a 10-digit mobile number starting with 6, 7, 8 or 9, or a valid 12-digit Aadhaar number.');
    END IF;
    v_reason := private.reason_given(reason, 'asking who looked up a person');
    INSERT INTO private.subject_question (role_name, subject_hash) VALUES (s.role_name, v_hash)
    RETURNING id INTO v_id;
    PERFORM audit.append('watch.subject_questioned', 'subject', private.mask_subject(number), v_reason,
                         pg_catalog.jsonb_build_object('question', v_id, 'number', private.mask_subject(number)));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.watch_subject_question(text, text) IS
    'Records (and commits, before it is answered) the question "who looked up this number?", '
    'with a reason; CW422 at the field. Auditors, incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.watch_subject_question(text, text) TO cowin_auditor, cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.watch_subject_lookups(question bigint, max_rows integer)
RETURNS TABLE (looked_at timestamptz, reason text, client_ip text, watched_kind text, account bigint,
               login_id text, full_name text, centre text, district text, state_code text,
               partner text, key_prefix text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.watch_subject_lookups',
                                                  ARRAY['cowin_auditor', 'cowin_incident', 'cowin_admin']);
    q private.subject_question;
BEGIN
    SELECT * INTO q FROM private.subject_question x
     WHERE x.id = watch_subject_lookups.question AND x.role_name = SESSION_USER
       AND x.created_at > pg_catalog.clock_timestamp() - interval '10 minutes';
    IF NOT FOUND OR q.created_xact = pg_catalog.pg_current_xact_id() THEN
        RAISE EXCEPTION 'Ask again: the question is unknown, too old or not yet recorded.'
            USING ERRCODE = 'CW422', HINT = 'field:number';
    END IF;
    RETURN QUERY
    SELECT l.looked_at, l.reason, pg_catalog.host(l.client_ip),
           CASE WHEN w.vaccinator_id IS NOT NULL THEN 'account' ELSE 'key' END,
           v.id, v.login_id::text, v.full_name::text, c.name::text, d.name, v.state_code,
           p.name, k.display_prefix
      FROM private.lookup l
      JOIN private.watched w ON w.id = l.watched_id
      LEFT JOIN private.vaccinator v ON v.id = w.vaccinator_id
      LEFT JOIN private.centre c ON c.id = v.centre_id
      LEFT JOIN private.district d ON d.id = v.district_id
      LEFT JOIN private.api_key k ON k.id = w.api_key_id
      LEFT JOIN private.partner p ON p.id = k.partner_id
     WHERE l.subject_hash = q.subject_hash
     ORDER BY l.looked_at DESC
     LIMIT LEAST(GREATEST(coalesce(max_rows, 1000), 1), 10000);
END
$$;
COMMENT ON FUNCTION console.watch_subject_lookups(bigint, integer) IS
    'Every lookup of the number a committed question of the caller names (last 180 days), '
    'newest first: when, by which account or key, from where, and the answer. CW422 when the '
    'question is unknown, too old or made in this transaction. Auditors, incident commanders and '
    'admins; the question is the audit record.';
GRANT EXECUTE ON FUNCTION console.watch_subject_lookups(bigint, integer) TO cowin_auditor, cowin_incident, cowin_admin;

-- The record's days exist from the first migration on; the sealer keeps making them.
SELECT private.lookup_days_maintain();
