-- Demo data only (the console's demo), applied as a superuser, called and dropped in one
-- transaction at every demo start: what the portal simulator needs to show the lookup watch.
-- Centres get their kinds (peers are accounts at the same kind of centre), two canary numbers
-- are planted once (one of them on the walk of the simulator's partner-key bot), the bot's key
-- of the last run is revoked and a new one issued (its plain text goes back to the simulator,
-- in memory only), and the accounts the simulator uses are named. Never part of the migrations.

CREATE OR REPLACE FUNCTION admin.demo_watch(p_key_canary text, p_accounts integer)
RETURNS TABLE (bot_key text, login_id text, state_code text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_partner integer;
BEGIN
    UPDATE private.centre c
       SET kind = CASE WHEN c.name LIKE 'District Hospital %' THEN 'district_hospital'
                       WHEN c.name LIKE 'CHC %' THEN 'community_health_centre'
                       WHEN c.name LIKE 'Govt Dispensary %' THEN 'outreach_camp'
                       ELSE 'primary_health_centre' END
     WHERE c.kind = 'primary_health_centre'
       AND (c.name LIKE 'District Hospital %' OR c.name LIKE 'CHC %' OR c.name LIKE 'Govt Dispensary %');
    IF NOT EXISTS (SELECT 1 FROM private.canary) THEN
        INSERT INTO private.canary (subject_hash, masked, label, planted_by)
        VALUES (private.subject_hash(p_key_canary), private.mask_subject(p_key_canary),
                'Demo canary on the partner bot''s walk', 'demo data'),
               (private.subject_hash('6999999901'), private.mask_subject('6999999901'),
                'Demo canary, never given out', 'demo data');
        PERFORM audit.append('watch.canary_planted', 'canary', c.id::text, 'demo data',
                             pg_catalog.jsonb_build_object('number', c.masked, 'label', c.label))
           FROM private.canary c;
    END IF;

    SELECT p.id INTO v_partner FROM private.partner p WHERE p.name = 'QuickSlot Booking' AND p.status = 'active';
    IF v_partner IS NOT NULL THEN
        PERFORM audit.append('api.key_revoked', 'api_key', k.id::text, 'demo: a new run of the portal simulator', NULL)
           FROM private.api_key k
          WHERE k.partner_id = v_partner AND k.scopes = ARRAY['beneficiary.lookup'] AND k.status <> 'revoked';
        UPDATE private.api_key k
           SET status = 'revoked', revoked_at = pg_catalog.clock_timestamp(),
               revoked_reason = 'demo: a new run of the portal simulator'
         WHERE k.partner_id = v_partner AND k.scopes = ARRAY['beneficiary.lookup'] AND k.status <> 'revoked';
        SELECT k.api_key INTO bot_key
          FROM private.issue_api_key(v_partner, ARRAY['beneficiary.lookup'],
                                     pg_catalog.clock_timestamp() + interval '1 day',
                                     'demo: the portal simulator''s bot', NULL) k;
    END IF;
    RETURN QUERY
    SELECT bot_key, v.login_id::text, v.state_code
      FROM private.vaccinator v WHERE v.status = 'active' ORDER BY v.id LIMIT p_accounts;
END
$$;
