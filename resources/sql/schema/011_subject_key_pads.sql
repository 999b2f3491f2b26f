-- run-as: cowin_owner
-- The keyed hash of a looked-up number is HMAC-SHA-256 computed with the core sha256(): the
-- key's inner and outer pads (RFC 2104) are kept beside it, made once here, so a lookup does
-- not go through pgcrypto's HMAC (about 100 µs a call there, against a few µs this way).
ALTER TABLE private.subject_key
    ADD COLUMN inner_pad bytea CHECK (pg_catalog.octet_length(inner_pad) = 64),
    ADD COLUMN outer_pad bytea CHECK (pg_catalog.octet_length(outer_pad) = 64);
DO $$
DECLARE
    k bytea := (SELECT secret || pg_catalog.decode(pg_catalog.repeat('00', 32), 'hex')
                  FROM private.subject_key);
    i bytea := k;
    o bytea := k;
BEGIN
    FOR n IN 0 .. 63 LOOP
        i := pg_catalog.set_byte(i, n, pg_catalog.get_byte(k, n) # 54);  -- 0x36
        o := pg_catalog.set_byte(o, n, pg_catalog.get_byte(k, n) # 92);  -- 0x5c
    END LOOP;
    UPDATE private.subject_key SET inner_pad = i, outer_pad = o;
END
$$;
ALTER TABLE private.subject_key ALTER COLUMN inner_pad SET NOT NULL, ALTER COLUMN outer_pad SET NOT NULL;

-- Every lookup rewrites its account's or key's row: room on each page keeps the new version
-- there (a HOT update, no index touched). The network last looked up from spares a lookup
-- from the same network a write to the table of networks.
ALTER TABLE private.watched SET (fillfactor = 70);
ALTER TABLE private.watched ADD COLUMN last_network cidr;
