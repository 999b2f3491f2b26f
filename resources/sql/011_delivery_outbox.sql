-- run-as: cowin_owner
-- The delivery worker's door to the outbox (cowin-admin deliver, logged in as a member of
-- cowin_delivery). It claims due messages under a lease, sends them to the SMS gateway and
-- reports each outcome; the one-time password is wiped once delivered or dead-lettered.
-- The worker holds no session and no other privilege: these three functions are all it has.

CREATE SCHEMA delivery;
REVOKE ALL ON SCHEMA delivery FROM PUBLIC;
GRANT USAGE ON SCHEMA delivery TO cowin_delivery;

CREATE FUNCTION private.delivery_max_attempts() RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT 5 $$;
COMMENT ON FUNCTION private.delivery_max_attempts() IS
    'Failed sends after which a message is dead-lettered and its password wiped: 5.';

CREATE FUNCTION private.dead_letter(p_id bigint, p_error text) RETURNS void
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o private.outbox;
BEGIN
    UPDATE private.outbox SET state = 'dead', secret = NULL, last_error = p_error,
           finished_at = pg_catalog.clock_timestamp()
     WHERE id = p_id RETURNING * INTO o;
    PERFORM audit.append('vaccinator.password_delivery_dead', 'vaccinator', o.vaccinator_id::text, NULL,
        pg_catalog.jsonb_build_object('message', o.id, 'attempts', o.attempts, 'error', p_error));
END
$$;
COMMENT ON FUNCTION private.dead_letter(bigint, text) IS
    'Gives up on a message: state dead, password wiped, audited against its account.';

CREATE FUNCTION delivery.claim(max_messages integer, lease_seconds integer)
RETURNS TABLE (message_id bigint, recipient text, body text, attempt integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_expired bigint;
BEGIN
    -- A lease that ran out at the last attempt: the worker died or never reported.
    FOR v_expired IN
        SELECT o.id FROM private.outbox o
         WHERE o.state = 'sending' AND o.next_attempt_at <= v_now
           AND o.attempts >= private.delivery_max_attempts()
         FOR UPDATE SKIP LOCKED
    LOOP
        PERFORM private.dead_letter(v_expired, 'no report before the lease ran out');
    END LOOP;
    RETURN QUERY
    WITH due AS (
        SELECT o.id FROM private.outbox o
         WHERE o.state IN ('pending', 'sending') AND o.next_attempt_at <= v_now
         ORDER BY o.next_attempt_at, o.id
         LIMIT LEAST(GREATEST(coalesce(max_messages, 50), 1), 1000)
         FOR UPDATE SKIP LOCKED)
    UPDATE private.outbox o
       SET state = 'sending', attempts = o.attempts + 1,
           next_attempt_at = v_now + pg_catalog.make_interval(
               secs => LEAST(GREATEST(coalesce(lease_seconds, 60), 5), 3600))
      FROM due
     WHERE o.id = due.id
    RETURNING o.id, o.recipient,
              'CoWIN: your temporary password is ' || o.secret || '. It expires in 72 hours. '
              'Never share it: CoWIN staff will never ask for it.',
              o.attempts;
END
$$;
COMMENT ON FUNCTION delivery.claim(integer, integer) IS
    'Leases up to max_messages due messages to the calling delivery worker and returns their '
    'recipient and text. cowin_delivery only; expired last attempts are dead-lettered (audited).';
GRANT EXECUTE ON FUNCTION delivery.claim(integer, integer) TO cowin_delivery;

CREATE FUNCTION private.leased_message(p_id bigint, p_what text) RETURNS private.outbox
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    o private.outbox;
BEGIN
    SELECT * INTO o FROM private.outbox WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR o.state <> 'sending' THEN
        PERFORM private.log_refusal('CW409', p_what, 'not_leased');
        RAISE EXCEPTION 'Message % is not being sent (it was delivered, withdrawn or dead-lettered).', p_id
            USING ERRCODE = 'CW409', HINT = 'field:message_id';
    END IF;
    RETURN o;
END
$$;
COMMENT ON FUNCTION private.leased_message(bigint, text) IS
    'A message in state sending, locked; CW409 for any other state.';

CREATE FUNCTION delivery.report_sent(message_id bigint, gateway_reference text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.outbox := private.leased_message(message_id, 'delivery.report_sent');
BEGIN
    UPDATE private.outbox SET state = 'delivered', secret = NULL, last_error = NULL,
           gateway_ref = pg_catalog.left(gateway_reference, 200),
           finished_at = pg_catalog.clock_timestamp()
     WHERE id = o.id;
    PERFORM audit.append('vaccinator.password_delivered', 'vaccinator', o.vaccinator_id::text, NULL,
        pg_catalog.jsonb_build_object('message', o.id, 'attempts', o.attempts,
                                      'gateway_reference', pg_catalog.left(gateway_reference, 200)));
END
$$;
COMMENT ON FUNCTION delivery.report_sent(bigint, text) IS
    'The gateway accepted a message: delivered, password wiped. cowin_delivery only; audited.';
GRANT EXECUTE ON FUNCTION delivery.report_sent(bigint, text) TO cowin_delivery;

CREATE FUNCTION delivery.report_failed(message_id bigint, error text, retry_after_seconds integer)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    o private.outbox := private.leased_message(message_id, 'delivery.report_failed');
    v_error text := pg_catalog.left(coalesce(error, 'unknown error'), 300);
BEGIN
    IF o.attempts >= private.delivery_max_attempts() THEN
        PERFORM private.dead_letter(o.id, v_error);
        RETURN 'dead';
    END IF;
    UPDATE private.outbox SET state = 'pending', last_error = v_error,
           next_attempt_at = pg_catalog.clock_timestamp() + pg_catalog.make_interval(
               secs => LEAST(GREATEST(coalesce(retry_after_seconds, 60), 0), 86400))
     WHERE id = o.id;
    PERFORM audit.append('vaccinator.password_delivery_failed', 'vaccinator', o.vaccinator_id::text, NULL,
        pg_catalog.jsonb_build_object('message', o.id, 'attempts', o.attempts, 'error', v_error));
    RETURN 'pending';
END
$$;
COMMENT ON FUNCTION delivery.report_failed(bigint, text, integer) IS
    'A send failed: retried after retry_after_seconds, or dead-lettered (password wiped) after '
    'the last attempt. Returns the new state. cowin_delivery only; audited.';
GRANT EXECUTE ON FUNCTION delivery.report_failed(bigint, text, integer) TO cowin_delivery;

-- Open consoles learn that a delivery state changed without polling. The notice names
-- nothing (anyone may LISTEN): a console only reads its open account's deliveries again.
-- Once per transaction per channel: a bulk reset queues a million messages, and a notice
-- per statement would double its cost. The channel is the trigger's argument.
CREATE FUNCTION private.notify_once_per_transaction() RETURNS trigger
LANGUAGE plpgsql SET search_path = '' AS $$
DECLARE
    v_xact text := pg_catalog.pg_current_xact_id()::text;
    v_flag text := 'cowin.notified_' || TG_ARGV[0];
BEGIN
    IF pg_catalog.current_setting(v_flag, true) IS DISTINCT FROM v_xact THEN
        PERFORM pg_catalog.set_config(v_flag, v_xact, true);
        PERFORM pg_catalog.pg_notify(TG_ARGV[0], '');
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION private.notify_once_per_transaction() IS
    'Trigger: NOTIFY the channel named by its argument (no payload), once per transaction.';
CREATE TRIGGER outbox_changed_notify AFTER INSERT OR UPDATE OF state ON private.outbox
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_outbox');
