-- Newest-first pages of an area (otp, vaccinator, …) and of failures or successes read only
-- the events that match, however many others a burst has put on top: a bulk reset writes
-- hundreds of thousands of one action, and a scan down the ids walked through all of them.
-- The failure expression is private.audit_failure_pattern()'s, written out as the filter
-- writes it (pgTAP holds the two equal); a new pattern is a new index in a new file.
CREATE INDEX event_area_id ON audit.event (split_part(action, '.', 1), id);
CREATE INDEX event_failure_id ON audit.event
    ((action ~ '(\.failed|\.replayed|\.refused_[a-z_]+|\.locked|_failed|_dead|_refused|_blocked|\.denied)$'), id);
