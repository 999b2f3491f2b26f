-- run-as: cowin_owner
-- The delivery worker's claim follows "record, commit, then tell" like every read of personal
-- data: delivery.claim leases a bounded batch (at most 50 messages, a lease of at most five
-- minutes) and records the claim with its audit event; delivery.claimed tells the numbers and
-- one-time passwords once, after that commit. A worker that rolls back a claim learns nothing.

CREATE TABLE private.delivery_claim (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name    text        NOT NULL,
    message_ids  bigint[]    NOT NULL,
    created_xact xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    told_at      timestamptz
);

DROP FUNCTION delivery.claim(integer, integer);
CREATE FUNCTION delivery.claim(max_messages integer, lease_seconds integer) RETURNS bigint
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

CREATE FUNCTION delivery.claimed(claim_id bigint)
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
    SELECT o.id, o.recipient,
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
