import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMe } from '@/lib/auth/get-me';
import { navItemsFor } from '../navigation';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const items = navItemsFor(me?.role).filter((item) => item.to !== '/profile');
  // A mentor's home is their mentoring: their child, the diary and the next supervision.
  if (me?.role === 'MENTOR') return <Navigate to="/mentoring" replace />;
  return (
    <Stack gap="md" maw={720}>
      <Title order={1} size="h2">
        {t('home.welcome', { name: me?.displayName ?? '' })}
      </Title>
      <Paper withBorder p="md">
        <Text>{t('home.intro')}</Text>
        {items.length > 0 && (
          <Text mt="sm">
            {t('home.goTo')}{' '}
            {items.map((item, index) => (
              <span key={item.to}>
                {index > 0 && ', '}
                <Anchor component={Link} to={item.to} underline="always">
                  {t(item.labelKey)}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
