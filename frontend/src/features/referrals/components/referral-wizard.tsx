import {
  Alert,
  Anchor,
  Button,
  Group,
  Input,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChoiceFieldset } from '@/components/choice-fieldset';
import { DetailList } from '@/components/detail-list';
import { useFormMessage } from '@/components/form-message';
import { MutationAlert } from '@/components/mutation-alert';
import { UnplacedFieldErrors } from '@/components/server-field-errors';
import { formFieldPath, type ApiError } from '@/lib/api/problem';
import { todayIso } from '@/lib/format';
import { languageChoices } from '@/lib/i18n/language-choices';
import { languageName } from '@/lib/i18n/language-name';
import { getReferral, type ReferralWithEtag } from '../api/get-referral';
import {
  ADDICTION_KINDS,
  AFFECTED_PARENTS,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  GENDERS,
  INDICATORS,
  URGENCIES,
} from '../api/get-referrals';
import type { TargetOffer } from '../api/get-target-offers';
import { useRecordConsent } from '../api/record-consent';
import { useSaveReferral } from '../api/save-referral';
import { useSubmitReferral } from '../api/submit-referral';
import {
  MAX_SCAN_BYTES,
  SCAN_TYPES,
  useUploadConsentDocument,
} from '../api/upload-consent-document';
import { ConsentRequiredAlert } from './consent-required-alert';
import {
  consentChanged,
  emptyValues,
  isReferralField,
  LIMITS,
  neededPurpose,
  STEPS,
  stepErrors,
  stepOfField,
  toConsentRequest,
  toFormValues,
  toReferralRequest,
  type ReferralFormValues,
  type Step,
} from './referral-form-values';

type Props = {
  /** A stored draft to continue, or none for a new referral */
  stored?: ReferralWithEtag;
  offers: readonly TargetOffer[];
  /** A new referral's preselected target (from a help offer's page) */
  defaultTargetId?: string;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The guided referral: child → observations → consent → target → review. Leaving the target step saves
 * the draft (POST, then PUT with If-Match), the consent (when new or changed) and the scan; the review
 * step submits.
 */
export function ReferralWizard({ stored, offers, defaultTargetId }: Props) {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const navigate = useNavigate();
  const idPrefix = useId();
  const [step, setStep] = useState<Step>('child');
  const [current, setCurrent] = useState<ReferralWithEtag | undefined>(stored);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const save = useSaveReferral();
  const recordConsent = useRecordConsent();
  const upload = useUploadConsentDocument();
  const submit = useSubmitReferral();

  const {
    register,
    control,
    getValues,
    setValue,
    setError,
    clearErrors,
    setFocus,
    formState: { errors },
  } = useForm<ReferralFormValues>({
    defaultValues: stored ? toFormValues(stored.referral) : emptyValues(defaultTargetId),
  });

  // Moving between steps puts the focus on the new step's heading (announced by screen readers).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const index = STEPS.indexOf(step);
  const [consentGiven, form, purposes, targetId] = useWatch({
    control,
    name: ['consentGiven', 'form', 'purposes', 'targetOfferId'],
  });
  const target = offers.find((o) => o.id === targetId);
  const years = Array.from({ length: LIMITS.maxAge + 1 }, (_, i) => new Date().getFullYear() - i);

  /** Shows a step's errors at its fields and focuses the first; true when the step may be left. */
  function validate(which: Step): boolean {
    const found = stepErrors(which, getValues());
    clearErrors();
    const fields = Object.keys(found);
    for (const field of fields) {
      setError(field as FieldPath<ReferralFormValues>, { message: found[field] });
    }
    if (fields.length > 0) {
      // A list's first box, or the field itself.
      setFocus(fields[0] as FieldPath<ReferralFormValues>);
      return false;
    }
    return true;
  }

  /** A 400's field errors go to their fields, and the form goes back to the first one's step. */
  function placeServerErrors(error: ApiError) {
    let first: Step | null = null;
    for (const e of error.fieldErrors) {
      const path = formFieldPath(e.field, [], isReferralField);
      if (!path) continue;
      setError(path as FieldPath<ReferralFormValues>, { message: e.message });
      const s = stepOfField(path);
      if (s && (first === null || STEPS.indexOf(s) < STEPS.indexOf(first))) first = s;
    }
    if (first) setStep(first);
  }

  /** Saves the draft, then the consent when new or changed, then a chosen scan. */
  async function persist(): Promise<boolean> {
    const values = getValues();
    let latest = current;
    setSaving(true);
    setSaveError(null);
    try {
      latest = await save.mutateAsync({
        id: latest?.referral.id,
        etag: latest?.etag,
        input: toReferralRequest(values),
      });
      setCurrent(latest);
      const consent = toConsentRequest(values);
      if (consent && consentChanged(values, latest.referral)) {
        latest = await recordConsent.mutateAsync({ id: latest.referral.id, input: consent });
        setCurrent(latest);
      }
      if (values.scan) {
        latest = await upload.mutateAsync({ id: latest.referral.id, file: values.scan });
        setCurrent(latest);
        setValue('scan', null);
      }
      return true;
    } catch (error) {
      const apiError = error as ApiError;
      setSaveError(apiError);
      if (apiError.status === 400) placeServerErrors(apiError);
      if (apiError.status === 413 || apiError.status === 415) setStep('consent');
      return false;
    } finally {
      setSaving(false);
    }
  }

  async function next() {
    if (!validate(step)) return;
    if (step === 'target') {
      if (await persist()) setStep('review');
      return;
    }
    setStep(STEPS[index + 1]);
  }

  function back() {
    clearErrors();
    submit.reset();
    setStep(STEPS[Math.max(0, index - 1)]);
  }

  async function reload() {
    setSaveError(null);
    if (current) setCurrent(await getReferral(current.referral.id));
  }

  const enumOptions = (values: readonly string[], key: string) =>
    values.map((v) => ({ value: v, label: t(`referrals.${key}.${v}`) }));

  const stepTitle = t(`referrals.form.steps.${step}`);
  const unplaced =
    saveError?.status === 400
      ? saveError.fieldErrors.filter((e) => !formFieldPath(e.field, [], isReferralField))
      : [];

  return (
    <Stack gap="md" maw={880}>
      <Stepper
        active={index}
        size="xs"
        allowNextStepsSelect={false}
        aria-label={t('referrals.form.progress')}
        styles={{ steps: { flexWrap: 'wrap', rowGap: 8 } }}
      >
        {STEPS.map((s, i) => (
          <Stepper.Step
            key={s}
            label={t(`referrals.form.steps.${s}`)}
            aria-current={i === index ? 'step' : undefined}
          />
        ))}
      </Stepper>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
      >
        <Paper withBorder p="md" component="section" aria-labelledby={`${idPrefix}-title`}>
          <Title
            order={2}
            size="h4"
            id={`${idPrefix}-title`}
            ref={headingRef}
            tabIndex={-1}
            mb="sm"
          >
            {t('referrals.form.stepOf', { step: index + 1, total: STEPS.length, title: stepTitle })}
          </Title>

          {saveError && (
            <MutationAlert error={saveError} scope="referrals" onReload={() => void reload()} />
          )}
          <UnplacedFieldErrors errors={unplaced} />

          {step === 'child' && (
            <Stack gap="sm">
              <Text size="sm">{t('referrals.form.childIntro')}</Text>
              <TextInput
                label={t('referrals.fields.firstName')}
                description={t('referrals.form.firstNameHint')}
                required
                autoComplete="off"
                maxLength={LIMITS.firstName}
                error={message(errors.firstName?.message)}
                {...register('firstName')}
              />
              <SimpleGrid cols={{ base: 2 }}>
                <NativeSelect
                  label={t('referrals.fields.birthMonth')}
                  required
                  data={[
                    { value: '', label: t('common.choose'), disabled: true },
                    ...MONTHS.map((m) => ({
                      value: String(m),
                      label: new Intl.DateTimeFormat(i18n.language, { month: 'long' }).format(
                        new Date(2000, m - 1, 1),
                      ),
                    })),
                  ]}
                  error={message(errors.birthMonth?.message)}
                  {...register('birthMonth')}
                />
                <NativeSelect
                  label={t('referrals.fields.birthYear')}
                  required
                  data={[
                    { value: '', label: t('common.choose'), disabled: true },
                    ...years.map((y) => String(y)),
                  ]}
                  error={message(errors.birthYear?.message)}
                  {...register('birthYear')}
                />
              </SimpleGrid>
              <NativeSelect
                label={t('referrals.fields.gender')}
                required
                data={[
                  { value: '', label: t('common.choose'), disabled: true },
                  ...enumOptions(GENDERS, 'genders'),
                ]}
                error={message(errors.gender?.message)}
                {...register('gender')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('referrals.fields.area')}
                  description={t('referrals.form.areaHint')}
                  required
                  maxLength={LIMITS.area}
                  error={message(errors.area?.message)}
                  {...register('area')}
                />
                <TextInput
                  label={t('referrals.fields.school')}
                  description={t('referrals.form.optional')}
                  maxLength={LIMITS.school}
                  error={message(errors.school?.message)}
                  {...register('school')}
                />
              </SimpleGrid>
              <Controller
                control={control}
                name="languages"
                render={({ field }) => (
                  <ChoiceFieldset
                    multiple
                    legend={t('referrals.fields.languages')}
                    description={t('referrals.form.languagesHint', { max: LIMITS.languages })}
                    options={languageChoices(i18n.language, field.value)}
                    cols={{ base: 2, xs: 3, sm: 4 }}
                    value={field.value}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    error={message(errors.languages?.message)}
                  />
                )}
              />
            </Stack>
          )}

          {step === 'observations' && (
            <Stack gap="md">
              <Controller
                control={control}
                name="indicators"
                render={({ field }) => (
                  <ChoiceFieldset
                    multiple
                    legend={t('referrals.fields.indicators')}
                    description={t('referrals.form.indicatorsHint')}
                    options={enumOptions(INDICATORS, 'indicators')}
                    value={field.value}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    error={message(errors.indicators?.message)}
                  />
                )}
              />
              <Textarea
                label={t('referrals.fields.observations')}
                description={t('referrals.form.observationsHint')}
                autosize
                minRows={3}
                maxLength={LIMITS.observations}
                error={message(errors.observations?.message)}
                {...register('observations')}
              />
              <NativeSelect
                label={t('referrals.fields.urgency')}
                required
                data={enumOptions(URGENCIES, 'urgency')}
                error={message(errors.urgency?.message)}
                {...register('urgency')}
              />
              <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
                <Stack gap="sm">
                  <div>
                    <Text fw={600} size="sm">
                      {t('referrals.form.specialTitle')}
                    </Text>
                    <Text size="sm">{t('referrals.form.specialHint')}</Text>
                  </div>
                  <Controller
                    control={control}
                    name="affectedParents"
                    render={({ field }) => (
                      <ChoiceFieldset
                        multiple
                        legend={t('referrals.fields.affectedParents')}
                        options={enumOptions(AFFECTED_PARENTS, 'affectedParents')}
                        cols={{ base: 1, xs: 3 }}
                        value={field.value}
                        onChange={field.onChange}
                        inputRef={field.ref}
                      />
                    )}
                  />
                  <Controller
                    control={control}
                    name="addictionKinds"
                    render={({ field }) => (
                      <ChoiceFieldset
                        multiple
                        legend={t('referrals.fields.addictionKinds')}
                        options={enumOptions(ADDICTION_KINDS, 'addictionKinds')}
                        cols={{ base: 1, xs: 3 }}
                        value={field.value}
                        onChange={field.onChange}
                        inputRef={field.ref}
                      />
                    )}
                  />
                </Stack>
              </Paper>
            </Stack>
          )}

          {step === 'consent' && (
            <Stack gap="md">
              <Text size="sm">{t('referrals.form.consentIntro')}</Text>
              <Controller
                control={control}
                name="consentGiven"
                render={({ field }) => (
                  <ChoiceFieldset
                    name="consentGiven"
                    legend={t('referrals.fields.consentGiven')}
                    options={[
                      { value: 'yes', label: t('referrals.form.consentYes') },
                      {
                        value: 'no',
                        label: t('referrals.form.consentNo'),
                        description: t('referrals.form.consentNoHint'),
                      },
                    ]}
                    cols={1}
                    value={field.value ? 'yes' : 'no'}
                    onChange={(v) => field.onChange(v === 'yes')}
                    inputRef={field.ref}
                  />
                )}
              />
              {consentGiven && (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NativeSelect
                      label={t('referrals.fields.givenBy')}
                      required
                      data={[
                        { value: '', label: t('common.choose'), disabled: true },
                        ...enumOptions(CONSENT_GIVERS, 'givers'),
                      ]}
                      error={message(errors.givenBy?.message)}
                      {...register('givenBy')}
                    />
                    <TextInput
                      type="date"
                      label={t('referrals.fields.givenOn')}
                      required
                      max={todayIso()}
                      error={message(errors.givenOn?.message)}
                      {...register('givenOn')}
                    />
                  </SimpleGrid>
                  <Controller
                    control={control}
                    name="purposes"
                    render={({ field }) => (
                      <ChoiceFieldset
                        multiple
                        required
                        legend={t('referrals.fields.purposes')}
                        description={t('referrals.form.purposesHint')}
                        options={enumOptions(CONSENT_PURPOSES, 'purposes')}
                        value={field.value}
                        onChange={field.onChange}
                        inputRef={field.ref}
                        error={message(errors.purposes?.message)}
                      />
                    )}
                  />
                  <Textarea
                    label={t('referrals.fields.recipients')}
                    description={t('referrals.form.recipientsHint')}
                    required
                    autosize
                    minRows={2}
                    maxLength={LIMITS.recipients}
                    error={message(errors.recipients?.message)}
                    {...register('recipients')}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NativeSelect
                      label={t('referrals.fields.form')}
                      required
                      data={[
                        { value: '', label: t('common.choose'), disabled: true },
                        ...enumOptions(CONSENT_FORMS, 'consentForms'),
                      ]}
                      error={message(errors.form?.message)}
                      {...register('form')}
                    />
                    {form === 'VERBAL_WITNESSED' && (
                      <TextInput
                        label={t('referrals.fields.witness')}
                        required
                        maxLength={LIMITS.witness}
                        error={message(errors.witness?.message)}
                        {...register('witness')}
                      />
                    )}
                  </SimpleGrid>
                  <TextInput
                    type="date"
                    label={t('referrals.fields.validUntil')}
                    required
                    error={message(errors.validUntil?.message)}
                    {...register('validUntil')}
                  />
                  <Controller
                    control={control}
                    name="scan"
                    render={({ field }) => (
                      <Input.Wrapper
                        label={t('referrals.fields.scan')}
                        description={t('referrals.form.scanHint', {
                          size: MAX_SCAN_BYTES / 1024 / 1024,
                        })}
                        id={`${idPrefix}-scan`}
                        error={message(errors.scan?.message)}
                      >
                        <input
                          id={`${idPrefix}-scan`}
                          ref={field.ref}
                          type="file"
                          accept={SCAN_TYPES.join(',')}
                          aria-describedby={`${idPrefix}-scan-description${errors.scan ? ` ${idPrefix}-scan-error` : ''}`}
                          aria-invalid={errors.scan ? true : undefined}
                          style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
                          onChange={(e) => field.onChange(e.currentTarget.files?.[0] ?? null)}
                        />
                      </Input.Wrapper>
                    )}
                  />
                  {current?.referral.consent?.documentType && (
                    <Text size="sm">
                      {t('referrals.form.scanStored', {
                        type: current.referral.consent.documentType,
                      })}
                    </Text>
                  )}
                </>
              )}
            </Stack>
          )}

          {step === 'target' && (
            <Stack gap="md">
              {offers.length === 0 ? (
                <Alert color="gray" role="status">
                  {t('referrals.form.noOffers')}
                </Alert>
              ) : (
                <Controller
                  control={control}
                  name="targetOfferId"
                  render={({ field }) => (
                    <ChoiceFieldset
                      name="targetOfferId"
                      required
                      legend={t('referrals.fields.target')}
                      description={t('referrals.form.targetHint')}
                      cols={1}
                      options={[...offers]
                        .sort(
                          (a, b) =>
                            Number(b.kind === 'MENTORING_PROGRAMME') -
                            Number(a.kind === 'MENTORING_PROGRAMME'),
                        )
                        .map((o) => ({
                          value: o.id,
                          label: o.name,
                          description: [
                            t(`referrals.offerKinds.${o.kind}`),
                            t('referrals.ages', { min: o.minAge, max: o.maxAge }),
                            o.languages.map((l) => languageName(l, i18n.language)).join(', '),
                            o.areaServed,
                          ].join(' · '),
                        }))}
                      value={field.value}
                      onChange={field.onChange}
                      inputRef={field.ref}
                      error={message(errors.targetOfferId?.message)}
                    />
                  )}
                />
              )}
              {target && consentGiven && !purposes.includes(neededPurpose(target.kind)) && (
                <Alert
                  color="orange"
                  variant="light"
                  title={t('referrals.form.purposeMissingTitle')}
                >
                  {t('referrals.form.purposeMissing', {
                    purpose: t(`referrals.purposes.${neededPurpose(target.kind)}`),
                  })}
                </Alert>
              )}
              <Text size="sm">{t('referrals.form.saveHint')}</Text>
            </Stack>
          )}

          {step === 'review' && current && (
            <Stack gap="md">
              <Alert color="blue" variant="light" role="status">
                {t('referrals.form.savedDraft')}
              </Alert>
              <DetailList
                items={[
                  {
                    label: t('referrals.fields.firstName'),
                    value: current.referral.child?.firstName,
                  },
                  {
                    label: t('referrals.fields.birth'),
                    value:
                      current.referral.child &&
                      `${current.referral.child.birthMonth}/${current.referral.child.birthYear}`,
                  },
                  {
                    label: t('referrals.fields.indicators'),
                    value: current.referral.indicators
                      .map((i) => t(`referrals.indicators.${i}`))
                      .join(', '),
                  },
                  {
                    label: t('referrals.fields.urgency'),
                    value: t(`referrals.urgency.${current.referral.urgency}`),
                  },
                  { label: t('referrals.fields.target'), value: current.referral.target.offerName },
                  {
                    label: t('referrals.fields.consent'),
                    value: current.referral.consent
                      ? t('referrals.form.consentSummary', {
                          purposes: current.referral.consent.purposes
                            .map((p) => t(`referrals.purposes.${p}`))
                            .join(', '),
                          until: current.referral.consent.validUntil,
                        })
                      : t('referrals.noConsent'),
                  },
                ]}
              />
              {submit.error?.code === 'consent_required' ? (
                <ConsentRequiredAlert
                  referral={current.referral}
                  onFix={() => {
                    submit.reset();
                    setStep('consent');
                  }}
                />
              ) : (
                <MutationAlert
                  error={submit.error}
                  scope="referrals"
                  onReload={() => {
                    submit.reset();
                    void reload();
                  }}
                />
              )}
            </Stack>
          )}

          <Group gap="sm" mt="lg">
            {index > 0 && (
              <Button variant="default" onClick={back}>
                {t('referrals.form.back')}
              </Button>
            )}
            {step !== 'review' ? (
              <Button type="submit" loading={saving}>
                {step === 'target' ? t('referrals.form.saveAndReview') : t('referrals.form.next')}
              </Button>
            ) : (
              current && (
                <>
                  <Button
                    loading={submit.isPending}
                    onClick={() =>
                      submit.mutate(
                        { id: current.referral.id },
                        { onSuccess: () => void navigate(`/referrals/${current.referral.id}`) },
                      )
                    }
                  >
                    {t('referrals.actions.SUBMIT')}
                  </Button>
                  <Anchor
                    component={Link}
                    to={`/referrals/${current.referral.id}`}
                    underline="always"
                  >
                    {t('referrals.form.keepDraft')}
                  </Anchor>
                </>
              )
            )}
          </Group>
        </Paper>
      </form>
    </Stack>
  );
}
