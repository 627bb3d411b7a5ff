import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  page: number; // zero-based, as the API counts
  size: number;
  total: number;
  onChange: (page: number) => void;
};

/** Accessible paging for the API's zero-based pages. */
export function Pager({ page, size, total, onChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm">{t('common.total', { total })}</Text>
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page + 1}
            onChange={(value) => onChange(value - 1)}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(p) => ({
              'aria-label': t('common.pageN', { page: p }),
              'aria-current': p === page + 1 ? 'page' : undefined,
            })}
            getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
          />
        </nav>
      )}
    </Group>
  );
}
