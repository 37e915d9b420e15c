-- The portal's schema. Written in the SQL subset shared by H2 2.x and PostgreSQL.
-- Ids are random UUIDs in text form: they appear in URLs and must not be guessable.

create table account (
    id              varchar(36)  not null primary key,
    email           varchar(254) not null,
    password_hash   varchar(512) not null,
    role            varchar(16)  not null,
    oxhost_user_id  varchar(64),
    created_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint account_email_unique unique (email),
    constraint account_role_check check (role in ('CUSTOMER', 'ADMIN'))
);

create table plan (
    id                varchar(36)   not null primary key,
    name              varchar(100)  not null,
    vcpu              integer       not null,
    ram_gb            integer       not null,
    disk_gb           integer       not null,
    location          varchar(100)  not null,
    monthly_price     numeric(12,2) not null,
    currency          varchar(3)    not null,
    oxhost_server_id  varchar(64)   not null,
    active            boolean       not null default true,
    sort_order        integer       not null default 0,
    version           bigint        not null default 0,
    constraint plan_server_unique unique (oxhost_server_id),
    constraint plan_price_positive check (monthly_price > 0)
);

-- One row per attempt to create a 0xhost invoice: written as REQUESTED before the call,
-- completed (OPEN, FAILED or UNKNOWN) after it. Amounts returned by 0xhost are kept as the
-- exact decimal text received, never through a binary floating point type.
create table invoice_attempt (
    id                   varchar(36)   not null primary key,
    idempotency_key      varchar(64)   not null,
    account_id           varchar(36)   not null references account (id),
    plan_id              varchar(36)   not null references plan (id),
    state                varchar(16)   not null,
    requested_at         timestamp with time zone not null,
    completed_at         timestamp with time zone,
    request_endpoint     varchar(500)  not null,
    request_body         varchar(2000) not null,
    http_status          integer,
    response_body        varchar(20000),
    failure_reason       varchar(1000),
    upstream_message     varchar(1000),
    track_id             varchar(100),
    order_id             varchar(100),
    transaction_id       varchar(100),
    amount               varchar(64),
    currency             varchar(16),
    pay_amount           varchar(64),
    pay_currency         varchar(32),
    network              varchar(100),
    address              varchar(200),
    lifetime_minutes     integer,
    expired_at           timestamp with time zone,
    upstream_created_at  timestamp with time zone,
    version              bigint        not null default 0,
    constraint invoice_attempt_key_unique unique (idempotency_key),
    constraint invoice_attempt_state_check check (state in ('REQUESTED', 'OPEN', 'FAILED', 'UNKNOWN'))
);

create index invoice_attempt_account_idx on invoice_attempt (account_id, requested_at);
create index invoice_attempt_reuse_idx on invoice_attempt (account_id, plan_id, state, expired_at);
create index invoice_attempt_requested_idx on invoice_attempt (requested_at);
