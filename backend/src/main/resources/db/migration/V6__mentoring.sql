-- The mentoring programme: volunteers and their screening, children's mentoring profiles, matching runs,
-- matches, the mentor's diary with feedback, safeguarding alerts and set-password links for new accounts.

-- Per-region rules; a region without a row uses the defaults below.
create table mentoring_settings (
    region_id                   uuid primary key references region (id),
    min_age                     integer       not null default 18 check (min_age between 16 and 99),
    max_age                     integer       not null default 30 check (max_age between 16 and 120),
    radius_km                   numeric(5, 1) not null default 10 check (radius_km > 0 and radius_km <= 200),
    interests_weight            integer       not null default 40 check (interests_weight between 0 and 100),
    distance_weight             integer       not null default 30 check (distance_weight between 0 and 100),
    availability_weight         integer       not null default 20 check (availability_weight between 0 and 100),
    age_gap_weight              integer       not null default 10 check (age_gap_weight between 0 and 100),
    certificate_validity_months integer       not null default 12 check (certificate_validity_months between 1 and 120),
    version                     integer       not null default 0,
    updated_at                  timestamptz   not null default now(),
    constraint mentoring_settings_ages check (min_age <= max_age)
);

-- A volunteer's application and screening. Status SCREENING until approved, rejected or withdrawn;
-- an approved mentor whose criminal-record certificate expires is SUSPENDED until a new one is seen.
create table volunteer (
    id               uuid primary key,
    region_id        uuid          not null references region (id),
    first_name       varchar(100)  not null,
    last_name        varchar(100)  not null,
    email            varchar(254)  not null,
    phone            varchar(40)   not null,
    birth_date       date          not null,
    study_programme  varchar(200)  not null,
    languages        varchar(8)[]  not null check (cardinality(languages) between 1 and 12),
    municipality     varchar(100)  not null,
    lat              double precision not null,
    lon              double precision not null,
    slots            varchar(20)[] not null check (cardinality(slots) between 1 and 21),
    interests        varchar(20)[] not null default '{}',
    gender           varchar(20)   not null check (gender in ('FEMALE', 'MALE', 'DIVERSE', 'UNDISCLOSED')),
    motivation       varchar(2000) not null,
    consent_at       timestamptz   not null,
    status           varchar(20)   not null check (status in ('SCREENING', 'APPROVED', 'SUSPENDED', 'REJECTED',
                                       'WITHDRAWN')),
    certificate_on   date,
    warned_for       date,          -- the certificate whose coming expiry the coordinators were told of
    decision_reason  varchar(1000),
    decided_by       uuid references app_user (id),
    decided_at       timestamptz,
    user_id          uuid unique references app_user (id),
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create unique index volunteer_email_unique on volunteer (lower(email));
create index volunteer_region_idx on volunteer (region_id, status, created_at desc);

-- The screening steps, each with who, when and a note.
create table volunteer_step (
    volunteer_id uuid          not null references volunteer (id) on delete cascade,
    step         varchar(30)   not null check (step in ('INTERVIEW', 'CERTIFICATE', 'TRAINING', 'AGREEMENT')),
    recorded_by  uuid          not null references app_user (id),
    recorded_at  timestamptz   not null,
    note         varchar(1000),
    primary key (volunteer_id, step)
);

-- Only what matching needs (domain guide); linked to the referral it came from, when there is one.
create table child_profile (
    id                      uuid primary key,
    region_id               uuid          not null references region (id),
    referral_id             uuid unique references referral (id),
    first_name              varchar(100),
    birth_year              integer       check (birth_year between 1990 and 2100),
    birth_month             integer       check (birth_month between 1 and 12),
    gender                  varchar(20)   check (gender in ('FEMALE', 'MALE', 'DIVERSE', 'UNDISCLOSED')),
    languages               varchar(8)[]  not null default '{}',
    municipality            varchar(100),
    lat                     double precision,
    lon                     double precision,
    slots                   varchar(20)[] not null default '{}',
    interests               varchar(20)[] not null default '{}',
    preferred_mentor_gender varchar(20)   check (preferred_mentor_gender in ('FEMALE', 'MALE', 'DIVERSE')),
    status                  varchar(20)   not null check (status in ('WAITING', 'MATCHED', 'CLOSED')),
    closed_reason           varchar(30),
    created_by              uuid references app_user (id),
    version                 integer       not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);
create index child_profile_region_idx on child_profile (region_id, status, created_at);

-- A whole-pool assignment and its proposals, each confirmed or dropped by a coordinator.
create table matching_run (
    id             uuid primary key,
    region_id      uuid           not null references region (id),
    created_by     uuid           not null references app_user (id),
    created_at     timestamptz    not null,
    children       integer        not null,
    mentors        integer        not null,
    allowed_pairs  bigint         not null,
    total_score    numeric(12, 2) not null,
    greedy_score   numeric(12, 2) not null,
    duration_ms    integer        not null
);
create index matching_run_region_idx on matching_run (region_id, created_at desc);

create table matching_proposal (
    id           uuid primary key,
    run_id       uuid          not null references matching_run (id) on delete cascade,
    child_id     uuid          not null references child_profile (id),
    volunteer_id uuid          not null references volunteer (id),
    score        numeric(6, 2) not null,
    explanation  jsonb         not null,
    status       varchar(20)   not null check (status in ('OPEN', 'CONFIRMED', 'DROPPED')),
    match_id     uuid,
    decided_by   uuid references app_user (id),
    decided_at   timestamptz
);
create index matching_proposal_run_idx on matching_proposal (run_id);

-- PROPOSED → ACCEPTED (mentor and family consent) → ACTIVE → CLOSED (reason). Open = not CLOSED.
create table mentoring_match (
    id                 uuid primary key,
    region_id          uuid           not null references region (id),
    child_id           uuid           not null references child_profile (id),
    volunteer_id       uuid           not null references volunteer (id),
    status             varchar(20)    not null check (status in ('PROPOSED', 'ACCEPTED', 'ACTIVE', 'CLOSED')),
    score              numeric(6, 2)  not null,
    explanation        jsonb          not null,
    proposed_by        uuid           not null references app_user (id),
    proposed_at        timestamptz    not null,
    mentor_consent_at  timestamptz,
    family_consent_at  timestamptz,
    accepted_at        timestamptz,
    started_on         date,
    planned_end_on     date,
    closed_at          timestamptz,
    close_reason       varchar(30)    check (close_reason in ('PLANNED_END', 'MENTOR_WITHDREW', 'FAMILY_WITHDREW',
                                          'SAFEGUARDING', 'OTHER')),
    close_note         varchar(2000),
    last_meeting_on    date,
    flagged_on         date,
    version            integer        not null default 0,
    updated_at         timestamptz    not null,
    constraint match_closed_has_reason check ((status = 'CLOSED') = (close_reason is not null))
);
-- One open match per child and per mentor, whatever the interleaving of concurrent confirmations.
create unique index match_one_open_per_child on mentoring_match (child_id) where status <> 'CLOSED';
create unique index match_one_open_per_mentor on mentoring_match (volunteer_id) where status <> 'CLOSED';
create index match_region_idx on mentoring_match (region_id, status);

create table diary_entry (
    id               uuid primary key,
    match_id         uuid           not null references mentoring_match (id),
    met_on           date           not null,
    duration_minutes integer        not null check (duration_minutes between 15 and 600),
    activities       varchar(20)[]  not null default '{}',
    activity_note    varchar(500),
    mood             varchar(20)    not null check (mood in ('GREAT', 'GOOD', 'OK', 'DIFFICULT')),
    note             varchar(2000),
    concern          boolean        not null default false,
    concern_text     varchar(2000),
    created_by       uuid           not null references app_user (id),
    created_at       timestamptz    not null,
    constraint diary_concern_described check (not concern or concern_text is not null)
);
create index diary_entry_match_idx on diary_entry (match_id, met_on desc);

create table diary_feedback (
    id         uuid primary key,
    entry_id   uuid          not null references diary_entry (id),
    author_id  uuid          not null references app_user (id),
    text       varchar(2000) not null,
    created_at timestamptz   not null
);
create index diary_feedback_entry_idx on diary_feedback (entry_id, created_at);

-- A concern from a diary entry, in the coordinators' queue until decided.
create table safeguarding_alert (
    id          uuid primary key,
    region_id   uuid          not null references region (id),
    match_id    uuid          not null references mentoring_match (id),
    entry_id    uuid          not null unique references diary_entry (id),
    raised_at   timestamptz   not null,
    decision    varchar(30)   check (decision in ('NO_ACTION', 'TALK_WITH_MENTOR', 'INFORM_REFERRER',
                                  'CHILD_PROTECTION_REPORT')),
    reason      varchar(2000),
    decided_by  uuid references app_user (id),
    decided_at  timestamptz,
    version     integer       not null default 0,
    constraint alert_decision_complete check ((decision is null) = (decided_at is null))
);
create index safeguarding_alert_open_idx on safeguarding_alert (region_id, raised_at) where decision is null;

-- One-time links to set a password for an account created by the platform (approved mentors).
create table password_setup (
    token_hash  varchar(64)  primary key,
    user_id     uuid         not null references app_user (id) on delete cascade,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
