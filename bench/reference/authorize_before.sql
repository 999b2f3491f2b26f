-- gateway.authorize as it was before it became one statement, kept so the gateway benchmark can
-- run both side by side in one cluster (bench/gateway_bench.cpp). Not part of any migration.
-- Six queries fetching whole rows, a set-returning RETURN QUERY and a helper the planner could
-- not write into the query (its own SET), exactly as measured then.
CREATE SCHEMA IF NOT EXISTS bench_reference AUTHORIZATION cowin_owner;
REVOKE ALL ON SCHEMA bench_reference FROM PUBLIC;
GRANT USAGE ON SCHEMA bench_reference TO cowin_gateway;
SET ROLE cowin_owner;

CREATE OR REPLACE FUNCTION bench_reference.kill_switch_covers(i private.kill_switch_incident,
                                                             p_sector text, p_personal boolean)
RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE i.level WHEN 'everything' THEN true
                        WHEN 'sector' THEN i.sector = p_sector
                        WHEN 'personal_data' THEN coalesce(p_personal, true)
                        ELSE false END
$$;

CREATE OR REPLACE FUNCTION bench_reference.authorize_before(api_key text, scope text, client_ip inet)
RETURNS TABLE (allowed boolean, reason text, partner text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    k private.api_key;
    p private.partner;
    s private.api_scope;
    i private.kill_switch_incident := private.engaged_incident();
    v_reason text;
BEGIN
    IF authorize_before.client_ip IS NOT NULL AND EXISTS (
           SELECT 1 FROM private.gateway_failure f
            WHERE f.client_ip = authorize_before.client_ip
              AND f.blocked_until > pg_catalog.clock_timestamp()) THEN
        RETURN QUERY SELECT false, 'too_many_failures'::text, NULL::text;
        RETURN;
    END IF;
    IF authorize_before.api_key IS NOT NULL
       AND pg_catalog.length(authorize_before.api_key) BETWEEN 16 AND 200 THEN
        SELECT * INTO k FROM private.api_key
         WHERE key_hash = pg_catalog.sha256(pg_catalog.convert_to(authorize_before.api_key, 'UTF8'));
    END IF;
    IF k.id IS NULL THEN
        PERFORM private.count_unknown_key(authorize_before.client_ip);
        RETURN QUERY SELECT false, 'key_unknown'::text, NULL::text;
        RETURN;
    END IF;
    SELECT * INTO p FROM private.partner WHERE id = k.partner_id;
    SELECT * INTO s FROM private.api_scope WHERE name = authorize_before.scope;
    v_reason := CASE
            WHEN p.status = 'revoked' THEN 'partner_revoked'
            WHEN p.status = 'suspended' THEN 'partner_suspended'
            WHEN k.status = 'revoked' THEN 'key_revoked'
            WHEN k.status = 'suspended' THEN 'key_suspended'
            WHEN k.expires_at <= pg_catalog.clock_timestamp() THEN 'key_expired'
            WHEN i.id IS NOT NULL AND bench_reference.kill_switch_covers(i, p.sector, s.personal_data)
                THEN 'kill_switch'
            WHEN s.name IS NULL OR NOT (s.name = ANY (k.scopes)) OR NOT (s.name = ANY (p.scopes))
                THEN 'scope_denied'
            WHEN authorize_before.client_ip IS NULL OR NOT EXISTS (
                     SELECT 1 FROM pg_catalog.unnest(p.ip_allowlist) a
                      WHERE authorize_before.client_ip <<= a)
                THEN 'ip_denied'
            ELSE 'ok' END;
    RETURN QUERY SELECT v_reason = 'ok', v_reason, p.name;
END
$$;
REVOKE ALL ON FUNCTION bench_reference.authorize_before(text, text, inet) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bench_reference.authorize_before(text, text, inet) TO cowin_gateway;
RESET ROLE;
