-- Integration clients: other systems that call the API with OAuth 2.0 client credentials. A client acts as a
-- technical professional account of its organisation (app_user.client; never listed among users, never able to
-- log in with a password) and is limited to its scopes.
alter table app_user add column client boolean not null default false;

create table integration_client (
    id                    uuid primary key,
    name                  varchar(200)  not null,
    organisation_id       uuid          not null references organisation (id),
    region_id             uuid          not null references region (id),
    user_id               uuid          not null unique references app_user (id),
    scopes                varchar(40)[] not null,
    writes_per_minute     integer       not null check (writes_per_minute between 1 and 10000),
    enabled               boolean       not null default true,
    secret_hash           char(64)      not null,
    previous_secret_hash  char(64),
    previous_secret_until timestamptz,
    created_by            uuid          not null references app_user (id),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               integer       not null default 0
);
create index integration_client_region_idx on integration_client (region_id, name);
