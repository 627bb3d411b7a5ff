import { ConfirmModal } from '@/components/confirm-modal';
import { MutationAlert } from '@/components/mutation-alert';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useAddSection } from '../api/add-section';
import { useDeleteSection } from '../api/delete-section';
import { isOpen, type Agreement, type AgreementSection } from '../api/get-agreement';
import { useReorderSections } from '../api/reorder-sections';
import { useUpdateSection } from '../api/update-section';

const schema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  body: z.string().max(20000, 'validation.tooLong'),
});
type Values = z.infer<typeof schema>;

type Props = { agreement: Agreement; onReload: () => void };

/** The agreement's text: editable while open, read-only once signed. */
export function SectionsEditor({ agreement, onReload }: Props) {
  const { t } = useTranslation();
  const open = isOpen(agreement.status);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<AgreementSection | null>(null);
  const add = useAddSection();
  const update = useUpdateSection();
  const remove = useDeleteSection();
  const reorder = useReorderSections();
  const error = add.error ?? update.error ?? remove.error ?? reorder.error;
  const reload = () => {
    [add, update, remove, reorder].forEach((m) => m.reset());
    onReload();
  };
  const sections = [...agreement.sections].sort((a, b) => a.position - b.position);

  const move = (index: number, by: -1 | 1) => {
    const ids = sections.map((s) => s.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id);
    reorder.mutate(
      { agreement, sectionIds: ids },
      {
        // Keep the keyboard focus on the button of the moved section.
        onSuccess: () =>
          requestAnimationFrame(() => {
            const same = document.getElementById(`section-${id}-${by < 0 ? 'up' : 'down'}`);
            const other = document.getElementById(`section-${id}-${by < 0 ? 'down' : 'up'}`);
            (same && !same.hasAttribute('disabled') ? same : other)?.focus();
          }),
      },
    );
  };

  return (
    <Stack gap="md">
      {open ? (
        agreement.status !== 'DRAFT' && (
          <Alert color="blue" variant="light">
            {agreement.status === 'READY_FOR_SIGNATURE'
              ? t('agreements.changeVoidsSignatures')
              : t('agreements.changeMakesVersion')}
          </Alert>
        )
      ) : (
        <Alert color="gray" variant="light">
          {t('agreements.sections.readOnly')}
        </Alert>
      )}
      <MutationAlert error={error} onReload={reload} />
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {sections.map((section, index) => (
          <Paper component="li" withBorder p="md" key={section.id}>
            {editing === section.id ? (
              <SectionForm
                defaultValues={{ title: section.title, body: section.body }}
                submitting={update.isPending}
                legend={t('agreements.sections.editTitle', { title: section.title })}
                onCancel={() => setEditing(null)}
                onSubmit={(input) =>
                  update.mutate(
                    { agreement, sectionId: section.id, input },
                    { onSuccess: () => setEditing(null) },
                  )
                }
              />
            ) : (
              <>
                <Title order={3} size="h5" lang={agreement.language}>
                  {index + 1}. {section.title}
                </Title>
                <Text
                  mt="xs"
                  lang={agreement.language}
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {section.body}
                </Text>
                {open && (
                  <Group gap="xs" mt="sm">
                    <Button
                      aria-label={`${t('common.edit')}: ${section.title}`}
                      size="xs"
                      variant="outline"
                      onClick={() => setEditing(section.id)}
                    >
                      {t('common.edit')}
                    </Button>
                    <ActionIcon
                      id={`section-${section.id}-up`}
                      variant="outline"
                      size="lg"
                      disabled={index === 0 || reorder.isPending}
                      aria-label={t('agreements.sections.moveUp', { title: section.title })}
                      onClick={() => move(index, -1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </ActionIcon>
                    <ActionIcon
                      id={`section-${section.id}-down`}
                      variant="outline"
                      size="lg"
                      disabled={index === sections.length - 1 || reorder.isPending}
                      aria-label={t('agreements.sections.moveDown', { title: section.title })}
                      onClick={() => move(index, 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </ActionIcon>
                    <Button
                      aria-label={`${t('common.delete')}: ${section.title}`}
                      size="xs"
                      variant="outline"
                      color="red"
                      onClick={() => setDeleting(section)}
                    >
                      {t('common.delete')}
                    </Button>
                  </Group>
                )}
              </>
            )}
          </Paper>
        ))}
      </Stack>
      {sections.length === 0 && <Text>{t('agreements.sections.empty')}</Text>}
      {open &&
        (adding ? (
          <Paper withBorder p="md">
            <SectionForm
              defaultValues={{ title: '', body: '' }}
              submitting={add.isPending}
              legend={t('agreements.sections.add')}
              onCancel={() => setAdding(false)}
              onSubmit={(input) =>
                add.mutate({ agreement, input }, { onSuccess: () => setAdding(false) })
              }
            />
          </Paper>
        ) : (
          <Group>
            <Button variant="outline" onClick={() => setAdding(true)}>
              {t('agreements.sections.add')}
            </Button>
          </Group>
        ))}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('agreements.sections.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { agreement, sectionId: deleting.id },
            { onSettled: () => setDeleting(null) },
          )
        }
      >
        <Text>{t('agreements.sections.deleteConfirm', { title: deleting?.title ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}

type FormProps = {
  defaultValues: Values;
  submitting: boolean;
  legend: string;
  onSubmit: (values: Values) => void;
  onCancel: () => void;
};

function SectionForm({ defaultValues, submitting, legend, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues });
  const message = (key?: string) => (key ? t(key) : undefined);
  return (
    <form
      onSubmit={handleSubmit((v) => onSubmit({ title: v.title.trim(), body: v.body }))}
      noValidate
      aria-label={legend}
    >
      <Stack gap="sm">
        <TextInput
          label={t('agreements.sections.sectionTitle')}
          required
          data-autofocus
          error={message(errors.title?.message)}
          {...register('title')}
        />
        <Textarea
          label={t('agreements.sections.body')}
          autosize
          minRows={4}
          maxRows={20}
          error={message(errors.body?.message)}
          {...register('body')}
        />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
