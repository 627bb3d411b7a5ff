-- Indicators. When a volunteer was approved and when they left, so retention can be measured (decided_at is
-- overwritten by later decisions); when a referral first reached ACCEPTED, WAITLISTED and MATCHED, and how many
-- meetings each match had per month, both kept by triggers so the figures need not read the event history or
-- every diary entry; the indexes the indicator query uses.
alter table volunteer add column approved_at timestamptz;
alter table volunteer add column left_at timestamptz;
update volunteer v set approved_at = u.created_at from app_user u where u.id = v.user_id;
update volunteer set left_at = decided_at where status = 'WITHDRAWN';
create index volunteer_approved_idx on volunteer (region_id, approved_at) where approved_at is not null;

alter table referral add column first_accepted_at timestamptz;
alter table referral add column first_waitlisted_at timestamptz;
alter table referral add column first_matched_at timestamptz;
update referral r set first_accepted_at = e.accepted, first_waitlisted_at = e.waitlisted, first_matched_at = e.matched
from (select referral_id,
             min(occurred_at) filter (where status = 'ACCEPTED') accepted,
             min(occurred_at) filter (where status = 'WAITLISTED') waitlisted,
             min(occurred_at) filter (where status = 'MATCHED') matched
      from referral_event group by referral_id) e
where e.referral_id = r.id;

create function referral_milestone() returns trigger language plpgsql as $$
begin
    update referral set
        first_accepted_at = case when new.status = 'ACCEPTED' then least(first_accepted_at, new.occurred_at)
                                 else first_accepted_at end,
        first_waitlisted_at = case when new.status = 'WAITLISTED' then least(first_waitlisted_at, new.occurred_at)
                                   else first_waitlisted_at end,
        first_matched_at = case when new.status = 'MATCHED' then least(first_matched_at, new.occurred_at)
                                else first_matched_at end
    where id = new.referral_id;
    return null;
end;
$$;
create trigger referral_event_milestone after insert on referral_event
    for each row when (new.status in ('ACCEPTED', 'WAITLISTED', 'MATCHED')) execute function referral_milestone();

create index referral_submitted_idx on referral (region_id, submitted_at) include (referrer_help_system)
    where submitted_at is not null;
create index referral_accepted_idx on referral (region_id, first_accepted_at) include (referrer_help_system)
    where first_accepted_at is not null;
create index referral_waitlisted_idx on referral (region_id, first_waitlisted_at) include (referrer_help_system)
    where first_waitlisted_at is not null;
create index referral_matched_idx on referral (region_id, first_matched_at) include (referrer_help_system, submitted_at)
    where first_matched_at is not null;
create index match_started_idx on mentoring_match (region_id, started_on) where started_on is not null;

create table diary_month (
    match_id uuid    not null references mentoring_match (id),
    month    date    not null,
    meetings integer not null,
    primary key (match_id, month)
);
create index diary_month_idx on diary_month (month) include (match_id, meetings);
insert into diary_month (match_id, month, meetings)
select match_id, date_trunc('month', met_on)::date, count(*) from diary_entry group by 1, 2;

create function diary_month_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update diary_month set meetings = meetings - 1
        where match_id = old.match_id and month = date_trunc('month', old.met_on)::date;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into diary_month as d (match_id, month, meetings)
        values (new.match_id, date_trunc('month', new.met_on)::date, 1)
        on conflict (match_id, month) do update set meetings = d.meetings + 1;
    end if;
    return null;
end;
$$;
create trigger diary_entry_month after insert or delete or update of match_id, met_on on diary_entry
    for each row execute function diary_month_count();
