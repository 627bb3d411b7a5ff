import { ConfirmModal } from '@/components/confirm-modal';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DetailList } from '@/components/detail-list';
import { helpSystemLabel } from '@/components/labels';
import { MutationAlert } from '@/components/mutation-alert';
import { useMe } from '@/lib/auth/get-me';
import { isOpen, type Agreement, type AgreementParty } from '../api/get-agreement';
import { useOrganisationMembers } from '../api/get-organisation-members';
import { useRegionOrganisations } from '../api/get-region-organisations';
import { usePutParty, type PartyInput } from '../api/put-party';
import { useRemoveParty } from '../api/remove-party';

type Props = { agreement: Agreement; onReload: () => void };

/** The parties with contact person and signatory; add, edit and remove while open. */
export function PartiesPanel({ agreement, onReload }: Props) {
  const { t } = useTranslation();
  const me = useMe().data?.me;
  const open = isOpen(agreement.status);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AgreementParty | null>(null);
  const put = usePutParty();
  const remove = useRemoveParty();
  const error = put.error ?? remove.error;
  const reload = () => {
    put.reset();
    remove.reset();
    onReload();
  };

  const save = (organisationId: string, input: PartyInput, done: () => void) =>
    put.mutate({ agreement, organisationId, input }, { onSuccess: done });

  return (
    <Stack gap="md">
      <BridgingNote agreement={agreement} />
      <MutationAlert error={error} onReload={reload} />
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {agreement.parties.map((party) => (
          <Paper component="li" withBorder p="md" key={party.organisationId}>
            {editing === party.organisationId ? (
              <PartyForm
                agreement={agreement}
                party={party}
                submitting={put.isPending}
                onCancel={() => setEditing(null)}
                onSubmit={(organisationId, input) =>
                  save(organisationId, input, () => setEditing(null))
                }
              />
            ) : (
              <>
                <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
                  <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                    {party.organisationName}
                  </Title>
                  <Badge variant="light" color="blue" radius="sm">
                    {helpSystemLabel(t, party.helpSystem)}
                  </Badge>
                </Group>
                <DetailList
                  items={[
                    { label: t('agreements.parties.contactName'), value: party.contactName },
                    {
                      label: t('agreements.parties.contactEmail'),
                      value: party.contactEmail && (
                        <Anchor href={`mailto:${party.contactEmail}`} underline="always">
                          {party.contactEmail}
                        </Anchor>
                      ),
                    },
                    {
                      label: t('agreements.parties.contactPhone'),
                      value: party.contactPhone && (
                        <Anchor
                          href={`tel:${party.contactPhone.replace(/\s+/g, '')}`}
                          underline="always"
                        >
                          {party.contactPhone}
                        </Anchor>
                      ),
                    },
                    {
                      label: t('agreements.parties.signatory'),
                      value: party.signatoryName ?? t('agreements.parties.noSignatory'),
                    },
                  ]}
                />
                {open && (
                  <Group gap="xs" mt="sm">
                    <Button
                      aria-label={`${t('common.edit')}: ${party.organisationName}`}
                      size="xs"
                      variant="outline"
                      onClick={() => {
                        put.reset();
                        setEditing(party.organisationId);
                      }}
                    >
                      {t('common.edit')}
                    </Button>
                    {!(
                      me?.role === 'PROFESSIONAL' && me.organisationId === party.organisationId
                    ) && (
                      <Button
                        aria-label={`${t('agreements.parties.remove')}: ${party.organisationName}`}
                        size="xs"
                        variant="outline"
                        color="red"
                        onClick={() => setRemoving(party)}
                      >
                        {t('agreements.parties.remove')}
                      </Button>
                    )}
                  </Group>
                )}
              </>
            )}
          </Paper>
        ))}
      </Stack>
      {agreement.parties.length === 0 && <Text>{t('agreements.noParties')}</Text>}
      {open &&
        (adding ? (
          <Paper withBorder p="md">
            <PartyForm
              agreement={agreement}
              submitting={put.isPending}
              onCancel={() => setAdding(false)}
              onSubmit={(organisationId, input) =>
                save(organisationId, input, () => setAdding(false))
              }
            />
          </Paper>
        ) : (
          <Group>
            <Button
              variant="outline"
              onClick={() => {
                put.reset();
                setAdding(true);
              }}
            >
              {t('agreements.parties.add')}
            </Button>
          </Group>
        ))}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('agreements.parties.removeTitle')}
        confirmLabel={t('agreements.parties.remove')}
        danger
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { agreement, organisationId: removing.organisationId },
            { onSettled: () => setRemoving(null) },
          )
        }
      >
        <Text>
          {t('agreements.parties.removeConfirm', { name: removing?.organisationName ?? '' })}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

/** Says whether the parties bridge addiction care and youth welfare. */
export function BridgingNote({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  return agreement.bridging ? (
    <Alert color="green" variant="light" title={t('agreements.parties.bridgingTitle')}>
      {t('agreements.parties.bridging')}
    </Alert>
  ) : (
    <Alert color="orange" variant="light" title={t('agreements.parties.notBridgingTitle')}>
      {t('agreements.parties.notBridging')}
    </Alert>
  );
}

const schema = z.object({
  organisationId: z.string().min(1, 'validation.required'),
  contactName: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  contactEmail: z.union([
    z.literal(''),
    z.email('validation.email').max(254, 'validation.tooLong'),
  ]),
  contactPhone: z
    .string()
    .trim()
    .max(40, 'validation.tooLong')
    .regex(/^[0-9+()./ -]*$/, 'validation.phone'),
  signatoryUserId: z.string(),
});
type Values = z.infer<typeof schema>;

type FormProps = {
  agreement: Agreement;
  party?: AgreementParty;
  submitting: boolean;
  onSubmit: (organisationId: string, input: PartyInput) => void;
  onCancel: () => void;
};

function PartyForm({ agreement, party, submitting, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation();
  const organisations = useRegionOrganisations(agreement.regionId, !party);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      organisationId: party?.organisationId ?? '',
      contactName: party?.contactName ?? '',
      contactEmail: party?.contactEmail ?? '',
      contactPhone: party?.contactPhone ?? '',
      signatoryUserId: party?.signatoryUserId ?? '',
    },
  });
  const organisationId = useWatch({ control, name: 'organisationId' });
  const members = useOrganisationMembers(organisationId);
  const message = (key?: string) => (key ? t(key) : undefined);
  const taken = new Set(agreement.parties.map((p) => p.organisationId));
  const choices = (organisations.data ?? []).filter((o) => !taken.has(o.id));
  const title = party
    ? t('agreements.parties.editTitle', { name: party.organisationName })
    : t('agreements.parties.add');

  const submit = (values: Values) =>
    onSubmit(values.organisationId, {
      contactName: values.contactName.trim(),
      ...(values.contactEmail.trim() ? { contactEmail: values.contactEmail.trim() } : {}),
      ...(values.contactPhone.trim() ? { contactPhone: values.contactPhone.trim() } : {}),
      ...(values.signatoryUserId ? { signatoryUserId: values.signatoryUserId } : {}),
    });

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {!party && (
          <NativeSelect
            label={t('agreements.parties.organisation')}
            required
            disabled={organisations.isPending}
            data={[
              { value: '', label: t('common.choose'), disabled: true },
              ...choices.map((o) => ({
                value: o.id,
                label: `${o.name} (${helpSystemLabel(t, o.helpSystem)})`,
              })),
            ]}
            error={message(errors.organisationId?.message)}
            {...register('organisationId', {
              // Members differ per organisation: a new organisation starts without a signatory.
              onChange: () => setValue('signatoryUserId', ''),
            })}
          />
        )}
        <TextInput
          label={t('agreements.parties.contactName')}
          required
          autoComplete="off"
          error={message(errors.contactName?.message)}
          {...register('contactName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('agreements.parties.contactEmail')}
            type="email"
            autoComplete="off"
            error={message(errors.contactEmail?.message)}
            {...register('contactEmail')}
          />
          <TextInput
            label={t('agreements.parties.contactPhone')}
            type="tel"
            autoComplete="off"
            error={message(errors.contactPhone?.message)}
            {...register('contactPhone')}
          />
        </SimpleGrid>
        <NativeSelect
          // Mount again once the members are there, so the stored signatory is selected.
          key={`${organisationId}-${members.isSuccess}`}
          label={t('agreements.parties.signatory')}
          description={t('agreements.parties.signatoryHelp')}
          disabled={!organisationId || members.isPending}
          data={[
            { value: '', label: t('agreements.parties.noSignatory') },
            ...(members.data ?? []).map((m) => ({ value: m.id, label: m.displayName })),
          ]}
          {...register('signatoryUserId')}
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
