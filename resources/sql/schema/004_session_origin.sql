-- Where each console session was opened from, for its operator's own list of sessions.
ALTER TABLE private.session
    ADD COLUMN client_addr      inet,
    ADD COLUMN application_name text;
