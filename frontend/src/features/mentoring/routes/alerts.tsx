import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime } from '@/lib/format';
import { useUrlParams } from '@/lib/use-url-params';
import { useDecideAlert } from '../api/decide-alert';
import { useSafeguardingAlerts } from '../api/get-safeguarding-alerts';
import { ALERT_DECISIONS, SCOPE, type AlertDecision, type SafeguardingAlert } from '../api/types';

const REASON_MAX = 2000;

/** The safeguarding queue: concerns from the diaries, open ones first, each with its decision. */
export function AlertsRoute() {
  const { t } = useTranslation();
  const [params, update] = useUrlParams();
  const filter = params.get('open') ?? '';
  const result = useSafeguardingAlerts(filter === '' ? undefined : filter === 'true');

  return (
    <>
      <PageHeader title={t('mentoring.alerts.title')} />
      <Stack gap="md" maw={960}>
        <Text>{t('mentoring.alerts.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('mentoring.filters.alerts')}
            data={[
              { value: '', label: t('mentoring.filters.alertsAll') },
              { value: 'true', label: t('mentoring.filters.alertsOpen') },
              { value: 'false', label: t('mentoring.filters.alertsDecided') },
            ]}
            value={filter}
            onChange={(e) => update({ open: e.currentTarget.value })}
          />
        </SimpleGrid>
        {result.isPending ? (
          <Loading />
        ) : result.isError ? (
          <ProblemAlert error={result.error} scope={SCOPE} />
        ) : result.data.length === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t('mentoring.alerts.empty')}
          </Alert>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {result.data.map((a) => (
              <AlertCard key={a.id} alert={a} />
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}

function AlertCard({ alert: a }: { alert: SafeguardingAlert }) {
  const { t, i18n } = useTranslation();
  const child = a.childFirstName ?? t('mentoring.children.erased');
  const open = !a.decision;
  return (
    <Card
      component="li"
      withBorder
      padding="md"
      style={open ? { borderLeft: '6px solid var(--mantine-color-red-9)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text component="h2" fw={700} size="lg" m={0}>
            <Anchor component={Link} to={`/matches/${a.matchId}`} inherit underline="always">
              {t('mentoring.matches.pair', { child, mentor: a.mentorName })}
            </Anchor>
          </Text>
          <Badge color={open ? 'red.9' : 'gray.8'} variant="filled" radius="sm">
            {open ? t('mentoring.alerts.open') : t('mentoring.alerts.decided')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('mentoring.alerts.raised', {
            metOn: formatDate(a.metOn, i18n.language),
            raisedAt: formatDateTime(a.raisedAt, i18n.language),
          })}
        </Text>
        {a.concernText && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {a.concernText}
          </Text>
        )}
        {a.decision ? (
          <Text size="sm">
            <Text component="span" fw={600} size="sm">
              {t(`mentoring.alertDecisions.${a.decision}`)}
            </Text>
            {' · '}
            {t('mentoring.alerts.decidedBy', {
              name: a.decidedByName ?? '—',
              date: formatDateTime(a.decidedAt, i18n.language),
            })}
            {a.reason && (
              <>
                <br />
                {a.reason}
              </>
            )}
          </Text>
        ) : (
          <DecisionForm alert={a} child={child} />
        )}
      </Stack>
    </Card>
  );
}

function DecisionForm({ alert: a, child }: { alert: SafeguardingAlert; child: string }) {
  const { t } = useTranslation();
  const decide = useDecideAlert();
  const [decision, setDecision] = useState<AlertDecision | ''>('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <form
      noValidate
      aria-label={t('mentoring.alerts.formLabel', { child, mentor: a.mentorName })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!decision || !reason.trim()) {
          setMissing(true);
          return;
        }
        decide.mutate({ id: a.id, decision, reason: reason.trim() });
      }}
    >
      <Stack gap="xs" mt="xs">
        <NativeSelect
          label={t('mentoring.alerts.decision')}
          required
          data={[
            { value: '', label: t('common.choose'), disabled: true },
            ...ALERT_DECISIONS.map((d) => ({
              value: d,
              label: t(`mentoring.alertDecisions.${d}`),
            })),
          ]}
          value={decision}
          error={missing && !decision ? t('validation.required') : undefined}
          onChange={(e) => setDecision(e.currentTarget.value as AlertDecision)}
          w={{ base: '100%', sm: 360 }}
        />
        <Textarea
          label={t('mentoring.alerts.reason')}
          required
          autosize
          minRows={2}
          maxLength={REASON_MAX}
          value={reason}
          error={missing && !reason.trim() ? t('validation.required') : undefined}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ProblemAlert error={decide.error} scope={SCOPE} />
        <div>
          <Button type="submit" loading={decide.isPending}>
            {t('mentoring.alerts.record')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
