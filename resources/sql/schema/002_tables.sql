-- run-as: cowin_owner
-- The tables of the system of record, as the product starts. Tables, columns, indexes and
-- domains change only through later numbered files here, never by editing this one; functions
-- and triggers live in resources/sql/functions (see docs/migrations.md).

---------------------------------------------------------------------------------------------
-- Schemas. Login roles reach only console (operators), gateway, delivery and sealer, and only
-- through the functions granted to their groups; admin is for superusers (cowin-admin).
---------------------------------------------------------------------------------------------
CREATE SCHEMA audit;
CREATE SCHEMA private;
CREATE SCHEMA console;
CREATE SCHEMA admin;
CREATE SCHEMA delivery;
CREATE SCHEMA gateway;
CREATE SCHEMA sealer;
REVOKE ALL ON SCHEMA audit, private, console, admin, delivery, gateway, sealer FROM PUBLIC;
GRANT USAGE ON SCHEMA console TO cowin_operator;
GRANT USAGE ON SCHEMA delivery TO cowin_delivery;
GRANT USAGE ON SCHEMA gateway TO cowin_gateway;
GRANT USAGE ON SCHEMA sealer TO cowin_sealer;

---------------------------------------------------------------------------------------------
-- Rules written once as domains: a value that breaks one cannot be stored anywhere.
---------------------------------------------------------------------------------------------
-- A valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9.
CREATE DOMAIN private.mobile_number AS text CHECK (VALUE ~ '^[6-9][0-9]{9}$');
-- A vaccinator's login id: 3 to 40 lower-case letters, digits, dots, hyphens or underscores.
CREATE DOMAIN private.login_id AS text COLLATE "C" CHECK (VALUE ~ '^[a-z0-9][a-z0-9._-]{2,39}$');
-- A person's or a place's name: 1 to 200 characters, not only spaces.
CREATE DOMAIN private.display_name AS text
    CHECK (pg_catalog.length(VALUE) BETWEEN 1 AND 200 AND pg_catalog.btrim(VALUE) <> '');

---------------------------------------------------------------------------------------------
-- The audit trail (docs/audit-chain.md). Events are insert-only and take no lock; one sealer
-- chains them into audit.seal in id order. Not even the owner may change history: privileges
-- first, triggers (resources/sql/functions/audit.sql) for superusers.
---------------------------------------------------------------------------------------------
-- The sealer reads the sequence's last value as the newest id handed out: no backend may keep
-- ids of its own in a cache.
CREATE SEQUENCE audit.event_id_seq AS bigint CACHE 1;
CREATE TABLE audit.event (
    id               bigint      PRIMARY KEY,
    occurred_at      timestamptz NOT NULL,
    actor            text        NOT NULL CHECK (actor <> ''),
    client_addr      inet,
    application_name text,
    action           text        NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    target_type      text,
    target_id        text,
    reason           text,
    details          jsonb,
    CHECK ((target_type IS NULL) = (target_id IS NULL))
);
ALTER SEQUENCE audit.event_id_seq OWNED BY audit.event.id;
CREATE INDEX event_occurred_at_brin ON audit.event USING brin (occurred_at);
-- Time ranges become id ranges: ids and times rise together (the time is taken right after
-- the id), and a btree on the time finds both ends of a range at once.
CREATE INDEX event_occurred_at ON audit.event (occurred_at);
CREATE INDEX event_actor_id ON audit.event (actor, id);
CREATE INDEX event_action_id ON audit.event (action, id);
CREATE INDEX event_target_id ON audit.event (target_type, target_id, id);
CREATE INDEX event_client_addr_id ON audit.event (client_addr, id);
CREATE INDEX event_reason_trgm ON audit.event USING gin (reason ext.gin_trgm_ops);
REVOKE UPDATE, DELETE, TRUNCATE ON audit.event FROM cowin_owner;

-- The chain: one row per sealed event, in id order; position counts sealed events.
CREATE TABLE audit.seal (
    position  bigint      PRIMARY KEY CHECK (position > 0),
    event_id  bigint      NOT NULL UNIQUE,
    prev_hash bytea       NOT NULL CHECK (pg_catalog.octet_length(prev_hash) = 32),
    hash      bytea       NOT NULL CHECK (pg_catalog.octet_length(hash) = 32),
    sealed_at timestamptz NOT NULL
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit.seal FROM cowin_owner;

-- The sealer's state: the chain's head and the horizon below which ids are final. One row,
-- which only the sealer's function locks.
CREATE TABLE audit.seal_state (
    singleton    boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    position     bigint      NOT NULL,
    event_id     bigint      NOT NULL,
    hash         bytea       NOT NULL CHECK (pg_catalog.octet_length(hash) = 32),
    final_id     bigint      NOT NULL,
    pending_id   bigint,
    pending_xmax xid8,
    sealed_at    timestamptz,
    checked_at   timestamptz
);
REVOKE DELETE, TRUNCATE ON audit.seal_state FROM cowin_owner;
INSERT INTO audit.seal_state (position, event_id, hash, final_id)
VALUES (0, 0, '\x0000000000000000000000000000000000000000000000000000000000000000', 0);

-- Signed checkpoints of the chain's head (an auditor's Ed25519 key signs outside the database;
-- the database keeps only checkpoints that match the chain it holds).
CREATE TABLE private.audit_checkpoint (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    last_id      bigint      NOT NULL,
    last_hash    bytea       NOT NULL CHECK (pg_catalog.octet_length(last_hash) = 32),
    events       bigint      NOT NULL CHECK (events > 0),
    taken_at_utc text        NOT NULL
                             CHECK (taken_at_utc ~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$'),
    public_key   bytea       NOT NULL CHECK (pg_catalog.octet_length(public_key) = 32),
    signature    bytea       NOT NULL CHECK (pg_catalog.octet_length(signature) = 64),
    recorded_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    recorded_by  text        NOT NULL DEFAULT SESSION_USER,
    UNIQUE (last_id, public_key)
);
REVOKE UPDATE, DELETE, TRUNCATE ON private.audit_checkpoint FROM cowin_owner;

-- A filter as the console and the command line send it, checked and normalised in one place.
CREATE TYPE private.audit_filter AS (
    lo bigint, hi bigint, actor text, action text, area text, target_type text, target_id text,
    client_network cidr, outcome text, words text);

---------------------------------------------------------------------------------------------
-- Console operators, their second factor and their sessions. Failed codes are counted on a
-- per-operator SEQUENCE (failure_counter), whose nextval() is not undone by ROLLBACK.
---------------------------------------------------------------------------------------------
CREATE TABLE private.operator (
    role_name             text        PRIMARY KEY,
    full_name             private.display_name NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    created_by            text        NOT NULL DEFAULT SESSION_USER,
    totp_secret           bytea       CHECK (pg_catalog.octet_length(totp_secret) = 20),
    pending_secret        bytea       CHECK (pg_catalog.octet_length(pending_secret) = 20),
    enrolled_at           timestamptz,
    last_step             bigint      NOT NULL DEFAULT 0,
    failure_counter       regclass    NOT NULL,
    failure_baseline      bigint      NOT NULL DEFAULT 0,
    locked_at             timestamptz,
    disabled_at           timestamptz,
    must_change_password  boolean     NOT NULL DEFAULT true,
    password_changed_at   timestamptz,
    -- SHA-256 of the verifier the console last set: another one was set with ALTER ROLE.
    password_fingerprint  bytea       CHECK (pg_catalog.octet_length(password_fingerprint) = 32),
    enrol_code_hash       bytea       CHECK (pg_catalog.octet_length(enrol_code_hash) = 32),
    enrol_code_expires_at timestamptz,
    last_login_at         timestamptz,
    CHECK ((enrol_code_hash IS NULL) = (enrol_code_expires_at IS NULL))
);

CREATE TABLE private.recovery_code (
    role_name  text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    code_hash  bytea       NOT NULL CHECK (pg_catalog.octet_length(code_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    used_at    timestamptz,
    PRIMARY KEY (role_name, code_hash)
);

-- A judged code: told only after it committed (created_xact), consumed once.
CREATE TABLE private.otp_attempt (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name     text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    purpose       text        NOT NULL CHECK (purpose IN ('login', 'enrol', 'step_up')),
    method        text        NOT NULL CHECK (method IN ('totp', 'recovery')),
    outcome       text        NOT NULL CHECK (outcome IN ('accepted', 'wrong', 'replayed', 'locked')),
    attempts_left integer     NOT NULL,
    created_xact  xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    consumed_at   timestamptz
);
CREATE INDEX otp_attempt_role ON private.otp_attempt (role_name, id);

CREATE TABLE private.session (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash   bytea       NOT NULL UNIQUE CHECK (pg_catalog.octet_length(token_hash) = 32),
    role_name    text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    attempt_id   bigint      NOT NULL UNIQUE REFERENCES private.otp_attempt,
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    last_seen_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    revoked_why  text
);
CREATE INDEX session_role_live ON private.session (role_name) WHERE revoked_at IS NULL;

-- Rows that serialise a rule across transactions (the last active admin). Only definer
-- functions lock them; no login has any privilege on the table.
CREATE TABLE private.lock_point (name text PRIMARY KEY);
INSERT INTO private.lock_point VALUES ('active_admins');

---------------------------------------------------------------------------------------------
-- Vaccinator accounts of the vaccination portal: rows, not database roles; their places; the
-- delegation scope of helpdesk operators; and what reads of personal data record.
---------------------------------------------------------------------------------------------
CREATE TABLE private.state (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name text NOT NULL UNIQUE
);

CREATE TABLE private.district (
    id         integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    state_code text    NOT NULL REFERENCES private.state,
    name       text    NOT NULL,
    UNIQUE (state_code, name)
);

CREATE TABLE private.centre (
    id          integer              GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    district_id integer              NOT NULL REFERENCES private.district,
    name        private.display_name NOT NULL,
    UNIQUE (district_id, name)
);

-- Mass-updated by bulk resets, which rewrite every row of a page in one chunk and make each
-- row longer (a temporary password's hash and expiry): half of each page is left free so
-- the new versions stay on their page as HOT updates, without a new entry in any of the
-- nine indexes (measured: 91% HOT at fillfactor 50, 23% at 80).
CREATE TABLE private.vaccinator (
    id                            bigint      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    login_id                      private.login_id NOT NULL UNIQUE,
    full_name                     private.display_name NOT NULL,
    mobile                        private.mobile_number NOT NULL UNIQUE,
    centre_id                     integer     NOT NULL REFERENCES private.centre,
    district_id                   integer     NOT NULL REFERENCES private.district,
    state_code                    text        NOT NULL REFERENCES private.state,
    status                        text        NOT NULL DEFAULT 'active'
                                              CHECK (status IN ('active', 'locked', 'disabled')),
    must_change_password          boolean     NOT NULL DEFAULT true,
    password_hash                 text,
    password_changed_at           timestamptz,
    temporary_password_hash       bytea       CHECK (pg_catalog.octet_length(temporary_password_hash) = 32),
    temporary_password_expires_at timestamptz,
    failed_logins                 integer     NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    last_login_at                 timestamptz,
    created_at                    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    updated_at                    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    version                       integer     NOT NULL DEFAULT 1,
    CHECK ((temporary_password_hash IS NULL) = (temporary_password_expires_at IS NULL))
) WITH (fillfactor = 50);
-- One index per sort order and per filter that leads a sort: pages are keyset reads.
CREATE INDEX vaccinator_name_id ON private.vaccinator (full_name, id);
CREATE INDEX vaccinator_login_id ON private.vaccinator (login_id, id);
CREATE INDEX vaccinator_last_login_id
    ON private.vaccinator ((coalesce(last_login_at, '-infinity'::timestamptz)), id);
CREATE INDEX vaccinator_state_name ON private.vaccinator (state_code, full_name, id);
CREATE INDEX vaccinator_district_name ON private.vaccinator (district_id, full_name, id);
CREATE INDEX vaccinator_centre_name ON private.vaccinator (centre_id, full_name, id);
CREATE INDEX vaccinator_status_name ON private.vaccinator (status, full_name, id);
CREATE INDEX vaccinator_name_trgm ON private.vaccinator USING gin (full_name ext.gin_trgm_ops);

CREATE TABLE private.portal_session (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vaccinator_id bigint      NOT NULL REFERENCES private.vaccinator ON DELETE CASCADE,
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    revoked_at    timestamptz,
    revoked_why   text
);
CREATE INDEX portal_session_live ON private.portal_session (vaccinator_id) WHERE revoked_at IS NULL;

-- Delegation: an operator with rows here reads and acts only on accounts in those states or
-- districts. Admins are never limited.
CREATE TABLE private.operator_scope (
    role_name   text    NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    state_code  text    REFERENCES private.state,
    district_id integer REFERENCES private.district,
    CHECK ((state_code IS NULL) <> (district_id IS NULL)),
    UNIQUE NULLS NOT DISTINCT (role_name, state_code, district_id)
);

-- Messages to vaccinators' registered mobiles. The secret stays only until it is delivered,
-- dead-lettered or superseded by a newer reset.
CREATE TABLE private.outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vaccinator_id   bigint      NOT NULL REFERENCES private.vaccinator ON DELETE CASCADE,
    bulk_id         bigint,
    kind            text        NOT NULL CHECK (kind = 'temporary_password'),
    recipient       private.mobile_number NOT NULL,
    secret          text,
    state           text        NOT NULL DEFAULT 'pending'
                                CHECK (state IN ('pending', 'sending', 'delivered', 'dead', 'superseded')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    last_error      text,
    gateway_ref     text,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    finished_at     timestamptz,
    CHECK (state IN ('pending', 'sending') OR secret IS NULL)
);
CREATE INDEX outbox_due ON private.outbox (next_attempt_at, id) WHERE state IN ('pending', 'sending');
CREATE INDEX outbox_vaccinator ON private.outbox (vaccinator_id, id);
CREATE INDEX outbox_open_vaccinator ON private.outbox (vaccinator_id) WHERE state IN ('pending', 'sending');

-- A claim of the delivery worker: recorded and committed before its messages are told.
CREATE TABLE private.delivery_claim (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name    text        NOT NULL,
    message_ids  bigint[]    NOT NULL,
    created_xact xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    told_at      timestamptz
);

-- A reveal of a mobile number: recorded and committed before the number is told; one over the
-- operator's budget is recorded as refused.
CREATE TABLE private.reveal (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name     text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    vaccinator_id bigint      NOT NULL REFERENCES private.vaccinator ON DELETE CASCADE,
    refused       boolean     NOT NULL DEFAULT false,
    created_xact  xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    told_at       timestamptz
);
CREATE INDEX reveal_role_time ON private.reveal (role_name, created_at);

-- A search by mobile number ("number in, person out"): recorded and committed before anything
-- that depends on the number is read. The number (subject) is kept only while a search may
-- use it.
CREATE TABLE private.mobile_lookup (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name     text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    vaccinator_id bigint      REFERENCES private.vaccinator ON DELETE CASCADE,
    subject       private.mobile_number,
    refused       boolean     NOT NULL DEFAULT false,
    created_xact  xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp()
);
CREATE INDEX mobile_lookup_role_time ON private.mobile_lookup (role_name, created_at);

-- A check of an import, with its rows and problems: told after it committed, imported once.
CREATE TABLE private.import_check (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name    text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    rows         jsonb,
    row_count    integer     NOT NULL,
    problems     jsonb,
    refused      boolean     NOT NULL DEFAULT false,
    created_xact xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    told_at      timestamptz,
    imported_at  timestamptz
);
CREATE INDEX import_check_role_time ON private.import_check (role_name, created_at);

CREATE TABLE private.bulk_reset (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name               text        NOT NULL REFERENCES private.operator,
    scope_kind              text        NOT NULL CHECK (scope_kind IN ('all', 'state', 'district', 'centre')),
    scope_value             text,
    scope_label             text        NOT NULL,
    reason                  text        NOT NULL,
    send_temporary_password boolean     NOT NULL,
    planned                 bigint      NOT NULL,
    max_id                  bigint      NOT NULL,
    cursor_id               bigint      NOT NULL DEFAULT 0,
    done                    bigint      NOT NULL DEFAULT 0,
    state                   text        NOT NULL DEFAULT 'running'
                                        CHECK (state IN ('running', 'finished', 'cancelled')),
    step_up_attempt         bigint      NOT NULL REFERENCES private.otp_attempt,
    started_at              timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    finished_at             timestamptz
);

-- Budgets admins set (console.limit_set, audited).
CREATE TABLE private.limit_setting (
    name        text        PRIMARY KEY,
    value       integer     NOT NULL CHECK (value BETWEEN 1 AND 1000000),
    description text        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    changed_by  text        NOT NULL DEFAULT SESSION_USER
);
INSERT INTO private.limit_setting (name, value, description) VALUES
    ('mobile_lookups_per_10_minutes', 60, 'Searches by mobile number one operator may make in 10 minutes'),
    ('reveals_per_hour', 20, 'Mobile numbers one operator may reveal in an hour'),
    ('import_check_rows_per_day', 50000, 'Rows one admin may check for import in a day'),
    ('gateway_unknown_keys_per_minute', 20, 'Unknown API keys one client address may present in a minute before it is blocked'),
    ('gateway_block_minutes', 15, 'Minutes a client address stays blocked after too many unknown keys');

---------------------------------------------------------------------------------------------
-- Partner API access: partners, their keys (stored only as SHA-256), the kill-switch, usage,
-- and client addresses blocked after guessing keys.
---------------------------------------------------------------------------------------------
CREATE TABLE private.api_scope (
    name          text    PRIMARY KEY CHECK (name ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
    personal_data boolean NOT NULL,
    description   text    NOT NULL
);
INSERT INTO private.api_scope VALUES
    ('certificate.verify', false, 'Verify a vaccination certificate by its QR payload'),
    ('centre.list', false, 'Vaccination centres and their sessions'),
    ('appointment.slots', false, 'Free appointment slots'),
    ('appointment.book', true, 'Book an appointment for a beneficiary'),
    ('beneficiary.lookup', true, 'A beneficiary''s details by mobile or ID number'),
    ('certificate.download', true, 'A beneficiary''s certificate');

CREATE TABLE private.partner (
    id                    integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                  text        NOT NULL UNIQUE CHECK (pg_catalog.length(name) BETWEEN 2 AND 120),
    sector                text        NOT NULL CHECK (sector IN ('government', 'private')),
    whitelisted           boolean     NOT NULL DEFAULT false,
    contact               text        NOT NULL DEFAULT '',
    status                text        NOT NULL DEFAULT 'active'
                                      CHECK (status IN ('active', 'suspended', 'revoked')),
    scopes                text[]      NOT NULL DEFAULT '{}',
    ip_allowlist          cidr[]      NOT NULL DEFAULT '{}',
    rate_limit_per_minute integer     NOT NULL DEFAULT 600 CHECK (rate_limit_per_minute > 0),
    created_at            timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    updated_at            timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    version               integer     NOT NULL DEFAULT 1
);

CREATE TABLE private.api_key (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id     integer     NOT NULL REFERENCES private.partner,
    display_prefix text        NOT NULL,
    key_hash       bytea       NOT NULL UNIQUE CHECK (pg_catalog.octet_length(key_hash) = 32),
    scopes         text[]      NOT NULL,
    status         text        NOT NULL DEFAULT 'active'
                               CHECK (status IN ('active', 'suspended', 'revoked')),
    created_at     timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    created_by     text        NOT NULL DEFAULT SESSION_USER,
    expires_at     timestamptz NOT NULL,
    last_used_at   timestamptz,
    revoked_at     timestamptz,
    revoked_reason text,
    replaced_by    bigint      REFERENCES private.api_key,
    CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
);
CREATE INDEX api_key_partner ON private.api_key (partner_id);

-- The one global state the kill-switch sets, and each incident's history.
CREATE TABLE private.kill_switch_incident (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level                text        NOT NULL CHECK (level IN ('personal_data', 'sector', 'everything')),
    sector               text        CHECK (sector IN ('government', 'private')),
    reason               text        NOT NULL,
    engaged_by           text        NOT NULL,
    engaged_at           timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    restore_requested_by text,
    restore_requested_at timestamptz,
    restore_reason       text,
    restored_by          text,
    restored_at          timestamptz,
    CHECK ((level = 'sector') = (sector IS NOT NULL)),
    CHECK (restored_by IS NULL OR restored_by <> restore_requested_by)
);
CREATE UNIQUE INDEX kill_switch_one_engaged ON private.kill_switch_incident ((true))
    WHERE restored_at IS NULL;

CREATE TABLE private.api_usage (
    key_id   bigint      NOT NULL REFERENCES private.api_key,
    minute   timestamptz NOT NULL,
    calls    integer     NOT NULL CHECK (calls >= 0),
    denials  integer     NOT NULL CHECK (denials >= 0),
    PRIMARY KEY (key_id, minute)
);

-- Unknown-key denials per client address, and the block after too many.
CREATE TABLE private.gateway_failure (
    client_ip     inet        PRIMARY KEY,
    window_start  timestamptz NOT NULL,
    failures      integer     NOT NULL CHECK (failures >= 0),
    blocked_until timestamptz,
    bursts        integer     NOT NULL DEFAULT 0
);
