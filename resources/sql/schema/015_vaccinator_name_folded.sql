-- run-as: cowin_owner
-- A search for part of a name is case-insensitive. As `full_name ILIKE`, every name an index
-- walk passed was lowered again, with the pattern, for each test: a common surname such as
-- "sharma" (one account in 80) walks about 23,000 names for a page of 200, and that lowering
-- was most of its time. The lowered name is kept beside the name, in every index that leads a
-- name-ordered walk, so a walk tests `name_folded LIKE` on the index alone; the trigram index
-- holds the lowered name too. lower() is the same function ILIKE used, with the same
-- collation, so a search finds exactly the accounts it found before.
-- Rewrites the table and rebuilds its indexes once.
ALTER TABLE private.vaccinator
    ADD COLUMN name_folded text GENERATED ALWAYS AS (pg_catalog.lower(full_name::text)) STORED;
COMMENT ON COLUMN private.vaccinator.name_folded IS
    'The name lowered, as a search for part of a name compares it (LIKE on a lowered pattern).';

DROP INDEX private.vaccinator_name_id;
DROP INDEX private.vaccinator_state_name;
DROP INDEX private.vaccinator_district_name;
DROP INDEX private.vaccinator_centre_name;
DROP INDEX private.vaccinator_status_name;
DROP INDEX private.vaccinator_name_trgm;
CREATE INDEX vaccinator_name_id ON private.vaccinator (full_name, id) INCLUDE (name_folded);
CREATE INDEX vaccinator_state_name ON private.vaccinator (state_code, full_name, id) INCLUDE (name_folded);
CREATE INDEX vaccinator_district_name ON private.vaccinator (district_id, full_name, id) INCLUDE (name_folded);
CREATE INDEX vaccinator_centre_name ON private.vaccinator (centre_id, full_name, id) INCLUDE (name_folded);
CREATE INDEX vaccinator_status_name ON private.vaccinator (status, full_name, id) INCLUDE (name_folded);
CREATE INDEX vaccinator_name_trgm ON private.vaccinator USING gin (name_folded ext.gin_trgm_ops);
-- How often a pattern occurs decides between a walk in name order and the trigram index.
-- With the default statistics (a hundred names kept), one ANALYZE here kept no name with
-- "sharma" in it, though one account in 80 has one; the planner then fetched all 12,500 by
-- trigram and sorted them (26 ms instead of 3). A thousand keeps such a name in the sample.
ALTER TABLE private.vaccinator ALTER COLUMN name_folded SET STATISTICS 1000;
