import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSelect } from '@/components/language-select';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { roleLabel } from '@/components/labels';
import { useMe } from '@/lib/auth/get-me';
import { useUpdateMe } from '@/lib/auth/update-me';
import { setLanguage } from '@/lib/i18n/i18n';
import { isSupportedLanguage } from '@/lib/i18n/languages';
import { useLogout } from '@/features/auth/api/logout';
import { NotificationsBell } from '@/features/notifications/components/notifications-bell';
import { navItemsFor } from './navigation';

/** Starts the UI in the signed-in user's preferred language, once per user. */
function useLanguageFromProfile(userId: string | undefined, preferred: string | undefined) {
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!userId || applied.current === userId) return;
    applied.current = userId;
    if (isSupportedLanguage(preferred)) void setLanguage(preferred);
  }, [userId, preferred]);
}

export function AppShellLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const location = useLocation();
  const navigate = useNavigate();
  const meQuery = useMe();
  const updateMe = useUpdateMe();
  const logout = useLogout();
  const me = meQuery.data?.me;

  useLanguageFromProfile(me?.id, me?.preferredLanguage);

  const saveLanguage = (code: string) => {
    if (!me || me.preferredLanguage === code) return;
    updateMe.mutate({ displayName: me.displayName, preferredLanguage: code });
  };

  const onLogout = () =>
    logout.mutate(undefined, {
      onSettled: () => void navigate('/login', { replace: true }),
    });

  const items = navItemsFor(me?.role);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Text
              component={Link}
              to="/"
              fw={700}
              fz={{ base: 'md', xs: 'lg' }}
              lh={1.2}
              c="blue.9"
              td="none"
              onClick={close}
            >
              {t('app.name')}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            {me && <NotificationsBell />}
            <LanguageSelect onChosen={saveLanguage} hideLabel />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        // A collapsed navbar slides off screen: hide it from keyboards and screen readers as well.
        style={{ visibility: phone && !opened ? 'hidden' : undefined }}
      >
        {/* The links scroll on a short screen; the account and sign-out stay in view below them. */}
        <AppShell.Section
          grow
          component="nav"
          aria-label={t('shell.mainNavigation')}
          style={{ minHeight: 0, overflowY: 'auto' }}
        >
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              variant="filled"
              active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
              aria-current={location.pathname === item.to ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={4} pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            {me && (
              <>
                <Text size="sm" fw={600}>
                  {me.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {roleLabel(t, me.role)}
                </Text>
              </>
            )}
            <Button variant="outline" onClick={onLogout} loading={logout.isPending} mt="xs">
              {t('shell.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        {meQuery.isPending ? (
          <Loading />
        ) : meQuery.isError ? (
          <ProblemAlert error={meQuery.error} />
        ) : (
          <Outlet />
        )}
      </AppShell.Main>
    </AppShell>
  );
}
