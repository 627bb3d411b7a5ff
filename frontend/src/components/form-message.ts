import { useTranslation } from 'react-i18next';

/**
 * Turns a form error into text: our own messages are translation keys; a server's message (which may
 * contain ':' or '.', i18next's separators) is shown as it is.
 */
export function useFormMessage() {
  const { t } = useTranslation();
  return (message?: string) => {
    if (!message) return undefined;
    return /^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(message) ? t(message) : message;
  };
}
