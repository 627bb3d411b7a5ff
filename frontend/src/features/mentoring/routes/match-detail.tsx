import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '@/components/confirm-modal';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime, todayIso } from '@/lib/format';
import { useActOnMatch } from '../api/act-on-match';
import { useDiary } from '../api/get-diary';
import { useMatch } from '../api/get-match';
import { CLOSE_REASONS, SCOPE, type CloseReason, type Match } from '../api/types';
import { MatchFlagBadges, MatchStatusBadge } from '../components/badges';
import { CriteriaList } from '../components/criteria-list';
import { formatPoints } from '../components/criteria';
import { DiaryList } from '../components/diary-list';
import { matchActions } from '../components/match-actions';

const NOTE_MAX = 2000;

export function MatchDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const result = useMatch(id);

  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  const m = result.data;
  const child = m.childFirstName ?? t('mentoring.children.erased');
  const lang = i18n.language;

  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/matches" underline="always" size="sm">
        {t('mentoring.matches.backToList')}
      </Anchor>
      <PageHeader
        title={t('mentoring.matches.pair', { child, mentor: m.volunteerName })}
        actions={<MatchStatusBadge status={m.status} />}
      />
      <MatchFlagBadges flags={m.flags} />
      <Paper withBorder p="md" component="section" aria-labelledby="match-title">
        <Title order={2} size="h4" id="match-title" mb="sm">
          {t('mentoring.matches.detailsTitle')}
        </Title>
        <DetailList
          items={[
            {
              label: t('mentoring.fields.child'),
              value: (
                <Anchor component={Link} to={`/children/${m.childId}`} underline="always">
                  {child}
                </Anchor>
              ),
            },
            {
              label: t('mentoring.fields.mentor'),
              value: (
                <Anchor component={Link} to={`/volunteers/${m.volunteerId}`} underline="always">
                  {m.volunteerName}
                </Anchor>
              ),
            },
            { label: t('mentoring.fields.score'), value: formatPoints(m.score, lang) },
            { label: t('mentoring.fields.proposedAt'), value: formatDateTime(m.proposedAt, lang) },
            {
              label: t('mentoring.fields.mentorConsentAt'),
              value: formatDateTime(m.mentorConsentAt, lang),
            },
            {
              label: t('mentoring.fields.familyConsentAt'),
              value: formatDateTime(m.familyConsentAt, lang),
            },
            { label: t('mentoring.fields.startedOn'), value: formatDate(m.startedOn, lang) },
            { label: t('mentoring.fields.plannedEndOn'), value: formatDate(m.plannedEndOn, lang) },
            {
              label: t('mentoring.fields.lastMeetingOn'),
              value: formatDate(m.lastMeetingOn, lang),
            },
            ...(m.status === 'CLOSED'
              ? [
                  {
                    label: t('mentoring.fields.closedAt'),
                    value: formatDateTime(m.closedAt, lang),
                  },
                  {
                    label: t('mentoring.fields.closeReason'),
                    value: m.closeReason ? t(`mentoring.closeReasons.${m.closeReason}`) : '',
                  },
                  { label: t('mentoring.fields.closeNote'), value: m.closeNote },
                ]
              : []),
          ]}
        />
      </Paper>

      <Actions match={m} />

      {m.criteria.length > 0 && (
        <Paper withBorder p="md" component="section" aria-labelledby="why-title">
          <Title order={2} size="h4" id="why-title" mb="sm">
            {t('mentoring.matches.whyTitle')}
          </Title>
          <CriteriaList criteria={m.criteria} />
        </Paper>
      )}

      {(m.status === 'ACTIVE' || m.status === 'CLOSED') && <MatchDiary match={m} />}
    </Stack>
  );
}

function MatchDiary({ match }: { match: Match }) {
  const { t } = useTranslation();
  const diary = useDiary(match.id);
  return (
    <section aria-labelledby="match-diary-title">
      <Title order={2} size="h3" id="match-diary-title" mb="sm">
        {t('mentoring.diary.title')}
      </Title>
      {diary.isPending ? (
        <Loading />
      ) : diary.isError ? (
        <ProblemAlert error={diary.error} scope={SCOPE} />
      ) : (
        <DiaryList entries={diary.data} withFeedbackForm={matchActions(match).feedback} />
      )}
    </section>
  );
}

function Actions({ match: m }: { match: Match }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 30em)');
  const act = useActOnMatch();
  const allowed = matchActions(m);
  const [startedOn, setStartedOn] = useState(todayIso());
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const none = allowed.consent.length === 0 && !allowed.start && !allowed.close;
  // A closed match has nothing left to do; right after closing it, the confirmation stays.
  if (none && !act.isSuccess) return null;

  const closeModal = () => {
    setClosing(false);
    setMissing(false);
    if (act.isError) act.reset();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title" mb="sm">
        {t('mentoring.matches.actionsTitle')}
      </Title>
      <Stack gap="sm">
        {act.isSuccess && !closing && (
          <Alert color="green" variant="light" role="status">
            {t('mentoring.matches.saved', {
              status: t(`mentoring.matchStatus.${act.data.status}`),
            })}
          </Alert>
        )}
        {!closing && <ProblemAlert error={act.error} scope={SCOPE} />}
        {allowed.consent.length > 0 && (
          <>
            <Text size="sm">{t('mentoring.matches.consentIntro')}</Text>
            <Group gap="sm">
              {allowed.consent.map((party) => (
                <Button
                  key={party}
                  variant="outline"
                  color="blue.9"
                  loading={
                    act.isPending &&
                    act.variables?.action.kind === 'CONSENT' &&
                    act.variables.action.party === party
                  }
                  onClick={() => act.mutate({ id: m.id, action: { kind: 'CONSENT', party } })}
                >
                  {t(`mentoring.matches.consent.${party}`)}
                </Button>
              ))}
            </Group>
          </>
        )}
        {allowed.start && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              act.mutate({ id: m.id, action: { kind: 'START', startedOn } });
            }}
          >
            <Group align="flex-end" gap="sm">
              <TextInput
                type="date"
                label={t('mentoring.matches.firstMeeting')}
                max={todayIso()}
                value={startedOn}
                onChange={(e) => setStartedOn(e.currentTarget.value)}
              />
              <Button type="submit" loading={act.isPending}>
                {t('mentoring.matches.start')}
              </Button>
            </Group>
          </form>
        )}
        {allowed.close && (
          <div>
            <Button
              color="red"
              variant="outline"
              onClick={() => {
                act.reset();
                setClosing(true);
              }}
            >
              {t('mentoring.matches.close')}
            </Button>
          </div>
        )}
      </Stack>
      <ConfirmModal
        opened={closing}
        fullScreen={phone}
        title={t('mentoring.matches.closeTitle')}
        confirmLabel={t('mentoring.matches.close')}
        danger
        loading={act.isPending}
        onClose={closeModal}
        onConfirm={() => {
          if (!reason || !note.trim()) {
            setMissing(true);
            return;
          }
          act.mutate(
            { id: m.id, action: { kind: 'CLOSE', reason, note: note.trim() } },
            { onSuccess: () => setClosing(false) },
          );
        }}
      >
        <Text size="sm">{t('mentoring.matches.closeText')}</Text>
        <NativeSelect
          label={t('mentoring.fields.closeReason')}
          required
          data={[
            { value: '', label: t('common.choose'), disabled: true },
            ...CLOSE_REASONS.map((r) => ({ value: r, label: t(`mentoring.closeReasons.${r}`) })),
          ]}
          value={reason}
          error={missing && !reason ? t('validation.required') : undefined}
          onChange={(e) => setReason(e.currentTarget.value as CloseReason)}
        />
        <Textarea
          label={t('mentoring.fields.closeNote')}
          required
          autosize
          minRows={3}
          maxLength={NOTE_MAX}
          value={note}
          error={missing && !note.trim() ? t('validation.required') : undefined}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {closing && <ProblemAlert error={act.error} scope={SCOPE} />}
      </ConfirmModal>
    </Paper>
  );
}
