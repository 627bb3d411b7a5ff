-- Cooperation agreements: working text, parties, immutable versions, signatures, commitments, activities.

create table agreement (
    id                     uuid primary key,
    region_id              uuid         not null references region (id),
    title                  varchar(300) not null,
    status                 varchar(24)  not null check (status in ('DRAFT', 'NEGOTIATION', 'READY_FOR_SIGNATURE',
                               'SIGNED', 'ACTIVE', 'UNDER_REVIEW', 'RENEWED', 'TERMINATED')),
    language               varchar(8)   not null,
    referral_response_days integer      not null default 10 check (referral_response_days between 1 and 90),
    review_date            date,
    current_version        integer      not null default 0,
    signed_version         integer,
    signed_at              timestamptz,
    status_reason          varchar(500),
    successor_id           uuid references agreement (id),
    created_by             uuid references app_user (id),
    version                integer      not null default 0,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now()
);
create index agreement_region_idx on agreement (region_id, status);

create table agreement_party (
    agreement_id      uuid         not null references agreement (id) on delete cascade,
    organisation_id   uuid         not null references organisation (id),
    contact_name      varchar(200) not null,
    contact_email     varchar(254),
    contact_phone     varchar(40),
    signatory_user_id uuid references app_user (id),
    added_at          timestamptz  not null default now(),
    primary key (agreement_id, organisation_id)
);
create index agreement_party_org_idx on agreement_party (organisation_id);

create table agreement_section (
    id           uuid primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    position     integer      not null,
    template_key varchar(40),
    title        varchar(300) not null,
    body         text         not null check (length(body) <= 20000)
);
create index agreement_section_idx on agreement_section (agreement_id, position);

-- An immutable snapshot of the text (canonical JSON) and its SHA-256.
create table agreement_version (
    agreement_id uuid        not null references agreement (id) on delete cascade,
    number       integer     not null,
    content      text        not null,
    sha256       char(64)    not null,
    reason       varchar(300) not null,
    created_by   uuid references app_user (id),
    created_at   timestamptz not null default now(),
    primary key (agreement_id, number)
);

create function agreement_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'agreement versions never change';
end;
$$;
create trigger agreement_version_no_update before update on agreement_version
    for each row execute function agreement_version_is_immutable();

create table agreement_signature (
    id              uuid primary key,
    agreement_id    uuid         not null,
    version_number  integer      not null,
    organisation_id uuid         not null references organisation (id),
    signed_by       uuid         not null references app_user (id),
    signed_at       timestamptz  not null default now(),
    sha256          char(64)     not null,
    voided_at       timestamptz,
    void_reason     varchar(300),
    foreign key (agreement_id, version_number) references agreement_version (agreement_id, number)
);
create unique index agreement_signature_once on agreement_signature (agreement_id, version_number, organisation_id)
    where voided_at is null;

create table agreement_commitment (
    id                          uuid primary key,
    agreement_id                uuid         not null references agreement (id) on delete cascade,
    type                        varchar(30)  not null check (type in ('REGULAR_EXCHANGE', 'CASE_DISCUSSION',
                                    'JOB_SHADOWING', 'MUTUAL_CONSULTATION', 'JOINT_TRAINING')),
    title                       varchar(300) not null,
    frequency_unit              varchar(20)  not null check (frequency_unit in ('WEEKS', 'TIMES_PER_YEAR')),
    frequency_value             integer      not null check (frequency_value between 1 and 52),
    responsible_organisation_id uuid         not null references organisation (id),
    starts_on                   date         not null,
    next_due_on                 date         not null,
    overdue_since               date,
    version                     integer      not null default 0,
    created_at                  timestamptz  not null default now()
);
create index agreement_commitment_idx on agreement_commitment (agreement_id);
create index agreement_commitment_due_idx on agreement_commitment (next_due_on) where overdue_since is null;

create table agreement_activity (
    id            uuid primary key,
    agreement_id  uuid          not null references agreement (id) on delete cascade,
    commitment_id uuid          not null references agreement_commitment (id) on delete cascade,
    held_on       date          not null,
    notes         varchar(1000),
    created_by    uuid references app_user (id),
    created_at    timestamptz   not null default now()
);
create index agreement_activity_idx on agreement_activity (commitment_id, held_on desc);

create table agreement_activity_participant (
    activity_id     uuid not null references agreement_activity (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (activity_id, organisation_id)
);
