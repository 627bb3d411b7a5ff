-- Indicators: when a volunteer was approved and when they left, so retention can be measured (decided_at is
-- overwritten by later decisions), and the indexes the indicator queries use.
alter table volunteer add column approved_at timestamptz;
alter table volunteer add column left_at timestamptz;
update volunteer v set approved_at = u.created_at from app_user u where u.id = v.user_id;
update volunteer set left_at = decided_at where status = 'WITHDRAWN';

create index referral_submitted_idx on referral (region_id, submitted_at) where submitted_at is not null;
create index referral_event_status_idx on referral_event (status, referral_id, occurred_at)
    where status in ('ACCEPTED', 'WAITLISTED', 'MATCHED');
create index match_started_idx on mentoring_match (region_id, started_on) where started_on is not null;
create index volunteer_approved_idx on volunteer (region_id, approved_at) where approved_at is not null;
