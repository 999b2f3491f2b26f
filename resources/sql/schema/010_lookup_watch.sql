-- run-as: cowin_owner
-- The lookup watch (docs/lookup-watch.md): every lookup of a person through the portal or a
-- partner key is asked for first, recorded by a keyed hash of the number (never the number),
-- counted as distinct people per account or key against budgets drawn from peers, and judged
-- by signals that raise alerts; canary numbers freeze whoever looks them up.
CREATE SCHEMA portal;
REVOKE ALL ON SCHEMA portal FROM PUBLIC;
GRANT USAGE ON SCHEMA portal TO cowin_portal;

-- Peers are accounts at the same kind of centre.
ALTER TABLE private.centre
    ADD COLUMN kind text NOT NULL DEFAULT 'primary_health_centre'
        CHECK (kind IN ('primary_health_centre', 'community_health_centre', 'district_hospital',
                        'private_hospital', 'outreach_camp'));

-- The key of the keyed hash of looked-up numbers. No login reads it; without it a hash cannot
-- be turned back into a number by trying all ten-digit numbers.
CREATE TABLE private.subject_key (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    secret    bytea   NOT NULL CHECK (pg_catalog.octet_length(secret) = 32)
);
INSERT INTO private.subject_key (secret) VALUES (ext.gen_random_bytes(32));

-- Budgets of distinct people per hour and per Indian day, per peer group: "centre:<kind>" for
-- portal accounts, "partner:<sector>" for partner keys. set_by NULL: drawn from peers by the
-- maintenance round; otherwise an admin's numbers, kept until changed.
CREATE TABLE private.watch_budget (
    peer_group      text        PRIMARY KEY,
    people_per_hour integer     NOT NULL CHECK (people_per_hour BETWEEN 1 AND 10000000),
    people_per_day  integer     NOT NULL CHECK (people_per_day BETWEEN 1 AND 100000000),
    floor_per_hour  integer     NOT NULL,
    floor_per_day   integer     NOT NULL,
    set_by          text,
    updated_at      timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    version         integer     NOT NULL DEFAULT 1,
    CHECK (people_per_hour <= people_per_day)
);
INSERT INTO private.watch_budget (peer_group, people_per_hour, people_per_day, floor_per_hour, floor_per_day) VALUES
    ('centre:primary_health_centre', 30, 150, 30, 150),
    ('centre:community_health_centre', 40, 200, 40, 200),
    ('centre:district_hospital', 60, 300, 60, 300),
    ('centre:private_hospital', 40, 200, 40, 200),
    ('centre:outreach_camp', 80, 400, 80, 400),
    ('partner:government', 3000, 30000, 3000, 30000),
    ('partner:private', 600, 5000, 600, 5000);

-- What peers did, per group, over the last 14 days (the maintenance round writes it).
CREATE TABLE private.watch_peer_stats (
    peer_group       text        PRIMARY KEY REFERENCES private.watch_budget,
    principals       integer     NOT NULL,
    median_day       numeric     NOT NULL,
    p99_day          numeric     NOT NULL,
    median_hour      numeric     NOT NULL,
    p99_hour         numeric     NOT NULL,
    computed_at      timestamptz NOT NULL
);

-- One row per portal account or partner key that has looked someone up: the counters of its
-- current hour and day, and its freeze. Every lookup by it queues on this row, so a count and
-- the record that follows it are one step and 20 callers at once cannot overshoot a budget.
CREATE TABLE private.watched (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vaccinator_id    bigint      UNIQUE REFERENCES private.vaccinator ON DELETE CASCADE,
    api_key_id       bigint      UNIQUE REFERENCES private.api_key,
    peer_group       text        NOT NULL REFERENCES private.watch_budget,
    first_seen_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    last_lookup_at   timestamptz,
    hour_start       timestamptz NOT NULL DEFAULT '-infinity',
    hour_people      integer     NOT NULL DEFAULT 0,
    day_start        timestamptz NOT NULL DEFAULT '-infinity',
    day_people       integer     NOT NULL DEFAULT 0,
    day_lookups      integer     NOT NULL DEFAULT 0,
    day_denied       integer     NOT NULL DEFAULT 0,
    day_max_hour     integer     NOT NULL DEFAULT 0,
    day_night_people integer     NOT NULL DEFAULT 0,
    day_reported     integer     NOT NULL DEFAULT 0,
    day_not_found    integer     NOT NULL DEFAULT 0,
    day_out_of_state integer     NOT NULL DEFAULT 0,
    frozen_at        timestamptz,
    frozen_by        text,
    frozen_reason    text,
    CHECK ((vaccinator_id IS NULL) <> (api_key_id IS NULL)),
    CHECK ((frozen_at IS NULL) = (frozen_reason IS NULL))
);

-- Each closed day of each watched account or key: its own history (a sudden rise) and its
-- peers' (budgets and medians).
CREATE TABLE private.watched_day (
    watched_id bigint  NOT NULL REFERENCES private.watched ON DELETE CASCADE,
    day        date    NOT NULL,
    people     integer NOT NULL,
    lookups    integer NOT NULL,
    max_hour   integer NOT NULL,
    PRIMARY KEY (watched_id, day)
);
CREATE INDEX watched_day_day ON private.watched_day (day);

-- Networks (an IPv4 /24 or IPv6 /48) each account or key has looked people up from.
CREATE TABLE private.watched_network (
    watched_id    bigint      NOT NULL REFERENCES private.watched ON DELETE CASCADE,
    network       cidr        NOT NULL,
    first_seen_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    PRIMARY KEY (watched_id, network)
);

-- Every lookup asked for, by the keyed hash of the number (16 bytes of HMAC-SHA-256), with the
-- answer it got. Partitioned by Indian day and kept 180 days (CERT-In's log retention); the
-- maintenance round makes days ahead and drops days past retention.
CREATE TABLE private.lookup (
    looked_at    timestamptz NOT NULL,
    watched_id   bigint      NOT NULL,
    subject_hash bytea       NOT NULL,
    reason       text        NOT NULL,
    client_ip    inet
) PARTITION BY RANGE (looked_at);
CREATE INDEX lookup_watched_subject ON private.lookup (watched_id, subject_hash);
CREATE INDEX lookup_subject ON private.lookup (subject_hash);
-- Catches a day the maintenance round has not made yet; the round moves such rows out.
CREATE TABLE private.lookup_unplanned PARTITION OF private.lookup DEFAULT;

-- Numbers that belong to no one: whoever looks one up is frozen at once. Kept by hash only.
CREATE TABLE private.canary (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_hash bytea       NOT NULL,
    masked       text        NOT NULL,
    label        text        NOT NULL,
    planted_by   text        NOT NULL DEFAULT SESSION_USER,
    planted_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    retired_by   text,
    retired_at   timestamptz
);
CREATE UNIQUE INDEX canary_live ON private.canary (subject_hash) WHERE retired_at IS NULL;

-- Alerts: at most one open per account or key and kind; a repeat counts on it.
CREATE TABLE private.watch_alert (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    watched_id    bigint      NOT NULL REFERENCES private.watched ON DELETE CASCADE,
    kind          text        NOT NULL CHECK (kind IN ('canary', 'lookup_budget', 'surge', 'not_found',
                                                       'out_of_state', 'night', 'new_network')),
    severity      smallint    NOT NULL CHECK (severity BETWEEN 1 AND 3),
    raised_at     timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    last_seen_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    repeats       integer     NOT NULL DEFAULT 1,
    details       jsonb       NOT NULL,
    closed_at     timestamptz,
    closed_by     text,
    closed_how    text        CHECK (closed_how IN ('dismissed', 'frozen', 'released')),
    closed_reason text,
    CHECK ((closed_at IS NULL) = (closed_how IS NULL))
);
CREATE UNIQUE INDEX watch_alert_one_open ON private.watch_alert (watched_id, kind) WHERE closed_at IS NULL;
CREATE INDEX watch_alert_open ON private.watch_alert (severity DESC, last_seen_at DESC) WHERE closed_at IS NULL;
CREATE INDEX watch_alert_recent ON private.watch_alert (raised_at DESC);

-- "Who looked up this person?": recorded and committed before it is answered.
CREATE TABLE private.subject_question (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_name    text        NOT NULL REFERENCES private.operator ON DELETE CASCADE,
    subject_hash bytea       NOT NULL,
    created_xact xid8        NOT NULL DEFAULT pg_catalog.pg_current_xact_id(),
    created_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp()
);

INSERT INTO private.limit_setting (name, value, description) VALUES
    ('watch_not_found_percent', 50, 'Share of looked-up numbers that find no one (percent, over a day of at least 20) that raises an alert'),
    ('watch_out_of_state_percent', 50, 'Share of people looked up who live outside the account''s state (percent, over a day of at least 20) that raises an alert'),
    ('watch_night_people', 15, 'Distinct people one account or key may look up between 23:00 and 05:00 before an alert'),
    ('watch_surge_factor', 4, 'How many times its own median day an account or key may look up before an alert (after 7 days of history)'),
    ('watch_alert_minimum_people', 20, 'Distinct people in a day below which no share-based or surge alert is raised');
