-- The delivery worker's three functions: leases, delivered messages wiped, retries with the
-- worker's backoff, dead letters after the last attempt, and nothing else for the worker.
BEGIN;
\ir setup.psql
SELECT plan(14);

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

SELECT is(pg_temp.sqlstate_as('tap_d_help', 'SELECT count(*) FROM delivery.claim(10, 60)'), '42501',
          'a console operator may not claim messages');
SELECT is(pg_temp.sqlstate_as('tap_sms_worker', $$SELECT count(*) FROM console.vaccinator_search(NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'name', false, NULL, NULL, false, 1)$$),
          '42501', 'the delivery worker may not search accounts');
SELECT is(pg_temp.value_as('tap_sms_worker', $$SELECT string_agg(recipient || ':' || attempt || ':' || (body ~ 'temporary password is [A-Z2-7]{4}(-[A-Z2-7]{4}){3}\.')::text, ',' ORDER BY message_id) FROM delivery.claim(10, 60)$$),
          '9888800001:1:true,9888800002:1:true', 'the worker claims both messages with their text');
SELECT is(pg_temp.value_as('tap_sms_worker', 'SELECT count(*) FROM delivery.claim(10, 60)'), '0',
          'leased messages are not claimed twice');

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
        PERFORM * FROM delivery.claim(10, 60);
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

SELECT * FROM finish();
ROLLBACK;
