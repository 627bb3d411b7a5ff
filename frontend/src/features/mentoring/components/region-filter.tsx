import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { useRegions, type Region } from '@/lib/regions/get-regions';

/** The signed-in coordinator's regions, by name. */
export function useMyRegions(): Region[] {
  const me = useMe().data?.me;
  const regions = useRegions();
  return (regions.data ?? []).filter((r) => me?.regionIds.includes(r.id));
}

type Props = {
  value: string;
  onChange: (value: string) => void;
  /** Offer "all regions" (lists) or ask for one (a run, a new profile). */
  allowAll?: boolean;
  label?: string;
};

/** A region filter, shown only to coordinators of more than one region. */
export function RegionFilter({ value, onChange, allowAll = true, label }: Props) {
  const { t } = useTranslation();
  const regions = useMyRegions();
  if (regions.length < 2) return null;
  return (
    <NativeSelect
      label={label ?? t('mentoring.fields.region')}
      data={[
        allowAll
          ? { value: '', label: t('mentoring.filters.allRegions') }
          : { value: '', label: t('common.choose'), disabled: true },
        ...regions.map((r) => ({ value: r.id, label: r.name })),
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
