import { Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSelect } from '@/components/language-select';

/** The frame of a page without sign-in: the app's name, the language choice and a card. */
export function PublicPage({ children, size = 560 }: { children: ReactNode; size?: number }) {
  const { t } = useTranslation();
  return (
    <Container size={size} py="xl" px="md">
      <header>
        <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap">
          <Text component={Link} to="/" fw={700} size="xl" c="blue.9" td="none">
            {t('app.name')}
          </Text>
          <LanguageSelect />
        </Group>
      </header>
      <main>
        <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'lg' }} radius="md">
          {children}
        </Paper>
      </main>
    </Container>
  );
}
