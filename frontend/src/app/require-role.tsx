import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useMe, type Role } from '@/lib/auth/get-me';

/** Shows its routes only to the given roles (the server checks again). */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  if (!me) return null;
  if (!roles.includes(me.role)) {
    return (
      <Alert color="red" title={t('problems.forbiddenTitle')} role="alert">
        {t('problems.forbidden')}
      </Alert>
    );
  }
  return <Outlet />;
}
