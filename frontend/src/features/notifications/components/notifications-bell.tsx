import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import { notificationLink, notificationText } from './notification-text';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The bell in the header: unread count, the latest notifications, and "mark all read". */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  const label =
    unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      disabled={unread === 0}
      size={18}
      color="red.9"
      offset={6}
    >
      <Popover
        opened={opened}
        onDismiss={close}
        position="bottom-end"
        width="min(24rem, calc(100vw - 1rem))"
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon variant="subtle" size="lg" color="gray.8" aria-label={label} onClick={toggle}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-labelledby="notifications-title">
          <Group justify="space-between" p="sm" gap="xs" wrap="nowrap">
            <Title order={2} size="h5" id="notifications-title">
              {t('notifications.title')}
            </Title>
            <Button
              size="compact-sm"
              variant="subtle"
              disabled={unread === 0}
              loading={markAllRead.isPending}
              onClick={() => markAllRead.mutate()}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <Box px="sm">
            <ProblemAlert error={notifications.error ?? markAllRead.error} />
          </Box>
          {items.length === 0 && !notifications.isError ? (
            <Text size="sm" p="sm" pt={0}>
              {notifications.isPending ? t('common.loading') : t('notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah="min(28rem, 70vh)" type="auto">
              <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((n) => {
                  const link = notificationLink(n);
                  const text = notificationText(t, n);
                  const fresh = !n.readAt;
                  return (
                    <Box
                      component="li"
                      key={n.id}
                      px="sm"
                      py="xs"
                      style={{
                        borderTop: '1px solid var(--mantine-color-gray-3)',
                        background: fresh ? 'var(--mantine-color-blue-0)' : undefined,
                      }}
                    >
                      <Text size="sm" fw={fresh ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
                        {fresh && (
                          <span className="visually-hidden">{t('notifications.new')}: </span>
                        )}
                        {link ? (
                          <Anchor
                            component={Link}
                            to={link}
                            inherit
                            underline="always"
                            onClick={() => {
                              if (fresh) markRead.mutate(n.id);
                              close();
                            }}
                          >
                            {text}
                          </Anchor>
                        ) : (
                          text
                        )}
                      </Text>
                      <Group gap="xs" justify="space-between">
                        <Text size="xs" c="dimmed">
                          {formatDateTime(n.createdAt, i18n.language)}
                        </Text>
                        {fresh && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`${t('notifications.markRead')}: ${text}`}
                            onClick={() => markRead.mutate(n.id)}
                          >
                            {t('notifications.markRead')}
                          </Button>
                        )}
                      </Group>
                    </Box>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
