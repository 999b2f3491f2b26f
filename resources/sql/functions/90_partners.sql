-- run-as: cowin_owner
-- Partner API access: partners and their keys (stored only as SHA-256), the kill-switch and its
-- two-person restore, what a gateway asks before each call (gateway.authorize), usage reports,
-- and key guessing slowed per client address.

-- Revoked is final.
CREATE OR REPLACE FUNCTION private.api_key_revoked_is_final() RETURNS trigger
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

CREATE OR REPLACE FUNCTION private.partner_revoked_is_final() RETURNS trigger
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

-- The engaged incident, if any (at most one, by the unique index).
CREATE OR REPLACE FUNCTION private.engaged_incident() RETURNS private.kill_switch_incident
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT * FROM private.kill_switch_incident WHERE restored_at IS NULL
$$;
COMMENT ON FUNCTION private.engaged_incident() IS
    'The kill-switch incident in force, or NULLs when partner APIs are on.';

-- Whether the switch in force covers a call of this sector and scope. Plain SQL with no SET of
-- its own (it reads nothing but its arguments), so the planner writes it into the queries that
-- call it, gateway.authorize's among them, instead of calling a function per row.
CREATE OR REPLACE FUNCTION private.kill_switch_covers(i private.kill_switch_incident, p_sector text,
                                           p_personal boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE i.level WHEN 'everything' THEN true
                        WHEN 'sector' THEN i.sector OPERATOR(pg_catalog.=) p_sector
                        WHEN 'personal_data' THEN coalesce(p_personal, true)
                        ELSE false END
$$;
COMMENT ON FUNCTION private.kill_switch_covers(private.kill_switch_incident, text, boolean) IS
    'Whether an incident''s level covers a call of this sector and (personal-data) scope.';

-- Called before every partner call, so it is one statement with one cached plan: the address's
-- cool-off, the key by its hash with its partner, the scope and the incident in force, joined,
-- and only the columns the answer needs. The one write (counting an unknown key against the
-- address) follows only that answer. The plan is the generic one from the first call: left to
-- choose between plans for a mix of keys and addresses, 8 gateways got a third to a half fewer
-- calls per second through, the server's time going to growing and trimming its memory.
CREATE OR REPLACE FUNCTION gateway.authorize(api_key text, scope text, client_ip inet)
RETURNS TABLE (allowed boolean, reason text, partner text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = ''
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_reason text;
    v_partner text;
BEGIN
    SELECT CASE
               WHEN a.blocked THEN 'too_many_failures'
               WHEN k.status IS NULL THEN 'key_unknown'
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
                        SELECT 1 FROM pg_catalog.unnest(p.ip_allowlist) l
                         WHERE authorize.client_ip <<= l)
                   THEN 'ip_denied'
               ELSE 'ok' END,
           CASE WHEN NOT a.blocked THEN p.name END
      INTO v_reason, v_partner
      FROM (SELECT authorize.client_ip IS NOT NULL AND EXISTS (
                       SELECT 1 FROM private.gateway_failure f
                        WHERE f.client_ip = authorize.client_ip
                          AND f.blocked_until > pg_catalog.clock_timestamp()) AS blocked) a
      LEFT JOIN (private.api_key k JOIN private.partner p ON p.id = k.partner_id)
             ON k.key_hash = CASE WHEN pg_catalog.length(authorize.api_key) BETWEEN 16 AND 200
                                  THEN pg_catalog.sha256(pg_catalog.convert_to(authorize.api_key,
                                                                               'UTF8')) END
      LEFT JOIN private.api_scope s ON s.name = authorize.scope
      LEFT JOIN private.kill_switch_incident i ON i.restored_at IS NULL;
    IF v_reason = 'key_unknown' THEN
        PERFORM private.count_unknown_key(authorize.client_ip);
    END IF;
    allowed := v_reason = 'ok';
    reason := v_reason;
    partner := v_partner;
    RETURN NEXT;
END
$$;
GRANT EXECUTE ON FUNCTION gateway.authorize(text, text, inet) TO cowin_gateway;
COMMENT ON FUNCTION gateway.authorize(text, text, inet) IS
    'May this key call this scope from this address now? (allowed, reason, partner). Reasons: '
    'ok, kill_switch, partner_suspended, partner_revoked, key_unknown, key_suspended, '
    'key_revoked, key_expired, scope_denied, ip_denied, too_many_failures (the address presented '
    'too many unknown keys and is cooling off). NULL or malformed input is a denial. '
    'cowin_gateway only; not audited per call (usage is reported by gateway.report_usage; a '
    'blocked address is audited once per burst).';

-- A gateway's count of calls and denials for one key (by its hash) and minute; unknown keys and
-- impossible counts are ignored, since a gateway's report never fails it.
CREATE OR REPLACE FUNCTION private.add_usage(p_key_hash bytea, p_minute timestamptz,
                                             p_calls integer, p_denials integer) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_key bigint;
BEGIN
    SELECT k.id INTO v_key FROM private.api_key k WHERE k.key_hash = p_key_hash;
    IF v_key IS NULL OR p_minute IS NULL OR p_calls IS NULL OR p_denials IS NULL OR p_calls < 0
       OR p_denials < 0 OR p_denials > p_calls THEN
        RETURN;
    END IF;
    INSERT INTO private.api_usage (key_id, minute, calls, denials)
    VALUES (v_key, pg_catalog.date_trunc('minute', p_minute), p_calls, p_denials)
    ON CONFLICT ON CONSTRAINT api_usage_pkey DO UPDATE
       SET calls = private.api_usage.calls + EXCLUDED.calls,
           denials = private.api_usage.denials + EXCLUDED.denials;
    IF p_calls > p_denials THEN
        UPDATE private.api_key k SET last_used_at = GREATEST(k.last_used_at, p_minute)
         WHERE k.id = v_key;
    END IF;
END
$$;
COMMENT ON FUNCTION private.add_usage(bytea, timestamptz, integer, integer) IS
    'Adds calls and denials of one key (by hash) and minute; ignores unknown keys and impossible '
    'counts.';

CREATE OR REPLACE FUNCTION gateway.report_usage(api_key text, minute timestamptz, calls integer,
                                     denials integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT private.add_usage(
        pg_catalog.sha256(pg_catalog.convert_to(coalesce(report_usage.api_key, ''), 'UTF8')),
        report_usage.minute, report_usage.calls, report_usage.denials)
$$;
COMMENT ON FUNCTION gateway.report_usage(text, timestamptz, integer, integer) IS
    'Adds a gateway''s count of calls and denials for one key and minute; unknown keys and '
    'nonsense counts are ignored. cowin_gateway only; not audited (it is the usage record).';
GRANT EXECUTE ON FUNCTION gateway.report_usage(text, timestamptz, integer, integer) TO cowin_gateway;

---------------------------------------------------------------------------------------------
-- The kill-switch: incident commanders and admins, each step with a fresh one-time code.
---------------------------------------------------------------------------------------------
-- The result gained restore_reason: a changed result type needs the old function dropped.
DROP FUNCTION IF EXISTS console.api_state();
CREATE OR REPLACE FUNCTION console.api_state(OUT level text, OUT sector text, OUT incident bigint,
                                  OUT engaged_by text, OUT engaged_at timestamptz,
                                  OUT reason text, OUT restore_requested_by text,
                                  OUT restore_requested_at timestamptz, OUT restore_reason text)
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
    restore_reason := i.restore_reason;
END
$$;
COMMENT ON FUNCTION console.api_state() IS
    'The kill-switch in force (level none when partner APIs are on) with its reason and a '
    'requested restore with its own, for every console''s banner and the approver. Any operator '
    'with a session; not audited.';
GRANT EXECUTE ON FUNCTION console.api_state() TO cowin_operator;

CREATE OR REPLACE FUNCTION private.check_kill_switch_level(p_level text, p_sector text) RETURNS void
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

CREATE OR REPLACE FUNCTION console.kill_switch_preview(level text, sector text,
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

CREATE OR REPLACE FUNCTION console.kill_switch_engage(level text, sector text, reason text,
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

CREATE OR REPLACE FUNCTION console.kill_switch_restore_request(incident bigint, reason text,
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

CREATE OR REPLACE FUNCTION console.kill_switch_restore_approve(incident bigint, step_up_attempt bigint)
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

CREATE OR REPLACE FUNCTION console.kill_switch_restore_withdraw(incident bigint, reason text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.kill_switch_restore_withdraw',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    v_reason text := private.optional_reason(reason);
    i private.kill_switch_incident;
BEGIN
    SELECT * INTO i FROM private.kill_switch_incident k WHERE k.id = incident AND restored_at IS NULL
       FOR UPDATE;
    IF NOT FOUND OR i.restore_requested_by IS NULL THEN
        RAISE EXCEPTION 'No restore of this kill-switch is waiting for approval.'
            USING ERRCODE = 'CW409', HINT = 'field:incident';
    END IF;
    IF i.restore_requested_by <> s.role_name THEN
        PERFORM private.log_refusal('CW403', 'console.kill_switch_restore_withdraw', 'not_requester');
        RAISE EXCEPTION 'Only % can withdraw the restore they requested.', i.restore_requested_by
            USING ERRCODE = 'CW403';
    END IF;
    -- Withdrawing keeps partner APIs off: it needs no step-up code.
    UPDATE private.kill_switch_incident
       SET restore_requested_by = NULL, restore_requested_at = NULL, restore_reason = NULL
     WHERE id = i.id;
    PERFORM audit.append('api.kill_switch_restore_withdrawn', 'kill_switch', i.id::text, v_reason,
        pg_catalog.jsonb_build_object('requested_at', i.restore_requested_at,
                                      'restore_reason', i.restore_reason));
END
$$;
COMMENT ON FUNCTION console.kill_switch_restore_withdraw(bigint, text) IS
    'The operator who requested a restore withdraws it; partner APIs stay off. Incident '
    'commanders and admins (the requester only); audited.';

-- Every switch-off with its restore, newest first: what incident commanders review after an
-- incident and auditors hold to the trail.
CREATE OR REPLACE FUNCTION console.kill_switch_history(max_incidents integer)
RETURNS TABLE (id bigint, level text, sector text, reason text, engaged_by text,
               engaged_at timestamptz, restore_requested_by text, restore_requested_at timestamptz,
               restore_reason text, restored_by text, restored_at timestamptz, partners_cut integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.kill_switch_history',
                                    ARRAY['cowin_incident', 'cowin_admin', 'cowin_auditor']);
    RETURN QUERY
    SELECT i.id, i.level, i.sector, i.reason, i.engaged_by, i.engaged_at,
           i.restore_requested_by, i.restore_requested_at, i.restore_reason, i.restored_by,
           i.restored_at,
           -- For the one in force: how many partners it cuts now, wholly or in part.
           CASE WHEN i.restored_at IS NULL THEN
               (SELECT pg_catalog.count(*)::integer FROM private.partner p
                 WHERE p.status = 'active' AND private.kill_switch_cuts(i, p) IS NOT NULL)
           END
      FROM private.kill_switch_incident i
     ORDER BY i.id DESC
     LIMIT LEAST(GREATEST(coalesce(max_incidents, 50), 1), 500);
END
$$;
COMMENT ON FUNCTION console.kill_switch_history(integer) IS
    'The newest kill-switch incidents: level, who switched off when and why, the restore '
    'requested and by whom, who approved it and when; for the one in force, how many active '
    'partners it cuts. Incident commanders, admins and auditors; not audited.';
GRANT EXECUTE ON FUNCTION console.kill_switch_history(integer) TO cowin_incident, cowin_admin, cowin_auditor;
GRANT EXECUTE ON FUNCTION console.kill_switch_restore_withdraw(bigint, text) TO cowin_incident, cowin_admin;

---------------------------------------------------------------------------------------------
-- DBA entry points from the command line: partners and their first keys.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION admin.create_partner(p_name text, p_sector text, p_scopes text[],
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

CREATE OR REPLACE FUNCTION private.issue_api_key(p_partner integer, p_scopes text[], p_expires timestamptz,
                                      p_reason text, p_replaces bigint,
                                      OUT key_id bigint, OUT api_key text)
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    p private.partner;
    k private.api_key;
BEGIN
    SELECT * INTO p FROM private.partner WHERE id = p_partner FOR SHARE;
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
            pg_catalog.sha256(pg_catalog.convert_to(api_key, 'UTF8')),
            ARRAY(SELECT DISTINCT x FROM pg_catalog.unnest(p_scopes) x ORDER BY x), p_expires)
    RETURNING * INTO k;
    key_id := k.id;
    PERFORM audit.append('api.key_issued', 'api_key', k.id::text, p_reason,
        private.api_key_facts(k) || pg_catalog.jsonb_build_object('partner', p.name,
                                                                  'replaces', p_replaces));
END
$$;
COMMENT ON FUNCTION private.issue_api_key(integer, text[], timestamptz, text, bigint) IS
    'Makes a 256-bit key, stores its SHA-256 and prefix, audits it, and returns it once.';

CREATE OR REPLACE FUNCTION admin.issue_api_key(p_partner integer, p_scopes text[],
                                               p_expires timestamptz,
                                               OUT key_id bigint, OUT api_key text)
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
    SELECT * FROM private.issue_api_key(p_partner, p_scopes, p_expires, 'issued by a DBA', NULL)
$$;
COMMENT ON FUNCTION admin.issue_api_key(integer, text[], timestamptz) IS
    'Issues a key for a partner and returns it once. Superusers only (demo, benchmarks); '
    'audited.';

-- The console's partner screens: partners and their keys, read by incident commanders and
-- admins; partners created and edited, and keys issued and rotated, by admins; keys and
-- partners suspended, resumed and revoked by either. Every change is audited with its reason
-- in the same transaction, and the NOTIFY triggers of 013 tell gateways and consoles.

-- What an audit event records of a partner and of a key, as they were.
CREATE OR REPLACE FUNCTION private.partner_facts(p private.partner) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT pg_catalog.jsonb_build_object(
        'name', p.name, 'sector', p.sector, 'whitelisted', p.whitelisted, 'contact', p.contact,
        'status', p.status, 'scopes', p.scopes, 'ip_allowlist', p.ip_allowlist::text[],
        'rate_limit_per_minute', p.rate_limit_per_minute)
$$;
COMMENT ON FUNCTION private.partner_facts(private.partner) IS
    'What an audit event records about a partner as it was.';

CREATE OR REPLACE FUNCTION private.api_key_facts(k private.api_key) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$
    SELECT pg_catalog.jsonb_build_object(
        'partner_id', k.partner_id, 'prefix', k.display_prefix, 'scopes', k.scopes,
        'status', k.status, 'expires_at', k.expires_at)
$$;
COMMENT ON FUNCTION private.api_key_facts(private.api_key) IS
    'What an audit event records about a key as it was (its prefix, never its hash).';

-- The typed allowlist, one range per entry: CW422 at the field naming the first bad entry.
CREATE OR REPLACE FUNCTION private.parse_allowlist(p_entries text[]) RETURNS cidr[]
LANGUAGE plpgsql IMMUTABLE SET search_path = '' AS $$
DECLARE
    v_entry text;
    v_range cidr;
    v_host inet;
    v_min integer;
    v_result cidr[] := '{}';
BEGIN
    IF pg_catalog.cardinality(coalesce(p_entries, '{}')) > 100 THEN
        PERFORM private.raise_field_problem('ip_allowlist', 'List at most 100 address ranges.');
    END IF;
    FOREACH v_entry IN ARRAY coalesce(p_entries, '{}') LOOP
        v_entry := pg_catalog.btrim(v_entry);
        CONTINUE WHEN v_entry = '';
        BEGIN
            v_range := v_entry::cidr;
        EXCEPTION WHEN invalid_text_representation OR invalid_parameter_value THEN
            BEGIN
                v_host := v_entry::inet;
            EXCEPTION WHEN invalid_text_representation OR invalid_parameter_value THEN
                v_host := NULL;
            END;
            IF v_host IS NOT NULL THEN
                PERFORM private.raise_field_problem('ip_allowlist', pg_catalog.format(
                    '"%s" has address bits after its prefix length; did you mean %s?',
                    v_entry, pg_catalog.network(v_host)));
            END IF;
            PERFORM private.raise_field_problem('ip_allowlist', pg_catalog.format(
                '"%s" is not an address or range, such as 203.0.113.0/24 or 2001:db8::/48.',
                pg_catalog.left(v_entry, 60)));
        END;
        -- A whitelist of the whole Internet is no whitelist.
        v_min := CASE pg_catalog.family(v_range) WHEN 4 THEN 8 ELSE 32 END;
        IF pg_catalog.masklen(v_range) < v_min THEN
            PERFORM private.raise_field_problem('ip_allowlist', pg_catalog.format(
                '%s is too wide: a range is at most a /8 (IPv4) or a /32 (IPv6).', v_range));
        END IF;
        IF NOT (v_range = ANY (v_result)) THEN
            v_result := v_result || v_range;
        END IF;
    END LOOP;
    RETURN v_result;
END
$$;
COMMENT ON FUNCTION private.parse_allowlist(text[]) IS
    'The typed IP allowlist as cidr[] (blank entries skipped, duplicates merged); CW422 at the '
    'field ip_allowlist naming the first entry that is not a range or is wider than /8 or /32.';

-- CW422 at the first field of a partner draft that cannot be saved.
CREATE OR REPLACE FUNCTION private.check_partner_draft(p_id integer, p_name text, p_sector text,
                                            p_contact text, p_scopes text[], p_rate integer)
RETURNS void
LANGUAGE plpgsql STABLE SET search_path = '' AS $$
DECLARE
    v_unknown text;
BEGIN
    IF p_name IS NULL OR pg_catalog.length(pg_catalog.btrim(p_name)) NOT BETWEEN 2 AND 120 THEN
        PERFORM private.raise_field_problem('name', 'A partner''s name has 2 to 120 characters.');
    END IF;
    IF EXISTS (SELECT 1 FROM private.partner p
                WHERE pg_catalog.lower(p.name) = pg_catalog.lower(pg_catalog.btrim(p_name))
                  AND p.id IS DISTINCT FROM p_id) THEN
        PERFORM private.raise_field_problem('name', 'Another partner already has this name.');
    END IF;
    IF p_sector IS NULL OR p_sector NOT IN ('government', 'private') THEN
        PERFORM private.raise_field_problem('sector', 'Choose the sector: government or private.');
    END IF;
    IF pg_catalog.length(coalesce(p_contact, '')) > 200 THEN
        PERFORM private.raise_field_problem('contact', 'The contact is too long: at most 200 characters.');
    END IF;
    IF pg_catalog.cardinality(coalesce(p_scopes, '{}')) = 0 THEN
        PERFORM private.raise_field_problem('scopes', 'Grant at least one scope.');
    END IF;
    SELECT x INTO v_unknown FROM pg_catalog.unnest(p_scopes) x
     WHERE x IS NULL OR x NOT IN (SELECT s.name FROM private.api_scope s) LIMIT 1;
    IF FOUND THEN
        PERFORM private.raise_field_problem('scopes',
            pg_catalog.format('There is no scope "%s".', coalesce(v_unknown, '')));
    END IF;
    IF p_rate IS NULL OR p_rate NOT BETWEEN 1 AND 100000 THEN
        PERFORM private.raise_field_problem('rate_limit_per_minute',
            'The rate limit is 1 to 100,000 calls a minute.');
    END IF;
END
$$;
COMMENT ON FUNCTION private.check_partner_draft(integer, text, text, text, text[], integer) IS
    'CW422 at the field for a partner name (2-120, unique ignoring case), sector, contact, '
    'scopes (at least one, all known) or rate limit (1-100,000) that cannot be saved.';

-- The partner an action is about, locked: CW422 unknown, CW409 stale version.
CREATE OR REPLACE FUNCTION private.partner_for_action(p_id integer, p_version integer) RETURNS private.partner
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    p private.partner;
BEGIN
    SELECT * INTO p FROM private.partner WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no such partner.' USING ERRCODE = 'CW422', HINT = 'field:partner';
    END IF;
    IF p_version IS NOT NULL AND p.version <> p_version THEN
        RAISE EXCEPTION 'Someone else changed this partner after you opened it. Reload it and try again.'
            USING ERRCODE = 'CW409', HINT = 'field:version';
    END IF;
    RETURN p;
END
$$;
COMMENT ON FUNCTION private.partner_for_action(integer, integer) IS
    'The partner an action is about, locked: CW422 unknown, CW409 stale version.';

-- The key an action is about, locked with its partner: CW422 unknown, CW409 already revoked.
CREATE OR REPLACE FUNCTION private.api_key_for_action(p_id bigint) RETURNS private.api_key
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    k private.api_key;
BEGIN
    SELECT * INTO k FROM private.api_key WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no such key.' USING ERRCODE = 'CW422', HINT = 'field:key';
    END IF;
    IF k.status = 'revoked' THEN
        RAISE EXCEPTION 'This key is revoked, and a revoked key stays revoked.'
            USING ERRCODE = 'CW409', HINT = 'field:key';
    END IF;
    RETURN k;
END
$$;
COMMENT ON FUNCTION private.api_key_for_action(bigint) IS
    'The key an action is about, locked: CW422 unknown, CW409 already revoked (final).';

---------------------------------------------------------------------------------------------
-- Reading: incident commanders and admins. Not audited (no personal data).
---------------------------------------------------------------------------------------------
-- "The last day" of usage everywhere the console shows it: the current hour and the 23
-- before it, so the list, the keys and the hourly chart add up to the same calls.
CREATE OR REPLACE FUNCTION private.usage_day_start() RETURNS timestamptz
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT pg_catalog.date_trunc('hour', pg_catalog.clock_timestamp()) - interval '23 hours'
$$;
COMMENT ON FUNCTION private.usage_day_start() IS
    'The start of the usage day the console shows: the current hour and the 23 before it.';

CREATE OR REPLACE FUNCTION console.api_scopes()
RETURNS TABLE (name text, personal_data boolean, description text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.api_scopes', ARRAY['cowin_incident', 'cowin_admin']);
    RETURN QUERY SELECT s.name, s.personal_data, s.description FROM private.api_scope s
                  ORDER BY s.personal_data, s.name;
END
$$;
COMMENT ON FUNCTION console.api_scopes() IS
    'The scopes a partner may be granted, personal-data ones marked. Incident commanders and '
    'admins; not audited.';
GRANT EXECUTE ON FUNCTION console.api_scopes() TO cowin_incident, cowin_admin;

-- What the kill-switch in force cuts of a partner: all its calls, its personal-data calls, or
-- none (NULL). gateway.authorize's rule (kill_switch_covers), for people to read.
CREATE OR REPLACE FUNCTION private.kill_switch_cuts(i private.kill_switch_incident, p private.partner)
RETURNS text
LANGUAGE sql STABLE SET search_path = '' AS $$
    SELECT CASE
        WHEN i.id IS NULL THEN NULL
        WHEN private.kill_switch_covers(i, p.sector, false) THEN 'all'
        WHEN private.kill_switch_covers(i, p.sector, true) AND EXISTS (
                 SELECT 1 FROM private.api_scope s
                  WHERE s.personal_data AND s.name = ANY (p.scopes)) THEN 'personal_data'
    END
$$;
COMMENT ON FUNCTION private.kill_switch_cuts(private.kill_switch_incident, private.partner) IS
    'What an engaged kill-switch cuts of a partner: all, personal_data or NULL.';

-- The result gained kill_switch_cuts: a changed result type needs the old function dropped.
DROP FUNCTION IF EXISTS console.partner_list(text, text, text);
CREATE OR REPLACE FUNCTION console.partner_list(name_query text, only_sector text, only_status text)
RETURNS TABLE (id integer, name text, sector text, whitelisted boolean, status text,
               scopes text[], active_keys integer, keys integer, calls_last_day bigint,
               denials_last_day bigint, last_used_at timestamptz, kill_switch_cuts text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    i private.kill_switch_incident := private.engaged_incident();
BEGIN
    PERFORM private.require_session('console.partner_list', ARRAY['cowin_incident', 'cowin_admin']);
    RETURN QUERY
    SELECT p.id, p.name, p.sector, p.whitelisted, p.status, p.scopes,
           (SELECT pg_catalog.count(*)::integer FROM private.api_key k
             WHERE k.partner_id = p.id AND k.status = 'active'
               AND k.expires_at > pg_catalog.clock_timestamp()),
           (SELECT pg_catalog.count(*)::integer FROM private.api_key k WHERE k.partner_id = p.id),
           coalesce(u.calls, 0), coalesce(u.denials, 0),
           (SELECT pg_catalog.max(k.last_used_at) FROM private.api_key k WHERE k.partner_id = p.id),
           private.kill_switch_cuts(i, p)
      FROM private.partner p
      LEFT JOIN LATERAL (
           SELECT pg_catalog.sum(a.calls)::bigint AS calls, pg_catalog.sum(a.denials)::bigint AS denials
             FROM private.api_key k JOIN private.api_usage a ON a.key_id = k.id
            WHERE k.partner_id = p.id
              AND a.minute >= private.usage_day_start()) u ON true
     WHERE (partner_list.name_query IS NULL
            OR p.name ILIKE '%' || private.like_escape(pg_catalog.btrim(partner_list.name_query)) || '%')
       AND (partner_list.only_sector IS NULL OR p.sector = partner_list.only_sector)
       AND (partner_list.only_status IS NULL OR p.status = partner_list.only_status)
     ORDER BY pg_catalog.lower(p.name), p.id
     LIMIT 1000;
END
$$;
COMMENT ON FUNCTION console.partner_list(text, text, text) IS
    'Partners (at most 1,000, by name) filtered by a name substring, sector and status, with '
    'their key counts, the last day''s calls and denials (since usage_day_start), last use, and '
    'what the kill-switch in force cuts of them (all, personal_data). Incident commanders and '
    'admins; not audited.';
GRANT EXECUTE ON FUNCTION console.partner_list(text, text, text) TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.partner_detail(partner integer)
RETURNS TABLE (id integer, name text, sector text, whitelisted boolean, contact text,
               status text, scopes text[], ip_allowlist text[], rate_limit_per_minute integer,
               created_at timestamptz, updated_at timestamptz, version integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.partner_detail', ARRAY['cowin_incident', 'cowin_admin']);
    RETURN QUERY
    SELECT p.id, p.name, p.sector, p.whitelisted, p.contact, p.status, p.scopes,
           p.ip_allowlist::text[], p.rate_limit_per_minute, p.created_at, p.updated_at, p.version
      FROM private.partner p WHERE p.id = partner_detail.partner;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no such partner.' USING ERRCODE = 'CW422', HINT = 'field:partner';
    END IF;
END
$$;
COMMENT ON FUNCTION console.partner_detail(integer) IS
    'One partner''s facts, allowlist and version. Incident commanders and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.partner_detail(integer) TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.partner_keys(partner integer)
RETURNS TABLE (id bigint, display_prefix text, scopes text[], status text, created_at timestamptz,
               created_by text, expires_at timestamptz, last_used_at timestamptz,
               revoked_at timestamptz, revoked_reason text, replaced_by bigint,
               calls_last_day bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.partner_keys', ARRAY['cowin_incident', 'cowin_admin']);
    RETURN QUERY
    SELECT k.id, k.display_prefix, k.scopes, k.status, k.created_at, k.created_by, k.expires_at,
           k.last_used_at, k.revoked_at, k.revoked_reason, k.replaced_by,
           (SELECT coalesce(pg_catalog.sum(a.calls), 0)::bigint FROM private.api_usage a
             WHERE a.key_id = k.id AND a.minute >= private.usage_day_start())
      FROM private.api_key k WHERE k.partner_id = partner_keys.partner
     ORDER BY k.status = 'revoked', k.created_at DESC, k.id DESC;
END
$$;
COMMENT ON FUNCTION console.partner_keys(integer) IS
    'A partner''s keys (prefix, scopes, state, dates, last day''s calls; never the key or its '
    'hash), revoked last. Incident commanders and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.partner_keys(integer) TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.partner_usage(partner integer)
RETURNS TABLE (hour timestamptz, calls bigint, denials bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_start timestamptz := private.usage_day_start();
BEGIN
    PERFORM private.require_session('console.partner_usage', ARRAY['cowin_incident', 'cowin_admin']);
    RETURN QUERY
    SELECT h.h, coalesce(pg_catalog.sum(a.calls), 0)::bigint, coalesce(pg_catalog.sum(a.denials), 0)::bigint
      FROM pg_catalog.generate_series(v_start, v_start + interval '23 hours', interval '1 hour') AS h(h)
      LEFT JOIN (private.api_usage a JOIN private.api_key k ON k.id = a.key_id
                                     AND k.partner_id = partner_usage.partner)
             ON a.minute >= h.h AND a.minute < h.h + interval '1 hour'
     GROUP BY h.h ORDER BY h.h;
END
$$;
COMMENT ON FUNCTION console.partner_usage(integer) IS
    'A partner''s calls and denials per hour for the last 24 hours (24 rows, oldest first, the '
    'current hour last). Incident commanders and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.partner_usage(integer) TO cowin_incident, cowin_admin;

---------------------------------------------------------------------------------------------
-- Partners: created and edited by admins; suspended, resumed and revoked by incident
-- commanders too.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION console.partner_create(name text, sector text, whitelisted boolean, contact text,
                                       scopes text[], ip_allowlist text[],
                                       rate_limit_per_minute integer, reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.partner_create', ARRAY['cowin_admin']);
    v_reason text;
    v_allow cidr[];
    p private.partner;
BEGIN
    PERFORM private.check_partner_draft(NULL, partner_create.name, partner_create.sector,
        partner_create.contact, partner_create.scopes, partner_create.rate_limit_per_minute);
    v_allow := private.parse_allowlist(partner_create.ip_allowlist);
    v_reason := private.reason_given(reason, 'adding a partner');
    INSERT INTO private.partner (name, sector, whitelisted, contact, scopes, ip_allowlist,
                                 rate_limit_per_minute)
    VALUES (pg_catalog.btrim(partner_create.name), partner_create.sector,
            coalesce(partner_create.whitelisted, false),
            pg_catalog.btrim(coalesce(partner_create.contact, '')),
            ARRAY(SELECT DISTINCT x FROM pg_catalog.unnest(partner_create.scopes) x ORDER BY x),
            v_allow, partner_create.rate_limit_per_minute)
    RETURNING * INTO p;
    PERFORM audit.append('api.partner_created', 'partner', p.id::text, v_reason,
        pg_catalog.jsonb_build_object('after', private.partner_facts(p)));
    RETURN p.id;
END
$$;
COMMENT ON FUNCTION console.partner_create(text, text, boolean, text, text[], text[], integer, text) IS
    'Adds a partner (CW422 at the field: name, sector, contact, scopes, ip_allowlist, '
    'rate_limit_per_minute, reason). Returns its id. Admins only; audited.';
GRANT EXECUTE ON FUNCTION console.partner_create(text, text, boolean, text, text[], text[], integer, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.partner_update(partner integer, version integer, name text, sector text,
                                       whitelisted boolean, contact text, scopes text[],
                                       ip_allowlist text[], rate_limit_per_minute integer,
                                       reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.partner_update', ARRAY['cowin_admin']);
    o private.partner := private.partner_for_action(partner_update.partner, partner_update.version);
    v_reason text;
    v_allow cidr[];
    n private.partner;
BEGIN
    IF o.status = 'revoked' THEN
        RAISE EXCEPTION 'This partner is revoked; a revoked partner stays as it was.'
            USING ERRCODE = 'CW409', HINT = 'field:partner';
    END IF;
    PERFORM private.check_partner_draft(o.id, partner_update.name, partner_update.sector,
        partner_update.contact, partner_update.scopes, partner_update.rate_limit_per_minute);
    v_allow := private.parse_allowlist(partner_update.ip_allowlist);
    v_reason := private.reason_given(reason, 'changing a partner');
    UPDATE private.partner p
       SET name = pg_catalog.btrim(partner_update.name), sector = partner_update.sector,
           whitelisted = coalesce(partner_update.whitelisted, false),
           contact = pg_catalog.btrim(coalesce(partner_update.contact, '')),
           scopes = ARRAY(SELECT DISTINCT x FROM pg_catalog.unnest(partner_update.scopes) x ORDER BY x),
           ip_allowlist = v_allow, rate_limit_per_minute = partner_update.rate_limit_per_minute,
           updated_at = pg_catalog.clock_timestamp(), version = o.version + 1
     WHERE p.id = o.id
    RETURNING * INTO n;
    IF private.partner_facts(n) = private.partner_facts(o) THEN
        RAISE EXCEPTION 'Nothing was changed.' USING ERRCODE = 'CW422', HINT = 'field:name';
    END IF;
    PERFORM audit.append('api.partner_updated', 'partner', o.id::text, v_reason,
        pg_catalog.jsonb_build_object('before', private.partner_facts(o),
                                      'after', private.partner_facts(n)));
    RETURN n.version;
END
$$;
COMMENT ON FUNCTION console.partner_update(integer, integer, text, text, boolean, text, text[], text[], integer, text) IS
    'Changes a partner (CW409 for a stale version or a revoked partner, CW422 at the field). A '
    'narrower scope list narrows every key at once: authorize needs both. Returns the new '
    'version. Admins only; audited with before and after.';
GRANT EXECUTE ON FUNCTION console.partner_update(integer, integer, text, text, boolean, text, text[], text[], integer, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.partner_set_status(partner integer, version integer, status text,
                                           reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.partner_set_status',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    o private.partner := private.partner_for_action(partner_set_status.partner,
                                                    partner_set_status.version);
    v_reason text;
    n private.partner;
    v_keys integer := 0;
BEGIN
    IF partner_set_status.status IS NULL OR partner_set_status.status NOT IN ('active', 'suspended', 'revoked') THEN
        PERFORM private.raise_field_problem('status', 'Choose active, suspended or revoked.');
    END IF;
    IF o.status = 'revoked' THEN
        RAISE EXCEPTION 'This partner is revoked, and a revoked partner stays revoked.'
            USING ERRCODE = 'CW409', HINT = 'field:status';
    END IF;
    IF o.status = partner_set_status.status THEN
        RAISE EXCEPTION 'This partner is already %.', o.status USING ERRCODE = 'CW409',
            HINT = 'field:status';
    END IF;
    v_reason := private.reason_given(reason, CASE partner_set_status.status
        WHEN 'active' THEN 'resuming a partner' WHEN 'suspended' THEN 'suspending a partner'
        ELSE 'revoking a partner' END);
    UPDATE private.partner p
       SET status = partner_set_status.status, updated_at = pg_catalog.clock_timestamp(),
           version = o.version + 1
     WHERE p.id = o.id
    RETURNING * INTO n;
    -- Revoking a partner revokes its keys too, so that nothing of it can come back.
    IF n.status = 'revoked' THEN
        UPDATE private.api_key k
           SET status = 'revoked', revoked_at = pg_catalog.clock_timestamp(),
               revoked_reason = 'partner revoked: ' || v_reason
         WHERE k.partner_id = o.id AND k.status <> 'revoked';
        GET DIAGNOSTICS v_keys = ROW_COUNT;
    END IF;
    PERFORM audit.append(CASE n.status WHEN 'active' THEN 'api.partner_resumed'
                                       WHEN 'suspended' THEN 'api.partner_suspended'
                                       ELSE 'api.partner_revoked' END,
        'partner', o.id::text, v_reason,
        pg_catalog.jsonb_build_object('name', o.name, 'before', o.status, 'after', n.status,
                                      'keys_revoked', v_keys));
    RETURN n.version;
END
$$;
COMMENT ON FUNCTION console.partner_set_status(integer, integer, text, text) IS
    'Suspends, resumes or revokes a partner (revoked is final and revokes its keys), with a '
    'reason; CW409 for a stale version or no change. Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.partner_set_status(integer, integer, text, text) TO cowin_incident, cowin_admin;

---------------------------------------------------------------------------------------------
-- Keys: issued and rotated by admins; suspended, resumed and revoked by incident commanders
-- too. A key is shown once, by the call that makes it, and never again.
---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION console.api_key_issue(partner integer, scopes text[], expires_at timestamptz,
                                      reason text, OUT key_id bigint, OUT api_key text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.api_key_issue', ARRAY['cowin_admin']);
    v_reason text := private.reason_given(reason, 'issuing a key');
BEGIN
    SELECT i.key_id, i.api_key INTO key_id, api_key
      FROM private.issue_api_key(api_key_issue.partner, api_key_issue.scopes,
                                 api_key_issue.expires_at, v_reason, NULL) i;
END
$$;
COMMENT ON FUNCTION console.api_key_issue(integer, text[], timestamptz, text) IS
    'Issues a key for a partner (scopes among the partner''s, expiry within two years) and '
    'returns it this once; only its SHA-256 is kept. Admins only; audited.';
GRANT EXECUTE ON FUNCTION console.api_key_issue(integer, text[], timestamptz, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.api_key_rotate(key bigint, grace_hours integer, expires_at timestamptz,
                                       reason text, OUT key_id bigint, OUT api_key text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.api_key_rotate', ARRAY['cowin_admin']);
    o private.api_key := private.api_key_for_action(api_key_rotate.key);
    p private.partner;
    v_reason text;
    v_scopes text[];
    n private.api_key;
BEGIN
    IF grace_hours IS NULL OR grace_hours NOT BETWEEN 0 AND 168 THEN
        PERFORM private.raise_field_problem('grace_hours',
            'Keep the old key for 0 to 168 hours (a week) at most.');
    END IF;
    v_reason := private.reason_given(reason, 'rotating a key');
    SELECT * INTO p FROM private.partner WHERE id = o.partner_id;
    v_scopes := ARRAY(SELECT x FROM pg_catalog.unnest(o.scopes) x WHERE x = ANY (p.scopes) ORDER BY x);
    SELECT i.key_id, i.api_key INTO key_id, api_key
      FROM private.issue_api_key(o.partner_id, v_scopes, api_key_rotate.expires_at, v_reason, o.id) i;
    IF grace_hours = 0 THEN
        UPDATE private.api_key k
           SET status = 'revoked', revoked_at = pg_catalog.clock_timestamp(),
               revoked_reason = 'rotated: ' || v_reason, replaced_by = key_id
         WHERE k.id = o.id RETURNING * INTO n;
    ELSE
        UPDATE private.api_key k
           SET expires_at = LEAST(k.expires_at, pg_catalog.clock_timestamp()
                                                + pg_catalog.make_interval(hours => grace_hours)),
               replaced_by = key_id
         WHERE k.id = o.id RETURNING * INTO n;
    END IF;
    PERFORM audit.append('api.key_rotated', 'api_key', o.id::text, v_reason,
        pg_catalog.jsonb_build_object('partner', p.name, 'replaced_by', key_id,
                                      'grace_hours', grace_hours,
                                      'before', private.api_key_facts(o),
                                      'after', private.api_key_facts(n)));
END
$$;
COMMENT ON FUNCTION console.api_key_rotate(bigint, integer, timestamptz, text) IS
    'Issues a new key with the old key''s scopes (those the partner still has) and returns it '
    'this once; the old key is revoked at once (grace 0) or expires after grace_hours (at most '
    '168). Admins only; audited.';
GRANT EXECUTE ON FUNCTION console.api_key_rotate(bigint, integer, timestamptz, text) TO cowin_admin;

CREATE OR REPLACE FUNCTION console.api_key_set_suspended(key bigint, suspended boolean, reason text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.api_key_set_suspended',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    o private.api_key := private.api_key_for_action(api_key_set_suspended.key);
    v_reason text;
    n private.api_key;
BEGIN
    IF suspended IS NULL OR (o.status = 'suspended') = suspended THEN
        RAISE EXCEPTION 'This key is already %.', o.status USING ERRCODE = 'CW409', HINT = 'field:key';
    END IF;
    v_reason := private.reason_given(reason, CASE WHEN suspended THEN 'suspending a key'
                                                  ELSE 'resuming a key' END);
    UPDATE private.api_key k SET status = CASE WHEN suspended THEN 'suspended' ELSE 'active' END
     WHERE k.id = o.id RETURNING * INTO n;
    PERFORM audit.append(CASE WHEN suspended THEN 'api.key_suspended' ELSE 'api.key_resumed' END,
        'api_key', o.id::text, v_reason,
        pg_catalog.jsonb_build_object('before', private.api_key_facts(o),
                                      'after', private.api_key_facts(n)));
END
$$;
COMMENT ON FUNCTION console.api_key_set_suspended(bigint, boolean, text) IS
    'Suspends or resumes a key, with a reason (CW409 when it already is, or is revoked). '
    'Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.api_key_set_suspended(bigint, boolean, text) TO cowin_incident, cowin_admin;

CREATE OR REPLACE FUNCTION console.api_key_revoke(key bigint, reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    s private.session := private.require_session('console.api_key_revoke',
                                                  ARRAY['cowin_incident', 'cowin_admin']);
    o private.api_key := private.api_key_for_action(api_key_revoke.key);
    v_reason text := private.reason_given(reason, 'revoking a key');
    n private.api_key;
BEGIN
    UPDATE private.api_key k
       SET status = 'revoked', revoked_at = pg_catalog.clock_timestamp(), revoked_reason = v_reason
     WHERE k.id = o.id RETURNING * INTO n;
    PERFORM audit.append('api.key_revoked', 'api_key', o.id::text, v_reason,
        pg_catalog.jsonb_build_object('before', private.api_key_facts(o),
                                      'after', private.api_key_facts(n)));
END
$$;
COMMENT ON FUNCTION console.api_key_revoke(bigint, text) IS
    'Revokes a key for good, with a reason. Incident commanders and admins; audited.';
GRANT EXECUTE ON FUNCTION console.api_key_revoke(bigint, text) TO cowin_incident, cowin_admin;

-- Counts unknown keys from an address (one per gateway.authorize denial, or a gateway daemon's
-- count since its last report) and blocks the address past the threshold (audited).
DROP FUNCTION IF EXISTS private.count_unknown_key(inet);
CREATE OR REPLACE FUNCTION private.count_unknown_key(p_ip inet, p_count integer DEFAULT 1)
RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_limit integer := private.limit_value('gateway_unknown_keys_per_minute');
    v_minutes integer := private.limit_value('gateway_block_minutes');
    g private.gateway_failure;
BEGIN
    IF p_ip IS NULL OR p_count IS NULL OR p_count < 1 THEN
        RETURN;
    END IF;
    INSERT INTO private.gateway_failure AS f (client_ip, window_start, failures)
    VALUES (p_ip, v_now, p_count)
    ON CONFLICT (client_ip) DO UPDATE
       SET failures = CASE WHEN f.window_start > v_now - interval '1 minute'
                           THEN LEAST(f.failures::bigint + p_count, 2147483647)::integer
                           ELSE p_count END,
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
COMMENT ON FUNCTION private.count_unknown_key(inet, integer) IS
    'Counts unknown-key denials for a client address; past the limit in a minute the address '
    'is blocked for the cooling period and the burst is audited once.';

CREATE OR REPLACE TRIGGER api_key_revoked_is_final BEFORE UPDATE OF status ON private.api_key
    FOR EACH ROW EXECUTE FUNCTION private.api_key_revoked_is_final();

CREATE OR REPLACE TRIGGER partner_revoked_is_final BEFORE UPDATE OF status ON private.partner
    FOR EACH ROW EXECUTE FUNCTION private.partner_revoked_is_final();

-- Gateways and consoles learn of a change that may change an answer; the notice names
-- nothing and carries no authority: they read the state again.
CREATE OR REPLACE TRIGGER partner_api_state AFTER INSERT OR UPDATE OR DELETE ON private.partner
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_api_state');

CREATE OR REPLACE TRIGGER api_key_api_state AFTER INSERT OR UPDATE OF status, scopes, expires_at OR DELETE
    ON private.api_key FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_api_state');

CREATE OR REPLACE TRIGGER kill_switch_api_state AFTER INSERT OR UPDATE OR DELETE ON private.kill_switch_incident
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_api_state');
