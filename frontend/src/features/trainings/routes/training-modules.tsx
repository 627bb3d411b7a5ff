import { Badge, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { useTrainingModules } from '../api/get-training-modules';
import { formatMinutes } from '../components/labels';

/** The modules of the coordinator's training concept, with their questions. */
export function TrainingModulesRoute() {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const [params, setParams] = useSearchParams();
  const includeArchived = params.get('archived') === 'true';
  const modules = useTrainingModules(includeArchived ? { includeArchived: true } : {});
  const regions = useRegions();
  const manyRegions = (me?.regionIds.length ?? 0) > 1;
  const regionName = (id: string) => regions.data?.find((r) => r.id === id)?.name ?? '';
  const minutes = (value: number) =>
    formatMinutes(value, t('trainings.units.hours'), t('trainings.units.minutes'));

  return (
    <>
      <PageHeader
        title={t('trainings.modules.title')}
        actions={<LinkButton to="/training-modules/new">{t('trainings.modules.new')}</LinkButton>}
      />
      <Text mb="md" maw={720}>
        {t('trainings.modules.intro')}
      </Text>
      <Switch
        mb="md"
        label={t('trainings.modules.showArchived')}
        checked={includeArchived}
        onChange={(e) => {
          const next = new URLSearchParams(params);
          if (e.currentTarget.checked) next.set('archived', 'true');
          else next.delete('archived');
          setParams(next, { replace: true });
        }}
      />
      {modules.isPending ? (
        <Loading />
      ) : modules.isError ? (
        <ProblemAlert error={modules.error} scope="trainings" />
      ) : modules.data.length === 0 ? (
        <Text>{t('trainings.modules.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {modules.data.map((module) => (
            <Card component="li" key={module.id} withBorder padding="md">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Title order={2} size="h5" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                  {module.title}
                </Title>
                {module.archived && (
                  <Badge color="gray.7" variant="filled" radius="sm">
                    {t('trainings.modules.archivedBadge')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" mt={4}>
                {[
                  minutes(module.durationMinutes),
                  t('trainings.modules.questionCount', { count: module.questions.length }),
                  manyRegions && regionName(module.regionId),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              {module.objectives && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {module.objectives}
                </Text>
              )}
              <Group mt="sm">
                <LinkButton
                  to={`/training-modules/${module.id}/edit`}
                  size="xs"
                  variant="outline"
                  aria-label={`${t('common.edit')}: ${module.title}`}
                >
                  {t('common.edit')}
                </LinkButton>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
