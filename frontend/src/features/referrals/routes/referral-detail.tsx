import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmModal } from '@/components/confirm-modal';
import { DetailList } from '@/components/detail-list';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { MutationAlert } from '@/components/mutation-alert';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { wrapButtonStyles } from '@/components/wrap-button';
import { useMe } from '@/lib/auth/get-me';
import { formatDate, formatDateTime } from '@/lib/format';
import { languageName } from '@/lib/i18n/language-name';
import { useActOnReferral, type ReferralAction } from '../api/act-on-referral';
import { useDownloadConsentDocument, useExportReferral } from '../api/download-referral-files';
import { useReferral } from '../api/get-referral';
import type { Referral } from '../api/get-referrals';
import { useSubmitReferral } from '../api/submit-referral';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { OverdueBadge, ReferralStatusBadge, UrgencyBadge } from '../components/badges';
import { ConsentRequiredAlert } from '../components/consent-required-alert';
import { DecisionModal } from '../components/decision-modal';
import { availableCommands, RECEIVER_ACTIONS } from '../components/referral-actions';
import { ReferralMentoring, showsMentoring } from '../components/referral-mentoring';
import { ReferralTimeline } from '../components/referral-timeline';
import { reasonText } from '../components/reason-text';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * One referral: the child, observations, consent, target, status and timeline, with what the caller
 * may do; for the mentoring programme also where the mentoring stands.
 */
export function ReferralDetailRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const me = useMe().data?.me;
  const query = useReferral(id);
  const act = useActOnReferral();
  const submit = useSubmitReferral();
  const withdrawConsent = useWithdrawConsent();
  const download = useDownloadConsentDocument();
  const exportReferral = useExportReferral();
  const phone = useMediaQuery('(max-width: 30em)');
  const [decision, setDecision] = useState<ReferralAction | null>(null);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideMissing, setOverrideMissing] = useState(false);
  const [erasureOpen, setErasureOpen] = useState(false);

  const back = (
    <Anchor component={Link} to="/referrals" underline="always" size="sm">
      {t('referrals.backToList')}
    </Anchor>
  );

  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <>
        {back}
        <ProblemAlert error={query.error} scope="referrals" />
      </>
    );

  const r: Referral = query.data.referral;
  const commands = availableCommands(me, r);
  const receiverActions = RECEIVER_ACTIONS.filter((a) => commands.includes(a));
  const enumList = (values: readonly string[], key: string) =>
    values.map((v) => t(`referrals.${key}.${v}`)).join(', ');
  const title = r.child
    ? t('referrals.pageTitle', { name: r.child.firstName })
    : t('referrals.pageTitleErased');
  const reload = () => {
    act.reset();
    submit.reset();
    void query.refetch();
  };

  return (
    <>
      {back}
      <PageHeader
        title={title}
        actions={
          <Group gap="xs">
            <ReferralStatusBadge status={r.status} />
            <UrgencyBadge urgency={r.urgency} />
            {r.overdue && <OverdueBadge />}
          </Group>
        }
      />
      <Stack gap="md">
        {r.erasedAt && (
          <Alert color="gray" variant="light" title={t('referrals.erased.title')}>
            {t('referrals.erased.text', { date: formatDateTime(r.erasedAt, i18n.language) })}
          </Alert>
        )}
        {r.override && (
          <Alert color="orange" variant="light" title={t('referrals.override.title')}>
            {t('referrals.override.text', {
              name: r.override.byName ?? '—',
              date: formatDateTime(r.override.at, i18n.language),
            })}
            {r.override.reason && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                {t('referrals.fields.reason')}: {r.override.reason}
              </Text>
            )}
          </Alert>
        )}
        {r.overdue && r.dueOn && (
          <Alert color="red" variant="light" title={t('referrals.overdue')}>
            {t('referrals.overdueText', { date: formatDate(r.dueOn, i18n.language) })}
          </Alert>
        )}
        {r.decisionReason && (
          <Alert
            color={r.status === 'DECLINED' ? 'red' : 'blue'}
            variant="light"
            title={t('referrals.decision')}
          >
            {reasonText(t, r.decisionReason)}
            {r.decisionNote && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {r.decisionNote}
              </Text>
            )}
          </Alert>
        )}

        {commands.length > 0 && (
          <Section title={t('referrals.actionsTitle')}>
            <MutationAlert error={act.error} scope="referrals" onReload={reload} />
            {submit.error?.code === 'consent_required' ? (
              <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
                <ConsentRequiredAlert
                  referral={r}
                  onFix={
                    commands.includes('EDIT')
                      ? () => void navigate(`/referrals/${r.id}/edit`)
                      : undefined
                  }
                />
              </div>
            ) : (
              <MutationAlert error={submit.error} scope="referrals" onReload={reload} />
            )}
            <ProblemAlert
              error={withdrawConsent.error ?? download.error ?? exportReferral.error}
              scope="referrals"
            />
            <Group gap="sm">
              {commands.includes('EDIT') && (
                <LinkButton to={`/referrals/${r.id}/edit`} variant="default">
                  {t('referrals.actions.EDIT')}
                </LinkButton>
              )}
              {commands.includes('SUBMIT') && (
                <Button
                  loading={submit.isPending}
                  onClick={() => submit.mutate({ id: r.id })}
                  styles={wrapButtonStyles}
                >
                  {t('referrals.actions.SUBMIT')}
                </Button>
              )}
              {receiverActions.map((a) => (
                <Button
                  key={a}
                  variant={a === 'DECLINE' ? 'outline' : 'filled'}
                  color={a === 'DECLINE' ? 'red' : undefined}
                  styles={wrapButtonStyles}
                  onClick={() => setDecision(a)}
                >
                  {t(`referrals.actions.${a}`)}
                </Button>
              ))}
              {commands.includes('WITHDRAW') && (
                <Button
                  variant="outline"
                  styles={wrapButtonStyles}
                  onClick={() => setDecision('WITHDRAW')}
                >
                  {t('referrals.actions.WITHDRAW')}
                </Button>
              )}
              {commands.includes('WITHDRAW_CONSENT') && (
                <Button
                  variant="outline"
                  color="red"
                  styles={wrapButtonStyles}
                  onClick={() => setErasureOpen(true)}
                >
                  {t('referrals.actions.WITHDRAW_CONSENT')}
                </Button>
              )}
              {commands.includes('SUBMIT_OVERRIDE') && (
                <Button
                  variant="outline"
                  color="orange.9"
                  styles={wrapButtonStyles}
                  onClick={() => setOverrideOpen(true)}
                >
                  {t('referrals.actions.SUBMIT_OVERRIDE')}
                </Button>
              )}
              {commands.includes('EXPORT') && (
                <Button
                  variant="default"
                  styles={wrapButtonStyles}
                  loading={exportReferral.isPending}
                  onClick={() => exportReferral.mutate(r.id)}
                >
                  {t('referrals.actions.EXPORT')}
                </Button>
              )}
            </Group>
          </Section>
        )}

        <Section title={t('referrals.sections.child')}>
          {r.child ? (
            <DetailList
              items={[
                { label: t('referrals.fields.firstName'), value: r.child.firstName },
                {
                  label: t('referrals.fields.birth'),
                  value: new Intl.DateTimeFormat(i18n.language, {
                    month: 'long',
                    year: 'numeric',
                  }).format(new Date(r.child.birthYear, r.child.birthMonth - 1, 1)),
                },
                {
                  label: t('referrals.fields.gender'),
                  value: t(`referrals.genders.${r.child.gender}`),
                },
                { label: t('referrals.fields.area'), value: r.child.area },
                { label: t('referrals.fields.school'), value: r.child.school },
                {
                  label: t('referrals.fields.languages'),
                  value: r.child.languages.map((l) => languageName(l, i18n.language)).join(', '),
                },
              ]}
            />
          ) : (
            <Text size="sm">{t('referrals.erased.child')}</Text>
          )}
        </Section>

        <Section title={t('referrals.sections.observations')}>
          <DetailList
            items={[
              {
                label: t('referrals.fields.indicators'),
                value: enumList(r.indicators, 'indicators'),
              },
              {
                label: t('referrals.fields.observations'),
                value: r.observations && (
                  <span style={{ whiteSpace: 'pre-line' }}>{r.observations}</span>
                ),
              },
              { label: t('referrals.fields.urgency'), value: t(`referrals.urgency.${r.urgency}`) },
              {
                label: t('referrals.fields.affectedParents'),
                value: enumList(r.affectedParents, 'affectedParents'),
              },
              {
                label: t('referrals.fields.addictionKinds'),
                value: enumList(r.addictionKinds, 'addictionKinds'),
              },
            ]}
          />
        </Section>

        <Section title={t('referrals.sections.consent')}>
          {r.consent ? (
            <Stack gap="sm">
              {r.consent.withdrawnAt && (
                <Alert color="gray" variant="light">
                  {t('referrals.consentWithdrawnOn', {
                    date: formatDateTime(r.consent.withdrawnAt, i18n.language),
                  })}
                </Alert>
              )}
              <DetailList
                items={[
                  {
                    label: t('referrals.fields.givenBy'),
                    value: t(`referrals.givers.${r.consent.givenBy}`),
                  },
                  {
                    label: t('referrals.fields.givenOn'),
                    value: formatDate(r.consent.givenOn, i18n.language),
                  },
                  {
                    label: t('referrals.fields.purposes'),
                    value: enumList(r.consent.purposes, 'purposes'),
                  },
                  { label: t('referrals.fields.recipients'), value: r.consent.recipients },
                  {
                    label: t('referrals.fields.form'),
                    value: t(`referrals.consentForms.${r.consent.form}`),
                  },
                  { label: t('referrals.fields.witness'), value: r.consent.witness },
                  {
                    label: t('referrals.fields.validUntil'),
                    value: formatDate(r.consent.validUntil, i18n.language),
                  },
                ]}
              />
              {r.consent.documentType && (
                <Group>
                  <Button
                    variant="default"
                    size="sm"
                    loading={download.isPending}
                    onClick={() => download.mutate(r.id)}
                  >
                    {t('referrals.downloadScan')}
                  </Button>
                </Group>
              )}
            </Stack>
          ) : (
            <Text size="sm">{t('referrals.noConsent')}</Text>
          )}
        </Section>

        <Section title={t('referrals.sections.target')}>
          <DetailList
            items={[
              {
                label: t('referrals.fields.target'),
                value: (
                  <Anchor
                    component={Link}
                    to={`/help-offers/${r.target.offerId}`}
                    underline="always"
                  >
                    {r.target.offerName}
                  </Anchor>
                ),
              },
              {
                label: t('referrals.fields.kind'),
                value: t(`referrals.offerKinds.${r.target.kind}`),
              },
              { label: t('referrals.fields.receiver'), value: r.target.organisationName },
              {
                label: t('referrals.fields.referrer'),
                value: [r.referrer.organisationName, r.referrer.createdByName]
                  .filter(Boolean)
                  .join(' · '),
              },
              {
                label: t('referrals.fields.submittedAt'),
                value: formatDateTime(r.submittedAt, i18n.language),
              },
              { label: t('referrals.fields.dueOn'), value: formatDate(r.dueOn, i18n.language) },
            ]}
          />
        </Section>

        {showsMentoring(me, r) && (
          <Section title={t('referrals.sections.mentoring')}>
            <ReferralMentoring referralId={r.id} />
          </Section>
        )}

        {r.possibleDuplicates && r.possibleDuplicates.length > 0 && (
          <Section title={t('referrals.sections.duplicates')}>
            <Text size="sm" mb="xs">
              {t('referrals.duplicatesHint')}
            </Text>
            <List size="sm">
              {r.possibleDuplicates.map((d) => (
                <List.Item key={d.id}>
                  <Anchor component={Link} to={`/referrals/${d.id}`} underline="always">
                    {d.firstName}
                  </Anchor>{' '}
                  · {t(`referrals.status.${d.status}`)} · {d.referrerOrganisationName}
                  {d.submittedAt
                    ? ` · ${formatDate(d.submittedAt.slice(0, 10), i18n.language)}`
                    : ''}
                </List.Item>
              ))}
            </List>
          </Section>
        )}

        <Section title={t('referrals.sections.timeline')}>
          <ReferralTimeline events={r.timeline} />
        </Section>
        <Text size="xs" c="dimmed">
          {t('common.version', { version: r.version })}
        </Text>
      </Stack>

      <DecisionModal
        key={decision ?? 'none'}
        action={decision}
        loading={act.isPending}
        error={act.error && act.error.status !== 412 ? act.error : null}
        onClose={() => {
          act.reset();
          setDecision(null);
        }}
        onConfirm={(input) =>
          decision &&
          act.mutate({ id: r.id, action: decision, input }, { onSuccess: () => setDecision(null) })
        }
      />

      <ConfirmModal
        opened={overrideOpen}
        fullScreen={phone}
        title={t('referrals.actions.SUBMIT_OVERRIDE')}
        confirmLabel={t('referrals.overrideConfirm')}
        danger
        loading={submit.isPending}
        onClose={() => {
          setOverrideOpen(false);
          setOverrideMissing(false);
        }}
        onConfirm={() => {
          if (!overrideReason.trim()) {
            setOverrideMissing(true);
            return;
          }
          submit.mutate(
            { id: r.id, overrideReason: overrideReason.trim() },
            { onSuccess: () => setOverrideOpen(false) },
          );
        }}
      >
        <Text size="sm">{t('referrals.overrideExplain')}</Text>
        <Textarea
          label={t('referrals.fields.overrideReason')}
          required
          autosize
          minRows={3}
          maxLength={1000}
          value={overrideReason}
          error={overrideMissing && !overrideReason.trim() ? t('validation.required') : undefined}
          onChange={(e) => setOverrideReason(e.currentTarget.value)}
        />
        <ProblemAlert error={submit.error} scope="referrals" />
      </ConfirmModal>

      <ConfirmModal
        opened={erasureOpen}
        fullScreen={phone}
        title={t('referrals.actions.WITHDRAW_CONSENT')}
        confirmLabel={t('referrals.erasureConfirm')}
        danger
        loading={withdrawConsent.isPending}
        onClose={() => setErasureOpen(false)}
        onConfirm={() => withdrawConsent.mutate(r.id, { onSuccess: () => setErasureOpen(false) })}
      >
        <Text size="sm">{t('referrals.erasureExplain')}</Text>
        <List size="sm">
          <List.Item>{t('referrals.erasureList.status')}</List.Item>
          <List.Item>{t('referrals.erasureList.child')}</List.Item>
          <List.Item>{t('referrals.erasureList.kept')}</List.Item>
        </List>
        <Text size="sm" fw={600}>
          {t('referrals.erasureFinal')}
        </Text>
        <ProblemAlert error={withdrawConsent.error} scope="referrals" />
      </ConfirmModal>
    </>
  );
}
