import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@/lib/auth/get-me';
import { navItemsFor } from '../navigation';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const items = navItemsFor(me?.role).filter((item) => item.to !== '/profile');
  return (
    <Stack gap="md" maw={720}>
      <Title order={1} size="h2">
        {t('home.welcome', { name: me?.displayName ?? '' })}
      </Title>
      <Paper withBorder p="md">
        <Text>{me?.role === 'MENTOR' ? t('home.mentorIntro') : t('home.intro')}</Text>
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
