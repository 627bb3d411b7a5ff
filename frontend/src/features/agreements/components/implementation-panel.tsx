import { Alert, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { useCreateCommitment } from '../api/create-commitment';
import { useActivities } from '../api/get-activities';
import { isBinding, isClosed, type Agreement } from '../api/get-agreement';
import { useCommitments, type Commitment } from '../api/get-commitments';
import { useLogActivity } from '../api/log-activity';
import { useUpdateCommitment } from '../api/update-commitment';
import { ActivityForm } from './activity-form';
import { HealthBadge } from './badges';
import { CommitmentForm } from './commitment-form';

/** Commitments with their schedule and health, the activity log and the forms for both. */
import { wrapButtonStyles } from '@/components/wrap-button';
export function ImplementationPanel({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const commitments = useCommitments(agreement.id);
  const activities = useActivities(agreement.id);
  const create = useCreateCommitment();
  const update = useUpdateCommitment();
  const log = useLogActivity();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [logging, setLogging] = useState<string | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const binding = isBinding(agreement.status);
  const closed = isClosed(agreement.status);
  const parties = agreement.parties;
  const partyName = (id: string) =>
    parties.find((p) => p.organisationId === id)?.organisationName ?? '';

  if (commitments.isPending) return <Loading />;
  if (commitments.isError) return <ProblemAlert error={commitments.error} />;

  const frequency = (c: Commitment) =>
    c.frequencyUnit === 'WEEKS'
      ? t('agreements.frequency.weeks', { count: c.frequencyValue })
      : t('agreements.frequency.timesPerYear', { count: c.frequencyValue });
  const commitmentTitle = (id: string) => commitments.data.find((c) => c.id === id)?.title ?? '';

  return (
    <Stack gap="md">
      {!binding && !closed && (
        <Alert color="gray" variant="light">
          {t('agreements.commitments.notBindingYet')}
        </Alert>
      )}
      <ProblemAlert error={create.error ?? update.error} />
      {logged && (
        <Alert color="green" variant="light" role="status">
          {t('agreements.activities.logged', { title: logged })}
        </Alert>
      )}
      <Title order={2} size="h4">
        {t('agreements.commitments.title')}
      </Title>
      {commitments.data.length === 0 && <Text>{t('agreements.commitments.empty')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {commitments.data.map((c) => (
          <Paper component="li" withBorder p="md" key={c.id}>
            {editing === c.id ? (
              <CommitmentForm
                parties={parties}
                commitment={c}
                submitting={update.isPending}
                onCancel={() => setEditing(null)}
                onSubmit={(input) =>
                  update.mutate(
                    { agreementId: agreement.id, commitment: c, input },
                    { onSuccess: () => setEditing(null) },
                  )
                }
              />
            ) : (
              <>
                <Group justify="space-between" align="flex-start" gap="xs" mb="sm" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                      {c.title}
                    </Title>
                    <Text size="sm">
                      {t(`agreements.commitmentTypes.${c.type}`)} · {frequency(c)}
                    </Text>
                  </div>
                  <HealthBadge health={c.health} />
                </Group>
                <DetailList
                  items={[
                    {
                      label: t('agreements.commitments.responsible'),
                      value: partyName(c.responsibleOrganisationId),
                    },
                    {
                      label: t('agreements.commitments.nextDue'),
                      value: formatDate(c.nextDueOn, i18n.language),
                    },
                    {
                      label: t('agreements.commitments.lastHeld'),
                      value: c.lastHeldOn
                        ? formatDate(c.lastHeldOn, i18n.language)
                        : t('agreements.commitments.never'),
                    },
                    {
                      label: t('agreements.commitments.activityCount'),
                      value: String(c.activityCount),
                    },
                  ]}
                />
                {logging === c.id ? (
                  <Paper withBorder p="sm" mt="sm" bg="gray.0">
                    <ProblemAlert error={log.error} />
                    <ActivityForm
                      commitmentTitle={c.title}
                      parties={parties}
                      submitting={log.isPending}
                      onCancel={() => setLogging(null)}
                      onSubmit={(input) =>
                        log.mutate(
                          { agreementId: agreement.id, commitmentId: c.id, input },
                          {
                            onSuccess: () => {
                              setLogging(null);
                              setLogged(c.title);
                            },
                          },
                        )
                      }
                    />
                  </Paper>
                ) : (
                  <Group gap="xs" mt="sm">
                    {binding && (
                      <Button
                        aria-label={`${t('agreements.activities.log')}: ${c.title}`}
                        styles={wrapButtonStyles}
                        size="sm"
                        onClick={() => {
                          log.reset();
                          setLogged(null);
                          setLogging(c.id);
                        }}
                      >
                        {t('agreements.activities.log')}
                      </Button>
                    )}
                    {!closed && (
                      <Button
                        aria-label={`${t('common.edit')}: ${c.title}`}
                        size="sm"
                        variant="outline"
                        onClick={() => {
                          update.reset();
                          setEditing(c.id);
                        }}
                      >
                        {t('common.edit')}
                      </Button>
                    )}
                  </Group>
                )}
              </>
            )}
          </Paper>
        ))}
      </Stack>
      {!closed &&
        (adding ? (
          <Paper withBorder p="md">
            <CommitmentForm
              parties={parties}
              submitting={create.isPending}
              onCancel={() => setAdding(false)}
              onSubmit={(input) =>
                create.mutate(
                  { agreementId: agreement.id, input },
                  { onSuccess: () => setAdding(false) },
                )
              }
            />
          </Paper>
        ) : (
          <Group>
            <Button
              variant="outline"
              disabled={parties.length === 0}
              onClick={() => {
                create.reset();
                setAdding(true);
              }}
            >
              {t('agreements.commitments.add')}
            </Button>
          </Group>
        ))}

      <Paper withBorder p="md" component="section" aria-labelledby="activities-title">
        <Title order={2} size="h4" id="activities-title" mb="sm">
          {t('agreements.activities.title')}
        </Title>
        {activities.isPending ? (
          <Loading />
        ) : activities.isError ? (
          <ProblemAlert error={activities.error} />
        ) : activities.data.length === 0 ? (
          <Text>{t('agreements.activities.empty')}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2}>
            {activities.data.map((a) => (
              <Timeline.Item
                key={a.id}
                title={`${formatDate(a.heldOn, i18n.language)} – ${commitmentTitle(a.commitmentId)}`}
              >
                <Text size="sm">
                  {t('agreements.activities.with', {
                    names: a.organisationIds.map(partyName).filter(Boolean).join(', '),
                  })}
                </Text>
                {a.notes && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {a.notes}
                  </Text>
                )}
                {a.createdByName && (
                  <Text size="xs" c="dimmed">
                    {t('agreements.activities.by', { name: a.createdByName })}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Paper>
    </Stack>
  );
}
