import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { useRegions, type Region } from '@/lib/regions/get-regions';
import type { ExportFormat } from '../api/types';
import { isMonth, type PeriodProblem } from './format';

/** The regions the signed-in user may report on: all for an administrator, else their own. */
export function useReportRegions(): Region[] {
  const me = useMe().data?.me;
  const regions = useRegions().data ?? [];
  if (!me) return [];
  return me.role === 'ADMIN' ? regions : regions.filter((r) => me.regionIds.includes(r.id));
}

type Props = {
  from: string;
  to: string;
  regionId: string;
  problem: PeriodProblem | null;
  onChange: (changes: Record<string, string | null>) => void;
  onExport: (format: ExportFormat) => void;
  exporting: ExportFormat | null;
};

/** Period, region and the export buttons. A single region needs no choice, so none is offered. */
export function IndicatorFilters({
  from,
  to,
  regionId,
  problem,
  onChange,
  onExport,
  exporting,
}: Props) {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const regions = useReportRegions();
  const month = (key: 'from' | 'to') => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    if (isMonth(value)) onChange({ [key]: value });
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: regions.length > 1 ? 3 : 2 }} spacing="sm">
        <TextInput
          type="month"
          label={t('indicators.filters.from')}
          value={from}
          onChange={month('from')}
          max={to}
        />
        <TextInput
          type="month"
          label={t('indicators.filters.to')}
          value={to}
          onChange={month('to')}
          min={from}
          error={problem ? t(`indicators.period.${problem}`) : undefined}
        />
        {regions.length > 1 && (
          <NativeSelect
            label={t('indicators.filters.region')}
            data={[
              {
                value: '',
                label:
                  me?.role === 'ADMIN'
                    ? t('indicators.filters.allRegions')
                    : t('indicators.filters.allMyRegions'),
              },
              ...regions.map((r) => ({ value: r.id, label: r.name })),
            ]}
            value={regionId}
            onChange={(e) => onChange({ regionId: e.currentTarget.value })}
          />
        )}
      </SimpleGrid>
      <Group gap="sm">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="default"
            disabled={problem !== null || (exporting !== null && exporting !== format)}
            loading={exporting === format}
            onClick={() => onExport(format)}
          >
            {t(`indicators.export.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
