import { Anchor, Container, Group, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSelect } from '@/components/language-select';
import { useHasSession } from '@/lib/auth/use-session';
import { LoginForm } from '../components/login-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const hasSession = useHasSession();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (hasSession) return <Navigate to={from} replace />;

  return (
    <Container size={440} py="xl" px="md">
      <header>
        <Group justify="space-between" align="flex-end" mb="lg" wrap="wrap">
          <Text fw={700} size="xl" c="blue.9">
            {t('app.name')}
          </Text>
          <LanguageSelect />
        </Group>
      </header>
      <main>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Title order={1} size="h2" mb="xs">
            {t('login.title')}
          </Title>
          <Text size="sm" mb="md">
            {t('login.intro')}
          </Text>
          <LoginForm
            onSuccess={() => {
              queryClient.clear();
              void navigate(from, { replace: true });
            }}
          />
        </Paper>
        <Text size="sm" mt="md">
          {t('login.volunteerQuestion')}{' '}
          <Anchor component={Link} to="/volunteer" underline="always">
            {t('login.becomeMentor')}
          </Anchor>
        </Text>
      </main>
    </Container>
  );
}
