import { useTranslation } from 'react-i18next';
import type { IndicatorRegion, IndicatorReport } from '../api/types';
import { indicatorLabel, KEY_FIGURES } from './catalogue';
import { FigureTable } from './figure-table';
import { FigureValue } from './figure-value';
import { cellOf, findFigure } from './figures';

/** The key figures of each region and of their total, side by side. */
export function RegionComparison({
  report,
  caption,
}: {
  report: IndicatorReport;
  caption: string;
}) {
  const { t } = useTranslation();
  const regions: IndicatorRegion[] = [...report.regions, ...(report.total ? [report.total] : [])];
  return (
    <FigureTable
      caption={caption}
      columns={[t('indicators.filters.region'), ...KEY_FIGURES.map((i) => indicatorLabel(t, i))]}
      rows={regions.map((region) => {
        const total = region === report.total;
        return {
          key: region.regionId ?? 'total',
          header: total ? t('indicators.table.total') : region.name,
          strong: total,
          cells: KEY_FIGURES.map((indicator) => {
            const figure = findFigure(region, indicator);
            return (
              <FigureValue key={indicator} cell={cellOf(figure)} unit={figure?.unit ?? 'COUNT'} />
            );
          }),
        };
      })}
    />
  );
}
