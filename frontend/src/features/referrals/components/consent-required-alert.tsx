import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/format';
import type { Referral } from '../api/get-referrals';
import { consentIssue, neededPurpose } from './referral-form-values';

type Props = { referral: Referral; onFix?: () => void };

/** The 422 consent_required of a submission, explained: what the consent lacks for this target. */
export function ConsentRequiredAlert({ referral, onFix }: Props) {
  const { t } = useTranslation();
  const issue = consentIssue(referral, todayIso()) ?? 'missing';
  const purpose = t(`referrals.purposes.${neededPurpose(referral.target.kind)}`);
  return (
    <Alert color="red" variant="light" role="alert" title={t('referrals.consentRequired.title')}>
      {t(`referrals.consentRequired.${issue}`, { purpose, offer: referral.target.offerName })}{' '}
      {t('referrals.consentRequired.then')}
      {onFix && (
        <Button size="xs" variant="default" ml="xs" mt={4} onClick={onFix}>
          {t('referrals.consentRequired.fix')}
        </Button>
      )}
    </Alert>
  );
}
