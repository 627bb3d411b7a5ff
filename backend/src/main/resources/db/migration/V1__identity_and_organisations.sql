-- Regions, organisations, users, sessions, login throttling and the append-only audit log.

create table region (
    id               uuid primary key,
    name             varchar(200) not null,
    country_code     char(2)      not null check (country_code ~ '^[A-Z]{2}$'),
    default_language varchar(8)   not null,
    time_zone        varchar(64)  not null,
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint region_name_unique unique (name)
);

create table organisation (
    id            uuid primary key,
    region_id     uuid         not null references region (id),
    name          varchar(200) not null,
    help_system   varchar(20)  not null check (help_system in
                      ('ADDICTION_CARE', 'YOUTH_WELFARE', 'SCHOOL', 'HEALTH', 'UNIVERSITY', 'OTHER')),
    street        varchar(200),
    postal_code   varchar(20),
    city          varchar(100),
    contact_email varchar(254),
    contact_phone varchar(40),
    website       varchar(500),
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint organisation_name_unique unique (region_id, name)
);
create index organisation_region_idx on organisation (region_id, name);

create table app_user (
    id                 uuid primary key,
    email              varchar(254) not null,
    display_name       varchar(200) not null,
    preferred_language varchar(8)   not null,
    role               varchar(20)  not null check (role in ('ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'MENTOR')),
    organisation_id    uuid references organisation (id),
    password_hash      varchar(100) not null,
    enabled            boolean      not null default true,
    version            integer      not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint professional_has_organisation check (role <> 'PROFESSIONAL' or organisation_id is not null)
);
create unique index app_user_email_unique on app_user (lower(email));

create table user_region (
    user_id   uuid not null references app_user (id) on delete cascade,
    region_id uuid not null references region (id),
    primary key (user_id, region_id)
);
create index user_region_region_idx on user_region (region_id);

-- One row per login: the refresh token family. Access tokens carry its id (sid) and die with it.
create table auth_session (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id) on delete cascade,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    revoke_reason varchar(40)
);
create index auth_session_user_idx on auth_session (user_id) where revoked_at is null;

create table refresh_token (
    id         uuid primary key,
    session_id uuid        not null references auth_session (id) on delete cascade,
    token_hash char(64)    not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index refresh_token_session_idx on refresh_token (session_id);

-- Failed logins per e-mail address (existing or not, so throttling reveals nothing).
create table login_throttle (
    email_key    varchar(254) primary key,
    window_start timestamptz not null,
    failures     integer     not null,
    locked_until timestamptz
);

create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default clock_timestamp(),
    actor_type  varchar(16)  not null check (actor_type in ('USER', 'CLIENT', 'ANONYMOUS', 'SYSTEM')),
    actor_id    uuid,
    action      varchar(64)  not null,
    object_type varchar(32),
    object_id   varchar(64),
    region_id   uuid,
    outcome     varchar(8)   not null check (outcome in ('ALLOWED', 'DENIED')),
    source_ip   varchar(64),
    detail      varchar(200)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_region_idx on audit_event (region_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_object_idx on audit_event (object_type, object_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
