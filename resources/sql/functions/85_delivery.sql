-- run-as: cowin_owner
-- The delivery worker's door to the outbox (cowin-admin deliver, logged in as a member of
-- cowin_delivery): claims recorded before they are told, bounded leases, reports of each send;
-- the one-time password is wiped once delivered or dead-lettered.

CREATE OR REPLACE FUNCTION private.delivery_max_attempts() RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = '' AS $$ SELECT 5 $$;
COMMENT ON FUNCTION private.delivery_max_attempts() IS
    'Failed sends after which a message is dead-lettered and its password wiped: 5.';

CREATE OR REPLACE FUNCTION private.dead_letter(p_id bigint, p_error text) RETURNS void
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

CREATE OR REPLACE FUNCTION delivery.claim(max_messages integer, lease_seconds integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_expired bigint;
    v_ids bigint[];
    v_id bigint;
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
    WITH due AS (
        SELECT o.id FROM private.outbox o
         WHERE o.state IN ('pending', 'sending') AND o.next_attempt_at <= v_now
         ORDER BY o.next_attempt_at, o.id
         LIMIT LEAST(GREATEST(coalesce(max_messages, 20), 1), 50)
         FOR UPDATE SKIP LOCKED),
    leased AS (
        UPDATE private.outbox o
           SET state = 'sending', attempts = o.attempts + 1,
               next_attempt_at = v_now + pg_catalog.make_interval(
                   secs => LEAST(GREATEST(coalesce(lease_seconds, 60), 5), 300))
          FROM due
         WHERE o.id = due.id
        RETURNING o.id)
    SELECT pg_catalog.array_agg(leased.id ORDER BY leased.id) INTO v_ids FROM leased;
    IF v_ids IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO private.delivery_claim (role_name, message_ids) VALUES (SESSION_USER, v_ids)
    RETURNING id INTO v_id;
    PERFORM audit.append('delivery.claimed', 'delivery_claim', v_id::text, NULL,
        pg_catalog.jsonb_build_object('messages', pg_catalog.to_jsonb(v_ids),
                                      'lease_seconds', LEAST(GREATEST(coalesce(lease_seconds, 60), 5), 300)));
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION delivery.claim(integer, integer) IS
    'Leases up to max_messages (at most 50) due messages for at most 300 seconds to the calling '
    'worker and returns the claim''s id (NULL when nothing is due); delivery.claimed tells the '
    'messages after this commits. cowin_delivery only; audited (and expired last attempts are '
    'dead-lettered, audited).';
GRANT EXECUTE ON FUNCTION delivery.claim(integer, integer) TO cowin_delivery;

CREATE OR REPLACE FUNCTION private.leased_message(p_id bigint, p_what text) RETURNS private.outbox
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

CREATE OR REPLACE FUNCTION delivery.report_sent(message_id bigint, gateway_reference text) RETURNS void
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

CREATE OR REPLACE FUNCTION delivery.report_failed(message_id bigint, error text, retry_after_seconds integer)
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

CREATE OR REPLACE FUNCTION delivery.claimed(claim_id bigint)
RETURNS TABLE (message_id bigint, recipient text, body text, attempt integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    c private.delivery_claim;
BEGIN
    SELECT * INTO c FROM private.delivery_claim k
     WHERE k.id = claim_id AND k.role_name = SESSION_USER FOR UPDATE;
    IF NOT FOUND OR c.told_at IS NOT NULL OR c.created_xact = pg_catalog.pg_current_xact_id()
       OR c.created_at < pg_catalog.clock_timestamp() - interval '5 minutes' THEN
        PERFORM private.log_refusal('CW422', 'delivery.claimed', 'claim');
        RAISE EXCEPTION 'Claim % cannot be told: it is unknown, told already, too old or not yet committed.', claim_id
            USING ERRCODE = 'CW422', HINT = 'field:claim_id';
    END IF;
    UPDATE private.delivery_claim SET told_at = pg_catalog.clock_timestamp() WHERE id = c.id;
    -- Messages withdrawn since the claim (a newer reset, a new number) are not told.
    RETURN QUERY
    SELECT o.id, o.recipient::text,
           'CoWIN: your temporary password is ' || o.secret || '. It expires in 72 hours. '
           'Never share it: CoWIN staff will never ask for it.',
           o.attempts
      FROM private.outbox o
     WHERE o.id = ANY (c.message_ids) AND o.state = 'sending' AND o.secret IS NOT NULL
     ORDER BY o.id;
END
$$;
COMMENT ON FUNCTION delivery.claimed(bigint) IS
    'Tells, once and only after the claim committed, the recipient and text of each message of '
    'a claim of the caller that is still being sent. cowin_delivery only; the claim is audited.';
GRANT EXECUTE ON FUNCTION delivery.claimed(bigint) TO cowin_delivery;

CREATE OR REPLACE TRIGGER outbox_changed_notify AFTER INSERT OR UPDATE OF state ON private.outbox
    FOR EACH STATEMENT EXECUTE FUNCTION private.notify_once_per_transaction('cowin_outbox');

-- The deliveries view: what helpdesk and admins follow up. A message is a problem while it is
-- the newest for its account and was given up or keeps failing; a newer reset answers it.
CREATE OR REPLACE FUNCTION console.delivery_outbox(shown text, before_id bigint, page_size integer)
RETURNS TABLE (id bigint, account bigint, login_id text, full_name text, recipient_masked text,
               state text, attempts integer, last_error text, next_attempt_at timestamptz,
               created_at timestamptz, finished_at timestamptz, account_version integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_before bigint := coalesce(before_id, 9223372036854775807);
BEGIN
    PERFORM private.require_session('console.delivery_outbox', ARRAY['cowin_helpdesk', 'cowin_admin']);
    IF shown IS NULL OR shown NOT IN ('problems', 'waiting', 'recent') THEN
        PERFORM private.raise_field_problem('shown', 'Show the problems, the messages waiting, or the last day''s.');
    END IF;
    IF page_size IS NULL OR page_size NOT BETWEEN 1 AND 500 THEN
        PERFORM private.raise_field_problem('page_size', 'A page has 1 to 500 messages.');
    END IF;
    -- One query per view, each with the predicate of the index it reads.
    IF shown = 'problems' THEN
        RETURN QUERY
        SELECT o.id, v.id, v.login_id::text, v.full_name::text, private.mask_mobile(o.recipient),
               o.state, o.attempts, o.last_error,
               CASE WHEN o.state <> 'dead' THEN o.next_attempt_at END, o.created_at,
               o.finished_at, v.version
          FROM private.outbox o JOIN private.vaccinator v ON v.id = o.vaccinator_id
         WHERE (o.state = 'dead' OR (o.state IN ('pending', 'sending') AND o.attempts > 0))
           AND o.id < v_before
           AND NOT EXISTS (SELECT 1 FROM private.outbox n
                            WHERE n.vaccinator_id = o.vaccinator_id AND n.id > o.id)
           AND private.in_scope(v.state_code, v.district_id)
         ORDER BY o.id DESC LIMIT page_size;
    ELSIF shown = 'waiting' THEN
        RETURN QUERY
        SELECT o.id, v.id, v.login_id::text, v.full_name::text, private.mask_mobile(o.recipient),
               o.state, o.attempts, o.last_error, o.next_attempt_at, o.created_at, o.finished_at,
               v.version
          FROM private.outbox o JOIN private.vaccinator v ON v.id = o.vaccinator_id
         WHERE o.state IN ('pending', 'sending') AND o.id < v_before
           AND private.in_scope(v.state_code, v.district_id)
         ORDER BY o.id DESC LIMIT page_size;
    ELSE
        RETURN QUERY
        SELECT o.id, v.id, v.login_id::text, v.full_name::text, private.mask_mobile(o.recipient),
               o.state, o.attempts, o.last_error,
               CASE WHEN o.state IN ('pending', 'sending') THEN o.next_attempt_at END,
               o.created_at, o.finished_at, v.version
          FROM private.outbox o JOIN private.vaccinator v ON v.id = o.vaccinator_id
         WHERE o.created_at > pg_catalog.clock_timestamp() - interval '1 day' AND o.id < v_before
           AND private.in_scope(v.state_code, v.district_id)
         ORDER BY o.id DESC LIMIT page_size;
    END IF;
END
$$;
COMMENT ON FUNCTION console.delivery_outbox(text, bigint, integer) IS
    'One page, newest first below before_id, of one-time password messages within the caller''s '
    'scope: the problems (given up or failing, and still the newest for their account), those '
    'waiting to be sent, or the last day''s; mobiles masked, never a password. Helpdesk and '
    'admins; not audited.';
GRANT EXECUTE ON FUNCTION console.delivery_outbox(text, bigint, integer) TO cowin_helpdesk, cowin_admin;

CREATE OR REPLACE FUNCTION console.delivery_problem_count() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
    PERFORM private.require_session('console.delivery_problem_count', ARRAY['cowin_helpdesk', 'cowin_admin']);
    RETURN (SELECT pg_catalog.count(*)::integer FROM (
        SELECT 1 FROM private.outbox o JOIN private.vaccinator v ON v.id = o.vaccinator_id
         WHERE (o.state = 'dead' OR (o.state IN ('pending', 'sending') AND o.attempts > 0))
           AND NOT EXISTS (SELECT 1 FROM private.outbox n
                            WHERE n.vaccinator_id = o.vaccinator_id AND n.id > o.id)
           AND private.in_scope(v.state_code, v.district_id)
         LIMIT 1000) p);
END
$$;
COMMENT ON FUNCTION console.delivery_problem_count() IS
    'How many messages console.delivery_outbox(''problems'') lists, up to 1,000: the count on '
    'the deliveries section. Helpdesk and admins; not audited.';
GRANT EXECUTE ON FUNCTION console.delivery_problem_count() TO cowin_helpdesk, cowin_admin;
