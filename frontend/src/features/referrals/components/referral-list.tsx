import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { wrapButtonStyles } from '@/components/wrap-button';
import { formatDate, formatDateTime } from '@/lib/format';
import type { ReferralAction } from '../api/act-on-referral';
import type { ReferralSummary } from '../api/get-referrals';
import { DuplicateBadge, OverdueBadge, ReferralStatusBadge, UrgencyBadge } from './badges';
import { quickDecisions } from './referral-actions';

type Props = {
  items: readonly ReferralSummary[];
  /** The intake queue's quick decisions */
  onDecide?: (referral: ReferralSummary, action: ReferralAction) => void;
  showReferrer?: boolean;
};

/** Referrals as cards (one column on phones): who, status, urgency, target, dates and flags. */
export function ReferralList({ items, onDecide, showReferrer = false }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((r) => {
        const name = r.firstName ?? t('referrals.erasedName');
        return (
          <Card component="li" withBorder padding="md" key={r.id}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text component="h2" fw={700} size="lg" m={0} style={{ overflowWrap: 'anywhere' }}>
                  <Anchor component={Link} to={`/referrals/${r.id}`} inherit underline="always">
                    {name}
                  </Anchor>
                </Text>
                <Group gap={6}>
                  <ReferralStatusBadge status={r.status} />
                  <UrgencyBadge urgency={r.urgency} />
                  {r.overdue && <OverdueBadge />}
                  {r.possibleDuplicate && <DuplicateBadge />}
                </Group>
              </Group>
              <Text size="sm">
                {t('referrals.list.to', {
                  offer: r.targetOfferName,
                  organisation: r.receiverOrganisationName,
                })}
              </Text>
              {showReferrer && (
                <Text size="sm">
                  {t('referrals.list.from', { organisation: r.referrerOrganisationName })}
                </Text>
              )}
              <Text size="sm">
                {r.submittedAt
                  ? t('referrals.list.submitted', {
                      date: formatDateTime(r.submittedAt, i18n.language),
                    })
                  : t('referrals.list.notSubmitted')}
                {r.dueOn &&
                  ` · ${t('referrals.list.due', { date: formatDate(r.dueOn, i18n.language) })}`}
                {r.consentOverridden && ` · ${t('referrals.list.overridden')}`}
              </Text>
              {onDecide && quickDecisions(r.status).length > 0 && (
                <Group gap="xs" mt={4}>
                  {quickDecisions(r.status).map((a) => (
                    <Button
                      key={a}
                      size="xs"
                      variant={a === 'DECLINE' ? 'outline' : 'light'}
                      color={a === 'DECLINE' ? 'red' : undefined}
                      styles={wrapButtonStyles}
                      aria-label={t('referrals.list.quick', {
                        action: t(`referrals.actions.${a}`),
                        name,
                      })}
                      onClick={() => onDecide(r, a)}
                    >
                      {t(`referrals.actions.${a}`)}
                    </Button>
                  ))}
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
