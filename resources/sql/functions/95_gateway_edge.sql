-- run-as: cowin_owner
-- The gateway edge: what cowin-gatewayd copies (gateway.state, gateway.snapshot,
-- gateway.changes), what it says it applied (gateway.applied), usage it reports by key hash,
-- and what the console shows of it (console.gateway_status).

-- A change that can change an answer is stamped with its transaction and a new version.
CREATE OR REPLACE FUNCTION private.gateway_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    NEW.state_version := pg_catalog.nextval('private.gateway_state_version');
    NEW.changed_xid := pg_catalog.pg_current_xact_id();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION private.gateway_stamp() IS
    'Trigger: stamps a row that gateways copy with a new state version and its transaction.';

-- Only the columns a decision reads: a usage report touching last_used_at is no change.
CREATE OR REPLACE TRIGGER api_key_gateway_stamp
    BEFORE UPDATE OF partner_id, key_hash, scopes, status, expires_at ON private.api_key
    FOR EACH ROW EXECUTE FUNCTION private.gateway_stamp();
CREATE OR REPLACE TRIGGER partner_gateway_stamp
    BEFORE UPDATE OF name, sector, status, scopes, ip_allowlist ON private.partner
    FOR EACH ROW EXECUTE FUNCTION private.gateway_stamp();
CREATE OR REPLACE TRIGGER api_scope_gateway_stamp BEFORE INSERT OR UPDATE ON private.api_scope
    FOR EACH ROW EXECUTE FUNCTION private.gateway_stamp();
CREATE OR REPLACE TRIGGER kill_switch_gateway_stamp BEFORE UPDATE ON private.kill_switch_incident
    FOR EACH ROW EXECUTE FUNCTION private.gateway_stamp();

-- The newest version any copied row carries: a copy read in one snapshot holds every change up
-- to it.
CREATE OR REPLACE FUNCTION private.gateway_version() RETURNS bigint
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT GREATEST((SELECT pg_catalog.max(state_version) FROM private.api_key),
                    (SELECT pg_catalog.max(state_version) FROM private.partner),
                    (SELECT pg_catalog.max(state_version) FROM private.api_scope),
                    (SELECT pg_catalog.max(state_version) FROM private.kill_switch_incident), 0)
$$;
COMMENT ON FUNCTION private.gateway_version() IS
    'The newest state version of any row a gateway copies (0 when there is none).';

-- A feed cursor as the gateway sent it back, or NULL when it is not one.
CREATE OR REPLACE FUNCTION private.gateway_cursor(p_text text) RETURNS pg_snapshot
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF p_text IS NULL OR pg_catalog.length(p_text) > 100000 THEN
        RETURN NULL;
    END IF;
    RETURN p_text::pg_snapshot;
EXCEPTION WHEN invalid_text_representation OR invalid_parameter_value THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION private.gateway_cursor(text) IS
    'A feed cursor (a snapshot as text) parsed, or NULL when it is none.';

DROP FUNCTION IF EXISTS gateway.state();
-- The rows lost the per-scope verdicts (the kill-switch moved to gateway.switch_cuts).
DROP FUNCTION IF EXISTS gateway.snapshot();
DROP FUNCTION IF EXISTS gateway.changes(text);
DROP FUNCTION IF EXISTS private.gateway_key_rows(pg_snapshot);
CREATE OR REPLACE FUNCTION gateway.state(OUT version bigint, OUT cursor text,
                                         OUT incident bigint, OUT incident_level text,
                                         OUT unknown_keys_per_minute integer,
                                         OUT block_minutes integer, OUT server_time timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    i private.kill_switch_incident := private.engaged_incident();
BEGIN
    version := private.gateway_version();
    cursor := pg_catalog.pg_current_snapshot()::text;
    incident := i.id;
    incident_level := coalesce(i.level, 'none');
    unknown_keys_per_minute := private.limit_value('gateway_unknown_keys_per_minute');
    block_minutes := private.limit_value('gateway_block_minutes');
    server_time := pg_catalog.clock_timestamp();
END
$$;
COMMENT ON FUNCTION gateway.state() IS
    'The state version a gateway''s copy must hold, the feed cursor of this snapshot, the '
    'kill-switch in force and the unknown-key limits. Read in the same repeatable-read '
    'transaction as gateway.snapshot or gateway.changes. cowin_gateway only; not audited.';
GRANT EXECUTE ON FUNCTION gateway.state() TO cowin_gateway;

-- What a gateway needs to decide for each key: the first denial that does not depend on the
-- call (partner and key status, in gateway.authorize's order), the expiry, the scopes both the
-- key and its partner hold, the partner's sector and allowlist. The kill-switch is not in these
-- rows (gateway.switch_cuts is): switching off changes no key, so the copy needs only a dozen
-- rows to obey it.
CREATE OR REPLACE FUNCTION private.gateway_key_rows(p_since pg_snapshot)
RETURNS TABLE (key_hash bytea, partner text, sector text, denial text, expires_at timestamptz,
               scopes text[], ip_allowlist text[], state_version bigint)
LANGUAGE sql STABLE SET search_path = '' AS $$
    -- Every key, unless the cursor is one and the scopes did not change since: then the keys
    -- and partners changed by transactions it did not see.
    WITH everything AS (
        SELECT p_since IS NULL
            OR EXISTS (SELECT 1 FROM private.api_scope s
                        WHERE NOT pg_catalog.pg_visible_in_snapshot(s.changed_xid, p_since)) AS yes
    ),
    changed AS (
        SELECT k.id FROM private.api_key k, everything e WHERE e.yes
        UNION
        SELECT k.id FROM private.api_key k, everything e
         WHERE NOT e.yes AND k.changed_xid >= pg_catalog.pg_snapshot_xmin(p_since)
           AND NOT pg_catalog.pg_visible_in_snapshot(k.changed_xid, p_since)
        UNION
        SELECT k.id FROM private.partner p JOIN private.api_key k ON k.partner_id = p.id, everything e
         WHERE NOT e.yes AND p.changed_xid >= pg_catalog.pg_snapshot_xmin(p_since)
           AND NOT pg_catalog.pg_visible_in_snapshot(p.changed_xid, p_since)
    )
    SELECT k.key_hash, p.name, p.sector,
           CASE WHEN p.status = 'revoked' THEN 'partner_revoked'
                WHEN p.status = 'suspended' THEN 'partner_suspended'
                WHEN k.status = 'revoked' THEN 'key_revoked'
                WHEN k.status = 'suspended' THEN 'key_suspended' END,
           k.expires_at,
           ARRAY(SELECT x FROM pg_catalog.unnest(k.scopes) x
                  WHERE x = ANY (p.scopes) AND x IN (SELECT s.name FROM private.api_scope s)
                  ORDER BY x),
           ARRAY(SELECT a::text FROM pg_catalog.unnest(p.ip_allowlist) a ORDER BY a),
           GREATEST(k.state_version, p.state_version)
      FROM changed c
      JOIN private.api_key k ON k.id = c.id
      JOIN private.partner p ON p.id = k.partner_id
$$;
COMMENT ON FUNCTION private.gateway_key_rows(pg_snapshot) IS
    'Each key as a gateway decides on it (see gateway.snapshot); with a cursor, only keys whose '
    'answer may have changed since it.';

CREATE OR REPLACE FUNCTION gateway.snapshot()
RETURNS TABLE (key_hash bytea, partner text, sector text, denial text, expires_at timestamptz,
               scopes text[], ip_allowlist text[], state_version bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.gateway_key_rows(NULL)
$$;
COMMENT ON FUNCTION gateway.snapshot() IS
    'Every key as a gateway decides on it: its SHA-256 (never the key), partner and sector, the '
    'first denial that does not depend on the call (partner_revoked, partner_suspended, '
    'key_revoked, key_suspended or NULL), expiry, the known scopes both it and its partner '
    'hold, and the partner''s address allowlist. cowin_gateway only; not audited.';
GRANT EXECUTE ON FUNCTION gateway.snapshot() TO cowin_gateway;

CREATE OR REPLACE FUNCTION gateway.changes(since text)
RETURNS TABLE (key_hash bytea, partner text, sector text, denial text, expires_at timestamptz,
               scopes text[], ip_allowlist text[], state_version bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.gateway_key_rows(private.gateway_cursor(since))
$$;
COMMENT ON FUNCTION gateway.changes(text) IS
    'The rows of gateway.snapshot whose answer may have changed since the cursor of an earlier '
    'gateway.state: every row when the scopes changed, or when the cursor is not one. '
    'cowin_gateway only; not audited.';
GRANT EXECUTE ON FUNCTION gateway.changes(text) TO cowin_gateway;

-- What the kill-switch in force cuts, by sector and scope: gateway.authorize's rule
-- (private.kill_switch_covers) applied here, so a gateway copies its outcome, never the rule.
CREATE OR REPLACE FUNCTION gateway.switch_cuts()
RETURNS TABLE (sector text, scope text, cut boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    WITH i AS (SELECT * FROM private.kill_switch_incident WHERE restored_at IS NULL),
    sectors AS (SELECT DISTINCT p.sector FROM private.partner p)
    SELECT x.sector, s.name,
           EXISTS (SELECT 1 FROM i WHERE private.kill_switch_covers(i, x.sector, s.personal_data))
      FROM sectors x CROSS JOIN private.api_scope s
    UNION ALL
    -- A scope name this database does not know.
    SELECT x.sector, NULL, EXISTS (SELECT 1 FROM i WHERE private.kill_switch_covers(i, x.sector, NULL))
      FROM sectors x
$$;
COMMENT ON FUNCTION gateway.switch_cuts() IS
    'For each partner sector and scope (NULL: a scope name not known here), whether the '
    'kill-switch in force cuts it. Read with gateway.state in one snapshot. cowin_gateway only; '
    'not audited.';
GRANT EXECUTE ON FUNCTION gateway.switch_cuts() TO cowin_gateway;

-- A gateway says which state it decides from. Each new version applied is audited; the first
-- state applied with a kill-switch incident in force is that gateway's acknowledgement of it.
CREATE OR REPLACE FUNCTION gateway.applied(gateway_id text, version bigint, cursor text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_snapshot pg_snapshot := private.gateway_cursor(applied.cursor);
    v_now timestamptz := pg_catalog.clock_timestamp();
    g private.gateway_instance;
    i private.kill_switch_incident := private.engaged_incident();
BEGIN
    IF applied.gateway_id IS NULL OR applied.gateway_id !~ '^[a-z0-9][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'A gateway name is lower-case letters, digits, dot, dash or underscore.'
            USING ERRCODE = 'CW422', HINT = 'field:gateway_id';
    END IF;
    IF v_snapshot IS NULL OR applied.version IS NULL OR applied.version < 0 THEN
        RAISE EXCEPTION 'The applied state needs its version and the cursor it was read with.'
            USING ERRCODE = 'CW422', HINT = 'field:version';
    END IF;
    SELECT * INTO g FROM private.gateway_instance x WHERE x.gateway_id = applied.gateway_id
       FOR UPDATE;
    IF FOUND AND g.role_name <> SESSION_USER THEN
        RAISE EXCEPTION 'This gateway name belongs to another gateway login.'
            USING ERRCODE = 'CW403', HINT = 'field:gateway_id';
    END IF;
    IF FOUND AND applied.version < g.applied_version THEN
        RAISE EXCEPTION 'A gateway does not go back to an older state.'
            USING ERRCODE = 'CW409', HINT = 'field:version';
    END IF;
    INSERT INTO private.gateway_instance AS x (gateway_id, role_name, applied_version,
                                               applied_snapshot, applied_at, last_seen_at)
    VALUES (applied.gateway_id, SESSION_USER, applied.version, v_snapshot, v_now, v_now)
    ON CONFLICT ON CONSTRAINT gateway_instance_pkey DO UPDATE
       SET last_seen_at = v_now,
           applied_version = EXCLUDED.applied_version,
           applied_snapshot = EXCLUDED.applied_snapshot,
           applied_at = CASE WHEN EXCLUDED.applied_version = x.applied_version THEN x.applied_at
                             ELSE v_now END
     -- The checks above again, for a name another login took first while this one waited.
     WHERE x.role_name = SESSION_USER AND x.applied_version <= EXCLUDED.applied_version;
    IF NOT FOUND THEN
        SELECT * INTO g FROM private.gateway_instance x WHERE x.gateway_id = applied.gateway_id;
        IF g.role_name <> SESSION_USER THEN
            RAISE EXCEPTION 'This gateway name belongs to another gateway login.'
                USING ERRCODE = 'CW403', HINT = 'field:gateway_id';
        END IF;
        RAISE EXCEPTION 'A gateway does not go back to an older state.'
            USING ERRCODE = 'CW409', HINT = 'field:version';
    END IF;
    IF g.gateway_id IS NULL OR applied.version <> g.applied_version THEN
        PERFORM audit.append('api.gateway_applied', 'gateway', applied.gateway_id, NULL,
            pg_catalog.jsonb_build_object('version', applied.version,
                                          'previous_version', g.applied_version,
                                          'incident', CASE WHEN i.id IS NOT NULL
                                              AND pg_catalog.pg_visible_in_snapshot(i.engaged_xid, v_snapshot)
                                              THEN i.id END));
    END IF;
    IF i.id IS NOT NULL AND pg_catalog.pg_visible_in_snapshot(i.engaged_xid, v_snapshot) THEN
        INSERT INTO private.gateway_incident_ack (gateway_id, incident_id, applied_version,
                                                  acknowledged_at)
        VALUES (applied.gateway_id, i.id, applied.version, v_now)
        ON CONFLICT DO NOTHING;
        IF FOUND THEN
            PERFORM audit.append('api.kill_switch_acknowledged', 'kill_switch', i.id::text, NULL,
                pg_catalog.jsonb_build_object('gateway', applied.gateway_id,
                    'version', applied.version,
                    'after_commit_ms', pg_catalog.round(EXTRACT(epoch FROM v_now - i.engaged_at) * 1000, 1)));
        END IF;
    END IF;
END
$$;
COMMENT ON FUNCTION gateway.applied(text, bigint, text) IS
    'A gateway daemon says it decides from the state of this version, read with this cursor '
    '(and that it is alive: the same version again only renews last_seen_at). A new version is '
    'audited; the first state with a kill-switch incident in force is audited as that '
    'gateway''s acknowledgement. cowin_gateway only; a name stays with the login that first used it.';
GRANT EXECUTE ON FUNCTION gateway.applied(text, bigint, text) TO cowin_gateway;

-- Usage as a gateway daemon counts it: by the key's hash, since it never keeps a key.
CREATE OR REPLACE FUNCTION gateway.report_usage_by_hash(key_hash bytea, minute timestamptz,
                                                        calls integer, denials integer)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT private.add_usage(report_usage_by_hash.key_hash, report_usage_by_hash.minute,
                             report_usage_by_hash.calls, report_usage_by_hash.denials)
$$;
COMMENT ON FUNCTION gateway.report_usage_by_hash(bytea, timestamptz, integer, integer) IS
    'gateway.report_usage for a daemon that holds only key hashes: adds calls and denials of '
    'one key and minute. Unknown hashes and impossible counts are ignored. cowin_gateway only.';
GRANT EXECUTE ON FUNCTION gateway.report_usage_by_hash(bytea, timestamptz, integer, integer)
    TO cowin_gateway;

-- Unknown keys a daemon denied, by client address, since its last report: counted with
-- gateway.authorize's own, so an address guessing keys across many gateways is cooled off at
-- all of them (gateway.cooled_addresses) and the burst is audited once.
CREATE OR REPLACE FUNCTION gateway.report_unknown_keys(client_ip inet, unknown_keys integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    IF unknown_keys IS NULL OR unknown_keys < 1 OR unknown_keys > 1000000 THEN
        RETURN; -- nothing to count; a gateway's report never fails it
    END IF;
    PERFORM private.count_unknown_key(report_unknown_keys.client_ip, unknown_keys);
END
$$;
COMMENT ON FUNCTION gateway.report_unknown_keys(inet, integer) IS
    'A gateway daemon''s count of unknown-key denials from one address since its last report, '
    'counted as gateway.authorize counts its own (the address is cooled off past the limit, '
    'audited once per burst). Impossible counts are ignored. cowin_gateway only.';
GRANT EXECUTE ON FUNCTION gateway.report_unknown_keys(inet, integer) TO cowin_gateway;

CREATE OR REPLACE FUNCTION gateway.cooled_addresses()
RETURNS TABLE (client_ip text, blocked_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT pg_catalog.host(f.client_ip), f.blocked_until
      FROM private.gateway_failure f
     WHERE f.blocked_until > pg_catalog.clock_timestamp()
$$;
COMMENT ON FUNCTION gateway.cooled_addresses() IS
    'Client addresses cooled off now for presenting too many unknown keys, and until when: a '
    'gateway daemon answers them too_many_failures. cowin_gateway only; not audited.';
GRANT EXECUTE ON FUNCTION gateway.cooled_addresses() TO cowin_gateway;

-- What the console shows of the gateways: each one's applied state, and for the kill-switch in
-- force whether and how fast it obeyed.
CREATE OR REPLACE FUNCTION console.gateway_status()
RETURNS TABLE (gateway_id text, applied_version bigint, applied_at timestamptz,
               last_seen_at timestamptz, current_version bigint, obeys_incident boolean,
               acknowledged_ms double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    i private.kill_switch_incident := private.engaged_incident();
    v_version bigint := private.gateway_version();
BEGIN
    PERFORM private.require_session('console.gateway_status',
                                    ARRAY['cowin_incident', 'cowin_admin', 'cowin_auditor']);
    RETURN QUERY
    SELECT g.gateway_id, g.applied_version, g.applied_at, g.last_seen_at, v_version,
           CASE WHEN i.id IS NOT NULL
                THEN pg_catalog.pg_visible_in_snapshot(i.engaged_xid, g.applied_snapshot) END,
           EXTRACT(epoch FROM a.acknowledged_at - i.engaged_at)::double precision * 1000
      FROM private.gateway_instance g
      LEFT JOIN private.gateway_incident_ack a
        ON a.gateway_id = g.gateway_id AND a.incident_id = i.id
     ORDER BY g.gateway_id;
END
$$;
COMMENT ON FUNCTION console.gateway_status() IS
    'Each gateway daemon: the state version it applied and when, when it last confirmed the '
    'state, the current version, and for the kill-switch in force whether it obeys it and how '
    'many milliseconds after the commit it first did. Incident commanders, admins and '
    'auditors; not audited.';
GRANT EXECUTE ON FUNCTION console.gateway_status() TO cowin_incident, cowin_admin, cowin_auditor;
