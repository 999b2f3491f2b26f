-- The gateway edge: a daemon's copy (gateway.snapshot) decides every call as gateway.authorize
-- does, under every kill-switch level and key and partner state; no key leaves; the feed and
-- the acknowledgements; who may call what. (A feed across real commits is tested with two
-- connections in tests/db.)
BEGIN;
\ir setup.psql
SELECT plan(30);

CREATE ROLE tap_edge_gw LOGIN IN ROLE cowin_gateway;
CREATE ROLE tap_edge_gw2 LOGIN IN ROLE cowin_gateway;
UPDATE private.partner SET status = 'revoked' WHERE status <> 'revoked';
SELECT pg_temp.operator('tap_e_incident', ARRAY['cowin_incident']) AS c1 \gset
SELECT pg_temp.operator('tap_e_help', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.fake_session('tap_e_incident', 'incident-token');
SELECT pg_temp.fake_session('tap_e_help', 'help-token');

SELECT admin.create_partner('Edge Gov', 'government', ARRAY['certificate.verify', 'beneficiary.lookup'],
                            ARRAY['10.9.0.0/16']::cidr[]) AS gov \gset
SELECT admin.create_partner('Edge Private', 'private', ARRAY['appointment.slots', 'beneficiary.lookup'],
                            ARRAY['203.0.113.9/32', '2001:db8:9::/48']::cidr[]) AS priv \gset
SELECT admin.create_partner('Edge Suspended', 'private', ARRAY['centre.list'],
                            ARRAY['10.9.0.0/16']::cidr[]) AS susp \gset
CREATE TEMP TABLE edge_key (label text, api_key text);
GRANT SELECT ON edge_key TO PUBLIC;
INSERT INTO edge_key SELECT 'gov', api_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify', 'beneficiary.lookup'], now() + interval '30 days');
INSERT INTO edge_key SELECT 'gov_narrow', api_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify'], now() + interval '30 days');
INSERT INTO edge_key SELECT 'priv', api_key FROM admin.issue_api_key(:priv, ARRAY['appointment.slots', 'beneficiary.lookup'], now() + interval '30 days');
INSERT INTO edge_key SELECT 'susp', api_key FROM admin.issue_api_key(:susp, ARRAY['centre.list'], now() + interval '30 days');
INSERT INTO edge_key SELECT 'suspended_key', api_key FROM admin.issue_api_key(:priv, ARRAY['appointment.slots'], now() + interval '30 days');
INSERT INTO edge_key SELECT 'revoked_key', api_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify'], now() + interval '30 days');
INSERT INTO edge_key SELECT 'expired', api_key FROM admin.issue_api_key(:gov, ARRAY['certificate.verify'], now() + interval '1 day');
UPDATE private.partner SET status = 'suspended' WHERE id = :susp;
UPDATE private.api_key SET status = 'suspended'
 WHERE key_hash = (SELECT sha256(convert_to(api_key, 'UTF8')) FROM edge_key WHERE label = 'suspended_key');
UPDATE private.api_key SET status = 'revoked', revoked_at = now(), revoked_reason = 'tap'
 WHERE key_hash = (SELECT sha256(convert_to(api_key, 'UTF8')) FROM edge_key WHERE label = 'revoked_key');
UPDATE private.api_key SET expires_at = now() - interval '1 second'
 WHERE key_hash = (SELECT sha256(convert_to(api_key, 'UTF8')) FROM edge_key WHERE label = 'expired');

CREATE TEMP TABLE edge_copy AS SELECT * FROM gateway.snapshot() WITH NO DATA;
CREATE TEMP TABLE edge_cuts AS SELECT * FROM gateway.switch_cuts() WITH NO DATA;
GRANT ALL ON edge_copy, edge_cuts TO PUBLIC;

-- The daemon's decision, written from the copy exactly as cowin-gatewayd makes it: the first
-- denial that does not depend on the call, the expiry, the switch's cut for the partner's
-- sector and the scope (an unknown scope has its own row), the grants, the allowlist.
CREATE FUNCTION pg_temp.edge_decide(r record, p_scope text, p_ip inet) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_known boolean := EXISTS (SELECT 1 FROM edge_cuts c WHERE c.scope = p_scope);
BEGIN
    IF r.denial IS NOT NULL THEN
        RETURN r.denial;
    ELSIF r.expires_at <= clock_timestamp() THEN
        RETURN 'key_expired';
    ELSIF (SELECT c.cut FROM edge_cuts c
            WHERE c.sector = r.sector
              AND c.scope IS NOT DISTINCT FROM CASE WHEN v_known THEN p_scope END) THEN
        RETURN 'kill_switch';
    ELSIF p_scope IS NULL OR NOT (p_scope = ANY (r.scopes)) THEN
        RETURN 'scope_denied';
    ELSIF p_ip IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(r.ip_allowlist) a WHERE p_ip <<= a::cidr) THEN
        RETURN 'ip_denied';
    END IF;
    RETURN 'ok';
END
$$;

-- Every key of this file against every scope (and an unknown and a missing one) and three
-- addresses: the copy's answer and gateway.authorize's, as the gateway login. Empty when equal.
CREATE FUNCTION pg_temp.edge_disagreements() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v text;
BEGIN
    DELETE FROM edge_copy;
    DELETE FROM edge_cuts;
    SET SESSION AUTHORIZATION tap_edge_gw;
    INSERT INTO edge_copy SELECT * FROM gateway.snapshot();
    INSERT INTO edge_cuts SELECT * FROM gateway.switch_cuts();
    SELECT coalesce(string_agg(format('%s/%s/%s: copy %s, authorize %s', k.label, sc, ip, d.copy, a.reason), '; '), '')
      INTO v
      FROM edge_key k
      CROSS JOIN unnest(ARRAY['certificate.verify', 'beneficiary.lookup', 'appointment.slots',
                              'centre.list', 'appointment.book', 'no.such_scope', NULL]) sc
      CROSS JOIN unnest(ARRAY['10.9.1.1', '203.0.113.9', '2001:db8:9::5', NULL]::inet[]) ip
      CROSS JOIN LATERAL gateway.authorize(k.api_key, sc, ip) a
      CROSS JOIN LATERAL (SELECT pg_temp.edge_decide(c, sc, ip) AS copy FROM edge_copy c
                           WHERE c.key_hash = sha256(convert_to(k.api_key, 'UTF8'))) d
     WHERE d.copy IS DISTINCT FROM a.reason;
    RESET SESSION AUTHORIZATION;
    RETURN v;
END
$$;

SELECT is(pg_temp.edge_disagreements(), '', 'no switch: the copy decides every call as authorize does');
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT count(*)::text FROM gateway.snapshot() s
                                              JOIN edge_key k ON s.key_hash = sha256(convert_to(k.api_key, 'UTF8'))$$),
          '7', 'the copy has every key, revoked ones too (a revoked key is not an unknown one)');
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT count(*)::text FROM gateway.snapshot() s, edge_key k
                                              WHERE position(convert_to(k.api_key, 'UTF8') IN s.key_hash) > 0
                                                 OR s::text LIKE '%' || k.api_key || '%'$$),
          '0', 'no key leaves the database, only its hash');

-- Each kill-switch level.
SELECT pg_temp.value_as('tap_e_incident', $$SELECT 1$$);
INSERT INTO private.kill_switch_incident (level, reason, engaged_by) VALUES ('personal_data', 'tap', 'tap_e_incident')
    RETURNING id AS incident \gset
SELECT is(pg_temp.edge_disagreements(), '', 'personal data off: the copy decides as authorize does');
UPDATE private.kill_switch_incident SET level = 'sector', sector = 'private' WHERE id = :incident;
SELECT is(pg_temp.edge_disagreements(), '', 'one sector off: the copy decides as authorize does');
UPDATE private.kill_switch_incident SET level = 'everything', sector = NULL WHERE id = :incident;
SELECT is(pg_temp.edge_disagreements(), '', 'everything off: the copy decides as authorize does');
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT incident_level FROM gateway.state()$$), 'everything',
          'the state names the switch in force');
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT string_agg(DISTINCT cut::text, ',') FROM gateway.switch_cuts()$$),
          'true', 'everything off cuts every sector and scope, known or not');

-- The feed: a cursor that is none gets everything; the version only grows.
SELECT ok(pg_temp.value_as('tap_edge_gw', $$SELECT count(*) FROM gateway.changes('not a cursor')$$)::int
          = pg_temp.value_as('tap_edge_gw', $$SELECT count(*) FROM gateway.snapshot()$$)::int,
          'a cursor that is not one gets every key');
SELECT ok(pg_temp.value_as('tap_edge_gw', $$SELECT count(*) FROM gateway.changes(NULL)$$)::int > 0,
          'a NULL cursor gets every key');
SELECT pg_temp.value_as('tap_edge_gw', $$SELECT version FROM gateway.state()$$) AS v1 \gset
UPDATE private.api_key SET scopes = ARRAY['certificate.verify', 'beneficiary.lookup']
 WHERE key_hash = (SELECT sha256(convert_to(api_key, 'UTF8')) FROM edge_key WHERE label = 'gov_narrow');
SELECT ok(pg_temp.value_as('tap_edge_gw', $$SELECT version FROM gateway.state()$$)::bigint > :v1,
          'a change to a key raises the version');
SELECT pg_temp.value_as('tap_edge_gw', $$SELECT version FROM gateway.state()$$) AS v2 \gset
UPDATE private.api_key SET last_used_at = now()
 WHERE key_hash = (SELECT sha256(convert_to(api_key, 'UTF8')) FROM edge_key WHERE label = 'gov');
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT version FROM gateway.state()$$)::bigint, :'v2'::bigint,
          'a usage report is no change');

-- Acknowledgements.
SELECT pg_temp.value_as('tap_edge_gw', $$SELECT cursor FROM gateway.state()$$) AS cur \gset
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', format($$SELECT gateway.applied('edge-1', %s, %L)$$, :v2, :'cur')),
          '00000', 'a gateway says what it applied');
SELECT is((SELECT applied_version FROM private.gateway_instance WHERE gateway_id = 'edge-1'), :'v2'::bigint,
          'and it is recorded under its name and login');
SELECT is((SELECT count(*)::int FROM private.gateway_incident_ack WHERE gateway_id = 'edge-1' AND incident_id = :incident),
          1, 'a state with the switch in force is that gateway''s acknowledgement of it');
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', format($$SELECT gateway.applied('edge-1', %s, %L)$$, :v2, :'cur')),
          '00000', 'the same version again only says it is alive');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'api.gateway_applied' AND target_id = 'edge-1'),
          1, 'each new version applied is audited once');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'api.kill_switch_acknowledged' AND target_id = :'incident'),
          1, 'and the acknowledgement once');
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', format($$SELECT gateway.applied('edge-1', %s, %L)$$, :v2 - 1, :'cur')),
          'CW409', 'a gateway does not go back to an older state');
SELECT is(pg_temp.sqlstate_as('tap_edge_gw2', format($$SELECT gateway.applied('edge-1', %s, %L)$$, :v2, :'cur')),
          'CW403', 'a name stays with the gateway login that first used it');
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', format($$SELECT gateway.applied('Edge 1!', %s, %L)$$, :v2, :'cur')),
          'CW422', 'a malformed gateway name is refused');
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', format($$SELECT gateway.applied('edge-2', %s, 'garbage')$$, :v2)),
          'CW422', 'an applied state without a real cursor is refused');

-- Unknown keys a daemon counted: cooled off past the limit for every gateway, audited once.
UPDATE private.limit_setting SET value = 5 WHERE name = 'gateway_unknown_keys_per_minute';
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', $$SELECT gateway.report_unknown_keys('198.51.100.44', 3)$$),
          '00000', 'a daemon reports unknown keys by address');
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT count(*)::text FROM gateway.cooled_addresses() WHERE client_ip = '198.51.100.44'$$),
          '0', 'under the limit the address is not cooled off');
SELECT pg_temp.sqlstate_as('tap_edge_gw', $$SELECT gateway.report_unknown_keys('198.51.100.44', 4)$$);
SELECT pg_temp.sqlstate_as('tap_edge_gw', $$SELECT gateway.report_unknown_keys('198.51.100.44', -7)$$);
SELECT is(pg_temp.value_as('tap_edge_gw', $$SELECT count(*)::text FROM gateway.cooled_addresses() WHERE client_ip = '198.51.100.44'$$),
          '1', 'past it, every gateway reads the address as cooled off (an impossible count is ignored)');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'api.client_blocked' AND target_id = '198.51.100.44'),
          1, 'and the burst is audited once');

-- The console's view.
SELECT is(pg_temp.value_in_session('tap_e_incident', 'incident-token',
              $$SELECT gateway_id || ':' || obeys_incident || ':' || (acknowledged_ms >= 0) FROM console.gateway_status()$$),
          'edge-1:true:true', 'the console sees which gateway obeys the switch in force, and how fast');

-- Who may call what.
SELECT is(pg_temp.sqlstate_in_session('tap_e_help', 'help-token', 'SELECT count(*) FROM console.gateway_status()'),
          '42501', 'helpdesk does not see the gateways');
SELECT is(pg_temp.sqlstate_as('tap_e_incident', 'SELECT count(*) FROM gateway.snapshot()'),
          '42501', 'an operator may not read the gateways'' copy');
SELECT is(pg_temp.sqlstate_as('tap_edge_gw', 'SELECT count(*) FROM private.gateway_instance'),
          '42501', 'a gateway reads no table');

SELECT * FROM finish();
ROLLBACK;
