import { Group, Title } from '@mantine/core';

type Props = { title: string; actions?: React.ReactNode };

export function PageHeader({ title, actions }: Props) {
  return (
    <Group justify="space-between" align="center" mb="md" gap="sm">
      <Title order={1} size="h2">
        {title}
      </Title>
      {actions}
    </Group>
  );
}
