-- What support learned from 0xhost, out of band, about an attempt whose outcome is UNKNOWN. The
-- attempt's own record is never changed by it; each finding is a row of its own, and an admin action.
create table attempt_finding (
    id            varchar(36)   not null primary key,
    attempt_id    varchar(36)   not null references invoice_attempt (id),
    noted_at      timestamp with time zone not null,
    admin_id      varchar(36)   not null references account (id),
    admin_email   varchar(254)  not null,
    finding       varchar(16)   not null,
    track_id      varchar(100),
    note          varchar(1000) not null,
    constraint attempt_finding_check check (finding in ('CREATED', 'NOT_CREATED', 'OTHER'))
);
create index attempt_finding_attempt_idx on attempt_finding (attempt_id, noted_at);
