import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/api/problem-message';

type Props = {
  error: unknown;
  title?: string;
  /** A feature whose own wording of problem codes comes first, e.g. "trainings". */
  scope?: string;
  children?: React.ReactNode;
};

/** Shows an API problem as an alert that screen readers announce. */
export function ProblemAlert({ error, title, scope, children }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      {problemMessage(t, error, scope)}
      {children}
    </Alert>
  );
}
