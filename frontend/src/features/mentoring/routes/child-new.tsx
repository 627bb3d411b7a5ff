import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/lib/auth/get-me';
import { useRegions } from '@/lib/regions/get-regions';
import { useApplicationRegions } from '../api/get-application-regions';
import { useSaveChild } from '../api/save-child';
import { SCOPE } from '../api/types';
import { ChildForm } from '../components/child-form';
import { toChildFormValues, toChildRequest } from '../components/child-form-values';

export function ChildNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data?.me;
  const regions = useRegions();
  const places = useApplicationRegions();
  const save = useSaveChild();

  if (regions.isPending || places.isPending || !me) return <Loading />;
  if (regions.isError) return <ProblemAlert error={regions.error} />;
  if (places.isError) return <ProblemAlert error={places.error} />;
  const mine = regions.data.filter((r) => me.regionIds.includes(r.id));
  const single = mine.length === 1 ? mine[0].id : '';

  return (
    <>
      <Anchor component={Link} to="/children" underline="always" size="sm">
        {t('mentoring.children.backToList')}
      </Anchor>
      <PageHeader title={t('mentoring.children.newTitle')} />
      <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
        {save.error?.status !== 400 && <ProblemAlert error={save.error} scope={SCOPE} />}
      </div>
      <ChildForm
        mode="create"
        defaultValues={toChildFormValues(undefined, single)}
        regions={mine}
        municipalities={places.data}
        submitting={save.isPending}
        serverError={save.error}
        submitLabel={t('mentoring.children.create')}
        onCancel={() => void navigate('/children')}
        onSubmit={(values) =>
          save.mutate(
            { input: toChildRequest(values) },
            { onSuccess: (data) => void navigate(`/children/${data.child.id}`) },
          )
        }
      />
    </>
  );
}
