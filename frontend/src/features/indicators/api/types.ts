import type { components, operations } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Indicator = Schemas['ProgrammeIndicator'];
export type IndicatorUnit = Schemas['IndicatorUnit'];
export type IndicatorCell = Schemas['IndicatorCell'];
export type IndicatorFigure = Schemas['IndicatorFigure'];
export type IndicatorRegion = Schemas['IndicatorRegion'];
export type IndicatorReport = Schemas['IndicatorReport'];

export type IndicatorsQuery = NonNullable<operations['getIndicators']['parameters']['query']>;
export type ExportFormat = operations['exportIndicators']['parameters']['query']['format'];

/** The problem codes of this feature are worded under indicators.problems.<code>. */
export const SCOPE = 'indicators';
