-- A bulk action is a reset, an unlock or a disable of every account in a scope; the table
-- keeps its name from when resets were the only kind.
ALTER TABLE private.bulk_reset
    ADD COLUMN action text NOT NULL DEFAULT 'reset' CHECK (action IN ('reset', 'unlock', 'disable'));
