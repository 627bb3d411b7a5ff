-- Webhooks: integration clients subscribe to events about what their organisation may see. A change writes its
-- event and one delivery per matching subscription in its own transaction (the outbox); a scheduled sender
-- claims due deliveries with FOR UPDATE SKIP LOCKED, in order per subscription and subject.
create table webhook_subscription (
    id              uuid primary key,
    client_id       uuid          not null references integration_client (id),
    url             varchar(2000) not null,
    event_types     varchar(40)[] not null,
    -- the signing secret, AES-GCM encrypted (12-byte nonce, then cipher text and tag)
    secret          bytea         not null,
    enabled         boolean       not null default true,
    disabled_reason varchar(20)   check (disabled_reason in ('BY_USER', 'FAILING')),
    created_by      uuid          not null references app_user (id),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         integer       not null default 0
);
create index webhook_subscription_client_idx on webhook_subscription (client_id);

create table webhook_event (
    id         uuid primary key,
    type       varchar(40) not null,
    subject_id uuid        not null,
    region_id  uuid        not null references region (id),
    -- the client scope that opens it: a client that no longer holds it receives nothing more of it
    scope      varchar(40) not null,
    -- the body as sent: {"type", "timestamp", "data"} with ids and statuses only
    payload    jsonb       not null,
    created_at timestamptz not null
);

create table webhook_delivery (
    id                 uuid primary key,
    seq                bigserial    not null,
    subscription_id    uuid         not null references webhook_subscription (id),
    event_id           uuid         not null references webhook_event (id),
    subject_id         uuid         not null,
    status             varchar(12)  not null default 'PENDING' check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null,
    -- retries stop a configured time (24 hours) after this: the event, or the last redelivery
    window_start       timestamptz  not null,
    last_attempt_at    timestamptz,
    last_response_code integer,
    last_error         varchar(200),
    completed_at       timestamptz,
    created_at         timestamptz  not null
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, seq) where status = 'PENDING';
create index webhook_delivery_subject_idx on webhook_delivery (subscription_id, subject_id, seq)
    where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, seq desc);
create index webhook_delivery_event_idx on webhook_delivery (event_id);

-- Writes an event and its deliveries for the enabled subscriptions of enabled clients that asked for the type,
-- hold the scope, and act for one of the organisations (or as one of the users) allowed to see the subject.
-- Nothing is written when nobody listens.
create function webhook_emit(p_type text, p_subject uuid, p_region uuid, p_organisations uuid[], p_users uuid[],
                             p_scope text, p_data jsonb) returns void language sql as $$
    with s as (
        select ws.id from webhook_subscription ws join integration_client c on c.id = ws.client_id
        where ws.enabled and c.enabled and p_type = any (ws.event_types) and p_scope = any (c.scopes)
          and (c.organisation_id = any (p_organisations) or c.user_id = any (p_users))
    ), e as (
        insert into webhook_event (id, type, subject_id, region_id, scope, payload, created_at)
        select gen_random_uuid(), p_type, p_subject, p_region, p_scope,
               jsonb_build_object('type', p_type,
                                  'timestamp', to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                  'data', jsonb_strip_nulls(p_data)),
               now()
        where exists (select 1 from s)
        returning id
    )
    insert into webhook_delivery (id, subscription_id, event_id, subject_id, next_attempt_at, window_start, created_at)
    select gen_random_uuid(), s.id, e.id, p_subject, now(), now(), now()
    from s cross join e
    order by s.id;
$$;

create function referral_webhook() returns trigger language plpgsql as $$
begin
    perform webhook_emit('referral.status_changed', new.id, new.region_id,
        array[new.referrer_organisation_id] || case when new.submitted_at is null then '{}'::uuid[]
            else array(select organisation_id from help_offer where id = new.target_offer_id) end,
        '{}', 'referrals:read',
        jsonb_build_object('id', new.id, 'regionId', new.region_id, 'status', new.status,
                           'previousStatus', old.status));
    return null;
end $$;
create trigger referral_webhook after update of status on referral
    for each row when (old.status is distinct from new.status) execute function referral_webhook();

create function agreement_webhook() returns trigger language plpgsql as $$
declare
    parties uuid[] := array(select organisation_id from agreement_party where agreement_id = new.id);
    data    jsonb := jsonb_build_object('id', new.id, 'regionId', new.region_id, 'status', new.status,
                                        'previousStatus', old.status);
begin
    perform webhook_emit('agreement.status_changed', new.id, new.region_id, parties, '{}', 'agreements:read', data);
    if new.status = 'SIGNED' then
        perform webhook_emit('agreement.signed', new.id, new.region_id, parties, '{}', 'agreements:read',
                             data - 'previousStatus');
    end if;
    return null;
end $$;
create trigger agreement_webhook after update of status on agreement
    for each row when (old.status is distinct from new.status) execute function agreement_webhook();

create function enrolment_webhook() returns trigger language plpgsql as $$
begin
    perform webhook_emit('training.enrolment_changed', new.id, (select region_id from training where id = new.training_id),
        '{}', array[new.user_id], 'trainings:read',
        jsonb_build_object('id', new.id, 'trainingId', new.training_id, 'status', new.state,
                           'previousStatus', case when tg_op = 'UPDATE' then old.state end));
    return null;
end $$;
create trigger enrolment_webhook_insert after insert on enrolment
    for each row execute function enrolment_webhook();
create trigger enrolment_webhook_update after update of state on enrolment
    for each row when (old.state is distinct from new.state) execute function enrolment_webhook();

create function match_webhook() returns trigger language plpgsql as $$
declare
    referral_id  uuid;
    organisation uuid;
begin
    select r.id, r.referrer_organisation_id into referral_id, organisation
    from child_profile c join referral r on r.id = c.referral_id where c.id = new.child_id;
    perform webhook_emit('match.status_changed', new.id, new.region_id, array_remove(array[organisation], null),
        '{}', 'mentoring:read',
        jsonb_build_object('id', new.id, 'regionId', new.region_id, 'referralId', referral_id, 'status', new.status,
                           'previousStatus', case when tg_op = 'UPDATE' then old.status end,
                           'closeReason', new.close_reason));
    return null;
end $$;
create trigger match_webhook_insert after insert on mentoring_match
    for each row execute function match_webhook();
create trigger match_webhook_update after update of status on mentoring_match
    for each row when (old.status is distinct from new.status) execute function match_webhook();

-- referral.overdue is sent once per response deadline
alter table referral add column overdue_signalled_on date;
