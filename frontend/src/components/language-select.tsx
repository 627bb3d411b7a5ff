import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '@/lib/i18n/i18n';
import { languages } from '@/lib/i18n/languages';

type Props = {
  /** Called after the UI switched, e.g. to save the choice for a signed-in user. */
  onChosen?: (code: string) => void;
  hideLabel?: boolean;
};

/** A labelled select that changes the UI language at once. */
export function LanguageSelect({ onChosen, hideLabel = false }: Props) {
  const { t, i18n } = useTranslation();
  const current = languages.some((l) => l.code === i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : 'en';
  return (
    <NativeSelect
      label={t('language.label')}
      labelProps={hideLabel ? { className: 'visually-hidden' } : undefined}
      data={languages.map((l) => ({ value: l.code, label: l.label }))}
      value={current}
      size="sm"
      w={{ base: 132, xs: 150 }}
      onChange={(event) => {
        const code = event.currentTarget.value;
        void setLanguage(code).then(() => onChosen?.(code));
      }}
    />
  );
}
