-- run-as: cowin_owner
-- One-time codes and the codes people type: RFC 4226 HOTP and RFC 6238 TOTP judged by the
-- server's clock, base32 for authenticator apps, and the enrolment, recovery and temporary
-- passwords made here (80 bits and more, stored hashed). In SQL '<<', '|' and '&' share one
-- precedence level and associate left, so every sub-expression of the dynamic truncation is
-- parenthesised.

CREATE OR REPLACE FUNCTION private.hotp(p_secret bytea, p_counter bigint, p_digits integer DEFAULT 6,
                             p_algorithm text DEFAULT 'sha1') RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = '' AS $$
DECLARE
    h bytea := ext.hmac(pg_catalog.int8send(p_counter), p_secret, p_algorithm);
    o integer;
    bin bigint;
BEGIN
    o := (pg_catalog.get_byte(h, pg_catalog.length(h) - 1) & 15);
    bin := ((pg_catalog.get_byte(h, o) & 127)::bigint << 24)
         | ((pg_catalog.get_byte(h, o + 1))::bigint << 16)
         | ((pg_catalog.get_byte(h, o + 2))::bigint << 8)
         | ((pg_catalog.get_byte(h, o + 3))::bigint);
    RETURN pg_catalog.lpad((bin % (10::bigint ^ p_digits)::bigint)::text, p_digits, '0');
END
$$;
COMMENT ON FUNCTION private.hotp(bytea, bigint, integer, text) IS
    'RFC 4226 HOTP (dynamic truncation of HMAC over the 8-byte big-endian counter).';

CREATE OR REPLACE FUNCTION private.totp_step(p_at timestamptz DEFAULT pg_catalog.clock_timestamp())
RETURNS bigint LANGUAGE sql VOLATILE SET search_path = '' AS $$
    SELECT pg_catalog.floor(pg_catalog.date_part('epoch', p_at) / 30)::bigint
$$;
COMMENT ON FUNCTION private.totp_step(timestamptz) IS
    'The RFC 6238 time step (30 s, T0 = 0) of a time, by default the server''s clock_timestamp().';

CREATE OR REPLACE FUNCTION private.base32_encode(p_bytes bytea) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = '' AS $$
DECLARE
    alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    buffer bigint := 0;
    bits integer := 0;
    out text := '';
    i integer;
BEGIN
    FOR i IN 0 .. pg_catalog.length(p_bytes) - 1 LOOP
        buffer := ((buffer << 8) | pg_catalog.get_byte(p_bytes, i)) & 65535;
        bits := bits + 8;
        WHILE bits >= 5 LOOP
            out := out || pg_catalog.substr(alphabet, ((buffer >> (bits - 5)) & 31)::integer + 1, 1);
            bits := bits - 5;
        END LOOP;
    END LOOP;
    IF bits > 0 THEN
        out := out || pg_catalog.substr(alphabet, ((buffer << (5 - bits)) & 31)::integer + 1, 1);
    END IF;
    RETURN out;
END
$$;
COMMENT ON FUNCTION private.base32_encode(bytea) IS
    'RFC 4648 base32 without padding, as authenticator apps expect secrets.';

-- Codes people type: upper case, no spaces or hyphens.
CREATE OR REPLACE FUNCTION private.normalize_code(p_code text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.upper(pg_catalog.regexp_replace(coalesce(p_code, ''), '[\s-]', '', 'g'))
$$;
COMMENT ON FUNCTION private.normalize_code(text) IS
    'A code as people type it, upper-cased and without spaces or hyphens.';

-- A new high-entropy code for people: 8 * p_bytes / 5 symbols of the base32 alphabet (80 bits
-- for 10, 120 for 15), shown in groups of four. Each symbol is a base64 digit of random bytes
-- folded onto the 32 symbols (two digits on each, so every symbol stays equally likely):
-- built-in functions only, so the expression folds into the statement that calls it (a bulk
-- chunk makes thousands; the PL/pgSQL base32 loop cost 14 us a code). Like
-- private.mask_mobile, the per-row code helpers set no search_path for that reason. p_bytes is
-- a multiple of 5.
CREATE OR REPLACE FUNCTION private.new_code_symbols(p_bytes integer DEFAULT 10) RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT pg_catalog.translate(pg_catalog.encode(ext.gen_random_bytes(p_bytes * 6 / 5), 'base64'),
                                'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
                                'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
$$;
COMMENT ON FUNCTION private.new_code_symbols(integer) IS
    'The symbols of a new random code, ungrouped: already the normalised form it is hashed in.';

-- Symbols in groups of four, as people read them; codes of up to 24 symbols (every code made
-- here) without a regular expression, which cost as much again as making the code. Only
-- immutable operations, so the planner writes it into a bulk chunk's statement: with
-- concat_ws (stable) it could not, and each account's code was grouped by a call of its own.
CREATE OR REPLACE FUNCTION private.human_code_groups(p_symbols text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN pg_catalog.length(p_symbols) <= 24 THEN
        pg_catalog.substr(p_symbols, 1, 4)
        || CASE WHEN pg_catalog.length(p_symbols) > 4 THEN '-' || pg_catalog.substr(p_symbols, 5, 4) ELSE '' END
        || CASE WHEN pg_catalog.length(p_symbols) > 8 THEN '-' || pg_catalog.substr(p_symbols, 9, 4) ELSE '' END
        || CASE WHEN pg_catalog.length(p_symbols) > 12 THEN '-' || pg_catalog.substr(p_symbols, 13, 4) ELSE '' END
        || CASE WHEN pg_catalog.length(p_symbols) > 16 THEN '-' || pg_catalog.substr(p_symbols, 17, 4) ELSE '' END
        || CASE WHEN pg_catalog.length(p_symbols) > 20 THEN '-' || pg_catalog.substr(p_symbols, 21, 4) ELSE '' END
    ELSE pg_catalog.regexp_replace(p_symbols, '(.{4})(?!$)', '\1-', 'g') END
$$;
COMMENT ON FUNCTION private.human_code_groups(text) IS
    'Code symbols in groups of four separated by hyphens.';

CREATE OR REPLACE FUNCTION private.new_human_code(p_bytes integer DEFAULT 10) RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT private.human_code_groups(private.new_code_symbols(p_bytes))
$$;
COMMENT ON FUNCTION private.new_human_code(integer) IS
    'A new random code for people (enrolment, recovery, one-time passwords): 8 * p_bytes bits '
    'as base32 symbols in groups of four (p_bytes a multiple of 5).';

-- The hash of a code's symbols (already normalised, as private.new_code_symbols makes them):
-- a bulk chunk of thousands hashes its new codes without undoing their groups. Stable, as
-- convert_to is: declared immutable, the planner could not write it into the chunk's statement.
CREATE OR REPLACE FUNCTION private.code_hash_of_symbols(p_symbols text) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.sha256(pg_catalog.convert_to(p_symbols, 'UTF8'))
$$;
COMMENT ON FUNCTION private.code_hash_of_symbols(text) IS
    'SHA-256 of a code''s normalised symbols: private.code_hash of the code as typed.';

CREATE OR REPLACE FUNCTION private.code_hash(p_code text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT private.code_hash_of_symbols(private.normalize_code(p_code))
$$;
COMMENT ON FUNCTION private.code_hash(text) IS
    'SHA-256 of a normalised code: how enrolment and recovery codes are stored.';
