-- run-as: superuser
-- What the console's operator management (016) needs beyond cowin_owner's own objects.
-- Disabling an operator or forcing a logout ends their open connections at once, not only their
-- console sessions: the owner of the operator functions may signal (terminate) the backends of
-- ordinary roles. It cannot signal superusers' backends, and it never logs in.
GRANT pg_signal_backend TO cowin_owner;
-- A new name is checked (CW422 at the field) before anything else is validated or consumed.
GRANT EXECUTE ON FUNCTION roles.check_new_name(text) TO cowin_owner;
