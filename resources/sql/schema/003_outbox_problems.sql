-- The messages the deliveries view leads with: given up, or failing and retried. Few among
-- millions delivered, so they are found without reading the rest.
CREATE INDEX outbox_problem ON private.outbox (id)
    WHERE state = 'dead' OR (state IN ('pending', 'sending') AND attempts > 0);
