-- What the admin pages change about accounts, and the log of every admin action.

-- Set by an admin: the account cannot log in, and its open sessions end at their next request.
alter table account add column disabled_at timestamp with time zone;

-- One row per admin action, written in the transaction of the change itself: who, when, on what,
-- and the value before and after (as the page showed them; never a password or a key).
create table admin_action (
    id            varchar(36)   not null primary key,
    acted_at      timestamp with time zone not null,
    admin_id      varchar(36)   not null references account (id),
    admin_email   varchar(254)  not null,
    target_type   varchar(16)   not null,
    target_id     varchar(36)   not null,
    target_label  varchar(254)  not null,
    action        varchar(32)   not null,
    before_value  varchar(2000),
    after_value   varchar(2000),
    constraint admin_action_target_check check (target_type in ('ACCOUNT', 'PLAN', 'ATTEMPT'))
);
-- The log newest first, whole or of one target (a customer's page shows its own).
create index admin_action_newest_idx on admin_action (acted_at desc, id desc);
create index admin_action_target_idx on admin_action (target_id, acted_at desc, id desc);
-- The customers list: by email, in order, from a keyset.
-- (account_email_unique already indexes email.)
