-- run-as: cowin_owner
-- An event's details are kept as the text the chain hashes: `json`, holding exactly what
-- PostgreSQL printed for the `jsonb` value the event was written with (keys sorted, one
-- space after ':' and ','). As `jsonb` they were printed again by the sealer for every event
-- and by every verification, about 1.4 µs for a bulk reset's details, the largest single
-- cost of reading the chain. The events are written as before, from `jsonb`: the cast to
-- `json` stores that same text, so every hash sealed before this change still holds.
-- Rewrites the trail once (each month's partition and its indexes).
ALTER TABLE audit.event ALTER COLUMN details TYPE json USING details::text::json;
COMMENT ON COLUMN audit.event.details IS
    'What changed, as the text of the jsonb value the event was written with (keys sorted): '
    'the text the chain hashes. Written only from jsonb.';
