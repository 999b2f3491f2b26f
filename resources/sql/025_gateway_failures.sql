-- run-as: cowin_owner
-- Guessing partner keys is seen and slowed: unknown-key denials are counted per client address,
-- and an address with more than a threshold in a minute is denied everything, with the reason
-- too_many_failures, for a cooling period; one audit event records each burst. Admins set the
-- threshold and the cooling period (private.limit_setting). Known keys pay one index probe on a
-- small table; only a denial writes.

INSERT INTO private.limit_setting (name, value, description) VALUES
    ('gateway_unknown_keys_per_minute', 20, 'Unknown API keys one client address may present in a minute before it is blocked'),
    ('gateway_block_minutes', 15, 'Minutes a client address stays blocked after too many unknown keys');

CREATE TABLE private.gateway_failure (
    client_ip     inet        PRIMARY KEY,
    window_start  timestamptz NOT NULL,
    failures      integer     NOT NULL CHECK (failures >= 0),
    blocked_until timestamptz,
    bursts        integer     NOT NULL DEFAULT 0
);

-- Counts an unknown key from an address and blocks the address past the threshold (audited).
CREATE FUNCTION private.count_unknown_key(p_ip inet) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_limit integer := private.limit_value('gateway_unknown_keys_per_minute');
    v_minutes integer := private.limit_value('gateway_block_minutes');
    g private.gateway_failure;
BEGIN
    IF p_ip IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO private.gateway_failure AS f (client_ip, window_start, failures)
    VALUES (p_ip, v_now, 1)
    ON CONFLICT (client_ip) DO UPDATE
       SET failures = CASE WHEN f.window_start > v_now - interval '1 minute' THEN f.failures + 1 ELSE 1 END,
           window_start = CASE WHEN f.window_start > v_now - interval '1 minute' THEN f.window_start ELSE v_now END
    RETURNING * INTO g;
    IF g.failures > v_limit AND (g.blocked_until IS NULL OR g.blocked_until <= v_now) THEN
        UPDATE private.gateway_failure
           SET blocked_until = v_now + pg_catalog.make_interval(mins => v_minutes), bursts = bursts + 1
         WHERE client_ip = p_ip;
        PERFORM audit.append('api.client_blocked', 'client_address', pg_catalog.host(p_ip), NULL,
            pg_catalog.jsonb_build_object('unknown_keys', g.failures, 'window_seconds', 60,
                                          'limit', v_limit, 'blocked_minutes', v_minutes,
                                          'since', audit.utc_text(g.window_start)));
    END IF;
END
$$;
COMMENT ON FUNCTION private.count_unknown_key(inet) IS
    'Counts an unknown-key denial for a client address; past the limit in a minute the address '
    'is blocked for the cooling period and the burst is audited once.';

CREATE OR REPLACE FUNCTION gateway.authorize(api_key text, scope text, client_ip inet)
RETURNS TABLE (allowed boolean, reason text, partner text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    k private.api_key;
    p private.partner;
    s private.api_scope;
    i private.kill_switch_incident := private.engaged_incident();
    v_reason text;
BEGIN
    IF authorize.client_ip IS NOT NULL AND EXISTS (
           SELECT 1 FROM private.gateway_failure f
            WHERE f.client_ip = authorize.client_ip AND f.blocked_until > pg_catalog.clock_timestamp()) THEN
        RETURN QUERY SELECT false, 'too_many_failures'::text, NULL::text;
        RETURN;
    END IF;
    IF authorize.api_key IS NOT NULL AND pg_catalog.length(authorize.api_key) BETWEEN 16 AND 200 THEN
        SELECT * INTO k FROM private.api_key
         WHERE key_hash = pg_catalog.sha256(pg_catalog.convert_to(authorize.api_key, 'UTF8'));
    END IF;
    IF k.id IS NULL THEN
        PERFORM private.count_unknown_key(authorize.client_ip);
        RETURN QUERY SELECT false, 'key_unknown'::text, NULL::text;
        RETURN;
    END IF;
    SELECT * INTO p FROM private.partner WHERE id = k.partner_id;
    SELECT * INTO s FROM private.api_scope WHERE name = authorize.scope;
    v_reason := CASE
            WHEN p.status = 'revoked' THEN 'partner_revoked'
            WHEN p.status = 'suspended' THEN 'partner_suspended'
            WHEN k.status = 'revoked' THEN 'key_revoked'
            WHEN k.status = 'suspended' THEN 'key_suspended'
            WHEN k.expires_at <= pg_catalog.clock_timestamp() THEN 'key_expired'
            WHEN i.id IS NOT NULL AND private.kill_switch_covers(i, p.sector, s.personal_data)
                THEN 'kill_switch'
            WHEN s.name IS NULL OR NOT (s.name = ANY (k.scopes)) OR NOT (s.name = ANY (p.scopes))
                THEN 'scope_denied'
            WHEN authorize.client_ip IS NULL OR NOT EXISTS (
                     SELECT 1 FROM pg_catalog.unnest(p.ip_allowlist) a WHERE authorize.client_ip <<= a)
                THEN 'ip_denied'
            ELSE 'ok' END;
    RETURN QUERY SELECT v_reason = 'ok', v_reason, p.name;
END
$$;
COMMENT ON FUNCTION gateway.authorize(text, text, inet) IS
    'May this key call this scope from this address now? (allowed, reason, partner). Reasons: '
    'ok, kill_switch, partner_suspended, partner_revoked, key_unknown, key_suspended, '
    'key_revoked, key_expired, scope_denied, ip_denied, too_many_failures (the address presented '
    'too many unknown keys and is cooling off). NULL or malformed input is a denial. '
    'cowin_gateway only; not audited per call (usage is reported by gateway.report_usage; a '
    'blocked address is audited once per burst).';
