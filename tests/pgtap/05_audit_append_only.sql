-- The audit trail is append-only for everyone, its encoding matches the specification's test
-- vector, details keep the text the chain hashes, and the server-side verifier finds a changed
-- row.
BEGIN;
\ir setup.psql
SELECT plan(13);

SELECT pg_temp.operator('tap_audit_user', ARRAY['cowin_auditor']) AS c1 \gset

CREATE FUNCTION pg_temp.sqlstate_as_owner(p_sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v text := '00000';
BEGIN
    SET LOCAL ROLE cowin_owner;
    BEGIN
        EXECUTE p_sql;
    EXCEPTION WHEN OTHERS THEN
        v := SQLSTATE;
    END;
    RESET ROLE;
    RETURN v;
END
$$;
SELECT is(pg_temp.sqlstate_as_owner($$UPDATE audit.event SET reason = 'rewritten'$$), '42501',
          'the owner may not UPDATE audit events');
SELECT is(pg_temp.sqlstate_as_owner($$DELETE FROM audit.event$$), '42501',
          'the owner may not DELETE audit events');
SELECT is(pg_temp.sqlstate_as_owner($$TRUNCATE audit.event$$), '42501',
          'the owner may not TRUNCATE audit events');

SELECT throws_ok($$UPDATE audit.event SET reason = 'rewritten'$$, 'CW403', NULL,
                 'even a superuser''s UPDATE is refused by the trigger');
SELECT throws_ok($$DELETE FROM audit.event$$, 'CW403', NULL,
                 'even a superuser''s DELETE is refused by the trigger');
SELECT throws_ok($$TRUNCATE audit.event$$, 'CW403', NULL,
                 'even a superuser''s TRUNCATE is refused by the trigger');
SELECT is(pg_temp.sqlstate_as('tap_audit_user', 'SELECT * FROM audit.event'), '42501',
          'an auditor login cannot read the table directly');
SELECT is(pg_temp.sqlstate_as('tap_audit_user', $$SELECT audit.append('x.y', NULL, NULL, NULL, NULL)$$),
          '42501', 'no login role may append directly');

-- The specification's test vector (docs/audit-chain.md), shared with the C++ unit test.
SELECT is(encode(sha256('\x0000000000000000000000000000000000000000000000000000000000000000'::bytea
                        || audit.canonical_bytes(ROW(42, '2026-01-02 03:04:05.678901+00', 'asha_admin',
                                                     '10.1.2.3', 'cowin-console', 'vaccinator.password_reset',
                                                     'vaccinator', 'KA-000123', 'called helpdesk',
                                                     '{"after": {"must_change": true}}')::audit.event)),
                 'hex'),
          '876ce9ee8daf153896ebf667b6861ee8be99ba6a5df3239f7881d81684621051',
          'the canonical encoding matches the documented test vector');

-- Details are written from jsonb and kept as the text the chain hashes: jsonb's own printing,
-- keys sorted, whatever order they were given in.
SELECT audit.append('tap.details_text', NULL, NULL, NULL,
                    '{"zeta":1, "a":[1,2], "bb":{"y":2,"x":1}}'::jsonb) AS details_event \gset
SELECT is((SELECT details::text FROM audit.event WHERE id = :details_event),
          '{"a": [1, 2], "bb": {"x": 1, "y": 2}, "zeta": 1}',
          'details are kept as jsonb prints them, keys sorted');

SELECT pg_temp.seal_now();
SELECT is((SELECT problem FROM audit.verify_chain()), NULL, 'the chain verifies');
ALTER TABLE audit.event DISABLE TRIGGER event_append_only;
UPDATE audit.event SET reason = 'tampered' WHERE id = (SELECT max(event_id) FROM audit.seal);
ALTER TABLE audit.event ENABLE TRIGGER event_append_only;
SELECT is((SELECT first_bad_id FROM audit.verify_chain()), (SELECT max(event_id) FROM audit.seal),
          'a superuser''s edit with triggers disabled is found, naming the row');
SELECT is((SELECT problem FROM audit.verify_chain()), 'hash_mismatch', '... as a hash mismatch');

SELECT * FROM finish();
ROLLBACK;
