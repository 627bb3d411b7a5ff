import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '@/components/detail-list';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useResults, type TrainingResults } from '../api/get-results';

type Average = TrainingResults['preTest'];

/** Evaluation results: counts, test averages, learning gain and ratings; comments for coordinators. */
export function ResultsPanel({
  trainingId,
  showComments,
}: {
  trainingId: string;
  showComments: boolean;
}) {
  const { t, i18n } = useTranslation();
  const results = useResults(trainingId);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  if (results.isPending) return <Loading />;
  if (results.isError) return <ProblemAlert error={results.error} scope="trainings" />;
  const r = results.data;

  const percent = (a: Average) =>
    a.average === undefined || a.average === null
      ? t('trainings.results.none')
      : t('trainings.results.percent', { value: number.format(a.average), count: a.count });
  const gain =
    r.learningGain.average === undefined || r.learningGain.average === null
      ? t('trainings.results.none')
      : t('trainings.results.points', {
          value: `${r.learningGain.average > 0 ? '+' : ''}${number.format(r.learningGain.average)}`,
          count: r.learningGain.count,
        });
  const rating = (value: number | undefined) =>
    value === undefined || value === null
      ? t('trainings.results.none')
      : t('trainings.results.rating', { value: number.format(value) });

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="results-participation-title">
        <Title order={2} size="h4" id="results-participation-title" mb="sm">
          {t('trainings.results.participationTitle')}
        </Title>
        <DetailList
          items={[
            { label: t('trainings.results.seated'), value: String(r.seated) },
            { label: t('trainings.results.attended'), value: String(r.attended) },
            { label: t('trainings.results.certificates'), value: String(r.certificates) },
          ]}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="results-tests-title">
        <Title order={2} size="h4" id="results-tests-title" mb="sm">
          {t('trainings.results.testsTitle')}
        </Title>
        <DetailList
          items={[
            { label: t('trainings.results.preTest'), value: percent(r.preTest) },
            { label: t('trainings.results.postTest'), value: percent(r.postTest) },
            { label: t('trainings.results.learningGain'), value: gain },
          ]}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="results-survey-title">
        <Title order={2} size="h4" id="results-survey-title" mb="sm">
          {t('trainings.results.surveyTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('trainings.results.responses', { count: r.surveyResponses })}
        </Text>
        <DetailList
          items={[
            { label: t('trainings.survey.overall'), value: rating(r.overall) },
            { label: t('trainings.survey.content'), value: rating(r.content) },
            { label: t('trainings.survey.trainers'), value: rating(r.trainers) },
            { label: t('trainings.survey.organisation'), value: rating(r.organisation) },
          ]}
        />
      </Paper>
      {showComments && (
        <Paper withBorder p="md" component="section" aria-labelledby="results-comments-title">
          <Title order={2} size="h4" id="results-comments-title" mb="sm">
            {t('trainings.results.commentsTitle')}
          </Title>
          {r.comments.length === 0 ? (
            <Text size="sm">{t('trainings.results.noComments')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {r.comments.map((comment, index) => (
                <Text
                  component="li"
                  key={index}
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  “{comment}”
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
