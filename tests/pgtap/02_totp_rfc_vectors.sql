-- The SQL TOTP against the same RFC 6238 and RFC 4226 vectors as the C++ one.
BEGIN;
\ir setup.psql
SELECT plan(29);

CREATE TEMP TABLE totp_vector (unix_time bigint, step_hex text, algorithm text, code text);
\copy totp_vector FROM PROGRAM 'grep -v "^#" ../data/rfc6238-totp-vectors.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE hotp_vector (counter bigint, code text);
\copy hotp_vector FROM PROGRAM 'grep -v "^#" ../data/rfc4226-hotp-vectors.csv' WITH (FORMAT csv, HEADER true)

SELECT is((SELECT count(*)::int FROM totp_vector), 18, 'all 18 RFC 6238 rows are loaded');

SELECT is(private.hotp(
              convert_to(CASE algorithm
                             WHEN 'SHA1' THEN '12345678901234567890'
                             WHEN 'SHA256' THEN '12345678901234567890123456789012'
                             ELSE '1234567890123456789012345678901234567890123456789012345678901234' END,
                         'UTF8'),
              unix_time / 30, 8, lower(algorithm)),
          code, format('RFC 6238 %s at t=%s', algorithm, unix_time))
  FROM totp_vector ORDER BY unix_time, algorithm;

SELECT is(private.hotp(convert_to('12345678901234567890', 'UTF8'), counter), code,
          format('RFC 4226 HOTP counter %s', counter))
  FROM hotp_vector ORDER BY counter;

SELECT * FROM finish();
ROLLBACK;
