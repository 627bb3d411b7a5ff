-- A year of known activity in 2025 for the region :R (Europe/Ljubljana); see IndicatorTest for the figures.
do $$
declare
    ag1 uuid := gen_random_uuid(); ag2 uuid := gen_random_uuid();
    c1 uuid := gen_random_uuid(); c2 uuid := gen_random_uuid(); c3 uuid := gen_random_uuid();
    t1 uuid := gen_random_uuid(); t2 uuid := gen_random_uuid(); t3 uuid := gen_random_uuid();
    e1 uuid := gen_random_uuid(); e2 uuid := gen_random_uuid(); e3 uuid := gen_random_uuid();
    e4 uuid := gen_random_uuid(); e5 uuid := gen_random_uuid();
    offer uuid := gen_random_uuid();
    v uuid; ch uuid; mm uuid; r uuid;
    i integer;
begin
    -- Agreements: ACTIVE (signed March 2025), DRAFT, SIGNED in 2024, and one created after the period.
    insert into agreement (id, region_id, title, status, language, signed_at, created_at) values
      (ag1, ':R', 'Active', 'ACTIVE', 'sl', '2025-03-10T10:00Z', '2025-01-05T10:00Z'),
      (ag2, ':R', 'Draft', 'DRAFT', 'sl', null, '2025-02-01T10:00Z'),
      (gen_random_uuid(), ':R', 'Old', 'SIGNED', 'sl', '2024-11-01T10:00Z', '2024-10-01T10:00Z'),
      (gen_random_uuid(), ':R', 'Later', 'TERMINATED', 'sl', null, '2026-01-01T10:00Z');
    insert into agreement_commitment (id, agreement_id, type, title, frequency_unit, frequency_value,
        responsible_organisation_id, starts_on, next_due_on, overdue_since) values
      (c1, ag1, 'REGULAR_EXCHANGE', 'Exchange', 'WEEKS', 4, ':W', '2025-03-10', '2026-12-01', null),
      (c2, ag1, 'CASE_DISCUSSION', 'Cases', 'TIMES_PER_YEAR', 4, ':A', '2025-03-10', '2025-06-01', '2025-06-01'),
      (c3, ag2, 'JOB_SHADOWING', 'Shadowing', 'TIMES_PER_YEAR', 2, ':A', '2025-03-10', '2026-12-01', null);
    insert into agreement_activity (id, agreement_id, commitment_id, held_on) values
      (gen_random_uuid(), ag1, c1, '2025-04-15'), (gen_random_uuid(), ag1, c1, '2025-05-15'),
      (gen_random_uuid(), ag1, c2, '2025-04-20'), (gen_random_uuid(), ag1, c1, '2024-12-20');

    -- Trainings: a joint seminar in June (P1 and P2 attend, P3 no-show), a mentor preparation in September
    -- (M1 and P1 again), a cancelled one.
    insert into training (id, region_id, kind, status, title, language, capacity, enrolment_deadline, starts_at,
        ends_at, created_by, created_at, updated_at) values
      (t1, ':R', 'JOINT_SEMINAR', 'COMPLETED', 'Seminar', 'sl', 20, '2025-06-01T00:00Z', '2025-06-20T08:00Z',
       '2025-06-20T14:00Z', ':C', now(), now()),
      (t2, ':R', 'MENTOR_PREPARATION', 'COMPLETED', 'Preparation', 'sl', 20, '2025-09-01T00:00Z',
       '2025-09-10T08:00Z', '2025-09-10T12:00Z', ':C', now(), now()),
      (t3, ':R', 'JOINT_SEMINAR', 'CANCELLED', 'Cancelled', 'sl', 20, '2025-06-01T00:00Z', '2025-07-01T08:00Z',
       '2025-07-01T12:00Z', ':C', now(), now());
    insert into enrolment (id, training_id, user_id, help_system, state, requested_by, requested_at, changed_at) values
      (e1, t1, ':P1', 'YOUTH_WELFARE', 'ATTENDED', ':P1', now(), now()),
      (e2, t1, ':P2', 'ADDICTION_CARE', 'ATTENDED', ':P2', now(), now()),
      (e3, t1, ':P3', 'YOUTH_WELFARE', 'NO_SHOW', ':P3', now(), now()),
      (e4, t2, ':M1', null, 'ATTENDED', ':M1', now(), now()),
      (e5, t2, ':P1', 'YOUTH_WELFARE', 'ATTENDED', ':P1', now(), now());
    insert into training_test_result (enrolment_id, phase, correct, total, answers, submitted_at) values
      (e1, 'PRE', 5, 10, '[]', now()), (e1, 'POST', 8, 10, '[]', now()),
      (e2, 'PRE', 6, 10, '[]', now()), (e2, 'POST', 7, 10, '[]', now()),
      (e3, 'PRE', 1, 10, '[]', now());
    insert into training_certificate (id, code, enrolment_id, participant_name, issued_at, revoked_at, revoked_reason)
    values (gen_random_uuid(), 'IND-' || substr(md5(random()::text), 1, 12), e1, 'P1', '2025-06-21T10:00Z', null, null),
           (gen_random_uuid(), 'IND-' || substr(md5(random()::text), 1, 12), e2, 'P2', '2025-06-21T10:00Z',
            '2025-06-22T10:00Z', 'Issued by mistake');

    -- Volunteers. Applications: just before midnight UTC on 31 December 2024 is January 2025 in Ljubljana (in),
    -- 31 January 23:30 UTC is February, 31 December 2025 23:30 UTC is 2026 (out).
    insert into volunteer (id, region_id, first_name, last_name, email, phone, birth_date, study_programme,
        languages, municipality, lat, lon, slots, gender, motivation, consent_at, status, approved_at, left_at,
        created_at, updated_at)
    select gen_random_uuid(), ':R', 'V', x.name, x.name || '-:R@example.org', '+386 40 000 000', '2000-01-01',
           'Social work', '{sl}', 'Maribor', 46.55, 15.64, '{SAT_MORNING}', 'FEMALE', 'Motivated', now(),
           x.status, x.approved_at::timestamptz, x.left_at::timestamptz, x.created_at::timestamptz, now()
    from (values
      ('v1', 'SCREENING', null, null, '2024-12-31T23:30Z'),
      ('v2', 'SCREENING', null, null, '2025-01-31T23:30Z'),
      ('v3', 'SCREENING', null, null, '2025-12-31T23:30Z'),
      ('v4', 'APPROVED', '2024-06-15T10:00Z', null, '2024-05-01T10:00Z'),
      ('v5', 'WITHDRAWN', '2024-08-10T10:00Z', '2025-01-20T10:00Z', '2024-03-01T10:00Z'),
      ('v6', 'APPROVED', '2025-02-01T10:00Z', null, '2025-01-10T10:00Z'),
      ('v7', 'APPROVED', '2025-03-01T10:00Z', null, '2025-02-01T10:00Z'),
      ('vm1', 'APPROVED', '2023-06-01T10:00Z', null, '2023-05-01T10:00Z'),
      ('vm2', 'APPROVED', '2023-06-01T10:00Z', null, '2023-05-01T10:00Z'),
      ('vm3', 'APPROVED', '2023-06-01T10:00Z', null, '2023-05-01T10:00Z'),
      ('vm4', 'APPROVED', '2023-06-01T10:00Z', null, '2023-05-01T10:00Z'),
      ('vm5', 'APPROVED', '2023-06-01T10:00Z', null, '2023-05-01T10:00Z'),
      ('vm6', 'APPROVED', '2023-06-01T10:00Z', null, '2023-05-01T10:00Z')
    ) x(name, status, approved_at, left_at, created_at);
    insert into volunteer_step (volunteer_id, step, recorded_by, recorded_at)
    select id, 'INTERVIEW', ':C', now() from volunteer where email = 'v1-:R@example.org';

    -- Matches: m1..m6 active since 1 March 2025 (mentors vm1..vm6), each with two meetings in March and one in
    -- April; m7 (v7) from 10 February to 5 May 2025, closed at its planned end; m8 proposed to v6 and closed
    -- before it started (the family withdrew); m9..m11 proposed to vm1..vm3 and closed on 10 June (other).
    for i in 1..11 loop
        ch := gen_random_uuid();
        insert into child_profile (id, region_id, first_name, status, created_at, updated_at)
        values (ch, ':R', 'Child' || i, case when i <= 6 then 'MATCHED' else 'CLOSED' end, now(), now());
        select id into v from volunteer
        where email = (case when i <= 6 then 'vm' || i when i = 7 then 'v7' when i = 8 then 'v6' else 'vm' || (i - 8) end)
                      || '-:R@example.org';
        mm := gen_random_uuid();
        insert into mentoring_match (id, region_id, child_id, volunteer_id, status, score, explanation, proposed_by,
            proposed_at, started_on, closed_at, close_reason, updated_at)
        values (mm, ':R', ch, v, case when i <= 6 then 'ACTIVE' else 'CLOSED' end, 50, '[]', ':C', '2025-01-01T10:00Z',
                case when i <= 6 then date '2025-03-01' when i = 7 then date '2025-02-10' end,
                case when i = 7 then timestamptz '2025-05-05T10:00Z' when i = 8 then timestamptz '2025-04-01T10:00Z'
                     when i >= 9 then timestamptz '2025-06-10T10:00Z' end,
                case when i = 7 then 'PLANNED_END' when i = 8 then 'FAMILY_WITHDREW' when i >= 9 then 'OTHER' end, now());
        if i <= 6 then
            insert into diary_entry (id, match_id, met_on, duration_minutes, mood, created_by, created_at) values
              (gen_random_uuid(), mm, '2025-03-05', 60, 'GOOD', ':C', now()),
              (gen_random_uuid(), mm, '2025-03-19', 60, 'GOOD', ':C', now()),
              (gen_random_uuid(), mm, '2025-04-02', 60, 'GOOD', ':C', now());
        end if;
    end loop;

    -- Referrals: r1..r6 from youth welfare, submitted 3 February, accepted 10 February, matched after 21..26
    -- days; r7, r8 from addiction care, accepted then waitlisted in March; r9 from a school, submitted in April
    -- and overdue; r10 submitted in 2024, first accepted 5 January 2025 and again 1 February; r11 a draft;
    -- r12..r15 from addiction care, submitted in 2024 and waitlisted on 20 March 2025; r16..r19 from schools,
    -- in review since 2024 and overdue.
    insert into help_offer (id, organisation_id, region_id, name, description, kind, min_age, max_age, languages,
        area_served)
    values (offer, ':A', ':R', 'Mentoring', 'Mentoring', 'MENTORING_PROGRAMME', 6, 14, '{sl}', 'Region');
    for i in 1..19 loop
        r := gen_random_uuid();
        insert into referral (id, region_id, referrer_organisation_id, referrer_help_system, created_by,
            target_offer_id, status, urgency, submitted_at, due_on)
        values (r, ':R',
                case when i <= 6 or i = 10 then ':W'::uuid when i = 9 or i >= 16 then ':S'::uuid else ':A'::uuid end,
                case when i <= 6 or i = 10 then 'YOUTH_WELFARE' when i = 9 or i >= 16 then 'SCHOOL'
                     else 'ADDICTION_CARE' end,
                ':C', offer,
                case when i <= 6 then 'MATCHED' when i <= 8 then 'WAITLISTED' when i = 9 then 'SUBMITTED'
                     when i = 10 then 'ACCEPTED' when i = 11 then 'DRAFT' when i <= 15 then 'WAITLISTED'
                     else 'IN_REVIEW' end,
                'ROUTINE',
                case when i <= 6 then timestamptz '2025-02-03T09:00Z' when i <= 8 then timestamptz '2025-03-05T09:00Z'
                     when i = 9 then timestamptz '2025-04-02T09:00Z' when i = 10 then timestamptz '2024-12-20T09:00Z'
                     when i between 12 and 15 then timestamptz '2024-11-10T09:00Z'
                     when i >= 16 then timestamptz '2024-10-01T09:00Z' end,
                case when i = 9 then date '2025-04-16' when i >= 16 then date '2024-10-15' end);
        if i <= 6 then
            insert into referral_event (referral_id, occurred_at, type, status) values
              (r, '2025-02-10T09:00Z', 'STATUS_CHANGED', 'ACCEPTED'),
              (r, timestamptz '2025-02-03T09:00Z' + make_interval(days => 20 + i), 'STATUS_CHANGED', 'MATCHED');
        elsif i <= 8 then
            insert into referral_event (referral_id, occurred_at, type, status) values
              (r, '2025-03-10T09:00Z', 'STATUS_CHANGED', 'ACCEPTED'),
              (r, '2025-03-12T09:00Z', 'STATUS_CHANGED', 'WAITLISTED');
        elsif i between 12 and 15 then
            insert into referral_event (referral_id, occurred_at, type, status) values
              (r, '2025-03-20T09:00Z', 'STATUS_CHANGED', 'WAITLISTED');
        elsif i = 10 then
            insert into referral_event (referral_id, occurred_at, type, status) values
              (r, '2025-01-05T09:00Z', 'STATUS_CHANGED', 'ACCEPTED'),
              (r, '2025-02-01T09:00Z', 'STATUS_CHANGED', 'ACCEPTED');
        end if;
    end loop;
end $$;
