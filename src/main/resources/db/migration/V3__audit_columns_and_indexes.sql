-- What the admin audit needs of each attempt, and indexes for its filters and keyset pages.

-- The plan's catalog price when the attempt was made: a later edit of the plan must not change
-- what an old attempt says it was for, and the list sorts by it.
alter table invoice_attempt add column price numeric(12,2);
alter table invoice_attempt add column price_currency varchar(3);
update invoice_attempt set
    price = (select p.monthly_price from plan p where p.id = invoice_attempt.plan_id),
    price_currency = (select p.currency from plan p where p.id = invoice_attempt.plan_id);
alter table invoice_attempt alter column price set not null;
alter table invoice_attempt alter column price_currency set not null;

-- The headers sent with the request, the API key's value masked (null: recorded before this column).
alter table invoice_attempt add column request_headers varchar(500);
-- How long the call to 0xhost took, in milliseconds (null: not called, or before this column).
alter table invoice_attempt add column latency_ms integer;
-- When the sweep gave up on the attempt as UNKNOWN; kept when a late answer opens it after all.
alter table invoice_attempt add column gave_up_at timestamp with time zone;

-- Each list order ends with the id, so that keyset pages are exact when times or prices tie. The
-- direction is the list's own: H2 walks an index only forwards (PostgreSQL either way), so the
-- default newest-first order and the filters under it get descending indexes, and a page of 50 is
-- read as 50 index entries rather than a sort of every row the filter takes.
drop index invoice_attempt_requested_idx;
create index invoice_attempt_oldest_idx on invoice_attempt (requested_at, id);
create index invoice_attempt_newest_idx on invoice_attempt (requested_at desc, id desc);
create index invoice_attempt_state_idx on invoice_attempt (state, requested_at desc, id desc);
create index invoice_attempt_plan_idx on invoice_attempt (plan_id, requested_at desc, id desc);
create index invoice_attempt_price_low_idx on invoice_attempt (price, requested_at, id);
create index invoice_attempt_price_high_idx on invoice_attempt (price desc, requested_at desc, id desc);
-- Invoices awaiting payment are the few OPEN ones not yet expired: found by their expiry.
create index invoice_attempt_awaiting_idx on invoice_attempt (state, expired_at);
create index invoice_attempt_track_idx on invoice_attempt (track_id);
create index invoice_attempt_order_idx on invoice_attempt (order_id);
