import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useUrlParams } from '@/lib/use-url-params';
import { useExportIndicators } from '../api/export-indicators';
import { useIndicators } from '../api/get-indicators';
import { SCOPE, type IndicatorsQuery } from '../api/types';
import { IndicatorFilters } from '../components/filters';
import { defaultPeriod, isMonth, periodProblem } from '../components/format';
import { IndicatorReportView } from '../components/report';

/** The programme's indicators for a period and region: figures, trends, breakdowns and the export. */
export function IndicatorsRoute() {
  const { t } = useTranslation();
  const [params, update] = useUrlParams();
  const defaults = useMemo(() => defaultPeriod(), []);
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const from = isMonth(fromParam) ? fromParam : defaults.from;
  const to = isMonth(toParam) ? toParam : defaults.to;
  const regionId = params.get('regionId') ?? '';
  const problem = periodProblem(from, to);
  const query: IndicatorsQuery = { from, to, regionId: regionId || undefined };
  const report = useIndicators(query, { enabled: problem === null });
  const exporter = useExportIndicators();

  return (
    <>
      <PageHeader title={t('indicators.title')} />
      <Stack gap="md">
        <Text>{t('indicators.intro')}</Text>
        <IndicatorFilters
          from={from}
          to={to}
          regionId={regionId}
          problem={problem}
          onChange={update}
          onExport={(format) => exporter.mutate({ format, query })}
          exporting={exporter.isPending ? (exporter.variables?.format ?? null) : null}
        />
        <ProblemAlert error={exporter.error} scope={SCOPE} />
        {problem !== null ? null : report.isPending ? (
          <Loading />
        ) : report.isError ? (
          <ProblemAlert error={report.error} scope={SCOPE} />
        ) : (
          <div aria-busy={report.isFetching}>
            <IndicatorReportView report={report.data} />
          </div>
        )}
      </Stack>
    </>
  );
}
