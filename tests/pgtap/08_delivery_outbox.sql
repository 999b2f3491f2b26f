-- The delivery worker's functions: claims recorded before they are told, leases, delivered
-- messages wiped, retries with the worker's backoff, dead letters after the last attempt, and
-- nothing else for the worker.
BEGIN;
\ir setup.psql
SELECT plan(27);

-- A claim as the worker, told as if it had committed (this file is one transaction).
CREATE FUNCTION pg_temp.claim_and_tell(p_max integer, p_lease integer)
RETURNS TABLE (message_id bigint, recipient text, body text, attempt integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_claim bigint;
BEGIN
    SET SESSION AUTHORIZATION tap_sms_worker;
    v_claim := delivery.claim(p_max, p_lease);
    RESET SESSION AUTHORIZATION;
    IF v_claim IS NULL THEN
        RETURN;
    END IF;
    UPDATE private.delivery_claim SET created_xact = '1'::xid8 WHERE id = v_claim;
    SET SESSION AUTHORIZATION tap_sms_worker;
    RETURN QUERY SELECT * FROM delivery.claimed(v_claim);
    RESET SESSION AUTHORIZATION;
END
$$;

CREATE ROLE tap_sms_worker LOGIN IN ROLE cowin_delivery;
SELECT pg_temp.operator('tap_d_help', ARRAY['cowin_helpdesk']) AS c1 \gset
SELECT pg_temp.fake_session('tap_d_help', 'help-token');

INSERT INTO private.state VALUES ('ZY', 'Deliveryland') ON CONFLICT DO NOTHING;
INSERT INTO private.district (state_code, name) VALUES ('ZY', 'Outbox') RETURNING id AS district \gset
INSERT INTO private.centre (district_id, name) VALUES (:district, 'PHC Sendpur') RETURNING id AS centre \gset
INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code)
VALUES ('tapd001', 'Deliverable One', '9888800001', :centre, 0, 'XX'),
       ('tapd002', 'Deliverable Two', '9888800002', :centre, 0, 'XX');
SELECT id AS one FROM private.vaccinator WHERE login_id = 'tapd001' \gset
SELECT id AS two FROM private.vaccinator WHERE login_id = 'tapd002' \gset
-- Only our messages are due in this transaction.
UPDATE private.outbox SET next_attempt_at = next_attempt_at + interval '100 years'
 WHERE state IN ('pending', 'sending');
SELECT pg_temp.value_in_session('tap_d_help', 'help-token', format($$SELECT console.vaccinator_force_reset(%s, 1, 'delivery test')$$, :one));
SELECT pg_temp.value_in_session('tap_d_help', 'help-token', format($$SELECT console.vaccinator_force_reset(%s, 1, 'delivery test')$$, :two));
SELECT id AS m1 FROM private.outbox WHERE vaccinator_id = :one \gset
SELECT id AS m2 FROM private.outbox WHERE vaccinator_id = :two \gset

SELECT is(pg_temp.sqlstate_as('tap_d_help', 'SELECT delivery.claim(10, 60)'), '42501',
          'a console operator may not claim messages');
SELECT is(pg_temp.sqlstate_as('tap_sms_worker', $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 1)$$),
          '42501', 'the delivery worker may not search accounts');
-- A claim is recorded and audited, and tells nothing in its own transaction.
SELECT pg_temp.value_as('tap_sms_worker', 'SELECT delivery.claim(10, 60)') AS early_claim \gset
SELECT is(pg_temp.sqlstate_as('tap_sms_worker', format('SELECT count(*) FROM delivery.claimed(%s)', :early_claim)),
          'CW422', 'a claim is not told in the transaction that made it (a rollback would hide the read)');
SELECT is((SELECT (details -> 'messages')::text || ':' || actor FROM audit.event
            WHERE action = 'delivery.claimed' AND target_id = :'early_claim'),
          format('[%s, %s]:tap_sms_worker', :m1, :m2), 'the claim is audited with its messages and worker');
-- Let the early claim's lease run out, then claim as a worker whose claim committed.
UPDATE private.outbox SET next_attempt_at = clock_timestamp() - interval '1 second', attempts = 0
 WHERE id IN (:m1, :m2);
SELECT is((SELECT string_agg(recipient || ':' || attempt || ':' || (body ~ 'temporary password is [A-Z2-7]{4}(-[A-Z2-7]{4}){3}\.')::text, ',' ORDER BY message_id) FROM pg_temp.claim_and_tell(10, 60)),
          '9888800001:1:true,9888800002:1:true', 'the worker claims both messages with their text');
SELECT is((SELECT count(*)::int FROM pg_temp.claim_and_tell(10, 60)), 0,
          'leased messages are not claimed twice');
SELECT is(pg_temp.sqlstate_as('tap_sms_worker',
          format('SELECT count(*) FROM delivery.claimed(%s)', (SELECT max(id) FROM private.delivery_claim))),
          'CW422', 'a claim is told once');
SELECT is(pg_temp.value_as('tap_sms_worker', 'SELECT delivery.claim(100000, 86400) IS NULL'), 'true',
          'nothing is due while leased');
UPDATE private.outbox SET next_attempt_at = clock_timestamp() - interval '1 second' WHERE id IN (:m1, :m2);
SELECT pg_temp.value_as('tap_sms_worker', 'SELECT delivery.claim(100000, 86400)') AS big_claim \gset
SELECT is((SELECT (details ->> 'lease_seconds') || ':' || pg_catalog.json_array_length(details -> 'messages')
             FROM audit.event WHERE action = 'delivery.claimed' AND target_id = :'big_claim'),
          '300:2', 'a claim is bounded: at most 50 messages, a lease of at most five minutes');
SELECT ok((SELECT bool_and(next_attempt_at <= clock_timestamp() + interval '300 seconds')
             FROM private.outbox WHERE id IN (:m1, :m2)), 'and the lease really is five minutes at most');
-- The bounds checked, the messages go on as if claimed once.
UPDATE private.outbox SET attempts = 1 WHERE id IN (:m1, :m2);

SELECT is(pg_temp.sqlstate_as('tap_sms_worker', format($$SELECT delivery.report_sent(%s, 'gw-1')$$, :m1)), '00000',
          'the worker reports the first message sent');
SELECT is((SELECT state || ':' || (secret IS NULL)::text || ':' || gateway_ref FROM private.outbox WHERE id = :m1),
          'delivered:true:gw-1', 'a delivered message keeps no password');
SELECT is(pg_temp.sqlstate_as('tap_sms_worker', format($$SELECT delivery.report_sent(%s, 'gw-1')$$, :m1)), 'CW409',
          'a second report for a delivered message is CW409');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.password_delivered' AND target_id = :'one'), 1,
          'the delivery is audited against the account');

SELECT is(pg_temp.value_as('tap_sms_worker', format($$SELECT delivery.report_failed(%s, 'gateway said 503', 30)$$, :m2)),
          'pending', 'a failed send goes back to pending');
SELECT ok((SELECT next_attempt_at > clock_timestamp() + interval '25 seconds' AND secret IS NOT NULL
             FROM private.outbox WHERE id = :m2), 'it is retried after the worker''s backoff, password kept');
-- The remaining attempts, each claimed once its backoff has passed.
DO $$
DECLARE
    i integer;
    v_state text;
    v_message bigint := (SELECT max(id) FROM private.outbox);
BEGIN
    FOR i IN 2 .. 5 LOOP
        UPDATE private.outbox SET next_attempt_at = clock_timestamp() - interval '1 second'
         WHERE vaccinator_id = (SELECT id FROM private.vaccinator WHERE login_id = 'tapd002');
        SET SESSION AUTHORIZATION tap_sms_worker;
        RESET SESSION AUTHORIZATION;
        PERFORM * FROM pg_temp.claim_and_tell(10, 60);
        SET SESSION AUTHORIZATION tap_sms_worker;
        v_state := delivery.report_failed(v_message, 'gateway said 503', 0);
        RESET SESSION AUTHORIZATION;
    END LOOP;
END
$$;
SELECT is((SELECT state || ':' || attempts || ':' || (secret IS NULL)::text FROM private.outbox WHERE id = :m2),
          'dead:5:true', 'after five failed attempts the message is dead-lettered and its password wiped');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.password_delivery_failed' AND target_id = :'two'), 4,
          'each failed attempt before the last is audited');
SELECT is((SELECT count(*)::int FROM audit.event WHERE action = 'vaccinator.password_delivery_dead' AND target_id = :'two'), 1,
          'the dead letter is audited');
SELECT is(pg_temp.value_in_session('tap_d_help', 'help-token', format('SELECT state FROM console.vaccinator_deliveries(%s)', :two)),
          'dead', 'the console sees the dead letter');

-- The deliveries view: what is left to follow up, within the operator's scope.
SELECT pg_temp.operator('tap_d_far', ARRAY['cowin_helpdesk']) AS c2 \gset
SELECT pg_temp.operator('tap_d_audit', ARRAY['cowin_auditor']) AS c3 \gset
INSERT INTO private.state VALUES ('ZW', 'Elsewhere') ON CONFLICT DO NOTHING;
INSERT INTO private.operator_scope (role_name, state_code) VALUES ('tap_d_far', 'ZW');
UPDATE private.operator SET must_change_password = false WHERE role_name IN ('tap_d_far', 'tap_d_audit');
SELECT pg_temp.fake_session('tap_d_far', 'far-token');
SELECT pg_temp.fake_session('tap_d_audit', 'audit-token');
CREATE FUNCTION pg_temp.listed(p_user text, p_token text, p_shown text) RETURNS text
LANGUAGE sql AS $$
    SELECT pg_temp.value_in_session(p_user, p_token, format(
        'SELECT coalesce(string_agg(login_id || '':'' || state || '':'' || attempts || '':'' || recipient_masked, '','' ORDER BY id), '''') '
        'FROM console.delivery_outbox(%L, NULL, 500) WHERE login_id LIKE ''tapd%%''', p_shown))
$$;
SELECT is(pg_temp.listed('tap_d_help', 'help-token', 'problems'), 'tapd002:dead:5:******0002',
          'the dead letter is a problem, its number masked; the delivered message is not');
SELECT is(pg_temp.listed('tap_d_help', 'help-token', 'recent'),
          'tapd001:delivered:1:******0001,tapd002:dead:5:******0002', 'the last day shows both');
SELECT is(pg_temp.listed('tap_d_far', 'far-token', 'problems'), '',
          'a helpdesk operator of another state does not see it');
SELECT is(pg_temp.sqlstate_in_session('tap_d_audit', 'audit-token', 'SELECT count(*) FROM console.delivery_outbox(''problems'', NULL, 10)'),
          '42501', 'an auditor may not read the outbox');
SELECT is(split_part(pg_temp.refusal('tap_d_help', 'help-token', 'SELECT count(*) FROM console.delivery_outbox(''everything'', NULL, 10)'), ' ', 2),
          'field:shown', 'an unknown view is refused at its field');
SELECT pg_temp.value_in_session('tap_d_help', 'help-token', 'SELECT console.delivery_problem_count()') AS problems_before \gset
-- Sending a new one-time password answers the problem.
SELECT pg_temp.value_in_session('tap_d_help', 'help-token', format($$SELECT console.vaccinator_force_reset(%s, %s, 'number checked, sent again')$$, :two, (SELECT version FROM private.vaccinator WHERE id = :two)));
SELECT is(pg_temp.listed('tap_d_help', 'help-token', 'problems') || ' | ' || pg_temp.listed('tap_d_help', 'help-token', 'waiting'),
          ' | tapd002:pending:0:******0002', 'a newer message answers the dead one: it waits to be sent');
SELECT is(:problems_before::int - pg_temp.value_in_session('tap_d_help', 'help-token', 'SELECT console.delivery_problem_count()')::int,
          1, 'and the count on the section goes down by one');

SELECT * FROM finish();
ROLLBACK;
