-- Words in a reason are looked for among the distinct reasons, not among the events: a bulk
-- action writes one reason on hundreds of thousands of events, and a trigram index on the
-- events could only hand a page every match to sort. A page newest first reads, for each
-- reason with the words, its newest events from an index on the reason's md5 (a reason may
-- be longer than an index entry holds). Two reasons with one md5 are both listed, and each
-- finds only its own events: the md5 only narrows the search. The sealer adds the reasons of what it seals, in the
-- same transaction; events above the sealed head are searched directly. This also spares
-- every append the trigram index's cost.
CREATE TABLE audit.reason (
    reason text NOT NULL
);
COMMENT ON TABLE audit.reason IS
    'Every distinct reason of a sealed event, for the words-in-the-reason filter.';
CREATE INDEX reason_md5 ON audit.reason (md5(reason));
CREATE INDEX reason_trgm ON audit.reason USING gin (reason ext.gin_trgm_ops);
INSERT INTO audit.reason SELECT DISTINCT reason FROM audit.event WHERE reason IS NOT NULL;
CREATE INDEX event_reason_md5_id ON audit.event (md5(reason), id);
DROP INDEX audit.event_reason_trgm;
