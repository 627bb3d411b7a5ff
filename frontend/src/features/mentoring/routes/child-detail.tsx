import { Alert, Anchor, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { PageHeader } from '@/components/page-header';
import { wrapButtonStyles } from '@/components/wrap-button';
import { formatDateTime } from '@/lib/format';
import { useChild } from '../api/get-child';
import { useCreateMatch } from '../api/create-match';
import { useMatchSuggestions } from '../api/get-match-suggestions';
import { SCOPE, type ChildProfile } from '../api/types';
import { AvailabilitySummary } from '../components/availability-grid';
import { ChildStatusBadge } from '../components/badges';
import { CriteriaList } from '../components/criteria-list';
import { formatPoints } from '../components/criteria';
import { enumList, languageList } from '../components/labels';

export function ChildDetailRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const result = useChild(id);
  const create = useCreateMatch();

  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  const { child } = result.data;
  const name = child.firstName ?? t('mentoring.children.erased');
  const monthYear =
    child.birthYear && child.birthMonth
      ? new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(
          new Date(child.birthYear, child.birthMonth - 1, 1),
        )
      : '';

  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/children" underline="always" size="sm">
        {t('mentoring.children.backToList')}
      </Anchor>
      <PageHeader
        title={t('mentoring.children.detailTitle', { name })}
        actions={
          <Group gap="xs">
            <ChildStatusBadge status={child.status} />
            {child.status !== 'CLOSED' && (
              <LinkButton
                to={`/children/${child.id}/edit`}
                variant="outline"
                color="blue.9"
                size="sm"
              >
                {t('mentoring.children.edit')}
              </LinkButton>
            )}
          </Group>
        }
      />
      <Paper withBorder p="md" component="section" aria-labelledby="profile-title">
        <Title order={2} size="h4" id="profile-title" mb="sm">
          {t('mentoring.children.profileTitle')}
        </Title>
        <DetailList
          items={[
            {
              label: t('mentoring.fields.age'),
              value: child.age !== undefined ? t('mentoring.fields.ageN', { age: child.age }) : '',
            },
            { label: t('mentoring.fields.born'), value: monthYear },
            {
              label: t('mentoring.fields.gender'),
              value: child.gender ? t(`mentoring.genders.${child.gender}`) : '',
            },
            { label: t('mentoring.fields.municipality'), value: child.municipality },
            {
              label: t('mentoring.fields.languages'),
              value: languageList(child.languages, i18n.language),
            },
            {
              label: t('mentoring.fields.interests'),
              value: enumList(t, 'interests', child.interests),
            },
            {
              label: t('mentoring.fields.preferredMentorGender'),
              value: child.preferredMentorGender
                ? t(`mentoring.genders.${child.preferredMentorGender}`)
                : t('mentoring.childForm.noPreference'),
            },
            {
              label: t('mentoring.fields.availability'),
              value: <AvailabilitySummary value={child.availability} />,
            },
            {
              label: t('mentoring.fields.createdAt'),
              value: formatDateTime(child.createdAt, i18n.language),
            },
          ]}
        />
        {child.referralId && (
          <Text size="sm" mt="sm">
            {t('mentoring.children.fromReferral')}{' '}
            <Anchor component={Link} to={`/referrals/${child.referralId}`} underline="always">
              {t('mentoring.children.openReferral')}
            </Anchor>
          </Text>
        )}
      </Paper>

      <section aria-labelledby="matching-title">
        <Title order={2} size="h3" id="matching-title" mb="sm">
          {t('mentoring.suggestions.title')}
        </Title>
        {create.isSuccess && (
          <Alert color="green" variant="light" role="status" mb="sm">
            {t('mentoring.suggestions.proposed', { name: create.data.volunteerName })}{' '}
            <Anchor component={Link} to={`/matches/${create.data.id}`} underline="always" inherit>
              {t('mentoring.suggestions.openMatch')}
            </Anchor>
          </Alert>
        )}
        <Matching child={child} create={create} />
      </section>
    </Stack>
  );
}

function Matching({
  child,
  create,
}: {
  child: ChildProfile;
  create: ReturnType<typeof useCreateMatch>;
}) {
  const { t } = useTranslation();
  if (child.openMatchId) {
    if (create.isSuccess) return null;
    return (
      <Alert color="blue" variant="light">
        {t('mentoring.suggestions.hasMatch')}{' '}
        <Anchor component={Link} to={`/matches/${child.openMatchId}`} underline="always" inherit>
          {t('mentoring.suggestions.openMatch')}
        </Anchor>
      </Alert>
    );
  }
  if (child.status !== 'WAITING') {
    return <Text size="sm">{t('mentoring.suggestions.notWaiting')}</Text>;
  }
  if (!child.readyForMatching) {
    return (
      <Alert color="orange" variant="light">
        {t('mentoring.suggestions.incomplete')}
      </Alert>
    );
  }
  return <Suggestions child={child} create={create} />;
}

function Suggestions({
  child,
  create,
}: {
  child: ChildProfile;
  create: ReturnType<typeof useCreateMatch>;
}) {
  const { t, i18n } = useTranslation();
  const result = useMatchSuggestions(child.id);
  if (result.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  if (result.data.length === 0) {
    return (
      <Alert color="gray" variant="light" role="status">
        {t('mentoring.suggestions.none')}
      </Alert>
    );
  }
  const pending = create.isPending ? create.variables?.volunteerId : undefined;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('mentoring.suggestions.intro')}</Text>
      {create.isError && <ProblemAlert error={create.error} scope={SCOPE} />}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {result.data.map((s, index) => {
          const name = `${s.firstName} ${s.lastName}`;
          return (
            <Card component="li" withBorder padding="md" key={s.volunteerId}>
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" gap="xs">
                  <div>
                    <Text component="h3" fw={700} size="lg" m={0}>
                      {index + 1}. {name}
                    </Text>
                    <Text size="sm">
                      {t('mentoring.suggestions.facts', {
                        age: s.age,
                        municipality: s.municipality,
                        km: formatPoints(s.distanceKm, i18n.language),
                      })}
                    </Text>
                  </div>
                  <Text fw={700} size="lg">
                    {t('mentoring.suggestions.score', {
                      score: formatPoints(s.score, i18n.language),
                    })}
                  </Text>
                </Group>
                <CriteriaList criteria={s.criteria} />
                <Group>
                  <Button
                    styles={wrapButtonStyles}
                    loading={pending === s.volunteerId}
                    disabled={create.isPending && pending !== s.volunteerId}
                    aria-label={t('mentoring.suggestions.confirmLabel', {
                      mentor: name,
                      child: child.firstName ?? '',
                    })}
                    onClick={() => create.mutate({ childId: child.id, volunteerId: s.volunteerId })}
                  >
                    {t('mentoring.suggestions.confirm')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
