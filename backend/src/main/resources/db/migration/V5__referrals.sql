-- Referrals of children into help, the guardian's consent, the referral timeline and the regions' calendars.

-- A help offer's region is its organisation's region: moving an organisation moves its offers with it.
alter table organisation add constraint organisation_id_region unique (id, region_id);
alter table help_offer add constraint help_offer_organisation_region
    foreign key (organisation_id, region_id) references organisation (id, region_id) on update cascade;

-- Public holidays per region, for response times in working days.
create table region_holiday (
    region_id uuid         not null references region (id),
    day       date         not null,
    name      varchar(200) not null,
    primary key (region_id, day)
);

-- Personal fields are nullable: withdrawal of consent and retention erase them (erased_at set) and keep
-- the non-identifying statistics (region, help system, target, status, dates, birth year, gender).
create table referral (
    id                       uuid primary key,
    region_id                uuid          not null references region (id),
    referrer_organisation_id uuid          not null references organisation (id),
    referrer_help_system     varchar(20)   not null,
    created_by               uuid          not null references app_user (id),
    target_offer_id          uuid          not null references help_offer (id),
    status                   varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW',
                                 'ACCEPTED', 'WAITLISTED', 'DECLINED', 'MATCHED', 'SERVICE_STARTED', 'CLOSED',
                                 'WITHDRAWN')),
    first_name               varchar(100),
    birth_year               integer       check (birth_year between 1990 and 2100),
    birth_month              integer       check (birth_month between 1 and 12),
    gender                   varchar(20)   check (gender in ('FEMALE', 'MALE', 'DIVERSE', 'UNDISCLOSED')),
    area                     varchar(200),
    school                   varchar(200),
    languages                varchar(8)[]  not null default '{}',
    indicators               varchar(40)[] not null default '{}',
    observations             varchar(4000),
    urgency                  varchar(10)   not null check (urgency in ('ROUTINE', 'PRIORITY', 'URGENT')),
    affected_parents         varchar(20)[] not null default '{}',
    addiction_kinds          varchar(20)[] not null default '{}',
    override_reason          varchar(1000),
    override_by              uuid references app_user (id),
    override_at              timestamptz,
    decision_reason          varchar(30),
    decision_note            varchar(1000),
    possible_duplicates      uuid[]        not null default '{}',
    submitted_at             timestamptz,
    due_on                   date,
    decided_at               timestamptz,
    closed_at                timestamptz,
    erased_at                timestamptz,
    version                  integer       not null default 0,
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now()
);
create index referral_region_idx on referral (region_id, status, created_at desc);
create index referral_referrer_idx on referral (referrer_organisation_id, created_at desc);
create index referral_target_idx on referral (target_offer_id) where submitted_at is not null;
create index referral_duplicate_idx on referral (region_id, birth_year, birth_month) where erased_at is null;

-- The guardian's consent for one referral; the scan (optional) stays in the database.
create table referral_consent (
    referral_id   uuid          primary key references referral (id),
    given_by      varchar(20)   not null check (given_by in ('MOTHER', 'FATHER', 'BOTH_PARENTS',
                                    'LEGAL_GUARDIAN', 'OTHER')),
    given_on      date          not null,
    purposes      varchar(20)[] not null check (cardinality(purposes) between 1 and 5),
    recipients    varchar(500)  not null,
    form          varchar(20)   not null check (form in ('WRITTEN', 'VERBAL_WITNESSED')),
    witness       varchar(200),  -- required for a verbal consent; erased with the referral
    valid_until   date          not null,
    document      bytea,
    document_type varchar(20)   check (document_type in ('application/pdf', 'image/jpeg', 'image/png')),
    document_size integer       check (document_size between 1 and 5242880),
    recorded_by   uuid          not null references app_user (id),
    recorded_at   timestamptz   not null,
    withdrawn_at  timestamptz,
    constraint referral_consent_dates check (given_on <= valid_until)
);

-- Every change of a referral, shown to the referring professional (closed loop).
create table referral_event (
    id          bigserial primary key,
    referral_id uuid         not null references referral (id),
    occurred_at timestamptz  not null,
    actor_id    uuid references app_user (id),
    type        varchar(30)  not null,
    status      varchar(20)  not null,
    reason      varchar(30),
    note        varchar(1000)
);
create index referral_event_referral_idx on referral_event (referral_id, id);
