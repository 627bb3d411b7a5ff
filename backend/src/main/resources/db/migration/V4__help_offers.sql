-- Help offers (HSDS "services") published by organisations. The mentoring programme is one per region.

create table help_offer (
    id                 uuid primary key,
    organisation_id    uuid          not null references organisation (id),
    region_id          uuid          not null references region (id),
    name               varchar(200)  not null,
    description        varchar(4000) not null,
    kind               varchar(30)   not null check (kind in ('MENTORING_PROGRAMME', 'CHILDREN_GROUP',
                           'FAMILY_COUNSELLING', 'PARENT_SUPPORT', 'THERAPY', 'OTHER')),
    min_age            integer       not null check (min_age between 0 and 25),
    max_age            integer       not null check (max_age between 0 and 25),
    languages          varchar(8)[]  not null check (cardinality(languages) between 1 and 12),
    area_served        varchar(500)  not null,
    contact_email      varchar(254),
    contact_phone      varchar(40),
    capacity           integer       check (capacity between 0 and 100000),
    waiting_list       integer       not null default 0 check (waiting_list between 0 and 100000),
    active             boolean       not null default true,
    version            integer       not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint help_offer_age_range check (min_age <= max_age)
);
create index help_offer_region_idx on help_offer (region_id, kind) where active;
create index help_offer_updated_idx on help_offer (updated_at);
create unique index help_offer_one_mentoring_programme on help_offer (region_id)
    where kind = 'MENTORING_PROGRAMME';
