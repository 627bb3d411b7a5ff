import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { MutationAlert } from '@/components/mutation-alert';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { useApplicationRegions } from '../api/get-application-regions';
import { useChild } from '../api/get-child';
import { useSaveChild } from '../api/save-child';
import { SCOPE } from '../api/types';
import { ChildForm } from '../components/child-form';
import { toChildFormValues, toChildRequest } from '../components/child-form-values';

/** Changes a child's profile; saves with the ETag it was read with (412 when changed meanwhile). */
export function ChildEditRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const result = useChild(id);
  const places = useApplicationRegions();
  const save = useSaveChild();

  if (result.isPending || places.isPending) return <Loading />;
  if (result.isError) return <ProblemAlert error={result.error} scope={SCOPE} />;
  if (places.isError) return <ProblemAlert error={places.error} />;
  const { child, etag } = result.data;

  return (
    <>
      <Anchor component={Link} to={`/children/${child.id}`} underline="always" size="sm">
        {t('mentoring.children.backToChild')}
      </Anchor>
      <PageHeader title={t('mentoring.children.editTitle', { name: child.firstName ?? '' })} />
      {save.error?.status !== 400 && (
        <MutationAlert
          error={save.error}
          scope={SCOPE}
          onReload={() => {
            save.reset();
            void result.refetch();
          }}
        />
      )}
      <ChildForm
        key={`${child.id}-${child.version}`}
        mode="edit"
        defaultValues={toChildFormValues(child)}
        regions={[]}
        municipalities={places.data}
        submitting={save.isPending}
        serverError={save.error}
        submitLabel={t('common.save')}
        onCancel={() => void navigate(`/children/${child.id}`)}
        onSubmit={(values) =>
          save.mutate(
            { id: child.id, etag, input: toChildRequest(values) },
            { onSuccess: () => void navigate(`/children/${child.id}`) },
          )
        }
      />
    </>
  );
}
