import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { ApiError } from '@/lib/api/problem';

type Props = {
  error: ApiError | null | undefined;
  onReload: () => void;
  /** A feature whose own wording of problem codes comes first (see ProblemAlert). */
  scope?: string;
};

/** A failed change: a stale version (412) offers a reload, anything else is explained by its code. */
export function MutationAlert({ error, onReload, scope }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.status === 412) {
    return (
      <Alert color="red" title={t('common.conflictTitle')} role="alert" mb="md">
        {t('problems.precondition_failed')}{' '}
        <Button size="xs" variant="outline" ml="xs" onClick={onReload}>
          {t('common.reload')}
        </Button>
      </Alert>
    );
  }
  return (
    <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
      <ProblemAlert error={error} scope={scope} />
    </div>
  );
}
