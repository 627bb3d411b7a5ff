-- Trainings: the training concept (modules with knowledge-test questions), trainings with sessions,
-- trainers and a programme, enrolments with their seat and waiting-list order, attendance per session,
-- certificates, and the evaluation (pre/post knowledge test, satisfaction survey). In-app notifications.

create table training_module (
    id               uuid primary key,
    region_id        uuid          not null references region (id),
    title            varchar(200)  not null,
    objectives       varchar(4000) not null default '',
    duration_minutes integer       not null check (duration_minutes between 1 and 6000),
    archived         boolean       not null default false,
    version          integer       not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index training_module_region_idx on training_module (region_id, title);

create table training_module_question (
    id             uuid primary key,
    module_id      uuid          not null references training_module (id) on delete cascade,
    position       integer       not null,
    text           varchar(1000) not null,
    options        jsonb         not null check (jsonb_typeof(options) = 'array'),
    correct_option integer       not null check (correct_option >= 0),
    constraint training_module_question_position unique (module_id, position)
);

create table training (
    id                    uuid primary key,
    region_id             uuid          not null references region (id),
    kind                  varchar(30)   not null check (kind in ('JOINT_SEMINAR', 'MENTOR_PREPARATION', 'SUPERVISION')),
    status                varchar(20)   not null check (status in ('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED')),
    title                 varchar(200)  not null,
    description           varchar(4000) not null default '',
    language              varchar(8)    not null,
    capacity              integer       not null check (capacity between 1 and 1000),
    enrolment_deadline    timestamptz   not null,
    -- joint seminars: at most this share of the capacity from one help system; null for volunteer trainings
    balance_max_percent   integer check (balance_max_percent between 1 and 100),
    requires_approval     boolean       not null default false,
    -- sessions a participant must attend for a certificate; null = all sessions
    min_sessions_attended integer check (min_sessions_attended >= 1),
    starts_at             timestamptz,
    ends_at               timestamptz,
    status_reason         varchar(1000),
    created_by            uuid          not null references app_user (id),
    version               integer       not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint training_balance_only_for_seminars check (kind = 'JOINT_SEMINAR' or balance_max_percent is null)
);
create index training_region_idx on training (region_id, starts_at);

create table training_session (
    id          uuid primary key,
    training_id uuid         not null references training (id) on delete cascade,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    venue       varchar(300),
    online_url  varchar(500),
    constraint training_session_times check (ends_at > starts_at),
    constraint training_session_place check (venue is not null or online_url is not null)
);
create index training_session_idx on training_session (training_id, starts_at);

create table training_programme (
    training_id uuid    not null references training (id) on delete cascade,
    module_id   uuid    not null references training_module (id),
    position    integer not null,
    primary key (training_id, module_id)
);
create index training_programme_module_idx on training_programme (module_id);

create table training_trainer (
    training_id uuid not null references training (id) on delete cascade,
    user_id     uuid not null references app_user (id),
    primary key (training_id, user_id)
);
create index training_trainer_user_idx on training_trainer (user_id);

-- Arrival order of enrolment requests: taken while the training row is locked, so it is the order in
-- which requests were decided.
create sequence enrolment_arrival_seq;

create table enrolment (
    id           uuid primary key,
    training_id  uuid         not null references training (id),
    user_id      uuid         not null references app_user (id),
    -- the participant's help system when they enrolled (the balance rule counts it)
    help_system  varchar(20),
    state        varchar(20)  not null check (state in
                     ('REQUESTED', 'CONFIRMED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW', 'CANCELLED', 'DECLINED')),
    arrival      bigint       not null default nextval('enrolment_arrival_seq'),
    requested_by uuid         not null references app_user (id),
    requested_at timestamptz  not null,
    changed_at   timestamptz  not null,
    state_reason varchar(1000),
    version      integer      not null default 0
);
-- one open enrolment per person and training; a cancelled or declined person may enrol again
create unique index enrolment_open_unique on enrolment (training_id, user_id)
    where state not in ('CANCELLED', 'DECLINED');
create index enrolment_training_idx on enrolment (training_id, state, arrival);
create index enrolment_user_idx on enrolment (user_id, requested_at desc);

create table training_attendance (
    session_id   uuid        not null references training_session (id) on delete cascade,
    enrolment_id uuid        not null references enrolment (id),
    present      boolean     not null,
    recorded_by  uuid        not null references app_user (id),
    recorded_at  timestamptz not null,
    primary key (session_id, enrolment_id)
);
create index training_attendance_enrolment_idx on training_attendance (enrolment_id);

create table training_certificate (
    id               uuid primary key,
    code             varchar(20)  not null unique,
    enrolment_id     uuid         not null unique references enrolment (id),
    participant_name varchar(200) not null,
    issued_at        timestamptz  not null,
    revoked_at       timestamptz,
    revoked_by       uuid references app_user (id),
    revoked_reason   varchar(1000),
    constraint training_certificate_revocation check ((revoked_at is null) = (revoked_reason is null))
);

create table training_test_result (
    enrolment_id uuid        not null references enrolment (id),
    phase        varchar(4)  not null check (phase in ('PRE', 'POST')),
    correct      integer     not null check (correct >= 0),
    total        integer     not null check (total > 0 and correct <= total),
    answers      jsonb       not null,
    submitted_at timestamptz not null,
    primary key (enrolment_id, phase)
);

create table training_survey_response (
    enrolment_id uuid primary key references enrolment (id),
    overall      smallint      not null check (overall between 1 and 5),
    content      smallint      not null check (content between 1 and 5),
    trainers     smallint      not null check (trainers between 1 and 5),
    organisation smallint      not null check (organisation between 1 and 5),
    comment      varchar(2000),
    submitted_at timestamptz   not null
);

-- In-app notifications: a kind and parameters; the SPA words them in the reader's language.
create table notification (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id) on delete cascade,
    kind         varchar(60) not null,
    subject_type varchar(40) not null,
    subject_id   uuid        not null,
    params       jsonb       not null default '{}',
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
