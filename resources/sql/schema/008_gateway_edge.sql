-- The gateway edge: cowin-gatewayd decides from a local copy of what gateway.authorize reads and
-- is kept current by a feed. Every row that can change an answer carries the transaction that
-- last changed it (changed_xid) and a number from one sequence (state_version): a feed cursor
-- is a PostgreSQL snapshot, so "what changed since" is exact without any lock every writer
-- would queue on (a kill-switch must never wait for another operator's transaction). The
-- version is what people read: it only grows, and a copy holds every change up to its own.
CREATE SEQUENCE private.gateway_state_version;

ALTER TABLE private.api_key
    ADD COLUMN state_version bigint NOT NULL DEFAULT pg_catalog.nextval('private.gateway_state_version'),
    ADD COLUMN changed_xid xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id();
ALTER TABLE private.partner
    ADD COLUMN state_version bigint NOT NULL DEFAULT pg_catalog.nextval('private.gateway_state_version'),
    ADD COLUMN changed_xid xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id();
ALTER TABLE private.api_scope
    ADD COLUMN state_version bigint NOT NULL DEFAULT pg_catalog.nextval('private.gateway_state_version'),
    ADD COLUMN changed_xid xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id();
ALTER TABLE private.kill_switch_incident
    ADD COLUMN state_version bigint NOT NULL DEFAULT pg_catalog.nextval('private.gateway_state_version'),
    ADD COLUMN changed_xid xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    -- The transaction that switched off: a gateway obeys this incident when its copy's
    -- snapshot sees it.
    ADD COLUMN engaged_xid xid8 NOT NULL DEFAULT pg_catalog.pg_current_xact_id();

CREATE INDEX api_key_changed_xid ON private.api_key (changed_xid);
CREATE INDEX partner_changed_xid ON private.partner (changed_xid);
CREATE INDEX api_key_state_version ON private.api_key (state_version);
CREATE INDEX partner_state_version ON private.partner (state_version);
CREATE INDEX api_scope_state_version ON private.api_scope (state_version);
CREATE INDEX kill_switch_incident_state_version ON private.kill_switch_incident (state_version);

-- Each gateway daemon, by the name it was started with: what it applied last and when.
CREATE TABLE private.gateway_instance (
    gateway_id       text        PRIMARY KEY CHECK (gateway_id ~ '^[a-z0-9][a-z0-9_.-]{0,62}$'),
    role_name        text        NOT NULL,
    applied_version  bigint      NOT NULL CHECK (applied_version >= 0),
    applied_snapshot pg_snapshot NOT NULL,
    applied_at       timestamptz NOT NULL,
    first_seen_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    last_seen_at     timestamptz NOT NULL
);
COMMENT ON TABLE private.gateway_instance IS
    'Each cowin-gatewayd: the state version and snapshot it applied last, when, and when it last '
    'confirmed the state.';

-- When each gateway first applied a state with this incident in force.
CREATE TABLE private.gateway_incident_ack (
    gateway_id      text        NOT NULL REFERENCES private.gateway_instance,
    incident_id     bigint      NOT NULL REFERENCES private.kill_switch_incident,
    applied_version bigint      NOT NULL,
    acknowledged_at timestamptz NOT NULL,
    PRIMARY KEY (incident_id, gateway_id)
);
COMMENT ON TABLE private.gateway_incident_ack IS
    'The moment each gateway first applied a state in which this kill-switch incident is in force.';
