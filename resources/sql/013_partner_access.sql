-- run-as: cowin_owner
-- Partner API access: partners, their keys (stored only as SHA-256), the global API state
-- that the kill-switch sets, and gateway.authorize, which every partner API gateway asks
-- before it serves a call. Anything unknown, NULL or malformed is a denial.

CREATE TABLE private.api_scope (
    name          text    PRIMARY KEY CHECK (name ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    personal_data boolean NOT NULL,
    description   text    NOT NULL
);
INSERT INTO private.api_scope VALUES
    ('certificate.verify', false, 'Verify a vaccination certificate by its QR payload'),
    ('centre.list', false, 'Vaccination centres and their sessions'),
    ('appointment.slots', false, 'Free appointment slots'),
    ('appointment.book', true, 'Book an appointment for a beneficiary'),
    ('beneficiary.lookup', true, 'A beneficiary''s details by mobile or ID number'),
    ('certificate.download', true, 'A beneficiary''s certificate');

CREATE TABLE private.partner (
    id                    integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                  text        NOT NULL UNIQUE CHECK (pg_catalog.length(name) BETWEEN 2 AND 120),
    sector                text        NOT NULL CHECK (sector IN ('government', 'private')),
    whitelisted           boolean     NOT NULL DEFAULT false,
    contact               text        NOT NULL DEFAULT '',
    status                text        NOT NULL DEFAULT 'active'
                                      CHECK (status IN ('active', 'suspended', 'revoked')),
    scopes                text[]      NOT NULL DEFAULT '{}',
    ip_allowlist          cidr[]      NOT NULL DEFAULT '{}',
    rate_limit_per_minute integer     NOT NULL DEFAULT 600 CHECK (rate_limit_per_minute > 0),
    created_at            timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    updated_at            timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    version               integer     NOT NULL DEFAULT 1
);

CREATE TABLE private.api_key (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id     integer     NOT NULL REFERENCES private.partner,
    display_prefix text        NOT NULL,
    key_hash       bytea       NOT NULL UNIQUE CHECK (pg_catalog.octet_length(key_hash) = 32),
    scopes         text[]      NOT NULL,
    status         text        NOT NULL DEFAULT 'active'
                               CHECK (status IN ('active', 'suspended', 'revoked')),
    created_at     timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    created_by     text        NOT NULL DEFAULT SESSION_USER,
    expires_at     timestamptz NOT NULL,
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    revoked_reason text,
    replaced_by    bigint      REFERENCES private.api_key,
    CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
);
CREATE INDEX api_key_partner ON private.api_key (partner_id);

-- Revoked is final.
CREATE FUNCTION private.api_key_revoked_is_final() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF OLD.status = 'revoked' AND NEW.status <> 'revoked' THEN
        RAISE EXCEPTION 'A revoked key stays revoked; issue a new one.' USING ERRCODE = 'CW422',
            HINT = 'field:key';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION private.api_key_revoked_is_final() IS
    'Trigger: a revoked key never becomes active or suspended again.';
CREATE TRIGGER api_key_revoked_is_final BEFORE UPDATE OF status ON private.api_key
    FOR EACH ROW EXECUTE FUNCTION private.api_key_revoked_is_final();

CREATE FUNCTION private.partner_revoked_is_final() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
BEGIN
    IF OLD.status = 'revoked' AND NEW.status <> 'revoked' THEN
        RAISE EXCEPTION 'A revoked partner stays revoked.' USING ERRCODE = 'CW422',
            HINT = 'field:status';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION private.partner_revoked_is_final() IS
    'Trigger: a revoked partner never becomes active or suspended again.';
CREATE TRIGGER partner_revoked_is_final BEFORE UPDATE OF status ON private.partner
    FOR EACH ROW EXECUTE FUNCTION private.partner_revoked_is_final();

-- The one global state the kill-switch sets, and each incident's history.
CREATE TABLE private.kill_switch_incident (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level                text        NOT NULL CHECK (level IN ('personal_data', 'sector', 'everything')),
    sector               text        CHECK (sector IN ('government', 'private')),
    reason               text        NOT NULL,
    engaged_by           text        NOT NULL,
    engaged_at           timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    restore_requested_by text,
    restore_requested_at timestamptz,
    restore_reason       text,
    restored_by          text,
    restored_at          timestamptz,
    CHECK ((level = 'sector') = (sector IS NOT NULL)),
    CHECK (restored_by IS NULL OR restored_by <> restore_requested_by)
);
CREATE UNIQUE INDEX kill_switch_one_engaged ON private.kill_switch_incident ((true))
    WHERE restored_at IS NULL;

CREATE TABLE private.api_usage (
    key_id   bigint      NOT NULL REFERENCES private.api_key,
    minute   timestamptz NOT NULL,
    calls    integer     NOT NULL CHECK (calls >= 0),
    denials  integer     NOT NULL CHECK (denials >= 0),
    PRIMARY KEY (key_id, minute)
);

---------------------------------------------------------------------------------------------
-- The gateway's door
---------------------------------------------------------------------------------------------
CREATE SCHEMA gateway;
REVOKE ALL ON SCHEMA gateway FROM PUBLIC;
GRANT USAGE ON SCHEMA gateway TO cowin_gateway;

-- The engaged incident, if any (at most one, by the unique index).
CREATE FUNCTION private.engaged_incident() RETURNS private.kill_switch_incident
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT * FROM private.kill_switch_incident WHERE restored_at IS NULL
$$;
COMMENT ON FUNCTION private.engaged_incident() IS
    'The kill-switch incident in force, or NULLs when partner APIs are on.';

-- Whether the switch in force covers a call of this sector and scope.
CREATE FUNCTION private.kill_switch_covers(i private.kill_switch_incident, p_sector text,
                                           p_personal boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT CASE i.level WHEN 'everything' THEN true
                        WHEN 'sector' THEN i.sector = p_sector
                        WHEN 'personal_data' THEN coalesce(p_personal, true)
                        ELSE false END
$$;
COMMENT ON FUNCTION private.kill_switch_covers(private.kill_switch_incident, text, boolean) IS
    'Whether an incident''s level covers a call of this sector and (personal-data) scope.';

CREATE FUNCTION gateway.authorize(api_key text, scope text, client_ip inet)
RETURNS TABLE (allowed boolean, reason text, partner text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    k private.api_key;
    p private.partner;
    s private.api_scope;
    i private.kill_switch_incident := private.engaged_incident();
    v_reason text;
BEGIN
    IF authorize.api_key IS NULL OR pg_catalog.length(authorize.api_key) NOT BETWEEN 16 AND 200 THEN
        RETURN QUERY SELECT false, 'key_unknown'::text, NULL::text;
        RETURN;
    END IF;
    SELECT * INTO k FROM private.api_key
     WHERE key_hash = pg_catalog.sha256(pg_catalog.convert_to(authorize.api_key, 'UTF8'));
    IF NOT FOUND THEN
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
    'key_revoked, key_expired, scope_denied, ip_denied. NULL or malformed input is a denial. '
    'cowin_gateway only; not audited (usage is reported by gateway.report_usage).';
GRANT EXECUTE ON FUNCTION gateway.authorize(text, text, inet) TO cowin_gateway;

CREATE FUNCTION gateway.report_usage(api_key text, minute timestamptz, calls integer,
                                     denials integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_key bigint;
BEGIN
    SELECT k.id INTO v_key FROM private.api_key k
     WHERE k.key_hash = pg_catalog.sha256(pg_catalog.convert_to(coalesce(report_usage.api_key, ''), 'UTF8'));
    IF v_key IS NULL OR minute IS NULL OR calls IS NULL OR denials IS NULL OR calls < 0
       OR denials < 0 OR denials > calls THEN
        RETURN; -- nothing to count; a gateway's report never fails it
    END IF;
    INSERT INTO private.api_usage (key_id, minute, calls, denials)
    VALUES (v_key, pg_catalog.date_trunc('minute', minute), calls, denials)
    ON CONFLICT ON CONSTRAINT api_usage_pkey DO UPDATE
       SET calls = private.api_usage.calls + EXCLUDED.calls,
           denials = private.api_usage.denials + EXCLUDED.denials;
    IF calls > denials THEN
        UPDATE private.api_key k SET last_used_at = GREATEST(k.last_used_at, minute)
         WHERE k.id = v_key;
    END IF;
END
$$;
COMMENT ON FUNCTION gateway.report_usage(text, timestamptz, integer, integer) IS
    'Adds a gateway''s count of calls and denials for one key and minute; unknown keys and '
    'nonsense counts are ignored. cowin_gateway only; not audited (it is the usage record).';
GRANT EXECUTE ON FUNCTION gateway.report_usage(text, timestamptz, integer, integer) TO cowin_gateway;

-- Gateways and consoles learn of a change that may change an answer; the notice names
-- nothing and carries no authority: they read the state again.
CREATE TRIGGER partner_api_state AFTER INSERT OR UPDATE OR DELETE ON private.partner
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_api_state');
CREATE TRIGGER api_key_api_state AFTER INSERT OR UPDATE OF status, scopes, expires_at OR DELETE
    ON private.api_key FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_api_state');
CREATE TRIGGER kill_switch_api_state AFTER INSERT OR UPDATE OR DELETE ON private.kill_switch_incident
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_api_state');

---------------------------------------------------------------------------------------------
-- The kill-switch: incident commanders and admins, each step with a fresh one-time code.
---------------------------------------------------------------------------------------------
CREATE FUNCTION console.api_state(OUT level text, OUT sector text, OUT incident bigint,
                                  OUT engaged_by text, OUT engaged_at timestamptz,
                                  OUT reason text, OUT restore_requested_by text,
                                  OUT restore_requested_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    i private.kill_switch_incident := private.engaged_incident();
BEGIN
    PERFORM private.require_session('console.api_state', NULL);
    level := coalesce(i.level, 'none');
    sector := i.sector;
    incident := i.id;
    engaged_by := i.engaged_by;
    engaged_at := i.engaged_at;
    reason := i.reason;
    restore_requested_by := i.restore_requested_by;
    restore_requested_at := i.restore_requested_at;
END
$$;
COMMENT ON FUNCTION console.api_state() IS
    'The kill-switch in force (level none when partner APIs are on), for every console''s '
    'banner. Any operator with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.api_state() TO cowin_operator;

CREATE FUNCTION private.check_kill_switch_level(p_level text, p_sector text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
BEGIN
    IF p_level IS NULL OR p_level NOT IN ('personal_data', 'sector', 'everything') THEN
        RAISE EXCEPTION 'Choose what to switch off: personal-data scopes, one sector, or everything.'
            USING ERRCODE = 'CW422', HINT = 'field:level';
    END IF;
    IF (p_level = 'sector') <> (p_sector IS NOT NULL)
       OR (p_sector IS NOT NULL AND p_sector NOT IN ('government', 'private')) THEN
        RAISE EXCEPTION 'Choose the sector: government or private.' USING ERRCODE = 'CW422',
            HINT = 'field:sector';
    END IF;
END
$$;
COMMENT ON FUNCTION private.check_kill_switch_level(text, text) IS
    'CW422 at the field for an unknown level or a sector that does not fit it.';

CREATE FUNCTION console.kill_switch_preview(level text, sector text,
                                            OUT partners integer, OUT keys integer,
                                            OUT calls_last_hour bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.kill_switch_preview', ARRAY['cowin_incident', 'cowin_admin']);
    PERFORM private.check_kill_switch_level(level, sector);
    SELECT pg_catalog.count(DISTINCT p.id)::integer, pg_catalog.count(k.id)::integer
      INTO partners, keys
      FROM private.partner p JOIN private.api_key k ON k.partner_id = p.id
     WHERE p.status = 'active' AND k.status = 'active' AND k.expires_at > pg_catalog.clock_timestamp()
       AND (level <> 'sector' OR p.sector = kill_switch_preview.sector)
       AND (level <> 'personal_data' OR EXISTS (
                SELECT 1 FROM private.api_scope s
                 WHERE s.personal_data AND s.name = ANY (k.scopes)));
    SELECT coalesce(pg_catalog.sum(u.calls - u.denials), 0) INTO calls_last_hour
      FROM private.api_usage u JOIN private.api_key k ON k.id = u.key_id
      JOIN private.partner p ON p.id = k.partner_id
     WHERE u.minute > pg_catalog.clock_timestamp() - interval '1 hour'
       AND (level <> 'sector' OR p.sector = kill_switch_preview.sector);
END
$$;
COMMENT ON FUNCTION console.kill_switch_preview(text, text) IS
    'The blast radius of a kill-switch level: active partners and keys it cuts, and the calls '
    'they served in the last hour. Incident commanders and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.kill_switch_preview(text, text) TO cowin_incident, cowin_admin;

CREATE FUNCTION console.kill_switch_engage(level text, sector text, reason text,
                                           step_up_attempt bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.kill_switch_engage',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    v_reason text := private.reason_given(reason, 'switching partner APIs off');
    a private.otp_attempt;
    v_id bigint;
BEGIN
    PERFORM private.check_kill_switch_level(level, sector);
    a := private.consume_step_up(step_up_attempt, 'console.kill_switch_engage');
    -- One incident at a time: a wider level replaces a narrower one in the same transaction.
    PERFORM 1 FROM private.kill_switch_incident WHERE restored_at IS NULL FOR UPDATE;
    IF FOUND THEN
        RAISE EXCEPTION 'The kill-switch is already engaged; restore it before choosing another level.'
            USING ERRCODE = 'CW409', HINT = 'field:level';
    END IF;
    INSERT INTO private.kill_switch_incident (level, sector, reason, engaged_by)
    VALUES (level, sector, v_reason, s.role_name) RETURNING id INTO v_id;
    PERFORM audit.append('api.kill_switch_engaged', 'kill_switch', v_id::text, v_reason,
        pg_catalog.jsonb_build_object('level', level, 'sector', sector, 'step_up_attempt', a.id));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION console.kill_switch_engage(text, text, text, bigint) IS
    'Switches partner APIs off at a level (personal_data, sector, everything) from its commit, '
    'confirmed by a step-up code. Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.kill_switch_engage(text, text, text, bigint) TO cowin_incident, cowin_admin;

CREATE FUNCTION console.kill_switch_restore_request(incident bigint, reason text,
                                                    step_up_attempt bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.kill_switch_restore_request',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    v_reason text := private.reason_given(reason, 'restoring partner APIs');
    i private.kill_switch_incident;
    a private.otp_attempt;
BEGIN
    SELECT * INTO i FROM private.kill_switch_incident k WHERE k.id = incident AND restored_at IS NULL
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'This kill-switch is not engaged.' USING ERRCODE = 'CW409', HINT = 'field:incident';
    END IF;
    IF i.restore_requested_by IS NOT NULL THEN
        RAISE EXCEPTION 'A restore is already requested by %; another operator approves it.',
            i.restore_requested_by USING ERRCODE = 'CW409', HINT = 'field:incident';
    END IF;
    a := private.consume_step_up(step_up_attempt, 'console.kill_switch_restore_request');
    UPDATE private.kill_switch_incident
       SET restore_requested_by = s.role_name, restore_requested_at = pg_catalog.clock_timestamp(),
           restore_reason = v_reason
     WHERE id = i.id;
    PERFORM audit.append('api.kill_switch_restore_requested', 'kill_switch', i.id::text, v_reason,
        pg_catalog.jsonb_build_object('step_up_attempt', a.id));
END
$$;
COMMENT ON FUNCTION console.kill_switch_restore_request(bigint, text, bigint) IS
    'The first of two people asks to switch partner APIs back on, with a step-up code. '
    'Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.kill_switch_restore_request(bigint, text, bigint) TO cowin_incident, cowin_admin;

CREATE FUNCTION console.kill_switch_restore_approve(incident bigint, step_up_attempt bigint)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.kill_switch_restore_approve',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    i private.kill_switch_incident;
    a private.otp_attempt;
BEGIN
    SELECT * INTO i FROM private.kill_switch_incident k WHERE k.id = incident AND restored_at IS NULL
       FOR UPDATE;
    IF NOT FOUND OR i.restore_requested_by IS NULL THEN
        RAISE EXCEPTION 'No restore of this kill-switch is waiting for approval.'
            USING ERRCODE = 'CW409', HINT = 'field:incident';
    END IF;
    IF i.restore_requested_by = s.role_name THEN
        PERFORM private.log_refusal('CW403', 'console.kill_switch_restore_approve', 'same_person');
        RAISE EXCEPTION 'Another operator must approve the restore you requested.'
            USING ERRCODE = 'CW403';
    END IF;
    a := private.consume_step_up(step_up_attempt, 'console.kill_switch_restore_approve');
    UPDATE private.kill_switch_incident
       SET restored_by = s.role_name, restored_at = pg_catalog.clock_timestamp()
     WHERE id = i.id;
    PERFORM audit.append('api.kill_switch_restored', 'kill_switch', i.id::text, i.restore_reason,
        pg_catalog.jsonb_build_object('requested_by', i.restore_requested_by,
                                      'step_up_attempt', a.id,
                                      'engaged_for_seconds',
                                      pg_catalog.round(pg_catalog.date_part('epoch',
                                          pg_catalog.clock_timestamp() - i.engaged_at))));
END
$$;
COMMENT ON FUNCTION console.kill_switch_restore_approve(bigint, bigint) IS
    'A second person (not the requester) approves the restore, with a step-up code: partner '
    'APIs are on again from its commit. Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.kill_switch_restore_approve(bigint, bigint) TO cowin_incident, cowin_admin;

---------------------------------------------------------------------------------------------
-- DBA entry points until the console's partner screens: partners and their first keys.
---------------------------------------------------------------------------------------------
CREATE FUNCTION admin.create_partner(p_name text, p_sector text, p_scopes text[],
                                     p_ip_allowlist cidr[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_id integer;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.unnest(coalesce(p_scopes, '{}')) x
                WHERE x NOT IN (SELECT name FROM private.api_scope)) THEN
        RAISE EXCEPTION 'Unknown scope.' USING ERRCODE = 'CW422', HINT = 'field:scopes';
    END IF;
    INSERT INTO private.partner (name, sector, whitelisted, scopes, ip_allowlist)
    VALUES (p_name, p_sector, true, coalesce(p_scopes, '{}'), coalesce(p_ip_allowlist, '{}'))
    RETURNING id INTO v_id;
    PERFORM audit.append('api.partner_created', 'partner', v_id::text, NULL,
        pg_catalog.jsonb_build_object('name', p_name, 'sector', p_sector, 'scopes', p_scopes,
                                      'ip_allowlist', p_ip_allowlist));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION admin.create_partner(text, text, text[], cidr[]) IS
    'Creates a whitelisted partner with its scopes and IP allowlist. Superusers only; audited.';

-- A new key: shown once to the caller, stored only as its SHA-256.
CREATE FUNCTION private.issue_api_key(p_partner integer, p_scopes text[], p_expires timestamptz,
                                      OUT key_id bigint, OUT api_key text)
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    p private.partner;
BEGIN
    SELECT * INTO p FROM private.partner WHERE id = p_partner;
    IF NOT FOUND OR p.status = 'revoked' THEN
        RAISE EXCEPTION 'There is no such partner with access.' USING ERRCODE = 'CW422',
            HINT = 'field:partner';
    END IF;
    IF p_scopes IS NULL OR pg_catalog.cardinality(p_scopes) = 0 OR NOT (p_scopes <@ p.scopes) THEN
        RAISE EXCEPTION 'A key''s scopes must be among the partner''s: %.',
            pg_catalog.array_to_string(p.scopes, ', ') USING ERRCODE = 'CW422', HINT = 'field:scopes';
    END IF;
    IF p_expires IS NULL OR p_expires <= pg_catalog.clock_timestamp()
       OR p_expires > pg_catalog.clock_timestamp() + interval '2 years' THEN
        RAISE EXCEPTION 'A key expires within two years.' USING ERRCODE = 'CW422',
            HINT = 'field:expires_at';
    END IF;
    api_key := 'cwk_' || pg_catalog.encode(ext.gen_random_bytes(32), 'hex');
    INSERT INTO private.api_key (partner_id, display_prefix, key_hash, scopes, expires_at)
    VALUES (p.id, pg_catalog.left(api_key, 12),
            pg_catalog.sha256(pg_catalog.convert_to(api_key, 'UTF8')), p_scopes, p_expires)
    RETURNING id INTO key_id;
    PERFORM audit.append('api.key_issued', 'api_key', key_id::text, NULL,
        pg_catalog.jsonb_build_object('partner', p.name, 'prefix', pg_catalog.left(api_key, 12),
                                      'scopes', p_scopes, 'expires_at', p_expires));
END
$$;
COMMENT ON FUNCTION private.issue_api_key(integer, text[], timestamptz) IS
    'Makes a 256-bit key, stores its SHA-256 and prefix, audits it, and returns it once.';

CREATE FUNCTION admin.issue_api_key(p_partner integer, p_scopes text[], p_expires timestamptz,
                                    OUT key_id bigint, OUT api_key text)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.issue_api_key(p_partner, p_scopes, p_expires)
$$;
COMMENT ON FUNCTION admin.issue_api_key(integer, text[], timestamptz) IS
    'Issues a key for a partner and returns it once. Superusers only (demo, benchmarks); audited.';
