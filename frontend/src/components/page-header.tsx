import { Group, Title } from '@mantine/core';

type Props = {
  title: string;
  actions?: React.ReactNode;
  /** The title's language when it differs from the UI's (e.g. a training's title) */
  lang?: string;
};

export function PageHeader({ title, actions, lang }: Props) {
  return (
    <Group justify="space-between" align="center" mb="md" gap="sm">
      <Title order={1} size="h2" lang={lang} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      {actions}
    </Group>
  );
}
