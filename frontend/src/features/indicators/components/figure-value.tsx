import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '../api/types';
import type { Cell } from './figures';
import { formatValue } from './format';

/** "<5" for a suppressed value: read out as "Suppressed: fewer than 5 children", never a number. */
export function SuppressedMarker() {
  const { t } = useTranslation();
  const explanation = t('indicators.suppressed.label');
  return (
    <Tooltip label={explanation} withArrow events={{ hover: true, focus: false, touch: true }}>
      <span data-suppressed="true" style={{ whiteSpace: 'nowrap' }}>
        <span aria-hidden="true">{t('indicators.suppressed.marker')}</span>
        <span className="visually-hidden">{explanation}</span>
      </span>
    </Tooltip>
  );
}

/** A dash for a figure without data (e.g. no average yet), read out as "No data". */
export function NoData() {
  const { t } = useTranslation();
  return (
    <span>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('indicators.noData')}</span>
    </span>
  );
}

/** A value of the report in its unit, the suppression marker, or the no-data dash. */
export function FigureValue({ cell, unit }: { cell: Cell; unit: IndicatorUnit }) {
  const { t, i18n } = useTranslation();
  if (cell.suppressed) return <SuppressedMarker />;
  if (cell.value == null) return <NoData />;
  return <>{formatValue(cell.value, unit, i18n.language, t)}</>;
}
