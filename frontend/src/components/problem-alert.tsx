import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/api/problem-message';

type Props = {
  error: unknown;
  title?: string;
  children?: React.ReactNode;
};

/** Shows an API problem as an alert that screen readers announce. */
export function ProblemAlert({ error, title, children }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      {problemMessage(t, error)}
      {children}
    </Alert>
  );
}
