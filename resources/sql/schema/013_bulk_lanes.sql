-- run-as: cowin_owner
-- A bulk action's accounts in lanes: ranges of ids that chunks take on side by side, each lane
-- locked by the one chunk working on it (console.vaccinator_bulk_chunk takes the first lane
-- that no other chunk holds). A national reset then runs on as many server cores as the
-- console has workers, where one cursor made every chunk wait for the one before.
CREATE TABLE private.bulk_lane (
    bulk_id   bigint  NOT NULL REFERENCES private.bulk_reset ON DELETE CASCADE,
    lane      integer NOT NULL CHECK (lane >= 0),
    cursor_id bigint  NOT NULL, -- the lane's accounts lie above this id …
    max_id    bigint  NOT NULL, -- … up to this one
    state     text    NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'finished', 'cancelled')),
    PRIMARY KEY (bulk_id, lane)
);
COMMENT ON TABLE private.bulk_lane IS
    'The id ranges of a bulk action that chunks work through side by side; the action''s row '
    'keeps the count of what is done.';

-- A bulk action running at the upgrade goes on in one lane, from where its cursor stopped.
INSERT INTO private.bulk_lane (bulk_id, lane, cursor_id, max_id, state)
SELECT b.id, 0, b.cursor_id, b.max_id, b.state FROM private.bulk_reset b;
COMMENT ON COLUMN private.bulk_reset.cursor_id IS
    'Where the one cursor of a bulk action begun before lanes stood (private.bulk_lane since).';
