-- Demo data only (cowin-admin demo-data), applied as a superuser, called and dropped in one
-- transaction: government and private partners with their keys, and a day of gateway usage
-- with a working-hours rhythm and one burst of denied calls, so the partner screens and the
-- kill-switch's blast radius show something real. The keys themselves are thrown away: the
-- server keeps only their hashes, as it does for every key. Never part of the migrations.

CREATE OR REPLACE FUNCTION admin.demo_partners() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    r record;
    v_partner integer;
    v_key bigint;
    v_keys integer := 0;
    v_now timestamptz := pg_catalog.date_trunc('minute', pg_catalog.clock_timestamp());
BEGIN
    IF EXISTS (SELECT 1 FROM private.partner) THEN
        RETURN 0;
    END IF;
    FOR r IN SELECT * FROM (VALUES
        ('DigiLocker (MeitY)', 'government', 'digilocker-ops@meity.example',
         ARRAY['certificate.download', 'certificate.verify'], ARRAY['164.100.0.0/16']::cidr[], 3000, 'active', 2, 400),
        ('UMANG (MeitY)', 'government', 'umang-noc@meity.example',
         ARRAY['appointment.book', 'appointment.slots', 'centre.list', 'certificate.download'],
         ARRAY['164.100.94.0/24', '2405:8a00::/32']::cidr[], 2400, 'active', 1, 260),
        ('Aarogya Setu (NIC)', 'government', 'setu-api@nic.example',
         ARRAY['appointment.slots', 'beneficiary.lookup', 'centre.list', 'certificate.verify'],
         ARRAY['164.100.128.0/20']::cidr[], 6000, 'active', 2, 900),
        ('Karnataka State Health Portal', 'government', 'hfw-it@karnataka.example',
         ARRAY['beneficiary.lookup', 'centre.list'], ARRAY['103.10.132.0/22']::cidr[], 600, 'active', 1, 70),
        ('Kerala eHealth', 'government', 'ehealth-ops@kerala.example',
         ARRAY['centre.list', 'certificate.verify'], ARRAY['117.239.0.0/16']::cidr[], 600, 'active', 1, 45),
        ('Sanjeevani Hospitals Pvt Ltd', 'private', 'it-security@sanjeevani.example',
         ARRAY['appointment.book', 'appointment.slots', 'beneficiary.lookup'],
         ARRAY['203.0.113.0/26']::cidr[], 300, 'active', 2, 120),
        ('Nirmal Diagnostics', 'private', 'api@nirmal-diagnostics.example',
         ARRAY['certificate.verify'], ARRAY['198.51.100.16/28']::cidr[], 120, 'active', 1, 30),
        ('QuickSlot Booking', 'private', 'partners@quickslot.example',
         ARRAY['appointment.book', 'appointment.slots', 'beneficiary.lookup', 'centre.list'],
         ARRAY['192.0.2.0/24', '2001:db8:51::/48']::cidr[], 1200, 'active', 3, 350),
        ('TravelSafe Visa Services', 'private', 'compliance@travelsafe.example',
         ARRAY['certificate.verify'], ARRAY['198.51.100.200/32']::cidr[], 60, 'active', 1, 15),
        ('TeleBot Messaging', 'private', 'support@telebot.example',
         ARRAY['beneficiary.lookup', 'certificate.download'], ARRAY['185.220.100.0/22']::cidr[], 600, 'suspended', 1, 500),
        ('Dhanvantari Pharmacy Chain', 'private', 'it@dhanvantari.example',
         ARRAY['centre.list'], ARRAY['203.0.113.128/25']::cidr[], 60, 'revoked', 1, 0)
    ) AS p(name, sector, contact, scopes, allowlist, rate, status, keys, per_minute) LOOP
        INSERT INTO private.partner (name, sector, whitelisted, contact, scopes, ip_allowlist,
                                     rate_limit_per_minute, created_at, updated_at)
        VALUES (r.name, r.sector, true, r.contact, r.scopes, r.allowlist, r.rate,
                v_now - interval '200 days', v_now - interval '200 days')
        RETURNING id INTO v_partner;
        PERFORM audit.append('api.partner_created', 'partner', v_partner::text, 'demo data',
            pg_catalog.jsonb_build_object('name', r.name, 'sector', r.sector));
        FOR i IN 1 .. r.keys LOOP
            SELECT k.key_id INTO v_key
              FROM private.issue_api_key(v_partner, r.scopes, v_now + (90 * i) * interval '1 day',
                                         'demo data', NULL) k;
            v_keys := v_keys + 1;
            -- A day of calls, per minute: busier in working hours (Indian time), and for
            -- TeleBot a burst that the gateways refused before the partner was suspended.
            IF r.per_minute > 0 THEN
                INSERT INTO private.api_usage (key_id, minute, calls, denials)
                SELECT v_key, m, c, CASE WHEN r.name LIKE 'TeleBot%' AND m > v_now - interval '5 hours'
                                         THEN c ELSE (c * 0.02)::integer END
                  FROM (SELECT m, GREATEST(1, (r.per_minute / r.keys * (0.35 + 0.65 * pg_catalog.sin(
                               pg_catalog.pi() * pg_catalog.date_part('hour', m AT TIME ZONE 'Asia/Kolkata') / 24) ^ 2)
                               * (0.8 + 0.4 * pg_catalog.random())
                               * CASE WHEN r.name LIKE 'TeleBot%' AND m BETWEEN v_now - interval '7 hours'
                                                                          AND v_now - interval '5 hours'
                                      THEN 6 ELSE 1 END)::integer) AS c
                          FROM pg_catalog.generate_series(v_now - interval '24 hours', v_now - interval '1 minute',
                                                          interval '1 minute') AS g(m)) u
                 WHERE NOT (r.name LIKE 'TeleBot%' AND m > v_now - interval '3 hours');
                UPDATE private.api_key SET last_used_at = v_now - interval '1 minute'
                 WHERE id = v_key AND r.status = 'active';
            END IF;
        END LOOP;
        IF r.status <> 'active' THEN
            UPDATE private.partner SET status = r.status WHERE id = v_partner;
            IF r.status = 'revoked' THEN
                UPDATE private.api_key SET status = 'revoked', revoked_at = v_now - interval '30 days',
                       revoked_reason = 'partner revoked: contract ended'
                 WHERE partner_id = v_partner;
            END IF;
            PERFORM audit.append('api.partner_' || CASE r.status WHEN 'revoked' THEN 'revoked' ELSE 'suspended' END,
                'partner', v_partner::text,
                CASE r.status WHEN 'revoked' THEN 'contract ended' ELSE 'bulk beneficiary lookups from a bot' END,
                pg_catalog.jsonb_build_object('name', r.name, 'before', 'active', 'after', r.status));
        END IF;
    END LOOP;
    RETURN v_keys;
END
$$;
