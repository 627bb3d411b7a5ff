-- Responses of creating POSTs sent with an Idempotency-Key, kept 24 hours per caller and key.
create table idempotency_key (
    caller       varchar(80)  not null,
    key          varchar(255) not null,
    request_hash char(64)     not null,
    status       integer      not null,
    headers      jsonb        not null,
    body         text,
    created_at   timestamptz  not null default now(),
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
