-- The console's partner screens: who may read and change what, every refusal at its field,
-- keys shown once and kept only as hashes, rotation with and without grace, suspend, resume
-- and revoke (final) for keys and partners, usage per hour, and the audit of each change.
BEGIN;
\ir setup.psql
SELECT plan(60);

CREATE ROLE tap_pc_gw LOGIN IN ROLE cowin_gateway;
SELECT pg_temp.operator('tap_pc_admin', ARRAY['cowin_admin']) AS c1 \gset
SELECT pg_temp.operator('tap_pc_incident', ARRAY['cowin_incident']) AS c2 \gset
SELECT pg_temp.operator('tap_pc_help', ARRAY['cowin_helpdesk']) AS c3 \gset
SELECT pg_temp.operator('tap_pc_audit', ARRAY['cowin_auditor']) AS c4 \gset
SELECT pg_temp.fake_session('tap_pc_admin', 'admin-token');
SELECT pg_temp.fake_session('tap_pc_incident', 'incident-token');
SELECT pg_temp.fake_session('tap_pc_help', 'help-token');
SELECT pg_temp.fake_session('tap_pc_audit', 'audit-token');

CREATE FUNCTION pg_temp.admin(p_sql text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session('tap_pc_admin', 'admin-token', p_sql)
$$;
CREATE FUNCTION pg_temp.auth(p_key text, p_scope text, p_ip inet) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v text;
BEGIN
    SET SESSION AUTHORIZATION tap_pc_gw;
    SELECT allowed::text || ':' || reason INTO v FROM gateway.authorize(p_key, p_scope, p_ip);
    RESET SESSION AUTHORIZATION;
    RETURN v;
END
$$;
-- A partner_create call with one field changed from a valid draft.
CREATE FUNCTION pg_temp.create_sql(p_name text DEFAULT 'Tap Railway Health', p_sector text DEFAULT 'government',
                                   p_scopes text DEFAULT 'ARRAY[''certificate.verify'',''beneficiary.lookup'']',
                                   p_allow text DEFAULT 'ARRAY[''10.20.0.0/16'', '' 2001:db8:20::/48 '', ''10.20.0.0/16'', '''']',
                                   p_rate text DEFAULT '1200', p_reason text DEFAULT '''MoU 2026/41 signed''')
RETURNS text LANGUAGE sql AS $$
    SELECT format('SELECT console.partner_create(%L, %L, true, %L, %s, %s, %s, %s)',
                  p_name, p_sector, 'api-desk@railway.example', p_scopes, p_allow, p_rate, p_reason)
$$;

-- Who may read.
SELECT is(pg_temp.sqlstate_in_session('tap_pc_help', 'help-token', 'SELECT * FROM console.partner_list(NULL, NULL, NULL)'),
          '42501', 'helpdesk may not list partners');
SELECT is(pg_temp.sqlstate_in_session('tap_pc_audit', 'audit-token', 'SELECT * FROM console.api_scopes()'),
          '42501', 'auditors may not read partner scopes');
SELECT is(pg_temp.value_in_session('tap_pc_incident', 'incident-token',
          $$SELECT string_agg(name || ':' || personal_data, ',') FROM console.api_scopes()$$),
          'appointment.slots:false,centre.list:false,certificate.verify:false,appointment.book:true,beneficiary.lookup:true,certificate.download:true',
          'incident commanders read the scopes, personal-data ones last');
SELECT is(pg_temp.sqlstate_in_session('tap_pc_admin', 'no-such-token', 'SELECT * FROM console.partner_list(NULL, NULL, NULL)'),
          'CW401', 'no reading without a session');

-- Creating: admins only, every refusal at its field.
SELECT is(pg_temp.sqlstate_in_session('tap_pc_incident', 'incident-token', pg_temp.create_sql()),
          '42501', 'incident commanders may not add partners');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_name => ' x ')),
          'CW422 field:name A partner''s name has 2 to 120 characters.', 'a one-letter name is refused at the name');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_sector => 'ngo')),
          'CW422 field:sector Choose the sector: government or private.', 'an unknown sector is refused at the sector');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_scopes => 'ARRAY[''certificate.verify'', ''beneficiary.everything'']')),
          'CW422 field:scopes There is no scope "beneficiary.everything".', 'an unknown scope is named');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_scopes => '''{}''::text[]')),
          'CW422 field:scopes Grant at least one scope.', 'a partner without scopes is refused');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_rate => '0')),
          'CW422 field:rate_limit_per_minute The rate limit is 1 to 100,000 calls a minute.', 'a zero rate limit is refused');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_allow => 'ARRAY[''10.20.0.0/16'', ''10.20.3.4/16'']')),
          'CW422 field:ip_allowlist "10.20.3.4/16" has address bits after its prefix length; did you mean 10.20.0.0/16?',
          'a range with host bits names the entry and suggests the network');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_allow => 'ARRAY[''gateway.example'']')),
          'CW422 field:ip_allowlist "gateway.example" is not an address or range, such as 203.0.113.0/24 or 2001:db8::/48.',
          'a host name is not a range');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_allow => 'ARRAY[''0.0.0.0/0'']')),
          'CW422 field:ip_allowlist 0.0.0.0/0 is too wide: a range is at most a /8 (IPv4) or a /32 (IPv6).',
          'the whole Internet is no allowlist');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_allow => 'ARRAY[''2001::/16'']')),
          'CW422 field:ip_allowlist 2001::/16 is too wide: a range is at most a /8 (IPv4) or a /32 (IPv6).',
          'nor is a /16 of IPv6');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_reason => '''ok''')),
          'CW422 field:reason Give a reason for adding a partner: at least 5 characters, kept in the audit trail.',
          'a partner is added with a reason');
SELECT pg_temp.admin(pg_temp.create_sql()) AS rail \gset
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', pg_temp.create_sql(p_name => 'TAP RAILWAY HEALTH')),
          'CW422 field:name Another partner already has this name.', 'names are unique regardless of case');
SELECT is((SELECT ip_allowlist::text FROM private.partner WHERE id = :rail), '{10.20.0.0/16,2001:db8:20::/48}',
          'the allowlist is trimmed, without blanks or duplicates');
SELECT is((SELECT action || ' ' || actor || ' ' || reason || ' ' || (details -> 'after' ->> 'sector') FROM audit.event
            WHERE target_type = 'partner' AND target_id = :'rail'),
          'api.partner_created tap_pc_admin MoU 2026/41 signed government', 'the creation is audited with its reason and facts');
SELECT pg_temp.admin(pg_temp.create_sql(p_name => 'Tap 100% Private Clinic', p_sector => 'private',
                                        p_scopes => 'ARRAY[''appointment.slots'']', p_allow => 'ARRAY[''198.51.100.0/24'']')) AS clinic \gset

-- Listing and reading.
SELECT is(pg_temp.admin($$SELECT string_agg(name, ',') FROM console.partner_list('100%', NULL, NULL)$$),
          'Tap 100% Private Clinic', 'a name filter matches % literally');
SELECT is(pg_temp.admin($$SELECT string_agg(name, ',') FROM console.partner_list('tap', 'government', 'active')$$),
          'Tap Railway Health', 'sector and status filters combine');
SELECT is(pg_temp.value_in_session('tap_pc_incident', 'incident-token',
          format('SELECT name || '' v'' || version || '' '' || array_to_string(ip_allowlist, '';'') FROM console.partner_detail(%s)', :rail)),
          'Tap Railway Health v1 10.20.0.0/16;2001:db8:20::/48', 'incident commanders read a partner''s details');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', 'SELECT * FROM console.partner_detail(-1)'),
          'CW422 field:partner There is no such partner.', 'an unknown partner is named as such');

-- Editing: admins, with the version they read.
SELECT is(pg_temp.sqlstate_in_session('tap_pc_incident', 'incident-token',
          format($$SELECT console.partner_update(%s, 1, 'Tap Railway Health', 'government', true, '', ARRAY['certificate.verify'], ARRAY['10.20.0.0/16'], 600, 'narrowing after review')$$, :rail)),
          '42501', 'incident commanders may not edit partners');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token',
          format($$SELECT console.partner_update(%s, 1, 'Tap Railway Health', 'government', true, 'api-desk@railway.example', ARRAY['beneficiary.lookup', 'certificate.verify'], ARRAY['10.20.0.0/16', '2001:db8:20::/48'], 1200, 'no change at all')$$, :rail)),
          'CW422 field:name Nothing was changed.', 'an edit that changes nothing is refused');
SELECT is(pg_temp.admin(format($$SELECT console.partner_update(%s, 1, 'Tap Railway Health', 'government', true, 'api-desk@railway.example', ARRAY['certificate.verify', 'beneficiary.lookup', 'appointment.slots'], ARRAY['10.20.0.0/16', '2001:db8:20::/48'], 1200, 'booking pilot')$$, :rail)),
          '2', 'an edit returns the next version');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token',
          format($$SELECT console.partner_update(%s, 1, 'Tap Railway Health', 'government', true, '', ARRAY['certificate.verify'], ARRAY['10.20.0.0/16'], 600, 'narrowing after review')$$, :rail)),
          'CW409 field:version Someone else changed this partner after you opened it. Reload it and try again.',
          'an edit of a stale version is refused');
SELECT is((SELECT (details -> 'before' ->> 'scopes') || ' -> ' || (details -> 'after' ->> 'scopes') FROM audit.event
            WHERE action = 'api.partner_updated' AND target_id = :'rail'),
          '["beneficiary.lookup", "certificate.verify"] -> ["appointment.slots", "beneficiary.lookup", "certificate.verify"]',
          'an edit is audited with before and after');

-- Keys: issued once, kept as a hash.
SELECT is(pg_temp.sqlstate_in_session('tap_pc_incident', 'incident-token',
          format($$SELECT * FROM console.api_key_issue(%s, ARRAY['certificate.verify'], now() + interval '90 days', 'first key for the pilot')$$, :rail)),
          '42501', 'incident commanders may not issue keys');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token',
          format($$SELECT * FROM console.api_key_issue(%s, ARRAY['certificate.download'], now() + interval '90 days', 'first key for the pilot')$$, :rail)),
          'CW422 field:scopes A key''s scopes must be among the partner''s: appointment.slots, beneficiary.lookup, certificate.verify.',
          'a key cannot have a scope its partner lacks');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token',
          format($$SELECT * FROM console.api_key_issue(%s, ARRAY['certificate.verify'], now() + interval '3 years', 'first key for the pilot')$$, :rail)),
          'CW422 field:expires_at A key expires within two years.', 'a key lives at most two years');
SELECT pg_temp.admin(format($$SELECT key_id || ' ' || api_key FROM console.api_key_issue(%s, ARRAY['certificate.verify', 'beneficiary.lookup'], now() + interval '90 days', 'first key for the pilot')$$, :rail)) AS issued \gset
SELECT split_part(:'issued', ' ', 1) AS k1, split_part(:'issued', ' ', 2) AS key1 \gset
SELECT matches(:'key1'::text, '^cwk_[0-9a-f]{64}$', 'a key is cwk_ and 256 random bits in hex');
SELECT is((SELECT key_hash = sha256(convert_to(:'key1', 'UTF8')) AND display_prefix = left(:'key1', 12)
             FROM private.api_key WHERE id = :k1), true, 'the server keeps its SHA-256 and a 12-character prefix');
SELECT is((SELECT count(*)::int FROM audit.event WHERE details::text LIKE '%' || substr(:'key1', 13) || '%'), 0,
          'the audit trail never holds the key');
SELECT is(pg_temp.admin(format($$SELECT count(*) FROM console.partner_keys(%s) k WHERE row_to_json(k)::text LIKE '%%' || %L || '%%'$$, :rail, substr(:'key1', 13))),
          '0', 'no later read returns the key');
SELECT is(pg_temp.auth(:'key1', 'beneficiary.lookup', '10.20.1.1'), 'true:ok', 'the new key works at the gateway');

-- Rotation with a grace period, then at once.
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token',
          format($$SELECT * FROM console.api_key_rotate(%s, 200, now() + interval '90 days', 'scheduled rotation')$$, :k1)),
          'CW422 field:grace_hours Keep the old key for 0 to 168 hours (a week) at most.', 'a grace period is at most a week');
SELECT pg_temp.admin(format($$SELECT key_id || ' ' || api_key FROM console.api_key_rotate(%s, 24, now() + interval '90 days', 'scheduled rotation')$$, :k1)) AS rotated \gset
SELECT split_part(:'rotated', ' ', 1) AS k2, split_part(:'rotated', ' ', 2) AS key2 \gset
SELECT is(pg_temp.auth(:'key1', 'beneficiary.lookup', '10.20.1.1') || ' ' || pg_temp.auth(:'key2', 'beneficiary.lookup', '10.20.1.1'),
          'true:ok true:ok', 'during the grace period the old and the new key both work');
SELECT is((SELECT replaced_by = :k2 AND expires_at BETWEEN now() + interval '23 hours 59 minutes' AND now() + interval '24 hours 1 minute'
             FROM private.api_key WHERE id = :k1), true, 'the old key now expires after the grace period and names its successor');
SELECT is((SELECT scopes::text FROM private.api_key WHERE id = :k2), '{beneficiary.lookup,certificate.verify}', 'the new key has the old one''s scopes');
SELECT pg_temp.admin(format($$SELECT key_id || ' ' || api_key FROM console.api_key_rotate(%s, 0, now() + interval '90 days', 'key seen in a paste site')$$, :k2)) AS rotated2 \gset
SELECT split_part(:'rotated2', ' ', 1) AS k3, split_part(:'rotated2', ' ', 2) AS key3 \gset
SELECT is(pg_temp.auth(:'key2', 'beneficiary.lookup', '10.20.1.1') || ' ' || pg_temp.auth(:'key3', 'beneficiary.lookup', '10.20.1.1'),
          'false:key_revoked true:ok', 'with no grace the old key is revoked at once');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token',
          format($$SELECT * FROM console.api_key_rotate(%s, 0, now() + interval '90 days', 'rotate it again')$$, :k2)),
          'CW409 field:key This key is revoked, and a revoked key stays revoked.', 'a revoked key cannot be rotated');

-- Suspend, resume, revoke: incident commanders too.
SELECT is(pg_temp.sqlstate_in_session('tap_pc_help', 'help-token', format($$SELECT console.api_key_set_suspended(%s, true, 'suspicious volume')$$, :k3)),
          '42501', 'helpdesk may not suspend a key');
SELECT is(pg_temp.sqlstate_in_session('tap_pc_incident', 'incident-token', format($$SELECT console.api_key_set_suspended(%s, true, 'suspicious volume')$$, :k3)),
          '00000', 'an incident commander suspends a key');
SELECT is(pg_temp.auth(:'key3', 'certificate.verify', '10.20.1.1'), 'false:key_suspended', 'a suspended key is denied');
SELECT is(pg_temp.refusal('tap_pc_incident', 'incident-token', format($$SELECT console.api_key_set_suspended(%s, true, 'suspicious volume')$$, :k3)),
          'CW409 field:key This key is already suspended.', 'suspending twice is refused');
SELECT is(pg_temp.sqlstate_in_session('tap_pc_incident', 'incident-token', format($$SELECT console.api_key_set_suspended(%s, false, 'volume explained')$$, :k3)),
          '00000', 'and resumes it');
SELECT is(pg_temp.auth(:'key3', 'certificate.verify', '10.20.1.1'), 'true:ok', 'a resumed key works again');
SELECT is(pg_temp.refusal('tap_pc_incident', 'incident-token', format($$SELECT console.api_key_revoke(%s, '')$$, :k3)),
          'CW422 field:reason Give a reason for revoking a key: at least 5 characters, kept in the audit trail.',
          'revoking needs a reason');
SELECT is(pg_temp.sqlstate_in_session('tap_pc_incident', 'incident-token', format($$SELECT console.api_key_revoke(%s, 'bot traffic from this key')$$, :k3)),
          '00000', 'an incident commander revokes a key');
SELECT is(pg_temp.auth(:'key3', 'certificate.verify', '10.20.1.1'), 'false:key_revoked', 'a revoked key is denied');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', format($$SELECT console.api_key_set_suspended(%s, false, 'bring it back')$$, :k3)),
          'CW409 field:key This key is revoked, and a revoked key stays revoked.', 'revoked is final');

-- Partners: suspend, resume, revoke (final, with every key).
SELECT pg_temp.admin(format($$SELECT key_id || ' ' || api_key FROM console.api_key_issue(%s, ARRAY['appointment.slots'], now() + interval '30 days', 'clinic booking key')$$, :clinic)) AS issued4 \gset
SELECT split_part(:'issued4', ' ', 2) AS key4 \gset
SELECT is(pg_temp.value_in_session('tap_pc_incident', 'incident-token', format($$SELECT console.partner_set_status(%s, 1, 'suspended', 'scraping reported')$$, :clinic)),
          '2', 'an incident commander suspends a partner');
SELECT is(pg_temp.auth(:'key4', 'appointment.slots', '198.51.100.9'), 'false:partner_suspended', 'its keys are denied');
SELECT is(pg_temp.value_in_session('tap_pc_incident', 'incident-token', format($$SELECT console.partner_set_status(%s, 2, 'active', 'scraping was a test')$$, :clinic)),
          '3', 'and resumes it');
SELECT is(pg_temp.value_in_session('tap_pc_admin', 'admin-token', format($$SELECT console.partner_set_status(%s, 3, 'revoked', 'contract ended')$$, :clinic)),
          '4', 'an admin revokes it');
SELECT is((SELECT string_agg(k.status || ':' || k.revoked_reason, ',') FROM private.api_key k JOIN private.partner p ON p.id = k.partner_id WHERE p.id = :clinic),
          'revoked:partner revoked: contract ended', 'revoking a partner revokes its keys');
SELECT is(pg_temp.refusal('tap_pc_admin', 'admin-token', format($$SELECT console.partner_set_status(%s, 4, 'active', 'contract renewed')$$, :clinic)),
          'CW409 field:status This partner is revoked, and a revoked partner stays revoked.', 'a revoked partner stays revoked');

-- Usage per hour, from the gateway's reports.
SET SESSION AUTHORIZATION tap_pc_gw;
SELECT gateway.report_usage(:'key1', date_trunc('hour', now()) - interval '3 hours' + interval '5 minutes', 40, 2);
SELECT gateway.report_usage(:'key1', date_trunc('hour', now()) - interval '3 hours' + interval '50 minutes', 10, 0);
SELECT gateway.report_usage(:'key3', date_trunc('hour', now()), 7, 7);
SELECT gateway.report_usage(:'key3', now() - interval '25 hours', 1000, 0);
RESET SESSION AUTHORIZATION;
SELECT is(pg_temp.admin(format($$SELECT count(*) || ' rows; ' || string_agg(calls || '/' || denials, ' ' ORDER BY hour) FILTER (WHERE calls > 0) FROM console.partner_usage(%s)$$, :rail)),
          '24 rows; 50/2 7/7', 'usage is 24 hours, oldest first, summed per hour over the partner''s keys');
SELECT is(pg_temp.admin($$SELECT calls_last_day || '/' || denials_last_day || ' ' || active_keys || '/' || keys FROM console.partner_list('railway', NULL, NULL)$$),
          '57/9 1/3', 'the list shows the last day''s calls and active keys of all');

-- The audit of a key's life.
SELECT is((SELECT string_agg(action || ':' || actor, ',' ORDER BY id) FROM audit.event
            WHERE target_type = 'api_key' AND target_id IN (:'k1', :'k3')),
          'api.key_issued:tap_pc_admin,api.key_rotated:tap_pc_admin,api.key_issued:tap_pc_admin,api.key_suspended:tap_pc_incident,api.key_resumed:tap_pc_incident,api.key_revoked:tap_pc_incident',
          'issue, rotation, suspension, resumption and revocation are audited with their actors');

SELECT * FROM finish();
ROLLBACK;
