import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorRegion } from '../api/types';
import { breakdownLabel, CATALOGUE, indicatorLabel } from './catalogue';
import { AsOfToday } from './figure-list';
import { FigureTable } from './figure-table';
import { FigureValue } from './figure-value';
import { cellOf, findFigure } from './figures';

type Props = {
  caption: string;
  /** What the rows are, e.g. "Help system". */
  partLabel: string;
  region: IndicatorRegion | undefined;
  /** The columns: indicators broken down by the same parts (the first one's parts make the rows). */
  indicators: readonly Indicator[];
};

/** Several indicators side by side, one row per part and a total row. */
export function BreakdownTable({ caption, partLabel, region, indicators }: Props) {
  const { t } = useTranslation();
  const parts: (string | undefined)[] = [...CATALOGUE[indicators[0]].breakdowns, undefined];
  return (
    <FigureTable
      caption={caption}
      columns={[
        partLabel,
        ...indicators.map((indicator) => (
          <span key={indicator}>
            {indicatorLabel(t, indicator)}
            {findFigure(region, indicator)?.snapshot && <AsOfToday />}
          </span>
        )),
      ]}
      rows={parts.map((part) => ({
        key: part ?? 'total',
        header: part ? breakdownLabel(t, indicators[0], part) : t('indicators.table.total'),
        strong: !part,
        cells: indicators.map((indicator) => {
          const figure = findFigure(region, indicator, part);
          return (
            <FigureValue key={indicator} cell={cellOf(figure)} unit={figure?.unit ?? 'COUNT'} />
          );
        }),
      }))}
    />
  );
}
