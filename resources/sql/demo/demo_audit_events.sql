-- Demo and benchmark data only (cowin-admin demo-data --audit-events N), applied as a
-- superuser, called in chunks (one transaction each) and dropped: a history of audit events
-- spread over the past 180 days, with a realistic mix of actions and actors; cowin-admin seals
-- each chunk after it commits, as the sealer would. Never part of the migrations.

CREATE OR REPLACE FUNCTION admin.demo_audit_events(p_count integer, p_done bigint, p_total bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v audit.event;
    v_head_time timestamptz;
    v_start timestamptz := pg_catalog.date_trunc('hour', pg_catalog.clock_timestamp()) - interval '180 days';
    v_span double precision := 180 * 86400 - 3600;
    v_roll double precision;
    v_n bigint;
    -- Actions with their weight (per mille): resets and deliveries dominate, as at a helpdesk.
    v_actions text[] := ARRAY['vaccinator.password_reset', 'vaccinator.password_delivered',
        'vaccinator.unlocked', 'otp.accepted', 'session.opened', 'session.closed',
        'vaccinator.looked_up_by_mobile', 'vaccinator.mobile_revealed', 'vaccinator.updated',
        'otp.failed', 'vaccinator.password_delivery_failed', 'vaccinator.created',
        'operator.password_changed', 'api.key_issued', 'api.partner_updated', 'otp.replayed',
        'operator.locked', 'vaccinator.exported'];
    v_weights integer[] := ARRAY[260, 220, 90, 110, 80, 60, 50, 30, 20, 25, 15, 10, 3, 2, 1, 2, 1, 1];
    v_reasons text[] := ARRAY['caller verified by a call back to the registered number',
        'district immunisation officer request by letter', 'forgot password, identity checked on video call',
        'locked out during the morning session', 'ticket from the state helpdesk',
        'new phone, number confirmed with the centre in charge', 'audit sample check',
        'bulk incident follow-up'];
    v_states text[] := ARRAY['KA', 'MH', 'UP', 'TN', 'WB', 'GJ', 'RJ', 'KL', 'AS', 'DL', 'BR', 'OD'];
    v_action text;
    v_pick integer;
    v_acc integer;
BEGIN
    IF p_count IS NULL OR p_count < 1 OR p_total IS NULL OR p_done IS NULL THEN
        RETURN 0;
    END IF;
    -- The transaction id before any event id, as audit.append does: the sealer relies on it.
    PERFORM pg_catalog.pg_current_xact_id();
    SELECT e.occurred_at INTO v_head_time FROM audit.event e ORDER BY e.id DESC LIMIT 1;
    -- History comes before anything already recorded, so time and id rise together.
    IF v_head_time IS NOT NULL AND v_head_time > v_start THEN
        IF p_done = 0 THEN
            RAISE EXCEPTION 'demo audit history must be generated before other events' USING ERRCODE = '55000';
        END IF;
    END IF;
    FOR i IN 1 .. p_count LOOP
        v_n := p_done + i;
        v_roll := pg_catalog.random() * 1000;
        v_acc := 0;
        v_pick := 1;
        FOR j IN 1 .. pg_catalog.array_length(v_weights, 1) LOOP
            v_acc := v_acc + v_weights[j];
            IF v_roll < v_acc THEN
                v_pick := j;
                EXIT;
            END IF;
        END LOOP;
        v_action := v_actions[v_pick];
        v.occurred_at := v_start + pg_catalog.make_interval(secs => v_span * v_n / p_total);
        -- Each month's events in its own range (schema 012), made as the history reaches it;
        -- a new trail's sequence starts in this month, so the history's first month resets it.
        IF v_n = 1 OR audit.month_first_id(v.occurred_at)
                       > pg_catalog.pg_sequence_last_value('audit.event_id_seq'::regclass) THEN
            PERFORM audit.make_month(v.occurred_at);
            PERFORM pg_catalog.setval('audit.event_id_seq', audit.month_first_id(v.occurred_at) - 1);
        END IF;
        v.id := pg_catalog.nextval('audit.event_id_seq');
        -- About 300 helpdesk operators and a few admins and incident commanders.
        v.actor := CASE WHEN v_action LIKE 'api.%' OR v_action = 'vaccinator.exported' THEN
                            'admin_' || pg_catalog.lpad((1 + (v_n % 7))::text, 2, '0')
                        ELSE 'hd_' || pg_catalog.lower(v_states[1 + (v_n % 12)::integer]) || '_'
                             || pg_catalog.lpad((1 + ((v_n / 12) % 25))::text, 3, '0') END;
        v.client_addr := ('10.' || (20 + v_n % 12) || '.' || ((v_n / 7) % 250) || '.' || (1 + v_n % 200))::inet;
        v.application_name := 'cowin-console';
        v.action := v_action;
        IF v_action LIKE 'vaccinator.%' THEN
            v.target_type := 'vaccinator';
            v.target_id := 'sp' || pg_catalog.lpad((pg_catalog.random() * 999999)::integer::text, 7, '0');
        ELSIF v_action LIKE 'api.%' THEN
            v.target_type := 'partner';
            v.target_id := (1 + v_n % 11)::text;
        ELSE
            v.target_type := 'operator';
            v.target_id := v.actor;
        END IF;
        v.reason := CASE WHEN v_action IN ('vaccinator.password_reset', 'vaccinator.unlocked',
                                           'vaccinator.mobile_revealed', 'vaccinator.looked_up_by_mobile',
                                           'vaccinator.exported', 'api.key_issued', 'api.partner_updated')
                         THEN v_reasons[1 + (pg_catalog.random() * 7)::integer] END;
        v.details := CASE WHEN v.target_type = 'vaccinator'
                          THEN pg_catalog.jsonb_build_object('state', v_states[1 + (v_n % 12)::integer]) END;
        INSERT INTO audit.event VALUES (v.*);
    END LOOP;
    RETURN p_done + p_count;
END
$$;
